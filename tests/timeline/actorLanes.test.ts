import { describe, expect, it } from 'vitest';
import { actorAncestors, sortActorsForFilter } from '../../src/timeline/actorFilter';
import { actorLanes, NO_ACTOR_LANE } from '../../src/timeline/actorLanes';
import { makeEvent, sampleActors, sampleEvents } from './sample';

const ancestors = actorAncestors(sampleActors);
const actors = sortActorsForFilter(sampleActors);
const laneShape = (lanes: ReturnType<typeof actorLanes>) => lanes.map((lane) => [lane.name, lane.events.map((e) => e.id)]);

describe('actorLanes', () => {
  it('actorLanes gives every actor named by an event a row, countries first, and the unnamed events a last row', () => {
    expect(laneShape(actorLanes(sampleEvents, actors, [], ancestors))).toEqual([
      ['Russia', ['moscow-meeting']],
      ['Nikol Pashinyan', ['pm-statement']],
      [NO_ACTOR_LANE, ['tension-1991']],
    ]);
  });

  it('actorLanes draws an event with two actors in both rows', () => {
    const shared = makeEvent({ id: 'shared', actors: ['russia', 'armenia'] });
    const lanes = actorLanes([shared], actors, [], ancestors);
    expect(laneShape(lanes)).toEqual([['Armenia', ['shared']], ['Russia', ['shared']]]);
  });

  it('actorLanes with actors checked has one row per checked actor, counting members as the filter does', () => {
    const lanes = actorLanes(sampleEvents, actors, ['armenia', 'russia'], ancestors);
    expect(laneShape(lanes)).toEqual([['Armenia', ['pm-statement']], ['Russia', ['moscow-meeting']]]);
  });

  it('actorLanes keeps the row of a checked actor that has no event', () => {
    const lanes = actorLanes(sampleEvents, actors, ['ministry'], ancestors);
    expect(laneShape(lanes)).toEqual([['Russian Foreign Ministry', []]]);
  });
});
