// The timeline view: derives the axis mode, the fitted and visible windows,
// the gaps, the lanes (each with its key events) and the actors' colours from
// the URL state and all events, and hands them to the toolbar, the timeline
// and the overview. The axis spans all events, not the filtered ones, so marks
// keep their place when the filter changes.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Actor, ArticleMeta, IndexEvent } from '../model/schema';
import { actorAncestors, sortActorsForFilter } from '../timeline/actorFilter';
import { actorLanes } from '../timeline/actorLanes';
import { eventStart, filterIndex, indexEvents, subsetIndex } from '../timeline/eventIndex';
import { keyEventCount, keyEventIds, type ImportanceRank } from '../timeline/importanceRank';
import { axisModeOf, gapsInWindow, sparseAnchorsOfIndex, type AxisMode } from '../timeline/sparseGaps';
import { clampWindow, fitForAxis, windowFromDays, windowToDays, zoomAnchor, zoomWindow, type ViewWindow } from '../timeline/viewWindow';
import { Overview } from './Overview';
import { laneRows, Timeline, ZOOM_STEP, type TimelineLane } from './Timeline';
import { TimelineToolbar } from './TimelineToolbar';

/** How long a gesture rests before its window is written to the URL. */
const URL_SETTLE_MS = 200;

interface TimelineViewProps {
  events: readonly IndexEvent[];
  allEvents: readonly IndexEvent[];
  actors: ReadonlyMap<string, Actor>;
  /** Each actor's colour (actorColors.ts). */
  colors: ReadonlyMap<string, string>;
  from: string | null;
  to: string | null;
  axis: AxisMode | null;
  /** 'actor': one lane per actor (per checked actor when some are checked). */
  lanes: 'actor' | null;
  /** The checked actors. */
  checked: readonly string[];
  matches: ReadonlySet<string> | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The new window as URL days; null fits all. */
  onWindowChange: (days: { from: string; to: string } | { from: null; to: null }) => void;
  onAxisChange: (axis: AxisMode) => void;
  onLanesChange: (lanes: 'actor' | null) => void;
  /** The order of importance of the events, and the key ones among those shown. */
  rank: ImportanceRank;
  keyEvents: ReadonlySet<string>;
  /** Only the key events, drawn one by one. */
  keyOnly: boolean;
  onKeyOnlyChange: (keyOnly: boolean) => void;
  /** Pixels the side panel takes when open (0 where it opens over the page): the timeline is laid out without them. */
  reserve: number;
  /** Pixels the side panel takes when open beside the page (0 where it opens over it): the overview's marks are drawn as without it. */
  panel: number;
  articles: readonly ArticleMeta[];
  onReadArticle: (articleId: string) => void;
  /** False leaves the overview out (the first frame goes without it). */
  overview?: boolean;
}

