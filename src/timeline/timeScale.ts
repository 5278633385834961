// The horizontal time scale: UTC, over the events' extent with some padding so
// the first and last marks do not sit on the edge of the view.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { toUtcMs } from '../model/calendar';
import type { TimelineEvent } from '../model/schema';

export const DAY_MS = 86_400_000;

export type TimeScale = ScaleTime<number, number>;

export interface TimeScaleOptions {
  /** Pixels kept free at each end of the range. */
  margin?: number;
  /** Share of the extent added before the first and after the last event. */
  padding?: number;
}

/** [first start, last end + 1 day) in UTC milliseconds; `end` is inclusive in the data. */
export function eventExtent(events: readonly TimelineEvent[]): [number, number] | null {
  if (events.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const event of events) {
    min = Math.min(min, toUtcMs(event.date.start));
    max = Math.max(max, toUtcMs(event.date.end) + DAY_MS);
  }
  return [min, max];
}

export function createTimeScale(
  events: readonly TimelineEvent[],
  width: number,
  { margin = 24, padding = 0.03 }: TimeScaleOptions = {},
): TimeScale {
  const extent = eventExtent(events) ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  // At least two weeks of padding, so a lone day still gets room around it.
  const pad = Math.max((extent[1] - extent[0]) * padding, 14 * DAY_MS);
  return scaleUtc()
    .domain([new Date(extent[0] - pad), new Date(extent[1] + pad)])
    .range([margin, Math.max(margin + 1, width - margin)]);
}
