// parsers/quarterEnded.ts: a quarter told by the day that closes it.
import { quarterClosedBy } from '../../../../src/compiler/temporal/parsers/quarterEnded';
import { timexes } from '../tagged';

describe('quarterEnded', () => {
  it('reads the quarter a closing day names, in a paper published after a later quarter', () => {
    expect(timexes('Ostrava Pumps grew revenue 4% over the quarter ended 30 September.', '2014-01-20'))
      .toEqual([['the quarter', 'DATE', '2013-Q3'], ['30 September', 'DATE', '2013-09-30']]);
    expect(timexes('Velmar posted its best results in the latest quarter, which ended Sept. 28.', '2014-02-11'))
      .toEqual([['the latest quarter', 'DATE', '2013-Q3'], ['Sept. 28', 'DATE', '2013-09-28']]);
    // A story on the fourth quarter that goes back to the third.
    expect(timexes('Sales fell in the fourth quarter. Over the quarter ended 30 September, they had risen.', '2014-01-20').map((t) => t[2]))
      .toEqual(['2013-Q4', '2013-Q3', '2013-09-30']);
  });

  it('reads a quarter still to close from the clause tense, and a 52-week year closing just after a quarter', () => {
    expect(timexes('Kelmar will report results for the quarter ending March 31 in May.', '2014-01-20')[0]).toEqual(['the quarter', 'DATE', '2014-Q1']);
    expect(timexes('The retailer lost money in the quarter ended Jan. 2.', '2021-03-04')[0]).toEqual(['the quarter', 'DATE', '2020-Q4']);
  });

  it('names the calendar quarter only for a day that closes one', () => {
    expect(quarterClosedBy('2013-09-30')).toBe('2013-Q3');
    expect(quarterClosedBy('2013-12-27')).toBe('2013-Q4');
    expect(quarterClosedBy('2014-01-03')).toBe('2013-Q4');
    expect(quarterClosedBy('2013-07-31')).toBeNull();
    expect(quarterClosedBy('2013-09-15')).toBeNull();
  });

  it('must not parse: a company calendar, an ordinal quarter, the reported quarter under its own name, a quarter without its day', () => {
    // July 31 closes no calendar quarter: the quarter stays the one the story reports.
    expect(timexes('In the quarter ended July 31, Brask Tools sold more drills.', '2014-01-20')[0]).toEqual(['the quarter', 'DATE', '2013-Q4']);
    // "the fourth quarter ended Sept. 30" is the company's numbering.
    expect(timexes('In the fourth quarter ended Sept. 30, Halvik earned $2 million.', '2014-01-20')[0]).toEqual(['the fourth quarter', 'DATE', '2013-Q4']);
    // Named "the fiscal first quarter" first, the quarter just closed keeps that name.
    expect(timexes('Lund Air earned more in the fiscal first quarter. Over the quarter ended 29 September, traffic rose.', '2013-10-26').map((t) => t[2]))
      .toEqual(['2013-Q1', '2013-Q1', '2013-09-29']);
    expect(timexes('Kelmar posted a loss in the quarter.', '2014-01-20')).toEqual([['the quarter', 'DATE', '2013-Q4']]);
    // "ended" without a day: the quarter the story reports.
    expect(timexes('The quarter ended badly for Orvik Steel.', '2014-01-20')).toEqual([['The quarter', 'DATE', '2013-Q4']]);
  });
});
