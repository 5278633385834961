// The actor filter: an event matches an actor when one of its actors is that
// actor or belongs to it, following memberOf transitively (a prime minister
// counts for his country). Cycles in memberOf are tolerated.
import type { Actor, IndexEvent } from '../model/schema';

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
export function eventActorClosure(event: IndexEvent, ancestors: ReadonlyMap<string, Set<string>>): Set<string> {
  const closure = new Set<string>();
  for (const id of event.actors) for (const a of ancestors.get(id) ?? [id]) closure.add(a);
  return closure;
}

/** No selection keeps every event; otherwise an event needs any one of the selected actors. */
export function filterEventsByActors<E extends IndexEvent>(
  events: readonly E[],
  selected: readonly string[],
  ancestors: ReadonlyMap<string, Set<string>>,
): E[] {
  if (selected.length === 0) return [...events];
  // Which actors count for a checked one is worked out once per actor, not once per event.
  const wanted = new Set(selected);
  const counts = new Map<string, boolean>();
  const countsForChecked = (own: string): boolean => {
    let yes = counts.get(own);
    if (yes === undefined) {
      yes = false;
      for (const id of ancestors.get(own) ?? [own]) if (wanted.has(id)) yes = true;
      counts.set(own, yes);
    }
    return yes;
  };
  return events.filter((event) => event.actors.some(countsForChecked));
}

/** How many events each actor would keep if it alone were checked. */
export function countEventsByActor(
  events: readonly IndexEvent[],
  ancestors: ReadonlyMap<string, Set<string>>,
): Map<string, number> {
  const counts = new Map<string, number>();
  // The last event counted for each actor: an actor reached twice from one event counts once, without a set per event.
  const countedAt = new Map<string, number>();
  events.forEach((event, i) => {
    for (const own of event.actors) {
      for (const id of ancestors.get(own) ?? [own]) {
        if (countedAt.get(id) === i) continue;
        countedAt.set(id, i);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  });
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
