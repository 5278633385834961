import { describe, expect, it } from 'vitest';
import {
  actorAncestors, countEventsByActor, filterEventsByActors, sortActorsForFilter,
} from '../../src/timeline/actorFilter';
import type { Actor } from '../../src/model/schema';
import { sampleActors, sampleEvents } from './sample';

const ancestors = actorAncestors(sampleActors);
const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('actor filter', () => {
  it('filterEventsByActors with nothing selected keeps every event', () => {
    expect(ids(filterEventsByActors(sampleEvents, [], ancestors))).toEqual(['moscow-meeting', 'pm-statement', 'tension-1991']);
  });

  it('filterEventsByActors keeps events of a member of the selected actor', () => {
    expect(ids(filterEventsByActors(sampleEvents, ['armenia'], ancestors))).toEqual(['pm-statement']);
  });

  it('filterEventsByActors keeps events matching any one of several actors', () => {
    expect(ids(filterEventsByActors(sampleEvents, ['russia', 'armenia'], ancestors))).toEqual(['moscow-meeting', 'pm-statement']);
  });

  it('actorAncestors follows memberOf transitively and survives cycles', () => {
    const actors: Actor[] = [
      { id: 'a', name: 'A', kind: 'person', aliases: [], memberOf: ['b'] },
      { id: 'b', name: 'B', kind: 'organization', aliases: [], memberOf: ['c'] },
      { id: 'c', name: 'C', kind: 'country', aliases: [], memberOf: ['a'] },
    ];
    expect([...actorAncestors(actors).get('a')!].sort()).toEqual(['a', 'b', 'c']);
  });

  it('countEventsByActor counts an event once for each actor it counts for', () => {
    const counts = countEventsByActor(sampleEvents, ancestors);
    expect(counts.get('armenia')).toBe(1);
    expect(counts.get('pm')).toBe(1);
    expect(counts.get('russia')).toBe(1);
    expect(counts.get('ministry')).toBeUndefined();
  });

  it('sortActorsForFilter lists countries first, then the rest, by name', () => {
    expect(sortActorsForFilter(sampleActors).map((a) => a.name)).toEqual([
      'Armenia', 'Russia', 'Nikol Pashinyan', 'Russian Foreign Ministry',
    ]);
  });
});
