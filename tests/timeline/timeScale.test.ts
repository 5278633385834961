import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeScale, DAY_MS, eventExtent } from '../../src/timeline/timeScale';
import { makeEvent } from './sample';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('eventExtent', () => {
  it('eventExtent(events) runs from the first start to the day after the last end', () => {
    const events = [
      makeEvent({ id: 'a', date: { start: '1991-01-01', end: '1991-12-31', precision: 'year', text: '1991' } }),
      makeEvent({ id: 'b', date: { start: '2022-12-23', end: '2022-12-23', precision: 'day', text: 'Friday' } }),
    ];
    expect(eventExtent(events)).toEqual([utc(1991, 1, 1), utc(2022, 12, 24)]);
    expect(eventExtent([])).toBeNull();
  });
});

describe('createTimeScale', () => {
  it('createTimeScale without gaps maps the window linearly onto the range', () => {
    const scale = createTimeScale([utc(2000, 1, 1), utc(2000, 1, 11)], [0, 1000]);
    expect(scale(utc(2000, 1, 1))).toBe(0);
    expect(scale(utc(2000, 1, 6))).toBeCloseTo(500);
    expect(scale(utc(2000, 1, 11))).toBe(1000);
    expect(scale.pieces).toHaveLength(1);
  });

  it('createTimeScale draws every gap at the same fixed width, whatever its length', () => {
    const scale = createTimeScale([utc(1990, 1, 1), utc(2023, 1, 1)], [0, 1000], {
      gaps: [[utc(1992, 1, 1), utc(2020, 1, 1)], [utc(2021, 1, 1), utc(2022, 12, 1)]],
      gapWidth: 30,
    });
    const gaps = scale.pieces.filter((piece) => piece.compressed);
    expect(gaps.map((piece) => piece.x1 - piece.x0)).toEqual([30, 30]);
    // The time left between the gaps shares the rest at one rate: two years before, one year and one month after.
    const beforeWidth = scale(utc(1992, 1, 1)) - scale(utc(1990, 1, 1));
    const middleWidth = scale(utc(2021, 1, 1)) - scale(utc(2020, 1, 1));
    expect(beforeWidth / middleWidth).toBeCloseTo((utc(1992, 1, 1) - utc(1990, 1, 1)) / (utc(2021, 1, 1) - utc(2020, 1, 1)), 5);
    expect(scale(utc(2023, 1, 1))).toBe(1000);
  });

  it('createTimeScale is monotonic and invertible, gaps or not', () => {
    const scale = createTimeScale([utc(1990, 1, 1), utc(2023, 1, 1)], [24, 776], {
      gaps: [[utc(1992, 1, 1), utc(2020, 1, 1)], [utc(2022, 1, 1), utc(2022, 12, 12)]],
    });
    fc.assert(
      fc.property(fc.integer({ min: utc(1985, 1, 1), max: utc(2025, 1, 1) }), fc.integer({ min: 1, max: 400 * DAY_MS }), (t, dt) => {
        expect(scale(t + dt)).toBeGreaterThan(scale(t));
        expect(Math.abs(scale.invert(scale(t)) - t)).toBeLessThan(1000);
      }),
    );
  });

  it('createTimeScale keeps gaps to at most half the width when there are many', () => {
    const gaps = Array.from({ length: 20 }, (_, i): [number, number] => [utc(1900 + 2 * i, 1, 1), utc(1901 + 2 * i, 1, 1)]);
    const scale = createTimeScale([utc(1900, 1, 1), utc(1940, 1, 1)], [0, 400], { gaps, gapWidth: 40 });
    const total = scale.pieces.filter((p) => p.compressed).reduce((sum, p) => sum + p.x1 - p.x0, 0);
    expect(total).toBeCloseTo(200);
  });
});
