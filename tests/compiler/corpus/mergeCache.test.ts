// Merging with a cache, as the dev server's recompiles run it: the words'
// rarities and the actors most events name are counted from the last run's
// counts, the events gone taken off and the new ones added, and a merged
// event is kept while its members and links stay the same. After any change
// of the events (an article's events replaced, an article gone, one back),
// the merged events must be what a run without a cache gives.
import { createMergeCache, mergeAcrossArticles, type PreparedEvent } from '../../../src/compiler/corpus/merge';
import type { TimelineEvent } from '../../../src/model/schema';
import { sentenceEvent } from './sentenceEvent';

const sentences: Array<[string, string, string, string, string[]]> = [
  ['a', 'Dravo Markets closed its Velm warehouse on May 3, 2022.', '2022-05-03', 'May 3, 2022', ['dravo']],
  ['a', 'Dravo Markets cut forty jobs at its Osk depot on May 4, 2022.', '2022-05-04', 'May 4, 2022', ['dravo']],
  ['a', 'The Velm council approved a new bus depot on May 6, 2022.', '2022-05-06', 'May 6, 2022', ['velm']],
  ['b', 'The Velm warehouse of Dravo Markets was closed on May 3, 2022.', '2022-05-03', 'May 3, 2022', ['dravo']],
  ['b', 'Dravo Markets shed forty jobs at the Osk depot on May 4, 2022.', '2022-05-04', 'May 4, 2022', ['dravo']],
  ['b', 'Dravo Markets hired advisers on May 5, 2022.', '2022-05-05', 'May 5, 2022', ['dravo']],
  ['c', 'Dravo Markets hired restructuring advisers on May 5, 2022.', '2022-05-05', 'May 5, 2022', ['dravo']],
  ['c', 'Velm council members approved the bus depot on May 6, 2022.', '2022-05-06', 'May 6, 2022', ['velm']],
  ['c', 'A flood closed the Osk bridge on May 7, 2022.', '2022-05-07', 'May 7, 2022', []],
  ['d', 'The Osk bridge was closed by a flood on May 7, 2022.', '2022-05-07', 'May 7, 2022', []],
  ['d', 'Dravo Markets shut its Velm warehouse on May 3, 2022.', '2022-05-03', 'May 3, 2022', ['dravo']],
  ['d', 'Lenna Torv was named chief of Dravo Markets on May 8, 2022.', '2022-05-08', 'May 8, 2022', ['dravo', 'torv']],
];

/** An article that names no company: beside articles a and d, the company is named by fewer than half the events. */
const others: typeof sentences = [
  ['e', 'A flood reached the Osk market square on May 7, 2022.', '2022-05-07', 'May 7, 2022', []],
  ['e', 'The Velm council opened a shelter on May 8, 2022.', '2022-05-08', 'May 8, 2022', ['velm']],
  ['e', 'Osk schools stayed shut on May 9, 2022.', '2022-05-09', 'May 9, 2022', []],
  ['e', 'The Osk bridge reopened to buses on May 12, 2022.', '2022-05-12', 'May 12, 2022', []],
  ['e', 'Velm farmers counted their losses on May 10, 2022.', '2022-05-10', 'May 10, 2022', ['velm']],
  ['e', 'A second flood warning was issued for Osk on May 11, 2022.', '2022-05-11', 'May 11, 2022', []],
];

function eventsOf(rows: typeof sentences, tag = ''): TimelineEvent[] {
  return rows.map(([article, sentence, day, dateText, actors], i) => ({
    ...sentenceEvent(`${article}-${i}${tag}`, article, sentence, day, dateText, i * 100),
    actors,
  }));
}

/** mergeAcrossArticles with a cache and each event's prepared features kept beside it, as the corpus pass keeps them. */
function cachedMerger() {
  const cache = createMergeCache();
  const kept = new Map<TimelineEvent, PreparedEvent>();
  // The same corpus's actors throughout: merged events built in one run may be kept for the next.
  const corpus = { countries: new Set<string>(), named: () => [], version: {} };
  return (events: TimelineEvent[]) => {
    const slots = events.map((e) => kept.get(e));
    const result = mergeAcrossArticles(events, {}, undefined, cache, slots, corpus);
    events.forEach((e, i) => kept.set(e, slots[i]!));
    return result.events;
  };
}

describe('merging with a cache', () => {
  it('gives what merging afresh gives after events are replaced, an article goes and comes back', () => {
    const merge = cachedMerger();
    const all = eventsOf(sentences);
    const withoutD = all.filter((e) => e.sources[0]!.articleId !== 'd');
    // Article b edited: its events are new objects, one of them told in other words.
    const edited = all.map((e) => e);
    const bAgain = eventsOf(sentences.map((row) => (row[0] === 'b' && row[1].includes('advisers') ? ['b', 'Dravo Markets hired bankruptcy lawyers on May 5, 2022.', row[2], row[3], row[4]] : row)), '-edited');
    for (let i = 0; i < edited.length; i++) if (edited[i]!.sources[0]!.articleId === 'b') edited[i] = bAgain[i]!;
    // The same events in each run keep their objects, as the corpus pass gives them.
    const mixed = [...all.filter((e) => ['a', 'd'].includes(e.sources[0]!.articleId)), ...eventsOf(others, '-e')];
    const runs = [all, edited, withoutD, all, mixed, edited.slice(0, 5), all];
    const results = runs.map((events) => ({ cached: merge(events), fresh: mergeAcrossArticles(events).events }));
    for (const { cached, fresh } of results) expect(cached).toEqual(fresh);
    // Not a test that cannot fail: events are merged, and the runs merge differently.
    expect(results[0]!.fresh.some((e) => e.merge !== undefined)).toBe(true);
    expect(results[1]!.fresh).not.toEqual(results[0]!.fresh);
    expect(results[2]!.fresh.length).toBeLessThan(results[0]!.fresh.length);
  });

  it('leaves a run without kept features as it was', () => {
    const all = eventsOf(sentences);
    const cache = createMergeCache();
    expect(mergeAcrossArticles(all, {}, undefined, cache).events).toEqual(mergeAcrossArticles(all).events);
    expect(mergeAcrossArticles(all.slice(3), {}, undefined, cache).events).toEqual(mergeAcrossArticles(all.slice(3)).events);
  });
});
