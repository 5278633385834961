// The actor filter's list: people, organisations and groups under the country
// they belong to (following memberOf, the nearest country first), countries
// by name, actors with no country last; and the text search over names and
// aliases that narrows it.
import type { Actor } from '../model/schema';
import { actorAncestors, compareNames } from './actorFilter';

export interface ActorGroup {
  /** null: the actors that belong to no country. */
  country: Actor | null;
  members: Actor[];
}

const byName = (a: Actor, b: Actor) => compareNames(a.name, b.name);

export function groupActorsByCountry(actors: readonly Actor[]): ActorGroup[] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const ancestors = actorAncestors(actors);
  // Ancestors come breadth first, so the first country among them is the nearest.
  const countryOf = (actor: Actor) =>
    [...ancestors.get(actor.id)!].map((id) => byId.get(id)).find((a) => a !== undefined && a !== actor && a.kind === 'country') ?? null;
  const groups = new Map<string, ActorGroup>();
  for (const actor of [...actors].filter((a) => a.kind === 'country').sort(byName)) {
    groups.set(actor.id, { country: actor, members: [] });
  }
  const stateless: Actor[] = [];
  for (const actor of actors) {
    if (actor.kind === 'country') continue;
    const country = countryOf(actor);
    if (country) groups.get(country.id)!.members.push(actor);
    else stateless.push(actor);
  }
  const result = [...groups.values()];
  for (const group of result) group.members.sort(byName);
  if (stateless.length > 0) result.push({ country: null, members: stateless.sort(byName) });
  return result;
}

/** Lower case without accents, so "kocharian" finds "Kocharián". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of the query starts a word of the actor's name or of one alias. */
export function actorMatches(actor: Actor, query: string): boolean {
  const words = fold(query).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return true;
  return [actor.name, ...actor.aliases].some((name) => {
    const nameWords = fold(name).split(/[^\p{L}\p{N}]+/u);
    return words.every((word) => nameWords.some((w) => w.startsWith(word)));
  });
}

/**
 * The groups narrowed to a query: a country that matches keeps all its
 * members; otherwise a group shows only its matching members, and goes when
 * none match. An empty query keeps everything.
 */
export function filterActorGroups(groups: readonly ActorGroup[], query: string): ActorGroup[] {
  if (query.trim() === '') return [...groups];
  const result: ActorGroup[] = [];
  for (const group of groups) {
    if (group.country && actorMatches(group.country, query)) {
      result.push(group);
      continue;
    }
    const members = group.members.filter((actor) => actorMatches(actor, query));
    if (members.length > 0) result.push({ country: group.country, members });
  }
  return result;
}
