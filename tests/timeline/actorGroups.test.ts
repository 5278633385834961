import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/model/schema';
import { actorMatches, filterActorGroups, groupActorsByCountry } from '../../src/timeline/actorGroups';

const actor = (id: string, name: string, kind: Actor['kind'], memberOf: string[] = [], aliases: string[] = []): Actor =>
  ({ id, name, kind, memberOf, aliases });

const actors: Actor[] = [
  actor('russia', 'Russia', 'country', [], ['Russian Federation']),
  actor('armenia', 'Armenia', 'country'),
  actor('pm', 'Nikol Pashinyan', 'person', ['armenia']),
  actor('ministry', 'Russian Foreign Ministry', 'organization', ['russia']),
  actor('lavrov', 'Sergey Lavrov', 'person', ['ministry']),
  actor('un', 'United Nations', 'organization'),
  actor('ngos', 'Ecologists', 'group', ['ngos']),
];

const shape = (groups: ReturnType<typeof groupActorsByCountry>) =>
  groups.map((g) => [g.country?.name ?? null, g.members.map((m) => m.name)]);

describe('groupActorsByCountry', () => {
  it('groupActorsByCountry puts people and bodies under their country by name, through membership chains, the countryless last', () => {
    expect(shape(groupActorsByCountry(actors))).toEqual([
      ['Armenia', ['Nikol Pashinyan']],
      ['Russia', ['Russian Foreign Ministry', 'Sergey Lavrov']],
      [null, ['Ecologists', 'United Nations']],
    ]);
  });

  it('groupActorsByCountry keeps a country with no members and tolerates membership cycles', () => {
    const looped = [actor('a', 'A', 'group', ['b']), actor('b', 'B', 'group', ['a']), actor('x', 'Xland', 'country')];
    expect(shape(groupActorsByCountry(looped))).toEqual([['Xland', []], [null, ['A', 'B']]]);
  });
});

describe('actorMatches and filterActorGroups', () => {
  it('actorMatches finds an actor by the start of any word of its name or an alias, ignoring case and accents', () => {
    expect(actorMatches(actors[2]!, 'pash')).toBe(true);
    expect(actorMatches(actors[2]!, 'NIKOL p')).toBe(true);
    expect(actorMatches(actors[0]!, 'federation')).toBe(true);
    expect(actorMatches(actor('k', 'Robert Kocharián', 'person'), 'kochar')).toBe(true);
    expect(actorMatches(actors[2]!, 'inyan')).toBe(false);
    expect(actorMatches(actors[2]!, '')).toBe(true);
  });

  it('filterActorGroups keeps a matching country whole and only the matching members of the others', () => {
    const groups = groupActorsByCountry(actors);
    expect(shape(filterActorGroups(groups, 'russia'))).toEqual([['Russia', ['Russian Foreign Ministry', 'Sergey Lavrov']]]);
    expect(shape(filterActorGroups(groups, 'lavrov'))).toEqual([['Russia', ['Sergey Lavrov']]]);
    expect(shape(filterActorGroups(groups, 'nations'))).toEqual([[null, ['United Nations']]]);
    expect(filterActorGroups(groups, 'nobody at all')).toEqual([]);
    expect(filterActorGroups(groups, '  ')).toHaveLength(3);
  });
});
