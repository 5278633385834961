import { describe, expect, it } from 'vitest';
import { MIN_SUMMARY, summaryEvents } from '../../src/timeline/summaryEvents';
import { makeEvent } from './sample';

const day = (i: number, score: number) => {
  const d = `2023-03-${String(1 + (i % 28)).padStart(2, '0')}`;
  return makeEvent({ id: `e${i}`, label: `Event number ${i} in a story of many`, importance: { score, reasons: [] }, date: { start: d, end: d, precision: 'day', text: d } });
};

describe('summaryEvents', () => {
  const events = Array.from({ length: 40 }, (_, i) => day(i, (i * 37) % 100 / 100));
  const options = { width: 1100, maxRows: 12, margin: 24, axis: null };

  it('summaryEvents takes the most important events, as many as fit the rows one by one', () => {
    const summary = summaryEvents(events, options);
    expect(summary.length).toBeGreaterThan(MIN_SUMMARY);
    expect(summary.length).toBeLessThanOrEqual(12);
    const lowest = Math.min(...summary.map((e) => e.importance.score));
    const left = events.filter((e) => !summary.includes(e));
    for (const e of left) expect(e.importance.score).toBeLessThanOrEqual(lowest);
  });

  it('summaryEvents takes fewer events when fewer rows fit, and never fewer than the minimum', () => {
    const roomy = summaryEvents(events, options).length;
    expect(summaryEvents(events, { ...options, maxRows: 4 }).length).toBeLessThan(roomy);
    expect(summaryEvents(events, { ...options, maxRows: 1, width: 330 })).toHaveLength(MIN_SUMMARY);
  });
});
