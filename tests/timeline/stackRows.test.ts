import { describe, expect, it } from 'vitest';
import { stackRows } from '../../src/timeline/stackRows';

describe('stackRows', () => {
  it('stackRows(intervals) puts overlapping intervals in different rows', () => {
    expect(stackRows([{ left: 0, right: 100 }, { left: 50, right: 120 }, { left: 60, right: 70 }])).toEqual([0, 1, 2]);
  });

  it('stackRows reuses the first row that is free again, keeping the gap', () => {
    const rows = stackRows([{ left: 0, right: 100 }, { left: 10, right: 20 }, { left: 108, right: 200 }, { left: 105, right: 110 }], 8);
    expect(rows).toEqual([0, 1, 0, 1]);
  });

  it('stackRows returns rows in input order even when input is unsorted', () => {
    expect(stackRows([{ left: 300, right: 400 }, { left: 0, right: 350 }])).toEqual([1, 0]);
  });

  it('stackRows never lets two items in one row overlap', () => {
    const items = Array.from({ length: 200 }, (_, i) => {
      const left = (i * 7919) % 1000;
      return { left, right: left + 20 + ((i * 31) % 150) };
    });
    const rows = stackRows(items, 4);
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (rows[i] !== rows[j]) continue;
        const [a, b] = [items[i]!, items[j]!];
        expect(a.right + 4 <= b.left || b.right + 4 <= a.left).toBe(true);
      }
    }
  });
});
