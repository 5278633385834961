// Lanes by actor: one timeline row per actor, each event drawn in the row of
// every actor it involves. With actors checked, the rows are the checked
// actors and an event belongs to a row the way the filter counts it (a prime
// minister's statement is in his country's row); with none checked, every
// actor named by some event has a row, and events that name no one share a
// last row of their own.
import type { Actor, IndexEvent } from '../model/schema';
import { eventActorClosure } from './actorFilter';

export interface ActorLane {
  /** The actor's id; null for the row of events that name no actor. */
  actorId: string | null;
  name: string;
  events: IndexEvent[];
}

export const NO_ACTOR_LANE = 'No actor named';

/**
 * `actors` gives the rows' order (the filter's, countries first). Rows with
 * no event are left out unless their actor is checked.
 */
export function actorLanes(
  events: readonly IndexEvent[],
  actors: readonly Actor[],
  checked: readonly string[],
  ancestors: ReadonlyMap<string, Set<string>>,
): ActorLane[] {
  const byActor = new Map<string, IndexEvent[]>();
  const unnamed: IndexEvent[] = [];
  const checkedSet = new Set(checked);
  for (const event of events) {
    const ids = checkedSet.size > 0 ? eventActorClosure(event, ancestors) : new Set(event.actors);
    if (ids.size === 0) unnamed.push(event);
    for (const id of ids) {
      if (checkedSet.size > 0 && !checkedSet.has(id)) continue;
      let list = byActor.get(id);
      if (!list) byActor.set(id, (list = []));
      list.push(event);
    }
  }
  const lanes: ActorLane[] = [];
  for (const actor of actors) {
    const laneEvents = byActor.get(actor.id) ?? [];
    if (laneEvents.length > 0 || checkedSet.has(actor.id)) lanes.push({ actorId: actor.id, name: actor.name, events: laneEvents });
  }
  if (checkedSet.size === 0 && unnamed.length > 0) lanes.push({ actorId: null, name: NO_ACTOR_LANE, events: unnamed });
  return lanes;
}
