// Keyboard order on the timeline: events in time order (start, with the time
// of day when there is one, then end, then id, so ties are stable), whatever
// row the stacking put them in.
import { startMs, toUtcMs } from '../model/calendar';
import type { IndexEvent } from '../model/schema';

export function timeOrder<E extends IndexEvent>(events: readonly E[]): E[] {
  return [...events].sort(
    (a, b) =>
      startMs(a.date) - startMs(b.date) ||
      toUtcMs(a.date.end) - toUtcMs(b.date.end) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The event `step` places after (or, negative, before) `id` in time order; null past either end. */
export function adjacentEvent<E extends IndexEvent>(events: readonly E[], id: string, step: number): E | null {
  const ordered = timeOrder(events);
  const at = ordered.findIndex((event) => event.id === id);
  if (at < 0) return null;
  return ordered[at + step] ?? null;
}
