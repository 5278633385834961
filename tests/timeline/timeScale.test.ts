import { describe, expect, it } from 'vitest';
import { createTimeScale, eventExtent } from '../../src/timeline/timeScale';
import { makeEvent } from './sample';

describe('createTimeScale', () => {
  const events = [
    makeEvent({ id: 'a', date: { start: '1991-01-01', end: '1991-12-31', precision: 'year', text: '1991' } }),
    makeEvent({ id: 'b', date: { start: '2022-12-23', end: '2022-12-23', precision: 'day', text: 'Friday' } }),
  ];

  it('eventExtent(events) runs from the first start to the day after the last end', () => {
    expect(eventExtent(events)).toEqual([Date.UTC(1991, 0, 1), Date.UTC(2022, 11, 24)]);
    expect(eventExtent([])).toBeNull();
  });

  it('createTimeScale(events, width) keeps every event inside the margins, padded from the edges', () => {
    const scale = createTimeScale(events, 1000, { margin: 20 });
    const first = scale(new Date(Date.UTC(1991, 0, 1)));
    const last = scale(new Date(Date.UTC(2022, 11, 24)));
    expect(first).toBeGreaterThan(20);
    expect(last).toBeLessThan(980);
    expect(first).toBeLessThan(last);
  });

  it('createTimeScale gives a single day room on both sides', () => {
    const scale = createTimeScale([events[1]!], 500, { margin: 0 });
    const x = scale(new Date(Date.UTC(2022, 11, 23)));
    expect(x).toBeGreaterThan(100);
    expect(x).toBeLessThan(400);
  });
});
