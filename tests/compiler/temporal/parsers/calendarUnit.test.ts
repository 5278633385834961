// parsers/calendarUnit.ts: this week, last month, next year and their edges.
import { dates, timexes } from '../tagged';

const PUB = '1998-03-19'; // a Thursday, ISO week 12

describe('calendar-unit', () => {
  it('reads weeks as ISO weeks, months and years as themselves', () => {
    expect(timexes('Exports from Kaldor rose last week.', PUB)).toEqual([['last week', 'DATE', '1998-W11']]);
    expect(timexes('The strike ends this week.', PUB)).toEqual([['this week', 'DATE', '1998-W12']]);
    expect(timexes('Inflation slowed last month.', PUB)).toEqual([['last month', 'DATE', '1998-02']]);
    expect(timexes('Growth will pick up next year.', PUB)).toEqual([['next year', 'DATE', '1999']]);
  });

  it('reads "the current year" as this year, and leaves "current" before another word to the present', () => {
    expect(timexes('The current year looks weak for Kaldor.', PUB)).toEqual([['The current year', 'DATE', '1998']]);
    expect(timexes('The current yearly budget is small.', PUB).map((t) => t[2])).not.toContain('1998');
  });

  it('keeps "early" and "the end of" in the extent as the mod, and leaves "earlier" outside as TimeBank does', () => {
    expect(timexes('Talks resume early next year.', PUB)).toEqual([['early next year', 'DATE', '1999', 'START']]);
    expect(timexes('The plant closes at the end of the year.', PUB)).toEqual([['the end of the year', 'DATE', '1998', 'END']]);
    expect(timexes('The bank cut rates earlier this month.', PUB)).toEqual([['this month', 'DATE', '1998-03']]);
  });

  it('reads a possessive as a TIMEX3 but makes no second event of what it names', () => {
    expect(timexes("This year's harvest was poor.", PUB)).toEqual([['This year', 'DATE', '1998']]);
    expect(dates("This year's harvest was poor.", PUB)).toEqual([]);
  });

  it('leaves alone "year" as a noun and "this weekly"', () => {
    expect(timexes('It was a good year for farmers.', PUB)).toEqual([]);
    expect(timexes('She writes this weekly column.', PUB)).toEqual([['weekly', 'SET', 'P1W']]);
  });
});
