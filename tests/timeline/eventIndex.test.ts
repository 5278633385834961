import { describe, expect, it } from 'vitest';
import { eventStart, eventsInWindow, indexEvents, nearestEvent, stepEvent } from '../../src/timeline/eventIndex';
import { DAY_MS } from '../../src/timeline/timeScale';
import { makeEvent } from './sample';

const span = (id: string, start: string, end: string) =>
  makeEvent({ id, kind: start === end ? 'point' : 'span', date: { start, end, precision: 'day', text: start } });

const events = [
  span('late', '2022-12-23', '2022-12-23'),
  span('long', '1991-01-01', '2022-12-31'),
  span('mid', '2020-10-01', '2020-10-01'),
  span('early', '1991-06-01', '1991-06-01'),
];

describe('indexEvents and eventsInWindow', () => {
  it('indexEvents orders events by start, then end', () => {
    expect(indexEvents(events).ordered.map((e) => e.id)).toEqual(['long', 'early', 'mid', 'late']);
  });

  it('indexEvents orders the events of one day by their times of day', () => {
    const at = (id: string, clock: string) => makeEvent({ id, date: { start: '2020-10-01', end: '2020-10-01', precision: 'day', time: { clock, precision: 'minute' }, text: clock } });
    expect(indexEvents([at('night', '22:15'), at('dawn', '05:30'), span('day', '2020-10-01', '2020-10-01')]).ordered.map((e) => e.id)).toEqual(['day', 'dawn', 'night']);
  });

  it('eventsInWindow finds what meets the window, including a long bar that began long before it', () => {
    const index = indexEvents(events);
    const ids = (from: string, to: string) => eventsInWindow(index, [Date.parse(from), Date.parse(to)]).map((i) => index.ordered[i]!.id);
    expect(ids('2020-09-01', '2020-11-01')).toEqual(['long', 'mid']);
    expect(ids('2022-12-23', '2022-12-24')).toEqual(['long', 'late']);
    expect(ids('2023-01-01', '2024-01-01')).toEqual([]);
    expect(ids('1990-01-01', '1991-06-02')).toEqual(['long', 'early']);
  });

  it('eventsInWindow treats an event as lasting its whole last day and the window as open at its end', () => {
    const index = indexEvents([span('d', '2022-12-22', '2022-12-22')]);
    const day = Date.parse('2022-12-22');
    expect(eventsInWindow(index, [day + DAY_MS - 1, day + 2 * DAY_MS])).toHaveLength(1);
    expect(eventsInWindow(index, [day + DAY_MS, day + 2 * DAY_MS])).toHaveLength(0);
    expect(eventsInWindow(index, [day - DAY_MS, day])).toHaveLength(0);
  });

  it('eventsInWindow agrees with a plain scan over many random events', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const day = (r: number) => new Date(Date.UTC(2000, 0, 1) + Math.floor(r * 3000) * DAY_MS).toISOString().slice(0, 10);
    const many = Array.from({ length: 400 }, (_, i) => {
      const a = day(random());
      const b = random() < 0.2 ? day(random()) : a;
      return span(`e${i}`, a < b ? a : b, a < b ? b : a);
    });
    const index = indexEvents(many);
    for (let k = 0; k < 50; k++) {
      const from = Date.UTC(2000, 0, 1) + random() * 3000 * DAY_MS;
      const to = from + random() * 200 * DAY_MS;
      const expected = index.ordered.filter((e) => Date.parse(e.date.end) + DAY_MS > from && Date.parse(e.date.start) < to).map((e) => e.id);
      expect(eventsInWindow(index, [from, to]).map((i) => index.ordered[i]!.id)).toEqual(expected);
    }
  });

  it('stepEvent moves through time order and stops at either end', () => {
    const index = indexEvents(events);
    expect(stepEvent(index, 'early', 1)?.id).toBe('mid');
    expect(stepEvent(index, 'early', -1)?.id).toBe('long');
    expect(stepEvent(index, 'late', 1)).toBeNull();
    expect(stepEvent(index, 'unknown', 1)).toBeNull();
  });
});

describe('indexEvents order', () => {
  it('indexEvents orders ties by end, then id, as the keyboard steps', async () => {
    const { timeOrder } = await import('../../src/timeline/adjacentEvent');
    const tied = [span('b', '2022-12-22', '2022-12-22'), span('a', '2022-12-22', '2022-12-22'), span('long', '2022-12-22', '2022-12-30'), span('c', '2022-12-21', '2022-12-21')];
    expect(indexEvents(tied).ordered.map((e) => e.id)).toEqual(timeOrder(tied).map((e) => e.id));
    expect(indexEvents(tied).ordered.map((e) => e.id)).toEqual(['c', 'a', 'b', 'long']);
  });
});

describe('filterIndex', () => {
  it('filterIndex keeps the accepted events in time order and finds them in windows like a fresh index', async () => {
    const { filterIndex } = await import('../../src/timeline/eventIndex');
    const all = indexEvents(events);
    const some = filterIndex(all, (e) => e.id !== 'long');
    const fresh = indexEvents(events.filter((e) => e.id !== 'long'));
    expect(some.ordered.map((e) => e.id)).toEqual(fresh.ordered.map((e) => e.id));
    expect([...some.maxEnds]).toEqual([...fresh.maxEnds]);
    expect(some.position.get('late')).toBe(2);
    const window = [Date.parse('1991-01-01'), Date.parse('2021-01-01')] as const;
    expect(eventsInWindow(some, window)).toEqual(eventsInWindow(fresh, window));
  });
});

describe('subsetIndex', () => {
  it('subsetIndex indexes events taken in the index order like a fresh index of them', async () => {
    const { subsetIndex } = await import('../../src/timeline/eventIndex');
    const all = indexEvents(events);
    const picked = all.ordered.filter((e) => e.id !== 'mid');
    const sub = subsetIndex(all, picked);
    const fresh = indexEvents(picked);
    expect(sub.ordered.map((e) => e.id)).toEqual(fresh.ordered.map((e) => e.id));
    expect([...sub.starts]).toEqual([...fresh.starts]);
    expect([...sub.maxEnds]).toEqual([...fresh.maxEnds]);
  });

  it('nearestEvent finds the closest event to a window that shows none, on either side', () => {
    const apart = indexEvents([span('a', '2020-01-10', '2020-01-12'), span('b', '2020-03-01', '2020-03-01'), span('c', '2020-06-01', '2020-06-01')]);
    const utc = (m: number, d: number) => Date.UTC(2020, m - 1, d);
    // February: the end of "a" (13 January) is further than the start of "b" (1 March).
    expect(nearestEvent(apart, [utc(2, 10), utc(2, 20)])!.id).toBe('b');
    expect(nearestEvent(apart, [utc(1, 20), utc(1, 25)])!.id).toBe('a');
    expect(nearestEvent(apart, [utc(7, 1), utc(7, 5)])!.id).toBe('c');
    // A window that shows something has no "nearest".
    expect(nearestEvent(apart, [utc(1, 1), utc(1, 11)])).toBeNull();
    expect(nearestEvent(indexEvents([]), [utc(1, 1), utc(1, 11)])).toBeNull();
  });

  it('eventStart gives where an event starts, or null for one not in the index', () => {
    const index = indexEvents(events);
    expect(eventStart(index, 'mid')).toBe(Date.UTC(2020, 9, 1));
    expect(eventStart(index, 'gone')).toBeNull();
    expect(eventStart(index, null)).toBeNull();
  });
});
