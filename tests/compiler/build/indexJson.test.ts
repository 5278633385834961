// index.json as the dev server keeps it between recompiles (indexJson.ts): after
// any change to the events, merged events, actors, articles or diagnostics, the
// joined pieces must be exactly the text a fresh encoding gives, whatever the
// last call kept.
import path from 'node:path';
import { generateDataset } from '../../../bench/dataset';
import { createIndexJsonCache, indexJsonParts } from '../../../src/compiler/build/indexJson';
import { compileFolder } from '../../../src/compiler/build/readSeeds';
import { encodeIndex } from '../../../src/model/indexColumns';
import type { Dataset, TimelineEvent } from '../../../src/model/schema';

const fresh = (dataset: Dataset) => JSON.stringify(encodeIndex(dataset));

describe('index.json kept between recompiles', () => {
  it('is the fresh encoding of a compiled folder with merged events, times of day and events without actors', async () => {
    const { dataset } = await compileFolder(path.resolve('tests/fixtures/story'));
    expect(dataset.merged?.length).toBeGreaterThan(0);
    const cache = createIndexJsonCache();
    expect(indexJsonParts(dataset, cache).join('')).toBe(fresh(dataset));
    // The same data set again: every run kept, the same text.
    expect(indexJsonParts(dataset, cache).join('')).toBe(fresh(dataset));
    const noMerged: Dataset = { ...dataset, merged: undefined, events: [], diagnostics: [] };
    expect(indexJsonParts(noMerged, cache).join('')).toBe(fresh(noMerged));
  });

  it('follows events replaced, added and removed, with days, actors and articles that come first or last in their tables', () => {
    const base = generateDataset(3_000, 7);
    const cache = createIndexJsonCache();
    expect(indexJsonParts(base, cache).join('')).toBe(fresh(base));
    const edit = (dataset: Dataset, at: number, change: (e: TimelineEvent) => TimelineEvent): Dataset => ({
      ...dataset,
      events: dataset.events.map((e, i) => (i === at ? change(e) : e)),
    });
    // A day no other event names, early in the list: every later day's place in the table moves by one.
    let next = edit(base, 10, (e) => ({ ...e, date: { ...e.date, start: '1901-02-03', end: '1901-02-04' } }));
    expect(indexJsonParts(next, cache).join('')).toBe(fresh(next));
    // An actor and an article id no other event names, and a time of day.
    next = edit(next, 1_500, (e) => ({ ...e, actors: ['orvane-lomari-board', ...e.actors], date: { ...e.date, time: { clock: '09:30', precision: 'minute' } }, sources: [{ ...e.sources[0]!, articleId: 'an-article-of-its-own' }] }));
    expect(indexJsonParts(next, cache).join('')).toBe(fresh(next));
    // Events removed from the middle and put back, and an event with no actors.
    const cut: Dataset = { ...next, events: [...next.events.slice(0, 700), ...next.events.slice(900)] };
    expect(indexJsonParts(cut, cache).join('')).toBe(fresh(cut));
    next = edit(next, 2_999, (e) => ({ ...e, actors: [] }));
    expect(indexJsonParts(next, cache).join('')).toBe(fresh(next));
    // An article's published day changed (articles fill the days' table first), and a new list of actors.
    next = { ...next, articles: next.articles.map((a, i) => (i === 0 ? { ...a, published: '1899-12-31' } : a)), actors: next.actors.slice(1) };
    expect(indexJsonParts(next, cache).join('')).toBe(fresh(next));
  });
});
