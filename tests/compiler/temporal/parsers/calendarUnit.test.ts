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

  it('dates a week, or what is left of it, by the month that holds most of its days, never by its year', () => {
    // Tuesday 28 February 2023: this week runs to Sunday 5 March, "later this week" is 1 to 5 March.
    expect(dates('The Kessig board will meet later this week.', '2023-02-28')).toEqual([['later this week', '2023-03-01', '2023-03-05', 'month']]);
    expect(dates('The Kessig board met earlier this week.', '2023-02-28')).toEqual([['earlier this week', '2023-02-27', '2023-02-28', 'month']]);
    // Thursday 5 April 2012: last week is Monday 26 March to Sunday 1 April, most of it in March.
    expect(dates('Exports from Kaldor rose last week.', '2012-04-05')).toEqual([['last week', '2012-03-26', '2012-03-31', 'month']]);
    expect(timexes('Exports from Kaldor rose last week.', '2012-04-05')).toEqual([['last week', 'DATE', '2012-W13']]);
  });

  it('dates the early part of a week from its Monday, the late part to its Sunday', () => {
    // Friday 24 February 2023: next week runs 27 February to 5 March, most of it in March; its early part is February's.
    expect(dates('The Kessig board will meet early next week.', '2023-02-24')).toEqual([['next week', '2023-02-27', '2023-02-28', 'month']]);
    expect(dates('The Kessig board will meet next week.', '2023-02-24')).toEqual([['next week', '2023-03-01', '2023-03-05', 'month']]);
    expect(dates('The Kessig board met late last week.', '2023-02-24')).toEqual([['last week', '2023-02-16', '2023-02-19', 'month']]);
    expect(timexes('The Kessig board will meet early next week.', '2023-02-24')).toEqual([['early next week', 'DATE', '2023-W09', 'START']]);
  });

  it('keeps a week inside one month whole, and "later this week" to the days after publication', () => {
    expect(dates('Exports from Kaldor rose last week.', PUB)).toEqual([['last week', '1998-03-09', '1998-03-15', 'month']]);
    expect(dates('The strike ends later this week.', PUB)).toEqual([['later this week', '1998-03-20', '1998-03-22', 'month']]);
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

  it('reads "last weekend" in a Sunday paper as the weekend before the one now ending', () => {
    // 22 March 1998 is a Sunday: "this weekend" is 21-22 March, "last weekend" 14-15 March.
    expect(timexes('Rebels shelled Tarvo last weekend.', '1998-03-22')).toEqual([['last weekend', 'DATE', '1998-W11-WE']]);
    expect(timexes('Rebels shelled Tarvo this weekend.', '1998-03-22')).toEqual([['this weekend', 'DATE', '1998-W12-WE']]);
    // On a weekday, and on a Saturday, "last weekend" is the latest one gone by.
    expect(timexes('Rebels shelled Tarvo last weekend.', '1998-03-23')).toEqual([['last weekend', 'DATE', '1998-W12-WE']]);
    expect(timexes('Rebels shelled Tarvo last weekend.', '1998-03-21')).toEqual([['last weekend', 'DATE', '1998-W11-WE']]);
    expect(timexes('Rebels shelled Tarvo last weekend.', PUB)).toEqual([['last weekend', 'DATE', '1998-W11-WE']]);
  });
});
