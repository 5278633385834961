// The visible window of the timeline, [from, to) in UTC milliseconds on whole
// days (the URL holds days): fitting all events, zooming around an instant,
// panning, and the limits that keep the events within reach: the window stays
// inside the events' extent and its margin, never shorter than three days and
// never longer than the whole.
import { fromUtcMs, isValidDay, parseIsoDay, toUtcMs } from '../model/calendar';
import type { IndexEvent } from '../model/schema';
import { isFinestUnit } from './sparseGaps';
import { DAY_MS, eventExtent } from './timeScale';

export type ViewWindow = readonly [number, number];

export const MIN_SPAN_MS = 3 * DAY_MS;

/**
 * All events with some room at both ends: 3% of the extent, at least two weeks
 * (so a lone day has room), at most `maxPad` (sparse axes keep their edges short).
 */
export function fitWindow(events: readonly IndexEvent[], maxPad = Infinity): ViewWindow {
  const extent = eventExtent(events) ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const pad = Math.min(Math.max((extent[1] - extent[0]) * 0.03, 14 * DAY_MS), Math.max(maxPad, DAY_MS));
  const days = Math.ceil(pad / DAY_MS) * DAY_MS;
  return [extent[0] - days, extent[1] + days];
}

/**
 * The fitted window for an axis. A sparse axis keeps its edges short, since
 * padding there is time drawn at the rate of the busiest week (`minGap` is
 * the shortest stretch it compresses), and pads an edge only where an event
 * there is dated to the data's finest unit: a story of days that opens with
 * "the 1800s" gets no days of 1799 before its bar (a calendar the data does
 * not have); the drawing's margin gives the bar its room. An ongoing event
 * ends on a day, its publication.
 */
export function fitForAxis(events: readonly IndexEvent[], sparse: boolean, minGap: number): ViewWindow {
  const fit = fitWindow(events, sparse ? minGap / 10 : Infinity);
  const extent = eventExtent(events);
  if (!sparse || !extent) return fit;
  let fineStart = false;
  let fineEnd = false;
  for (const event of events) {
    const fine = isFinestUnit(event.date.precision, minGap);
    if (fine && toUtcMs(event.date.start) === extent[0]) fineStart = true;
    if ((fine || event.kind === 'ongoing') && toUtcMs(event.date.end) + DAY_MS === extent[1]) fineEnd = true;
  }
  return [fineStart ? fit[0] : extent[0], fineEnd ? fit[1] : extent[1]];
}

/**
 * Keeps the span between MIN_SPAN_MS and the fitted span, and the whole
 * window inside the fitted one (the events and their margin), so the view can
 * never drift off into time where nothing happened.
 */
export function clampWindow([from, to]: ViewWindow, fit: ViewWindow): ViewWindow {
  const fitSpan = fit[1] - fit[0];
  const span = Math.min(Math.max(to - from, MIN_SPAN_MS), fitSpan);
  if (span >= fitSpan) return fit;
  // A window already within the limits is kept as it is, not recomputed (which could move it by a rounding).
  if (span === to - from && from >= fit[0] && to <= fit[1]) return [from, to];
  const start = Math.min(Math.max((from + to) / 2 - span / 2, fit[0]), fit[1] - span);
  return [start, start + span];
}

/** Whole days, nearest; never shorter than MIN_SPAN_MS. */
function toDays([from, to]: ViewWindow): ViewWindow {
  const a = Math.round(from / DAY_MS) * DAY_MS;
  const b = Math.round(to / DAY_MS) * DAY_MS;
  return [a, Math.max(b, a + MIN_SPAN_MS)];
}

/** Scales the span by `factor` (< 1 zooms in) keeping `anchor` at the same place in the window. */
export function zoomWindow(window: ViewWindow, factor: number, fit: ViewWindow, anchor = (window[0] + window[1]) / 2): ViewWindow {
  const [from, to] = window;
  const span = to - from;
  // At a limit the window stays put rather than drift by the rounding.
  if ((factor < 1 && span <= MIN_SPAN_MS) || (factor > 1 && span >= fit[1] - fit[0])) return window;
  const share = (anchor - from) / span;
  const [a, b] = toDays(clampWindow([anchor - share * span * factor, anchor + (1 - share) * span * factor], fit));
  // A small step that rounds back to the same span still moves by a day, on the side away from the anchor,
  // so a gentle trackpad gesture zooms and the anchor stays in view.
  if (b - a === span) {
    const day = factor < 1 ? DAY_MS : -DAY_MS;
    return toDays(clampWindow(share < 0.5 ? [a, b - day] : [a + day, b], fit));
  }
  return [a, b];
}

/** Where + and - zoom around: the selected event when it is in view (so it stays where it is), else the middle. */
export function zoomAnchor(window: ViewWindow, selectedStart: number | null): number {
  return selectedStart !== null && selectedStart >= window[0] && selectedStart < window[1] ? selectedStart : (window[0] + window[1]) / 2;
}

/** Moves the window by `share` of its span (negative: back in time), at least a day per step. */
export function panWindow(window: ViewWindow, share: number, fit: ViewWindow): ViewWindow {
  const [from, to] = window;
  const days = Math.sign(share) * Math.max(1, Math.round(Math.abs((to - from) * share) / DAY_MS));
  return toDays(clampWindow([from + days * DAY_MS, to + days * DAY_MS], fit));
}

/** The window moved, same span, so that `at` sits in its middle (to bring an event into view). */
export function centerWindow(window: ViewWindow, at: number, fit: ViewWindow): ViewWindow {
  const half = (window[1] - window[0]) / 2;
  return toDays(clampWindow([at - half, at + half], fit));
}

/** The window as URL days: `from` is the first day shown, `to` the last. */
export function windowToDays([from, to]: ViewWindow): { from: string; to: string } {
  return { from: fromUtcMs(from), to: fromUtcMs(Math.max(to - DAY_MS, from)) };
}

function dayMs(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const { year, month, day: d } = parseIsoDay(day);
  return isValidDay(year, month, d) ? toUtcMs(day) : null;
}

/** The window named by URL days, or null when either is malformed or they are out of order. */
export function windowFromDays(from: string | null, to: string | null): ViewWindow | null {
  if (from === null || to === null) return null;
  const a = dayMs(from);
  const b = dayMs(to);
  if (a === null || b === null || b < a) return null;
  return [a, b + DAY_MS];
}
