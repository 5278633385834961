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

  it('leaves "that" as a pronoun or conjunction, and "June of that year" to the month', () => {
    expect(dates('Officials denied that year-end bonuses were paid.', PUB, AFTER_MARCH_3)).toEqual([]);
    expect(dates('The bridge opened in June of that year.', PUB, AFTER_MARCH_3)).toEqual([['June', '2021-06-01', '2021-06-30', 'month']]);
  });
});
