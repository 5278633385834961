// parsers/anaphoric.ts: "that day", "that week", "that summer".
import { dates, timexes } from '../tagged';

const PUB = '2021-09-14';
const AFTER_MARCH_3 = { previous: { start: '2021-03-03', precision: 'day' as const } };

describe('anaphoric', () => {
  it('reads the unit of the date before it', () => {
    expect(dates('That night, the Orla valley flooded.', PUB, AFTER_MARCH_3)).toEqual([['That night', '2021-03-03', '2021-03-03', 'day']]);
    expect(timexes('That night, the Orla valley flooded.', PUB, AFTER_MARCH_3)).toEqual([['That night', 'TIME', '2021-03-03TNI']]);
    expect(timexes('Talks collapsed later that week.', PUB, AFTER_MARCH_3)).toEqual([['that week', 'DATE', '2021-W09']]);
    expect(dates('Prices doubled that year.', PUB, AFTER_MARCH_3)).toEqual([['that year', '2021-01-01', '2021-12-31', 'year']]);
    expect(timexes('The lake dried up that summer.', PUB, AFTER_MARCH_3)).toEqual([['that summer', 'DATE', '2021-SU']]);
  });

  it('writes a day told from a bare year or month with X for what is not known, and keeps the day when it is', () => {
    const AFTER_1987 = { previous: { start: '1987-01-01', precision: 'year' as const } };
    const AFTER_OCTOBER = { previous: { start: '2020-10-01', precision: 'month' as const } };
    expect(timexes('The Velm mill closed that day.', PUB, AFTER_1987)).toEqual([['that day', 'DATE', '1987-XX-XX']]);
    expect(timexes('The Velm mill closed that day.', PUB, AFTER_OCTOBER)).toEqual([['that day', 'DATE', '2020-10-XX']]);
    expect(timexes('The Velm mill closed that day.', PUB, AFTER_MARCH_3)).toEqual([['that day', 'DATE', '2021-03-03']]);
    // A month or year told from a year keeps its own precision.
    expect(timexes('Prices doubled that year.', PUB, AFTER_1987)).toEqual([['that year', 'DATE', '1987']]);
  });

  it('reads "that same day" and "that very night" as "that day" and "that night" (TimeML marks the whole phrase)', () => {
    expect(timexes('Pre-sales of the Orla phone open that same day.', PUB, AFTER_MARCH_3)).toEqual([['that same day', 'DATE', '2021-03-03']]);
    expect(timexes('That very night, the Orla valley flooded.', PUB, AFTER_MARCH_3)).toEqual([['That very night', 'TIME', '2021-03-03TNI']]);
    expect(timexes('The Velm mill reopened that same week.', PUB, AFTER_MARCH_3)).toEqual([['that same week', 'DATE', '2021-W09']]);
    // "same" and "very" as adjectives of something else are no time.
    expect(timexes('Officials said that same rules apply in Orla.', PUB, AFTER_MARCH_3)).toEqual([]);
    expect(timexes('It was that very thing the Velm council feared.', PUB, AFTER_MARCH_3)).toEqual([]);
  });

  it('reads a bare part of the day in a past clause as that part of the day the story last gave (a TIMEX3 only)', () => {
    expect(timexes('By the evening, the Orla valley had flooded.', PUB, AFTER_MARCH_3)).toEqual([['the evening', 'TIME', '2021-03-03TEV']]);
    expect(timexes('Crews reached the Velm mill in the afternoon.', PUB, AFTER_MARCH_3)).toEqual([['the afternoon', 'TIME', '2021-03-03TAF']]);
    expect(timexes('The Orla dam held during the night, and crews left.', PUB, AFTER_MARCH_3)).toEqual([['the night', 'TIME', '2021-03-03TNI']]);
    // The clause may go on to its own day, which dates its event: the part of the day dates nothing.
    expect(dates('By the evening, the Orla valley had flooded.', PUB, AFTER_MARCH_3)).toEqual([]);
  });

  it('leaves a part of the day alone ahead, in the present, before a noun, or with no day told before', () => {
    expect(timexes('Crews will reach the Velm mill in the morning.', PUB, AFTER_MARCH_3)).toEqual([]);
    expect(timexes('The Velm baker opens in the morning.', PUB, AFTER_MARCH_3)).toEqual([]);
    expect(timexes('The Orla mayor spoke in the morning papers.', PUB, AFTER_MARCH_3)).toEqual([]);
    expect(timexes('By the evening, the Orla valley had flooded.', PUB)).toEqual([]);
  });

  it('leaves "that" as a pronoun or conjunction, and "June of that year" to the month', () => {
    expect(dates('Officials denied that year-end bonuses were paid.', PUB, AFTER_MARCH_3)).toEqual([]);
    expect(dates('The bridge opened in June of that year.', PUB, AFTER_MARCH_3)).toEqual([['June', '2021-06-01', '2021-06-30', 'month']]);
  });

  it('reads an edge of that unit ("by the end of that year") as its part, with the edge as the mod', () => {
    const after = { previous: { start: '2016-03-03', precision: 'day' as const } };
    expect(timexes('By the end of that year, the Orla pact had collapsed.', PUB, after)).toEqual([['the end of that year', 'DATE', '2016', 'END']]);
    expect(dates('By the end of that year, the Orla pact had collapsed.', PUB, after)).toEqual([['the end of that year', '2016-12-01', '2016-12-31', 'year']]);
    expect(timexes('At the beginning of that month, the Orla mill shut.', PUB, after)).toEqual([['the beginning of that month', 'DATE', '2016-03', 'START']]);
    // "the end of the year" is publication's year, read by the calendar unit, not the story's.
    expect(timexes('The Orla mill will shut come the end of the year.', PUB, after)).toEqual([['the end of the year', 'DATE', '2021', 'END']]);
  });

  it('reads "the following spring" as the first such season after the date before it', () => {
    const june = { previous: { start: '2016-06-01', precision: 'month' as const } };
    expect(timexes('The following spring, trade across the Orla resumed.', PUB, june)).toEqual([['The following spring', 'DATE', '2017-SP']]);
    expect(timexes('The next summer, the Orla ferry sank.', PUB, { previous: { start: '2016-03-03', precision: 'day' as const } })).toEqual([['The next summer', 'DATE', '2016-SU']]);
    // "the spring" alone, and a season after "following" that names no time, are left to other readings.
    expect(timexes('The following springs were dry.', PUB, june)).toEqual([]);
  });
});
