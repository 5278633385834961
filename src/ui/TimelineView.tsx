// The timeline view: derives the axis mode, the fitted and visible windows and
// the gaps from the URL state and all events, and hands them to the toolbar
// and the timeline. The axis spans all events, not the filtered ones, so marks
// keep their place when the filter changes.
import { useMemo } from 'react';
import type { Actor, TimelineEvent } from '../model/schema';
import { defaultAxisMode, minGapMs, sparseGaps, type AxisMode } from '../timeline/sparseGaps';
import { clampWindow, fitWindow, windowFromDays, windowToDays, zoomWindow } from '../timeline/viewWindow';
import { Timeline, ZOOM_STEP } from './Timeline';
import { TimelineToolbar } from './TimelineToolbar';

interface TimelineViewProps {
  events: readonly TimelineEvent[];
  allEvents: readonly TimelineEvent[];
  actors: ReadonlyMap<string, Actor>;
  from: string | null;
  to: string | null;
  axis: AxisMode | null;
  matches: ReadonlySet<string> | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The new window as URL days; null fits all. */
  onWindowChange: (days: { from: string; to: string } | { from: null; to: null }) => void;
  onAxisChange: (axis: AxisMode) => void;
}

export function TimelineView({ events, allEvents, actors, from, to, axis, matches, selectedId, onSelect, onWindowChange, onAxisChange }: TimelineViewProps) {
  const axisMode = axis ?? defaultAxisMode(allEvents);
  const fit = useMemo(
    // A sparse axis keeps its edges short: padding there is time drawn at the rate of the busiest week.
    () => fitWindow(allEvents, axisMode === 'sparse' ? minGapMs(allEvents) / 10 : Infinity),
    [allEvents, axisMode],
  );
  const view = useMemo(() => {
    const asked = windowFromDays(from, to);
    return asked ? clampWindow(asked, fit) : fit;
  }, [from, to, fit]);
  const gaps = useMemo(() => (axisMode === 'sparse' ? sparseGaps(allEvents, view) : []), [axisMode, allEvents, view]);

  return (
    <>
      <TimelineToolbar
        axis={axisMode}
        fitted={from === null}
        onZoom={(direction) => onWindowChange(windowToDays(zoomWindow(view, direction === 'in' ? 1 / ZOOM_STEP : ZOOM_STEP, fit)))}
        onFit={() => onWindowChange({ from: null, to: null })}
        onAxisChange={onAxisChange}
      />
      <Timeline
        events={events}
        actors={actors}
        view={view}
        fit={fit}
        gaps={gaps}
        onWindowChange={(next) => onWindowChange(windowToDays(next))}
        matches={matches}
        selectedId={selectedId}
        onSelect={onSelect}
      />
    </>
  );
}
