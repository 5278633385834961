// An outbreak told on its day and the war it began told by its season: one
// happening. Invented sentences through the whole merge.
import { mergeAcrossArticles, type CorpusActors } from '../../../src/compiler/corpus/merge';
import { outbreakJoins } from '../../../src/compiler/corpus/mergeOutbreak';
import type { Precision, TimelineEvent } from '../../../src/model/schema';
import { sentenceEvent } from './sentenceEvent';

function coarse(id: string, article: string, sentence: string, dateText: string, precision: Precision, start: string, end: string, actors: string[]): TimelineEvent {
  const e = sentenceEvent(id, article, sentence, start, dateText);
  return { ...e, actors, date: { ...e.date, precision, start, end } };
}
const day = (id: string, article: string, sentence: string, on: string, dateText: string, actors: string[]): TimelineEvent => ({ ...sentenceEvent(id, article, sentence, on, dateText), actors });

const corpus: CorpusActors = { countries: new Set(['norland', 'ostmark']), named: (e) => e.actors };

// Two outlets tell the outbreak on its day, two others the war by its season and year.
const broke = day('a', 'wire', 'Heavy fighting broke out between Norland and Ostmark along the Brask ridge on Sunday.', '2021-09-26', 'on Sunday', ['norland', 'ostmark']);
const began = day('b', 'daily', 'The fighting, which began on Sept. 26, has displaced thousands of villagers.', '2021-09-26', 'Sept. 26', ['norland']);
const autumn = coarse('c', 'review', 'Norland retook the three valleys in a 40-day war in the autumn of 2021.', 'autumn of 2021', 'season', '2021-09-01', '2021-11-30', ['norland']);
const year = coarse('d', 'weekly', 'Norland, armed with new drones, retook the three valleys in the 40-day war of 2021.', '2021', 'year', '2021-01-01', '2021-12-31', ['norland']);

const groupsOf = (events: TimelineEvent[]) => mergeAcrossArticles(events, {}, undefined, undefined, undefined, corpus).events.map((e) => e.sources.map((s) => s.eventId ?? e.id).sort().join('+')).sort();

describe('an outbreak and the war it began', () => {
  it('joins the day the fighting broke out with the war told by its season and year', () => {
    expect(groupsOf([broke, began, autumn, year])).toEqual(['a+b+c+d']);
    // Alone on each side too: one outbreak, one war told by its season.
    expect(groupsOf([broke, autumn])).toEqual(['a+c']);
  });

  it('says why in words: the start and the war, with the day the season holds', () => {
    const merged = mergeAcrossArticles([broke, autumn], {}, undefined, undefined, undefined, corpus).events[0]!;
    expect(merged.merge?.explanation).toMatch(/26 September 2021/);
    expect(merged.merge?.explanation).toContain('Told by its start and as a whole: “fighting broke out” on the day, “war” where dated “autumn of 2021”, which hold that day.');
  });

  it('keeps apart a war told only by its year, a season that does not hold the day, no party in common, and two outbreaks one war could be', () => {
    expect(groupsOf([broke, year])).toEqual(['a', 'd']);
    const july = day('e', 'wire', 'Clashes broke out between Norland and Ostmark border guards near Tovel on July 12.', '2021-07-12', 'July 12', ['norland', 'ostmark']);
    expect(groupsOf([july, autumn])).toEqual(['c', 'e']);
    const other = day('f', 'wire', 'Heavy fighting broke out between Varno and Kessel rebels on Sunday.', '2021-09-26', 'on Sunday', ['varno']);
    expect(groupsOf([other, autumn])).toEqual(['c', 'f']);
    const second = day('g', 'daily', 'Fighting erupted again along the northern front on Oct. 20 between Norland and Ostmark.', '2021-10-20', 'Oct. 20', ['norland', 'ostmark']);
    expect(groupsOf([broke, second, autumn])).toEqual(['a', 'c', 'g']);
    // A day's fighting that did not start anything ("fighting continued") is no outbreak.
    const continued = day('h', 'wire', 'Fighting continued between Norland and Ostmark along the ridge on Sunday.', '2021-09-26', 'on Sunday', ['norland', 'ostmark']);
    expect(outbreakJoins([{ root: 0, articles: new Set(['wire']), members: [{ date: continued.date, text: continued.label, named: continued.actors }] }, { root: 1, articles: new Set(['review']), members: [{ date: autumn.date, text: autumn.label, named: autumn.actors }] }])).toEqual([]);
  });
});
