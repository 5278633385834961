// parsers/reportedPeriod.ts: "For the week, the index fell", "later in the day": the period a report speaks of.
import { dates, timexes } from '../tagged';

const PUB = '2022-05-16'; // a Monday

describe('reported-period', () => {
  it('reads "for the week", "for the day" and "later in the day" as the period of the last day told, else publication\'s', () => {
    // The Friday told before is in the week before publication's.
    const afterFriday = { previous: { start: '2022-05-13', precision: 'day' as const } };
    expect(timexes('For the week, the Arlen index dropped 3.8%.', PUB, afterFriday)).toEqual([['the week', 'DATE', '2022-W19']]);
    expect(timexes('Tolvern shares rose 2% for the day.', PUB, afterFriday)).toEqual([['the day', 'DATE', '2022-05-13']]);
    expect(timexes('The minister reached Arlen later in the day.', PUB)).toEqual([['the day', 'DATE', '2022-05-16']]);
    expect(timexes('Tolvern posted its best sales for the month, the chain said.', PUB)).toEqual([['the month', 'DATE', '2022-05']]);
  });

  it('dates no event', () => {
    expect(dates('For the week, the Arlen index dropped 3.8%.', PUB)).toEqual([]);
  });

  it('leaves alone a day one stays away for, "the day" before a noun, and a period without its lead', () => {
    expect(timexes('The Tolvern store was closed for the day.', PUB)).toEqual([]);
    expect(timexes('Nurses rested in the day room at Arlen.', PUB)).toEqual([]);
    expect(timexes('The Arlen index rose 2% in the month.', PUB)).toEqual([]);
    expect(timexes('He recalled the day, with a smile.', PUB)).toEqual([]);
  });
});