export function TimelineView(props: TimelineViewProps) {
  const { events, allEvents, actors, colors, axis, lanes, checked, matches, selectedId, onSelect, onWindowChange, onAxisChange, onLanesChange, rank, keyEvents } = props;
  // During a wheel or drag gesture the window lives here and the page's URL (and with it the whole explorer)
  // follows once the gesture rests: each step then draws the timeline alone.
  const [live, setLive] = useState<{ from: string; to: string } | null>(null);
  const pending = useRef<{ days: { from: string; to: string }; timer: ReturnType<typeof setTimeout> } | null>(null);
  const latest = useRef(onWindowChange);
  useEffect(() => {
    latest.current = onWindowChange;
  });
  /** Forgets the step waiting for the URL and returns it. */
  const takePending = useCallback(() => {
    const p = pending.current;
    if (p) clearTimeout(p.timer);
    pending.current = null;
    return p;
  }, []);
  const flush = useCallback(() => {
    const p = takePending();
    if (p) latest.current(p.days);
  }, [takePending]);
  // A window from the URL (a committed step, Back, a link) replaces the live one.
  useEffect(() => {
    if (!pending.current) setLive(null);
  }, [props.from, props.to]);
  useEffect(() => flush, [flush]);
  const from = live ? live.from : props.from;
  const to = live ? live.to : props.to;
  // All events are indexed once per data set; a filter then costs one pass over the index, not a new sort.
  const allIndex = useMemo(() => indexEvents(allEvents), [allEvents]);
  // Where events start and end, once per data set, read from the index: every window's gaps are read from it.
  const anchors = useMemo(() => sparseAnchorsOfIndex(allIndex), [allIndex]);
  const axisMode = axis ?? axisModeOf(anchors);
  const fit = useMemo(() => fitForAxis(allEvents, axisMode === 'sparse', anchors.minGap), [allEvents, axisMode, anchors]);
  const view = useMemo(() => {
    const asked = windowFromDays(from, to);
    return asked ? clampWindow(asked, fit) : fit;
  }, [from, to, fit]);
  const gaps = useMemo(() => (axisMode === 'sparse' ? gapsInWindow(anchors, view) : []), [axisMode, anchors, view]);
  const overviewGaps = useMemo(() => (axisMode === 'sparse' ? gapsInWindow(anchors, fit) : []), [axisMode, anchors, fit]);

  const index = useMemo(() => {
    if (events.length === allEvents.length) return allIndex;
    const shown = new Set(events);
    return filterIndex(allIndex, (event) => shown.has(event));
  }, [allIndex, events, allEvents]);
  const timelineLanes = useMemo((): TimelineLane[] => {
    if (lanes !== 'actor') return [{ key: 'all', name: null, color: null, index, keyEvents }];
    const list = [...actors.values()];
    const grouped = actorLanes(index.ordered, sortActorsForFilter(list), checked, actorAncestors(list));
    // Each lane names its own key events, as many as its rows can hold beside the rest.
    const perLane = Math.max(1, laneRows(grouped.length) - 1);
    // Grouped from the index's order, each lane's events are already in time order: its index costs only its events.
    return grouped.map((lane) => ({
      key: lane.actorId ?? '',
      name: lane.name,
      color: lane.actorId === null ? null : colors.get(lane.actorId) ?? null,
      index: subsetIndex(index, lane.events),
      keyEvents: keyEventIds(lane.events, Math.min(keyEventCount(lane.events.length), perLane)),
    }));
  }, [lanes, index, actors, checked, colors, keyEvents]);
  const changeWindow = (next: ViewWindow, gesture = false) => {
    const days = windowToDays(next);
    takePending();
    if (!gesture) {
      // A click or a key is one step: the URL follows at once.
      setLive(null);
      onWindowChange(days);
      return;
    }
    setLive(days);
    pending.current = { days, timer: setTimeout(flush, URL_SETTLE_MS) };
  };
  const fitAll = () => {
    takePending();
    setLive(null);
    onWindowChange({ from: null, to: null });
  };

  return (
    <>
      <TimelineToolbar
        axis={axisMode}
        fitted={from === null}
        lanes={lanes}
        keyOnly={props.keyOnly}
        onKeyOnlyChange={props.onKeyOnlyChange}
        onZoom={(direction) =>
          changeWindow(zoomWindow(view, direction === 'in' ? 1 / ZOOM_STEP : ZOOM_STEP, fit, zoomAnchor(view, eventStart(allIndex, selectedId))))
        }
        onFit={fitAll}
        onAxisChange={onAxisChange}
        onLanesChange={onLanesChange}
      />
      <Timeline
        lanes={timelineLanes}
        colors={colors}
        view={view}
        fit={fit}
        gaps={gaps}
        onWindowChange={changeWindow}
        onGestureEnd={flush}
        matches={matches}
        selectedId={selectedId}
        onSelect={onSelect}
        rank={rank}
        allowClusters={!props.keyOnly}
        reserve={props.reserve}
        index={index}
        articles={props.articles}
        onReadArticle={props.onReadArticle}
      />
      {props.overview === false ? null : (
        <Overview
          index={index}
          fit={fit}
          gaps={overviewGaps}
          view={view}
          reserve={props.reserve}
          panel={props.panel}
          selected={selectedId !== null && allIndex.position.has(selectedId) ? allIndex.starts[allIndex.position.get(selectedId)!]! : null}
          onWindowChange={changeWindow}
        />
      )}
    </>
  );
}
