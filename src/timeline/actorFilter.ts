// The actor filter: an event matches an actor when one of its actors is that
// actor or belongs to it, following memberOf transitively (a prime minister
// counts for his country). Cycles in memberOf are tolerated.
import type { Actor, TimelineEvent } from '../model/schema';

/** For each actor id: itself plus every actor it belongs to, directly or not. */
export function actorAncestors(actors: readonly Actor[]): Map<string, Set<string>> {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const result = new Map<string, Set<string>>();
  for (const actor of actors) {
    const seen = new Set<string>([actor.id]);
    const queue = [...actor.memberOf];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...(byId.get(id)?.memberOf ?? []));
    }
    result.set(actor.id, seen);
  }
  return result;
}

/** The actors an event counts for: its own and all they belong to. */
export function eventActorClosure(event: TimelineEvent, ancestors: ReadonlyMap<string, Set<string>>): Set<string> {
  const closure = new Set<string>();
  for (const id of event.actors) for (const a of ancestors.get(id) ?? [id]) closure.add(a);
  return closure;
}

/** No selection keeps every event; otherwise an event needs any one of the selected actors. */
export function filterEventsByActors(
  events: readonly TimelineEvent[],
  selected: readonly string[],
  ancestors: ReadonlyMap<string, Set<string>>,
): TimelineEvent[] {
  if (selected.length === 0) return [...events];
  return events.filter((event) => {
    const closure = eventActorClosure(event, ancestors);
    return selected.some((id) => closure.has(id));
  });
}

/** How many events each actor would keep if it alone were checked. */
export function countEventsByActor(
  events: readonly TimelineEvent[],
  ancestors: ReadonlyMap<string, Set<string>>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const id of eventActorClosure(event, ancestors)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

// One collator for every comparison: localeCompare with options builds one per call.
const nameCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** Orders names as a reader would, ignoring case and accents. */
export const compareNames = (a: string, b: string): number => nameCollator.compare(a, b);

/** Countries first, then everyone else, each by name. */
export function sortActorsForFilter(actors: readonly Actor[]): Actor[] {
  return [...actors].sort(
    (a, b) =>
      Number(a.kind !== 'country') - Number(b.kind !== 'country') ||
      compareNames(a.name, b.name),
  );
}
