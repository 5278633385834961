import { describe, expect, it } from 'vitest';
import { adjacentEvent, timeOrder } from '../../src/timeline/adjacentEvent';
import { makeEvent } from './sample';

const day = (id: string, d: string) => makeEvent({ id, date: { start: d, end: d, precision: 'day', text: d } });

describe('adjacentEvent', () => {
  const events = [day('c', '2022-12-23'), day('a', '1991-01-01'), day('b2', '2022-12-22'), day('b1', '2022-12-22')];

  it('timeOrder sorts by date and breaks ties by id', () => {
    expect(timeOrder(events).map((e) => e.id)).toEqual(['a', 'b1', 'b2', 'c']);
  });

  it('timeOrder puts the events of one day in the order of their times, untimed ones first', () => {
    const at = (id: string, clock: string) => makeEvent({ id, date: { start: '2022-12-22', end: '2022-12-22', precision: 'day', time: { clock, precision: 'hour' }, text: clock } });
    expect(timeOrder([at('evening', '20:00'), at('morning', '09:00'), day('untimed', '2022-12-22')]).map((e) => e.id)).toEqual(['untimed', 'morning', 'evening']);
  });

  it('adjacentEvent steps to the next and previous event in time, and stops at the ends', () => {
    expect(adjacentEvent(events, 'a', 1)?.id).toBe('b1');
    expect(adjacentEvent(events, 'b2', 1)?.id).toBe('c');
    expect(adjacentEvent(events, 'b1', -1)?.id).toBe('a');
    expect(adjacentEvent(events, 'c', 1)).toBeNull();
    expect(adjacentEvent(events, 'a', -1)).toBeNull();
    expect(adjacentEvent(events, 'missing', 1)).toBeNull();
  });
});
