import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importanceOrder, keyEventCount, keyEventIds, mostImportantEvent, rankByImportance } from '../../src/timeline/importanceRank';
import { makeEvent } from './sample';

const scored = (id: string, score: number, start = '2022-12-22', sources = 1) =>
  makeEvent({
    id,
    importance: { score, reasons: [] },
    date: { start, end: start, precision: 'day', text: start },
    sources: Array.from({ length: sources }, (_, i) => ({ articleId: `a${i}`, start: 0, end: 1, quote: 'x' })),
  });

describe('importanceRank', () => {
  it('importanceOrder puts the highest score first, then the event more sources report, then the earlier', () => {
    const events = [scored('low', 0.2), scored('later', 0.7, '2022-12-23'), scored('high', 0.9), scored('earlier', 0.7, '2022-12-01'), scored('told-twice', 0.7, '2022-12-30', 2)];
    expect(importanceOrder(events).map((e) => e.id)).toEqual(['high', 'told-twice', 'earlier', 'later', 'low']);
    expect(rankByImportance(events).get('high')).toBe(0);
    expect(rankByImportance(events).get('low')).toBe(4);
  });

  it('keyEventCount grows with the square root, between three and eight, and takes all of a tiny story', () => {
    expect(keyEventCount(2)).toBe(2);
    expect(keyEventCount(10)).toBe(4);
    expect(keyEventCount(44)).toBe(8);
    expect(keyEventCount(100_000)).toBe(8);
  });

  it('keyEventIds names the most important events', () => {
    const events = [scored('a', 0.1), scored('b', 0.8), scored('c', 0.5), scored('d', 0.9)];
    expect([...keyEventIds(events, 2)].sort()).toEqual(['b', 'd']);
  });

  it('keyEventIds and mostImportantEvent name the same events as the head of the order, ties and all, in any input order', () => {
    const event = fc.record({ score: fc.constantFrom(0, 0.25, 0.5, 0.75, 1), day: fc.integer({ min: 1, max: 9 }), sources: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.integer({ min: 0, max: 10 }), (specs, count) => {
        const events = specs.map((s, i) => scored(`e${i}`, s.score, `2022-12-0${s.day}`, s.sources));
        const head = importanceOrder(events).slice(0, count).map((e) => e.id);
        expect([...keyEventIds(events, count)]).toEqual(head);
        expect(mostImportantEvent(events)?.id).toBe(importanceOrder(events)[0]?.id);
      }),
    );
  });
});
