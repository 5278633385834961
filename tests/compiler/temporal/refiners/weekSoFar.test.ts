// refiners/weekSoFar.ts: the days of "this week" a past or future clause can speak of.
import { dates, timexes } from '../tagged';

describe('weekSoFar', () => {
  it('keeps a past happening of this week on or before publication, in publication month', () => {
    // Monday 30 October: the week runs into November, the arrest does not.
    expect(dates('Police in Tarvik arrested two men this week.', '2023-10-30')).toEqual([['this week', '2023-10-30', '2023-10-30', 'month']]);
    expect(dates('Carlo Benn resigned as mayor of Osk this week, the council said.', '2023-11-15')).toEqual([['this week', '2023-11-13', '2023-11-15', 'month']]);
    // A sports result and a court ruling, told after the fact.
    expect(dates('The Halden Rovers lost twice at home this week.', '2024-02-29')).toEqual([['this week', '2024-02-26', '2024-02-29', 'month']]);
    expect(dates('A federal judge in Brask blocked the rule this week.', '2023-10-31')).toEqual([['this week', '2023-10-30', '2023-10-31', 'month']]);
  });

  it('keeps a coming one on or after publication', () => {
    // Thursday 30 November: three of the four days left are in December.
    expect(dates('The Velm assembly will vote on the budget this week.', '2023-11-30')).toEqual([['this week', '2023-12-01', '2023-12-03', 'month']]);
    expect(dates('The probe is set to land on the comet this week.', '2023-11-15')).toEqual([['this week', '2023-11-15', '2023-11-19', 'month']]);
  });

  it('leaves the TIMEX3 its ISO week', () => {
    expect(timexes('Police in Tarvik arrested two men this week.', '2023-10-30')).toEqual([['this week', 'DATE', '2023-W44']]);
  });

  it('must not narrow: a present clause, a future one read on a Sunday, a week part, another week', () => {
    expect(dates('This week is a busy one for the Tarvik council.', '2023-10-30')).toEqual([['This week', '2023-11-01', '2023-11-05', 'month']]);
    // Sunday 3 March: no day of the week is left to come.
    expect(dates('Nobody in Osk expects a deal this week.', '2024-03-03')).toEqual([['this week', '2024-02-26', '2024-02-29', 'month']]);
    expect(dates('Talks in Velm resume later this week.', '2023-10-30')).toEqual([['later this week', '2023-11-01', '2023-11-05', 'month']]);
    expect(dates('Police arrested two men early this week.', '2023-11-02')).toEqual([['this week', '2023-10-30', '2023-10-31', 'month']]);
    expect(dates('Police in Tarvik arrested two men last week.', '2023-11-06')).toEqual([['last week', '2023-11-01', '2023-11-05', 'month']]);
  });
});
