// The events as the explorer shows them: each happening once. The data set
// keeps every article's own reading in `events` (so nothing an article said is
// lost or redated by merging) and lists in `merged` the happenings several
// articles report; here each merged event takes the place of its members.
import { startMs } from './calendar';
import type { TimelineIndex } from './schema';

/** What ordering and replacing events takes: full events and the index's lean ones both have it. */
interface Placed {
  id: string;
  date: { start: string; end: string; time?: { clock: string } };
}

/** Works on the data set's full events and on the index's lean ones alike. */
export function eventsAsTold<E extends Placed>(data: { events: E[]; merged?: Array<E & { members: string[] }> }): E[] {
  const merged = data.merged ?? [];
  if (merged.length === 0) return data.events;
  const byMember = new Map<string, E & { members: string[] }>();
  for (const m of merged) for (const id of m.members) byMember.set(id, m);
  const placed = new Set<E>();
  const out: E[] = [];
  for (const e of data.events) {
    const m = byMember.get(e.id);
    if (!m) out.push(e);
    else if (!placed.has(m)) {
      placed.add(m);
      const { members: _members, ...event } = m;
      out.push(event as unknown as E);
    }
  }
  // A merged event's date may be finer than its first member's: keep the list in date order.
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => startMs(a.e.date) - startMs(b.e.date) || (a.e.date.end < b.e.date.end ? -1 : a.e.date.end > b.e.date.end ? 1 : 0) || a.i - b.i)
    .map(({ e }) => e);
}

/** The id the explorer shows for an event id: a member's merged event, or the id itself. */
export function toldId(data: { merged?: Array<{ id: string; members: string[] }> }, id: string): string {
  for (const m of data.merged ?? []) if (m.members.includes(id)) return m.id;
  return id;
}

/** The index as the explorer reads it: merged events in place of their members. */
export function indexAsTold(index: TimelineIndex): TimelineIndex {
  return { ...index, events: eventsAsTold(index) };
}
