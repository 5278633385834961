// parsers/recurrence.ts: times that recur (TimeML's SET).
import { findTimeExpressions } from '../../../../src/compiler/temporal/findTimeExpressions';
import { dates, timexes } from '../tagged';

const PUB = '2018-02-13';

describe('recurrence', () => {
  it('reads daily, weekly and annually as periods', () => {
    expect(timexes('The ferry to Oskar Island runs daily.', PUB)).toEqual([['daily', 'SET', 'P1D']]);
    expect(timexes('The figures are published annually.', PUB)).toEqual([['annually', 'SET', 'P1Y']]);
    expect(timexes('Prices are adjusted quarterly.', PUB)).toEqual([['quarterly', 'SET', 'P3M']]);
  });

  it('reads every and each with a unit or a weekday', () => {
    expect(timexes('Protesters gather every day.', PUB)).toEqual([['every day', 'SET', 'P1D']]);
    expect(timexes('The market opens each Thursday.', PUB)).toEqual([['each Thursday', 'SET', 'XXXX-WXX-4']]);
    expect(timexes('Elections are held every four years.', PUB)).toEqual([['every four years', 'SET', 'P4Y']]);
    expect(timexes('The choir sings every Sunday morning.', PUB)).toEqual([['every Sunday morning', 'SET', 'XXXX-WXX-7TMO']]);
  });

  it('reads "each July" and "every March" as that month of every year', () => {
    expect(timexes('Marchers parade through Kessig each July.', PUB)).toEqual([['each July', 'SET', 'XXXX-07']]);
    expect(timexes('Every March the Ravel fair opens.', PUB)).toEqual([['Every March', 'SET', 'XXXX-03']]);
    expect(dates('Marchers parade through Kessig each July.', PUB)).toEqual([]);
    // A modal after "each" is no month.
    expect(timexes('Each may choose a seat.', PUB)).toEqual([]);
  });

  it('reads plural weekdays and a count of times in a unit', () => {
    expect(timexes('Two flights leave on Mondays and Tuesday nights.', PUB)).toEqual([
      ['Mondays', 'SET', 'XXXX-WXX-1'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ]);
    expect(timexes('The ferry sails twice a week.', PUB)).toEqual([['twice a week', 'SET', 'P1W']]);
  });

  it('leaves alone a rate after a count, a unit of the quantity as the annotated news reads it', () => {
    expect(timexes('The plant will save $40 million a year.', PUB)).toEqual([]);
    expect(timexes('Velm Air will add four flights a week to Ravel.', PUB)).toEqual([]);
    expect(timexes('The Oskar chip runs nine million steps per second.', PUB)).toEqual([]);
    // After an amount or "average", the adverb is the rate's or the measure's unit.
    expect(timexes('Velm expects sales to rise 8% annually.', PUB)).toEqual([]);
    expect(timexes('The Oskar mill will turn out 9,000 crates annually.', PUB)).toEqual([]);
    expect(timexes('The average daily volume at the Ravel exchange fell.', PUB)).toEqual([]);
    // A habit with no amount before it stays a SET.
    expect(timexes('Protesters gather daily outside the Velm court.', PUB)).toEqual([['daily', 'SET', 'P1D']]);
    expect(timexes('Rallies are held almost daily in Ravel.', PUB)).toEqual([['daily', 'SET', 'P1D']]);
    // A count of times is still a SET.
    expect(timexes('The Velm ferry now sails three times a week.', PUB).filter((t) => t[1] === 'SET')).toEqual([['three times a week', 'SET', 'P1W']]);
  });

  it('reads "daily" before a paper\'s name as the paper, and before a noun as a habit', () => {
    expect(timexes('The party daily Volna printed the letter.', PUB)).toEqual([]);
    expect(timexes('The letter ran in the Kessig daily Morgenpost on Monday.', PUB).map((t) => t[0])).toEqual(['Monday']);
    expect(timexes('The ferry makes daily crossings to Ravel.', PUB)).toEqual([['daily', 'SET', 'P1D']]);
    expect(timexes('Prices are checked daily. Velm stores agree.', PUB)).toEqual([['daily', 'SET', 'P1D']]);
  });

  it('reads a weekday joined to a plural one as recurring with it, at its part of the day', () => {
    expect(timexes('Extra ferries sail from Ravel on Monday and Tuesday nights after April 2.', PUB).slice(0, 2)).toEqual([
      ['Monday', 'SET', 'XXXX-WXX-1TNI'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ]);
    expect(timexes('The Oskar ferry runs Saturday and Sundays.', PUB)).toEqual([['Saturday', 'SET', 'XXXX-WXX-6'], ['Sundays', 'SET', 'XXXX-WXX-7']]);
    expect(dates('Extra ferries sail from Ravel on Monday and Tuesday nights.', PUB)).toEqual([]);
  });

  it('leaves a weekday joined to another single day, or to a plural that opens a clause, as a day', () => {
    expect(timexes('The Velm talks resume on Monday and Tuesday.', PUB).map((t) => t[1])).toEqual(['DATE', 'DATE']);
    expect(timexes('Marta Holm flew out on Monday and Tuesday nights were quiet.', PUB)[0]).toEqual(['Monday', 'DATE', '2018-02-12']);
  });

  it('makes no event of a habit', () => {
    expect(dates('The market opens each Thursday.', PUB)).toEqual([]);
    expect(dates('Two flights leave on Tuesday nights.', PUB)).toEqual([]);
  });

  it('leaves alone the adjective "quarterly", "every" without a unit, and "a year" that counts (no set)', () => {
    expect(timexes('The firm cut its quarterly dividend.', PUB)).toEqual([]);
    expect(timexes('Every state sent a delegate.', PUB)).toEqual([]);
    // Time handed to someone to act is a length (parsers/duration), never a set.
    expect(timexes('He was offered a year to decide.', PUB)).toEqual([['a year', 'DURATION', 'P1Y']]);
    expect(timexes('Output rose 5% a year ago.', PUB)).toEqual([['a year ago', 'DATE', '2017']]);
  });

  it('reads "every few years" as a period of unstated length, and "twice weekly" as one SET with its frequency', () => {
    expect(timexes('Floods reach the Oskar valley every few years.', PUB)).toEqual([['every few years', 'SET', 'PXY']]);
    expect(timexes('The Oskar council meets every several months.', PUB)).toEqual([['every several months', 'SET', 'PXM']]);
    const r = findTimeExpressions('Inspectors visit the Oskar dam twice weekly.', { published: PUB, previous: null });
    expect(r.timexes.map((t) => [t.value, t.freq])).toEqual([['P1W', '2X']]);
  });

  it('keeps a counted "every" and a bare adverb as they were', () => {
    expect(timexes('The Oskar census is taken every 10 years.', PUB)).toEqual([['every 10 years', 'SET', 'P10Y']]);
    expect(timexes('The Oskar bulletin appears weekly.', PUB)).toEqual([['weekly', 'SET', 'P1W']]);
    expect(timexes('Twice the Oskar ferry sank in a storm.', PUB)).toEqual([]);
  });

  it('reads "on weekends" and "at weekends" as the weekend of every week, as "on Sundays" is its Sunday', () => {
    expect(timexes('The Kessig market opens on weekends.', PUB)).toEqual([['weekends', 'SET', 'XXXX-WXX-WE']]);
    expect(timexes('The Kessig ferry does not run at weekends.', PUB)).toEqual([['weekends', 'SET', 'XXXX-WXX-WE']]);
    // "every weekend" stays a period, as "every month" is; weekends named as a subject or counted recur in no time.
    expect(timexes('The Kessig market opens every weekend.', PUB)).toEqual([['every weekend', 'SET', 'P1WE']]);
    expect(timexes('Weekends are busy at the Kessig market.', PUB)).toEqual([]);
    expect(timexes('Three weekends of protest followed in Kessig.', PUB)).toEqual([]);
  });
});
