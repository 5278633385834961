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

  it('leaves "that" as a pronoun or conjunction, and "June of that year" to the month', () => {
    expect(dates('Officials denied that year-end bonuses were paid.', PUB, AFTER_MARCH_3)).toEqual([]);
    expect(dates('The bridge opened in June of that year.', PUB, AFTER_MARCH_3)).toEqual([['June', '2021-06-01', '2021-06-30', 'month']]);
  });
});
