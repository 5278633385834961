import { describe, expect, it } from 'vitest';
import { indexEvents } from '../../src/timeline/eventIndex';
import { BRUSH_GRIP_INSIDE, brushFromWindow, MIN_BRUSH_PX, moveBrush, overviewDensity, resizeBrush } from '../../src/timeline/overviewBrush';
import { createTimeScale, DAY_MS } from '../../src/timeline/timeScale';
import { MIN_SPAN_MS, type ViewWindow } from '../../src/timeline/viewWindow';
import { makeEvent } from './sample';

const FIT: ViewWindow = [Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 1) + 1000 * DAY_MS];
/** 1 px per day over 1000 days, from x = 0. */
const scale = createTimeScale(FIT, [0, 1000]);
const days = (w: ViewWindow) => [(w[0] - FIT[0]) / DAY_MS, (w[1] - FIT[0]) / DAY_MS].map((d) => Math.round(d * 1000) / 1000);

describe('overview brush', () => {
  it('brushFromWindow puts the brush over the visible window, never narrower than a grip', () => {
    expect(brushFromWindow([FIT[0] + 100 * DAY_MS, FIT[0] + 300 * DAY_MS], scale)).toEqual({ x0: 100, x1: 300 });
    const tiny = brushFromWindow([FIT[0] + 500 * DAY_MS, FIT[0] + 503 * DAY_MS], scale);
    expect(tiny.x1 - tiny.x0).toBe(MIN_BRUSH_PX);
    // Between the grips at its edges, the middle that moves it keeps 24 px to grab.
    expect(tiny.x1 - tiny.x0 - 2 * BRUSH_GRIP_INSIDE).toBeGreaterThanOrEqual(24);
    expect((tiny.x0 + tiny.x1) / 2).toBeCloseTo(501.5);
    const edge = brushFromWindow([FIT[0], FIT[0] + 3 * DAY_MS], scale);
    expect(edge.x0).toBe(0);
  });

  it('brushFromWindow keeps a window wider than everything inside the strip', () => {
    expect(brushFromWindow([FIT[0] - 500 * DAY_MS, FIT[1] + 500 * DAY_MS], scale)).toEqual({ x0: 0, x1: 1000 });
  });

  it('moveBrush moves the window by the pixels dragged and stops at the strip ends', () => {
    const start: ViewWindow = [FIT[0] + 100 * DAY_MS, FIT[0] + 200 * DAY_MS];
    expect(days(moveBrush(start, 50, scale, FIT))).toEqual([150, 250]);
    expect(days(moveBrush(start, -500, scale, FIT))).toEqual([0, 100]);
    expect(days(moveBrush(start, 5000, scale, FIT))).toEqual([900, 1000]);
  });

  it('resizeBrush moves one edge, never past the other or below the shortest span', () => {
    const start: ViewWindow = [FIT[0] + 100 * DAY_MS, FIT[0] + 200 * DAY_MS];
    expect(days(resizeBrush(start, 'end', 100, scale, FIT))).toEqual([100, 300]);
    expect(days(resizeBrush(start, 'start', -50, scale, FIT))).toEqual([50, 200]);
    const squeezed = resizeBrush(start, 'end', -400, scale, FIT);
    expect(squeezed[1] - squeezed[0]).toBe(MIN_SPAN_MS);
    expect(squeezed[0]).toBe(start[0]);
  });

  it('overviewDensity counts the events starting in each column', () => {
    const at = (id: string, day: number) => {
      const d = new Date(FIT[0] + day * DAY_MS).toISOString().slice(0, 10);
      return makeEvent({ id, date: { start: d, end: d, precision: 'day', text: d } });
    };
    const index = indexEvents([at('a', 5), at('b', 7), at('c', 500), at('d', 999)]);
    const counts = overviewDensity(index, scale, 100);
    expect(counts).toHaveLength(100);
    expect(counts[0]).toBe(2);
    expect(counts[50]).toBe(1);
    expect(counts[99]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('overviewDensity gives every event its column on a scale with gaps, as a pass over each event does', () => {
    // Crowded weeks, empty years drawn compressed, events before and after the strip, one on its very end.
    const events = [];
    for (let i = 0; i < 3000; i++) {
      const day = i < 1000 ? (i * 7) % 200 : i < 2000 ? 600 + (i % 40) : -30 + (i % 1100);
      const d = new Date(FIT[0] + day * DAY_MS).toISOString().slice(0, 10);
      events.push(makeEvent({ id: `e${i}`, date: { start: d, end: d, precision: 'day', text: d } }));
    }
    const index = indexEvents(events);
    const sparse = createTimeScale(FIT, [24, 954], { gaps: [[FIT[0] + 250 * DAY_MS, FIT[0] + 550 * DAY_MS]], gapWidth: 12 });
    for (const columns of [1, 97, 310]) {
      // Each event counted where its own position puts it.
      const expected = new Array<number>(columns).fill(0);
      const perColumn = (954 - 24) / columns;
      for (const start of index.starts) {
        const column = Math.floor((sparse(start) - 24) / perColumn);
        if (column >= 0 && column < columns) expected[column]! += 1;
        else if (column === columns) expected[columns - 1]! += 1;
      }
      expect(overviewDensity(index, sparse, columns)).toEqual(expected);
    }
    // The thirty days before the strip are in no column.
    const before = index.starts.filter((start) => start < FIT[0]).length;
    expect(before).toBeGreaterThan(0);
    expect(overviewDensity(index, sparse, 310).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(events.length - before);
  });
});
