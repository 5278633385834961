import { describe, expect, it } from 'vitest';
import { rowCount, stackRows } from '../../src/timeline/stackRows';

/** Every pair of items in one row keeps `gap` pixels apart. */
function expectNoOverlap(items: { left: number; right: number }[], rows: number[], gap: number) {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (rows[i] !== rows[j]) continue;
      const [a, b] = [items[i]!, items[j]!];
      expect(a.right + gap <= b.left || b.right + gap <= a.left).toBe(true);
    }
  }
}

describe('stackRows', () => {
  it('stackRows puts overlapping intervals in different rows, the earlier above', () => {
    expect(stackRows([{ left: 0, right: 100 }, { left: 50, right: 120 }, { left: 60, right: 70 }])).toEqual([0, 1, 2]);
  });

  it('stackRows reads down in time order: a later item never sits above an earlier one it overlaps', () => {
    // A short early item leaves row 0 free again, but the later item overlaps the long one in row 1: it goes below.
    const items = [{ left: 0, right: 40 }, { left: 30, right: 300 }, { left: 150, right: 250 }];
    expect(stackRows(items)).toEqual([0, 1, 2]);
  });

  it('stackRows goes back to the top row where nothing earlier is in the way', () => {
    const rows = stackRows([{ left: 0, right: 100 }, { left: 10, right: 20 }, { left: 128, right: 200 }, { left: 210, right: 260 }], 8);
    expect(rows).toEqual([0, 1, 0, 0]);
  });

  it('stackRows gives up time order for first fit when time order would take more rows than allowed', () => {
    const items = [{ left: 0, right: 40 }, { left: 30, right: 300 }, { left: 150, right: 250 }];
    const rows = stackRows(items, 8, 2);
    expect(rows).toEqual([0, 1, 0]);
    expect(rowCount(rows)).toBe(2);
  });

  it('stackRows never lets two items in one row overlap, in either mode', () => {
    const items = Array.from({ length: 200 }, (_, i) => {
      const left = i * 5 + ((i * 7919) % 40);
      return { left, right: left + 20 + ((i * 31) % 150) };
    });
    expectNoOverlap(items, stackRows(items, 4), 4);
    expectNoOverlap(items, stackRows(items, 4, 3), 4);
  });
});
