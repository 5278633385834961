// The "Key events" view: the story in its most important events only, as
// many as fit the timeline's rows without clustering. The more events, the
// more rows they take; the count goes down from MAX_SUMMARY until the top
// events, fitted to their own extent, are drawn one by one within the rows.
import type { IndexEvent } from '../model/schema';
import { importanceOrder } from './importanceRank';
import { layoutEvents, type LayoutOptions } from './layoutEvents';
import { axisModeOf, gapsInWindow, sparseAnchors, type AxisMode } from './sparseGaps';
import { createTimeScale } from './timeScale';
import { fitForAxis } from './viewWindow';

export const MAX_SUMMARY = 12;
export const MIN_SUMMARY = 3;

export interface SummaryOptions extends LayoutOptions {
  /** Rows the summary may take. */
  maxRows: number;
  /** Pixels left free at each end of the drawing. */
  margin: number;
  /** The axis asked for; null lets the events decide, as the timeline does. */
  axis: AxisMode | null;
  max?: number;
}

/** Whether `events`, fitted to their extent, are drawn one by one within `maxRows`. */
function fitsUnclustered(events: readonly IndexEvent[], { maxRows, margin, axis, width, ...layout }: SummaryOptions): boolean {
  const anchors = sparseAnchors(events);
  const sparse = (axis ?? axisModeOf(anchors)) === 'sparse';
  const fit = fitForAxis(events, sparse, anchors.minGap);
  const scale = createTimeScale(fit, [margin, width - margin], { gaps: sparse ? gapsInWindow(anchors, fit) : [] });
  return layoutEvents(events, scale, { ...layout, width, maxRows }).rowCount <= maxRows;
}

/** The most important events that fit, most important first (never fewer than MIN_SUMMARY, when there are as many). */
export function summaryEvents<E extends IndexEvent>(events: readonly E[], options: SummaryOptions): E[] {
  const ordered = importanceOrder(events);
  for (let n = Math.min(options.max ?? MAX_SUMMARY, ordered.length); n > MIN_SUMMARY; n--) {
    const top = ordered.slice(0, n);
    if (fitsUnclustered(top, options)) return top;
  }
  return ordered.slice(0, MIN_SUMMARY);
}
