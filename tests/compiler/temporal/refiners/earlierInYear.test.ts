// refiners/earlierInYear.ts: "earlier this year", "later that year" are whole TIMEX3s; before a week, month or day "earlier" stays out.
import { timexes } from '../tagged';

const PUB = '2021-09-15';

describe('earlier or later in a year', () => {
  it('takes "earlier" and "later" into the TIMEX3 of this, that or the year, as its mod', () => {
    expect(timexes('The Varna mill cut its payroll earlier this year.', PUB)).toEqual([['earlier this year', 'DATE', '2021', 'START']]);
    expect(timexes('Harvest work was held up earlier in the year by floods.', PUB)).toEqual([['earlier in the year', 'DATE', '2021', 'START']]);
    expect(timexes('Earlier this year, the council sold the depot.', PUB)).toEqual([['Earlier this year', 'DATE', '2021', 'START']]);
    expect(timexes('She moved to Ostrava in May 2015 and left later that year.', PUB)).toEqual([
      ['May 2015', 'DATE', '2015-05'], ['later that year', 'DATE', '2015', 'END'],
    ]);
  });

  it('leaves "earlier" outside a week, a month or a day, and a year it does not qualify', () => {
    expect(timexes('The Kessig board met earlier this week.', PUB)).toEqual([['this week', 'DATE', '2021-W37']]);
    expect(timexes('The bank cut rates earlier this month.', PUB)).toEqual([['this month', 'DATE', '2021-09']]);
    expect(timexes('Earlier Monday, the mayor resigned.', PUB)).toEqual([['Monday', 'DATE', '2021-09-13']]);
    expect(timexes('The vote came later, this year being an election year.', PUB)).toEqual([['this year', 'DATE', '2021']]);
    expect(timexes('Sales will be higher this year than earlier estimates said.', PUB)).toEqual([['this year', 'DATE', '2021']]);
  });
});
