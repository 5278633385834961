// Sparse history: finds the long empty stretches worth compressing. "Empty"
// means no event starts or ends there: the inside of a year-long bar carries
// nothing a reader needs at day resolution, while a week of daily events does.
// A stretch is long when it exceeds 30 units of the finest precision in the
// data (30 days when some event is dated to the day), so zooming in below that
// span turns the axis linear again.
import { toUtcMs } from '../model/calendar';
import type { Precision, TimelineEvent } from '../model/schema';
import { DAY_MS } from './timeScale';

export type AxisMode = 'linear' | 'sparse';

const UNIT_DAYS: Record<Precision, number> = { day: 1, month: 30, season: 91, year: 365, decade: 3652 };
const UNITS_PER_GAP = 30;

/** The instants where some event starts or ends (exclusive end), sorted and distinct. */
export function eventAnchors(events: readonly TimelineEvent[]): number[] {
  const anchors = new Set<number>();
  for (const event of events) {
    anchors.add(toUtcMs(event.date.start));
    anchors.add(toUtcMs(event.date.end) + DAY_MS);
  }
  return [...anchors].sort((a, b) => a - b);
}

/** The shortest stretch that counts as a gap, from the finest precision in the data. */
export function minGapMs(events: readonly TimelineEvent[]): number {
  let unit = UNIT_DAYS.decade;
  for (const event of events) unit = Math.min(unit, UNIT_DAYS[event.date.precision]);
  return UNITS_PER_GAP * unit * DAY_MS;
}

/** Stretches of the window [from, to) with no anchor inside that are longer than `minGap`. */
export function sparseGaps(
  events: readonly TimelineEvent[],
  window: readonly [number, number],
  minGap = minGapMs(events),
): [number, number][] {
  const [from, to] = window;
  const cuts = [from, ...eventAnchors(events).filter((t) => t > from && t < to), to];
  const gaps: [number, number][] = [];
  for (let i = 1; i < cuts.length; i++) {
    if (cuts[i]! - cuts[i - 1]! > minGap) gaps.push([cuts[i - 1]!, cuts[i]!]);
  }
  return gaps;
}

/**
 * Sparse when the events cluster: the longest stretch between anchors is more
 * than half of the whole span and long enough to be compressed.
 */
export function defaultAxisMode(events: readonly TimelineEvent[]): AxisMode {
  const anchors = eventAnchors(events);
  if (anchors.length < 2) return 'linear';
  let longest = 0;
  for (let i = 1; i < anchors.length; i++) longest = Math.max(longest, anchors[i]! - anchors[i - 1]!);
  const span = anchors[anchors.length - 1]! - anchors[0]!;
  return longest > span * 0.5 && longest > minGapMs(events) ? 'sparse' : 'linear';
}
