// The cues the merge rule reads besides dates, actors and words.
import { acrossMidnight, countsOf, forecastDated, happeningKinds as kindsOfWords, isReaction, kindOfStem, mergeKindOfStem, pairRank, sameKindWeight, stemWord, timeOfDay } from '../../../src/compiler/corpus/mergeCues';

import { sentenceEvent } from './sentenceEvent';

const stems = (text: string) => text.toLowerCase().split(' ').map(stemWord);
const happeningKinds = (words: string[]) => kindsOfWords(words, kindOfStem);

describe('merge cues', () => {
  it('finds the kinds of happening a sentence names, whatever word it uses', () => {
    const evacuated = happeningKinds(stems('residents were evacuated from their homes'));
    const fled = happeningKinds(stems('families fled the district'));
    const sang = happeningKinds(stems('the choir sang in the square'));
    expect([...evacuated.keys()]).toEqual([...fled.keys()]);
    expect(sang.size).toBe(0);
  });

  it('reads bombs, blasts and explosions as one kind for merging only, and keeps the kinds an article reads by', () => {
    const kind = (word: string) => mergeKindOfStem(stemWord(word));
    expect(kind('bombs')).toBeDefined();
    expect(new Set(['bombs', 'blasts', 'explosion', 'exploded', 'attacks'].map(kind)).size).toBe(1);
    expect(kindOfStem(stemWord('blasts'))).toBeUndefined();
    expect(kind('evacuated')).toBe(kindOfStem(stemWord('evacuated')));
    expect(kind('concert')).toBeUndefined();
  });

  it('tells a label of a reaction ("condemned the bombing") from one of the happening', () => {
    expect(isReaction("Ostmark's government condemned the bombing of the station")).toBe(true);
    expect(isReaction('The mayor vowed to rebuild the bridge')).toBe(true);
    expect(isReaction('A bomb exploded at the station')).toBe(false);
    expect(isReaction('The court ruled the ferry must be returned')).toBe(false);
  });

  it('adds the weight of the rarer word for a kind both sides name in different words, nothing when they share one', () => {
    const a = stems('residents were evacuated');
    const b = stems('residents fled');
    const weight = (stem: string) => (stem === stemWord('evacuated') ? 3 : 2);
    expect(sameKindWeight(happeningKinds(a), happeningKinds(b), (s) => b.includes(s), weight)).toBe(2);
    const same = stems('residents were evacuated again');
    expect(sameKindWeight(happeningKinds(a), happeningKinds(same), (s) => same.includes(s), weight)).toBe(0);
  });

  it('tells a date that is a source’s forecast ("as early as Friday", "sometime this week") from one of a happening', () => {
    expect(forecastDated(sentenceEvent('a', 'wire', 'The mill could close as early as Friday.', '2024-03-08', 'Friday'))).toBe(true);
    expect(forecastDated(sentenceEvent('b', 'wire', 'The vote may come sometime next week, aides said.', '2024-03-11', 'next week'))).toBe(true);
    expect(forecastDated(sentenceEvent('c', 'wire', 'The mill could close as soon as Friday.', '2024-03-08', 'as soon as Friday'))).toBe(true);
    expect(forecastDated(sentenceEvent('d', 'wire', 'The mill closed early on Friday.', '2024-03-08', 'on Friday'))).toBe(false);
    expect(forecastDated(sentenceEvent('e', 'wire', 'The mill will close by Friday.', '2024-03-08', 'Friday'))).toBe(false);
    expect(forecastDated(sentenceEvent('f', 'wire', 'Some time after the vote on Friday, the mill closed.', '2024-03-08', 'on Friday'))).toBe(false);
    expect(forecastDated(sentenceEvent('i', 'wire', 'Prosecutors want the indictment voted as early as next week.', '2024-03-11', 'next week'))).toBe(true);
    // A bound told of the past is no forecast.
    expect(forecastDated(sentenceEvent('g', 'wire', 'The owners knew of the cracked kiln as early as 2015.', '2015-01-01', '2015'))).toBe(false);
    expect(forecastDated(sentenceEvent('h', 'wire', 'The two mills were merged sometime last year.', '2023-01-01', 'last year'))).toBe(false);
  });

  it('reads whether a clause puts its happening late or early in the day', () => {
    expect(timeOfDay('The fire broke out late on Tuesday')).toEqual({ late: true, early: false });
    expect(timeOfDay('in the early hours of Wednesday')).toEqual({ late: false, early: true });
    expect(timeOfDay('shortly after 11 p.m. on Tuesday')).toEqual({ late: true, early: false });
    expect(timeOfDay('at noon on Wednesday')).toEqual({ late: false, early: false });
  });

  it('takes reports a day apart for one happening around midnight only when the first is late or the second early', () => {
    const day = (start: string, clause: string) => ({ date: { start, end: start, precision: 'day' as const, text: '' }, time: timeOfDay(clause) });
    expect(acrossMidnight(day('2024-03-05', 'late on Tuesday'), day('2024-03-06', 'on Wednesday'))).toBe(true);
    expect(acrossMidnight(day('2024-03-06', 'early on Wednesday'), day('2024-03-05', 'on Tuesday'))).toBe(true);
    expect(acrossMidnight(day('2024-03-05', 'at noon on Tuesday'), day('2024-03-06', 'at noon on Wednesday'))).toBe(false);
    expect(acrossMidnight(day('2024-03-05', 'late on Tuesday'), day('2024-03-07', 'early on Thursday'))).toBe(false);
  });

  it('ranks a pair that agrees on the day above any that does not', () => {
    expect(pairRank({ date: 1, score: 0.3 })).toBeGreaterThan(pairRank({ date: 0.8, score: 0.9 }));
    expect(pairRank({ date: 0.8, score: 0.5 })).toBeGreaterThan(pairRank({ date: 0.8, score: 0.4 }));
  });

  it('reads the counts a passage gives as written, not its years, days or small numbers', () => {
    expect(countsOf('By its March 3 filing in 2023, Brenmark listed 412 shops, 1,275 kiosks and 9 depots.')).toEqual(['412', '1,275']);
    expect(countsOf('The mill opened in 1887 and closed in 2019 after 40 years.')).toEqual([]);
  });
});
