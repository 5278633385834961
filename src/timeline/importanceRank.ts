// The events in order of importance, as the compiler scored them: the
// timeline names the highest first when a stretch is crowded, draws the key
// events with the strongest marks, and the "Key events" view shows only the
// top ones. Ties go to the event more sources report, then to the earlier
// one, so the order is stable and the same on every screen.
import type { IndexEvent } from '../model/schema';

/** Each event's place in the order of importance: 0 is the most important. */
export type ImportanceRank = ReadonlyMap<string, number>;

/** Negative when `a` comes before `b` in the order of importance. */
function compareImportance(a: IndexEvent, b: IndexEvent): number {
  return (
    b.importance.score - a.importance.score ||
    b.sources.length - a.sources.length ||
    (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function importanceOrder<E extends IndexEvent>(events: readonly E[]): E[] {
  return [...events].sort(compareImportance);
}

/** The first event in the order of importance (one pass, no sort); undefined for none. */
export function mostImportantEvent<E extends IndexEvent>(events: readonly E[]): E | undefined {
  let best: E | undefined;
  for (const event of events) if (!best || compareImportance(event, best) < 0) best = event;
  return best;
}

export function rankByImportance(events: readonly IndexEvent[]): ImportanceRank {
  return new Map(importanceOrder(events).map((event, i) => [event.id, i]));
}

/** The most key events a timeline names whatever the zoom: enough to tell the story, few enough to read. */
export const MAX_KEY_EVENTS = 8;

/**
 * How many of `total` events count as key: about 1.2 times the square root
 * (4 of 10, 8 of 44), at least 3 (or all, when fewer), at most `max`. A story
 * of a hundred thousand events still has a handful of key ones.
 */
export function keyEventCount(total: number, max = MAX_KEY_EVENTS): number {
  if (total <= 3) return total;
  return Math.max(3, Math.min(max, Math.round(1.2 * Math.sqrt(total))));
}

/** The ids of the `count` most important events: one pass keeping the best so far, no sort of them all. */
export function keyEventIds(events: readonly IndexEvent[], count = keyEventCount(events.length)): Set<string> {
  const best: IndexEvent[] = [];
  if (count > 0) {
    for (const event of events) {
      if (best.length === count && compareImportance(event, best[count - 1]!) >= 0) continue;
      let at = best.length === count ? count - 1 : best.length;
      while (at > 0 && compareImportance(event, best[at - 1]!) < 0) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = event;
    }
  }
  return new Set(best.map((event) => event.id));
}
