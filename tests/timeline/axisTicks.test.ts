import { describe, expect, it } from 'vitest';
import { axisTicks, describeDuration, formatFullTick, formatTick } from '../../src/timeline/axisTicks';
import { createTimeScale } from '../../src/timeline/timeScale';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('axisTicks', () => {
  it('formatTick names years, months and days in UTC', () => {
    expect(formatTick(utc(1995, 1, 1))).toBe('1995');
    expect(formatTick(utc(2022, 3, 1))).toBe('Mar 2022');
    expect(formatTick(utc(2022, 12, 12))).toBe('12 Dec');
    expect(formatFullTick(utc(2022, 12, 12))).toBe('12 Dec 2022');
    expect(formatFullTick(utc(2022, 3, 1))).toBe('Mar 2022');
  });

  it('axisTicks over two centuries steps by decades or more', () => {
    const { ticks } = axisTicks(createTimeScale([utc(1800, 1, 1), utc(2000, 1, 1)], [0, 1000]));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of ticks) expect(Number(tick.label) % 10).toBe(0);
  });

  it('axisTicks over three decades gives year ticks inside the range', () => {
    const { ticks } = axisTicks(createTimeScale([utc(1990, 6, 1), utc(2023, 1, 1)], [0, 1000]));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of ticks) {
      expect(tick.label).toMatch(/^\d{4}$/);
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(1000);
    }
  });

  it('axisTicks over two weeks names days, the first with its year', () => {
    const { ticks } = axisTicks(createTimeScale([utc(2022, 12, 10), utc(2022, 12, 25)], [0, 800]));
    expect(ticks[0]!.label).toMatch(/^\d{1,2} Dec 2022$/);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    for (const tick of ticks.slice(1)) expect(tick.label).toMatch(/^\d{1,2} Dec$/);
  });

  it('axisTicks dates the first day tick and the first of a new year between weekly ticks', () => {
    const { ticks } = axisTicks(createTimeScale([utc(1991, 12, 20), utc(1992, 2, 10)], [0, 600]), 90);
    const labels = ticks.map((t) => t.label);
    expect(labels[0]).toMatch(/^\d{1,2} Dec 1991$/);
    const january = labels.findIndex((l) => l.includes('Jan'));
    expect(labels[january]).toMatch(/^\d{1,2} Jan 1992$/);
    // The ticks between keep their short form.
    expect(labels.slice(1, january).every((l) => /^\d{1,2} Dec$/.test(l))).toBe(true);
    expect(labels.slice(january + 1).every((l) => /^\d{1,2} (Jan|Feb)$/.test(l))).toBe(true);
  });

  it('axisTicks never shows a day without a year unless the tick to its left names that year, and labels never crowd', () => {
    const scales = [
      createTimeScale([utc(2022, 12, 10), utc(2022, 12, 25)], [0, 800]),
      createTimeScale([utc(1991, 12, 20), utc(1992, 2, 10)], [0, 600]),
      // A story of decades told mostly in one month, as the overview strip draws it with its gaps.
      ...[1000, 700, 500].map((width) =>
        createTimeScale([utc(1990, 12, 20), utc(2023, 1, 5)], [24, width - 24], {
          gaps: [[utc(1992, 1, 1), utc(2020, 9, 1)], [utc(2021, 1, 1), utc(2022, 12, 10)]],
          gapWidth: 12,
        }),
      ),
      // Gaps back to back, as the overview strip draws one actor's events: a short break label ("2021") pushes out
      // the longer one at the next break's end ("12 Dec 2022"), and the day after it must say its year.
      createTimeScale([utc(1990, 12, 29), utc(2023, 1, 4)], [24, 1114], {
        gaps: [
          [utc(1991, 1, 1), utc(1992, 1, 1)], [utc(1992, 1, 1), utc(2020, 1, 1)], [utc(2020, 1, 1), utc(2020, 9, 1)],
          [utc(2020, 9, 1), utc(2020, 12, 1)], [utc(2020, 12, 1), utc(2021, 1, 1)], [utc(2021, 1, 1), utc(2022, 1, 1)],
          [utc(2022, 1, 1), utc(2022, 12, 12)],
        ],
        gapWidth: 12,
      }),
    ];
    for (const scale of scales) {
      for (const spacing of [90, 110]) {
        const { ticks } = axisTicks(scale, spacing);
        expect(ticks.length).toBeGreaterThanOrEqual(3);
        ticks.forEach((tick, i) => {
          if (!/^\d+ [A-Z][a-z]{2}$/.test(tick.label)) return;
          expect(i, `"${tick.label}" is the first tick`).toBeGreaterThan(0);
          expect(new Date(ticks[i - 1]!.value).getUTCFullYear(), `"${tick.label}" after "${ticks[i - 1]!.label}"`).toBe(new Date(tick.value).getUTCFullYear());
        });
        for (let i = 1; i < ticks.length; i++) {
          const gap = ticks[i]!.x - ticks[i - 1]!.x;
          expect(gap).toBeGreaterThanOrEqual(((ticks[i]!.label.length + ticks[i - 1]!.label.length) * 6.5 + 28) / 2);
        }
      }
    }
  });

  it('axisTicks leaves a first tick that already names its year as it is', () => {
    const { ticks } = axisTicks(createTimeScale([utc(1990, 6, 1), utc(2023, 1, 1)], [0, 1000]));
    expect(ticks[0]!.label).toMatch(/^\d{4}$/);
  });

  it('axisTicks leaves out a label the drawing would cut at its edge, and the next tick takes the year', () => {
    // Weekly ticks on Sundays; the window opens on one, at the range's start, 24px from the drawing's edge.
    const scale = createTimeScale([utc(2021, 12, 26), utc(2022, 2, 6)], [24, 776]);
    expect(axisTicks(scale).ticks[0]!.label).toBe('26 Dec 2021');
    const inside = axisTicks(scale, 110, [0, 800]).ticks;
    expect(inside.map((t) => t.label).slice(0, 2)).toEqual(['2 Jan 2022', '9 Jan']);
    expect(inside.at(-1)!.label).toBe('6 Feb');
    // With room before the edge the same first tick stays.
    const roomy = createTimeScale([utc(2021, 12, 26), utc(2022, 2, 6)], [60, 776]);
    expect(axisTicks(roomy, 110, [0, 800]).ticks[0]!.label).toBe('26 Dec 2021');
  });

  it('axisTicks within the drawing keeps every label inside it, over windows of days to centuries', () => {
    const windows: Array<[number, number]> = [
      [utc(1799, 12, 29), utc(1800, 1, 20)],
      [utc(2022, 12, 10), utc(2022, 12, 19)],
      [utc(2021, 11, 28), utc(2022, 3, 6)],
      [utc(1990, 6, 1), utc(2023, 1, 1)],
      [utc(1800, 1, 1), utc(2000, 1, 1)],
    ];
    for (const window of windows) {
      for (const width of [375, 800, 1440]) {
        const ticks = axisTicks(createTimeScale(window, [24, width - 24]), 110, [0, width]).ticks;
        expect(ticks.length).toBeGreaterThan(0);
        for (const tick of ticks) {
          // 7px a character at most for 12px digits and letters.
          expect(tick.x - (tick.label.length * 7) / 2).toBeGreaterThanOrEqual(0);
          expect(tick.x + (tick.label.length * 7) / 2).toBeLessThanOrEqual(width);
        }
        expect(ticks[0]!.label).toMatch(/\d{4}$/);
      }
    }
  });

  it('axisTicks never yields ticks inside a day', () => {
    const { ticks } = axisTicks(createTimeScale([utc(2022, 12, 22), utc(2022, 12, 24)], [0, 2000]));
    for (const tick of ticks) expect(tick.value % 86_400_000).toBe(0);
  });

  it('axisTicks marks each gap as a break and dates the time after it in full', () => {
    const scale = createTimeScale([utc(1990, 1, 1), utc(2023, 1, 1)], [0, 600], {
      gaps: [[utc(1992, 1, 1), utc(2022, 12, 10)]],
    });
    const { ticks, breaks } = axisTicks(scale);
    expect(breaks).toHaveLength(1);
    expect(breaks[0]!.from).toBe(utc(1992, 1, 1));
    expect(ticks.map((t) => t.label)).toContain('10 Dec 2022');
    // No two labels crowd each other.
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThan(30);
  });

  it('describeDuration says how much a break leaves out', () => {
    expect(describeDuration(utc(2020, 1, 1) - utc(1992, 1, 1))).toBe('28 years');
    expect(describeDuration(utc(2022, 12, 12) - utc(2022, 1, 1))).toBe('11 months');
    expect(describeDuration(10 * 86_400_000)).toBe('10 days');
  });
});
