// parsers/quarter.ts: quarters, halves and fiscal years as results report them.
import { readDocumentTime } from '../../../../src/compiler/temporal/documentTime';
import { dates, timexes } from '../tagged';

const PUB = '2013-10-24';

describe('quarter', () => {
  it('reads a half of a decade as its start or end, one TIMEX3 from the ordinal to the decade', () => {
    expect(timexes("Velm sales grew in the last half of the '70s.", '2021-06-10')).toEqual([["the last half of the '70s", 'DATE', '197', 'END']]);
    expect(timexes('Velm sales grew in the first half of the 1990s.', '2021-06-10')).toEqual([['the first half of the 1990s', 'DATE', '199', 'START']]);
    expect(dates('Velm sales grew in the first half of the 1990s.', '2021-06-10')).toEqual([['the first half of the 1990s', '1990-01-01', '1993-12-31', 'decade']]);
    // A half of a year stays a half-year.
    expect(timexes('Velm sales grew in the first half of 2019.', '2021-06-10')).toEqual([['the first half of 2019', 'DATE', '2019-H1']]);
  });

  it('reads a named quarter in the publication year, or the one before when a past clause names one not begun', () => {
    expect(timexes('Profit at Halvard Steel rose in the third quarter.', PUB)).toEqual([['the third quarter', 'DATE', '2013-Q3']]);
    expect(timexes('Sales fell in the fourth quarter.', '2014-01-20')).toEqual([['the fourth quarter', 'DATE', '2013-Q4']]);
    expect(timexes('Sales will pick up in the fourth quarter.', PUB)).toEqual([['the fourth quarter', 'DATE', '2013-Q4']]);
  });

  it('marks the adjective alone in "third-quarter profit"', () => {
    expect(timexes('The bank posted a third-quarter loss.', PUB)).toEqual([['third-quarter', 'DATE', '2013-Q3']]);
  });

  it('marks the adjective alone before an acronym it qualifies, and keeps "the" when the hyphenated form is the noun', () => {
    expect(timexes('Exports drove much of the third-quarter GDP growth in Velmora.', PUB)).toEqual([['third-quarter', 'DATE', '2013-Q3']]);
    expect(timexes('Analysts at Orlen cut the second-half EPS forecast.', PUB)).toEqual([['second-half', 'DATE', '2013-H2']]);
    expect(timexes('Results for the third-quarter, due Monday, look weak.', PUB)[0]).toEqual(['the third-quarter', 'DATE', '2013-Q3']);
    expect(timexes('Orlen said little about the third-quarter.', PUB)).toEqual([['the third-quarter', 'DATE', '2013-Q3']]);
  });

  it('reads a quarter or half with its year, which also dates an event', () => {
    expect(timexes('Output dipped in the second quarter of 2012.', PUB)).toEqual([['the second quarter of 2012', 'DATE', '2012-Q2']]);
    expect(dates('Output dipped in the second quarter of 2012.', PUB)).toEqual([['the second quarter of 2012', '2012-04-01', '2012-06-30', 'year']]);
    expect(timexes('The plant will close in the second half of next year.', PUB)).toEqual([['the second half of next year', 'DATE', '2014-H2']]);
    expect(timexes("Orders for this year's first quarter were weak.", PUB)).toEqual([["this year's first quarter", 'DATE', '2013-Q1']]);
    expect(timexes('Shipments resume in Q1 2014.', PUB)).toEqual([['Q1 2014', 'DATE', '2014-Q1']]);
  });

  it('reads the quarter a story reports, and the same period a year before', () => {
    expect(timexes('Revenue rose 8% in the quarter.', PUB)).toEqual([['the quarter', 'DATE', '2013-Q3']]);
    expect(timexes('Revenue rose from the year-earlier quarter.', PUB)).toEqual([['the year-earlier quarter', 'DATE', '2012-Q3']]);
    expect(timexes('Net income was $4 million, against $3 million in the same period last year.', PUB)).toEqual([['the same period last year', 'DATE', '2012-Q3']]);
    // After a quarter is named, "a year earlier" compares with that quarter.
    expect(timexes('Net fell from $5 million a year earlier.', PUB, { reportedQuarter: '2013-Q2' })).toEqual([['a year earlier', 'DATE', '2012-Q2']]);
  });

  it('reads "last quarter", "next quarter" and "the current quarter" from the calendar quarter of publication', () => {
    // PUB (24 October 2013) falls in the fourth quarter.
    expect(timexes('Kelmar Foods sales rose 3% last quarter.', PUB)).toEqual([['last quarter', 'DATE', '2013-Q3']]);
    expect(dates('Kelmar Foods sales rose 3% last quarter.', PUB)).toEqual([['last quarter', '2013-07-01', '2013-09-30', 'year']]);
    expect(timexes('Kelmar expects a loss next quarter.', PUB)).toEqual([['next quarter', 'DATE', '2014-Q1']]);
    expect(timexes('Kelmar sees weaker sales in the coming quarter.', PUB)).toEqual([['the coming quarter', 'DATE', '2014-Q1']]);
    expect(timexes('Kelmar expects a loss in the current quarter.', PUB)).toEqual([['the current quarter', 'DATE', '2013-Q4']]);
    // A quarter adjective, "the next quarter" of a story told in the past, and "the quarter" keep their own readings.
    expect(timexes('Kelmar posted a last-quarter loss.', PUB).map((t) => t[0])).not.toContain('last quarter');
    expect(timexes('Sales had recovered by the next quarter.', PUB)).toEqual([]);
    expect(timexes('Revenue rose 8% in the quarter.', PUB)).toEqual([['the quarter', 'DATE', '2013-Q3']]);
  });

  it('reads "the first half of the year" as one expression, the year read as for a half without one', () => {
    expect(timexes('Kelmar profit fell in the first half of the year.', PUB)).toEqual([['the first half of the year', 'DATE', '2013-H1']]);
    expect(timexes('Kelmar sales rose in the third quarter of the current year.', PUB)).toEqual([['the third quarter of the current year', 'DATE', '2013-Q3']]);
    // A word that only begins with "year" is no year.
    expect(timexes('Kelmar printed the first half of the yearbook.', PUB)).toEqual([['the first half', 'DATE', '2013-H1']]);
  });

  it('takes as reported only a quarter ended by publication, never one a forecast names', () => {
    const story = readDocumentTime(PUB);
    story.read('Halvard Steel posted a loss in the second quarter.');
    story.read('Analysts see the red ink lasting through the third quarter of 2014.');
    expect(story.read('In the year-ago period, Halvard earned $9 million.').timexes.map((t) => t.value)).toEqual(['2012-Q2']);
  });

  it('reads fiscal years as their year, and "the fiscal year ended" as a length', () => {
    expect(timexes('Losses narrowed in fiscal 2012.', PUB)).toEqual([['fiscal 2012', 'DATE', '2012']]);
    expect(timexes('Revenue was $80 million for the fiscal year ended June 30.', PUB)).toEqual([
      ['the fiscal year', 'DURATION', 'P1Y'],
      ['June 30', 'DATE', '2013-06-30'],
    ]);
  });

  it('reads "the year ended March 31" as a results year, a length', () => {
    expect(timexes('Sales were $58 million for the year ended March 31.', PUB)).toEqual([
      ['the year', 'DURATION', 'P1Y'],
      ['March 31', 'DATE', '2013-03-31'],
    ]);
  });

  it('leaves alone fractions, "quarters" as places and a quarter-century (a length, no quarter of a year)', () => {
    expect(timexes('Iran imports three-quarters of its grain.', PUB)).toEqual([]);
    expect(timexes('Inspectors searched the living quarters.', PUB)).toEqual([]);
    expect(timexes('The half-brother of the mayor spoke.', PUB)).toEqual([]);
    expect(timexes('Unemployment is near a quarter-century low.', PUB)).toEqual([['quarter-century', 'DURATION', 'P25Y']]);
    expect(timexes('The period of calm ended.', PUB)).toEqual([]);
  });
});
