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

  it('stackRows gives an item taller than a row all its rows: nothing later is put in them', () => {
    // A long bar with its label under it (two rows), then items over the same stretch and one clear of it.
    const items = [{ left: 0, right: 800, rows: 2 }, { left: 100, right: 200 }, { left: 300, right: 400 }, { left: 820, right: 900 }];
    expect(stackRows(items, 8)).toEqual([0, 2, 2, 0]);
    expect(rowCount(stackRows(items, 8), items)).toBe(3);
    // First fit (fewer rows allowed than time order takes): the tall item goes where both its rows are free, not in
    // the top row where only the first one is.
    const crowded = [{ left: 0, right: 40 }, { left: 30, right: 300 }, { left: 50, right: 800, rows: 2 }, { left: 150, right: 250 }];
    expect(rowCount(stackRows(crowded, 8), crowded)).toBe(5);
    const rows = stackRows(crowded, 8, 4);
    expect(rows).toEqual([0, 1, 2, 0]);
    expect(rowCount(rows, crowded)).toBe(4);
    // The last row of a tall item counts in the stack's height.
    expect(rowCount([0, 0], [{ left: 0, right: 10 }, { left: 50, right: 60, rows: 2 }])).toBe(2);
  });
});

