import { describe, expect, it } from 'vitest';
import { indexEvents } from '../../src/timeline/eventIndex';
import { defaultAxisMode, eventAnchors, minGapMs, sparseAnchors, sparseAnchorsOfIndex, sparseGaps } from '../../src/timeline/sparseGaps';
import { DAY_MS } from '../../src/timeline/timeScale';
import { makeEvent } from './sample';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const year = (id: string, y: number) =>
  makeEvent({ id, date: { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', text: String(y) } });
const day = (id: string, d: string) => makeEvent({ id, date: { start: d, end: d, precision: 'day', text: d } });

// The shape of the seed: 1991, a few years around 2020, and a busy week in December 2022.
const seedLike = [
  year('occupation', 1991),
  year('statement-2020', 2020),
  makeEvent({ id: 'war', date: { start: '2020-09-01', end: '2020-11-30', precision: 'season', text: 'autumn 2020' } }),
  year('statement-2022', 2022),
  makeEvent({ id: 'protest', kind: 'ongoing', date: { start: '2022-12-12', end: '2022-12-22', precision: 'day', text: 'Dec. 12' } }),
  day('statement', '2022-12-22'),
  day('meeting', '2022-12-23'),
];

describe('sparseGaps', () => {
  it('eventAnchors lists every start and exclusive end once, in order', () => {
    expect(eventAnchors([year('a', 2020), day('b', '2020-01-01')])).toEqual([utc(2020, 1, 1), utc(2020, 1, 2), utc(2021, 1, 1)]);
  });

  it('reads the same anchors from an index of the events as from the events, a time of day dropped', () => {
    const atNoon = makeEvent({ id: 'noon', date: { start: '2022-12-22', end: '2022-12-22', precision: 'day', text: 'at noon', time: { clock: '12:00', precision: 'hour' } } });
    const events = [...seedLike, atNoon];
    expect(sparseAnchorsOfIndex(indexEvents(events))).toEqual(sparseAnchors(events));
  });

  it('minGapMs is thirty units of the finest precision', () => {
    expect(minGapMs(seedLike)).toBe(30 * DAY_MS);
    expect(minGapMs([year('a', 2000)])).toBe(30 * 365 * DAY_MS);
  });

  it('sparseGaps compresses the decades between 1991 and 2020 and the months before the December week, not the week', () => {
    const gaps = sparseGaps(seedLike, [utc(1990, 12, 1), utc(2023, 1, 10)]);
    expect(gaps).toContainEqual([utc(1992, 1, 1), utc(2020, 1, 1)]);
    expect(gaps).toContainEqual([utc(2022, 1, 1), utc(2022, 12, 12)]);
    for (const [from, to] of gaps) {
      expect(to - from).toBeGreaterThan(30 * DAY_MS);
      // Nothing between the 12th and the 24th of December is compressed.
      expect(to <= utc(2022, 12, 12) || from >= utc(2022, 12, 24)).toBe(true);
    }
  });

  it('sparseGaps finds nothing to compress in a window shorter than the threshold', () => {
    expect(sparseGaps(seedLike, [utc(2022, 12, 1), utc(2022, 12, 28)])).toEqual([]);
  });

  it('defaultAxisMode is sparse when one empty stretch is most of the span, linear otherwise', () => {
    expect(defaultAxisMode(seedLike)).toBe('sparse');
    expect(defaultAxisMode([day('a', '2022-12-01'), day('b', '2022-12-10'), day('c', '2022-12-20')])).toBe('linear');
    expect(defaultAxisMode([day('a', '2022-12-01')])).toBe('linear');
  });
});
