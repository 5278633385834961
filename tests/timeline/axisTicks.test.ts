import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axisTicks, formatTick } from '../../src/timeline/axisTicks';

describe('axisTicks', () => {
  it('formatTick names years, months and days in UTC', () => {
    expect(formatTick(Date.UTC(1995, 0, 1))).toBe('1995');
    expect(formatTick(Date.UTC(2022, 2, 1))).toBe('Mar 2022');
    expect(formatTick(Date.UTC(2022, 11, 12))).toBe('12 Dec');
  });

  it('axisTicks(scale) over three decades gives year ticks inside the range', () => {
    const scale = scaleUtc().domain([new Date(Date.UTC(1990, 5, 1)), new Date(Date.UTC(2023, 0, 1))]).range([0, 1000]);
    const ticks = axisTicks(scale);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of ticks) {
      expect(tick.label).toMatch(/^\d{4}$/);
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(1000);
    }
  });

  it('axisTicks never yields ticks inside a day', () => {
    const scale = scaleUtc().domain([new Date(Date.UTC(2022, 11, 22)), new Date(Date.UTC(2022, 11, 24))]).range([0, 2000]);
    for (const tick of axisTicks(scale)) expect(tick.value % 86_400_000).toBe(0);
  });
});
