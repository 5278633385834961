// parsers/neighbour.ts: "the next day", "the day before", one unit from the date the story last gave.
import { findTimeExpressions } from '../../../../src/compiler/temporal/findTimeExpressions';
import { dates, timexes } from '../tagged';

const PUB = '2021-09-14';

describe('neighbour', () => {
  it('moves one unit from the date before it', () => {
    const AFTER_MARCH_3 = { previous: { start: '2021-03-03', precision: 'day' as const } };
    expect(timexes('The Orla dam was repaired the next day.', PUB, AFTER_MARCH_3)).toEqual([['the next day', 'DATE', '2021-03-04']]);
    expect(dates('The Orla dam was repaired the following week.', PUB, AFTER_MARCH_3)[0]?.[0]).toBe('the following week');
  });

  it('writes a day moved from a bare year or month with X for what is not known', () => {
    const IN_1987 = { previous: { start: '1987-01-01', precision: 'year' as const } };
    const IN_OCTOBER = { previous: { start: '2020-10-01', precision: 'month' as const } };
    expect(timexes('The Orla dam was repaired the day before.', PUB, IN_1987)).toEqual([['the day before', 'DATE', '1987-XX-XX']]);
    expect(timexes('The Orla dam was repaired the next day.', PUB, IN_OCTOBER)).toEqual([['the next day', 'DATE', '2020-10-XX']]);
    // A year moved from a year is a year.
    expect(timexes('The Orla dam was repaired the following year.', PUB, IN_1987)).toEqual([['the following year', 'DATE', '1988']]);
  });

  it('leaves "the day before" an event it names to that event', () => {
    const AFTER_MARCH_3 = { previous: { start: '2021-03-03', precision: 'day' as const } };
    expect(timexes('Crowds gathered the day before the vote.', PUB, AFTER_MARCH_3)).toEqual([]);
  });

  it('leaves "the morning after" an event it names to that event, and reads it alone as the next morning', () => {
    const AFTER_MARCH_3 = { previous: { start: '2021-03-03', precision: 'day' as const } };
    expect(timexes('Crowds gathered the morning after the vote.', PUB, AFTER_MARCH_3)).toEqual([]);
    expect(timexes('Crowds gathered again the morning after.', PUB, AFTER_MARCH_3)).toEqual([['the morning after', 'TIME', '2021-03-04TMO']]);
    expect(timexes("Crowds gathered the night before last Tuesday's vote.", PUB)).toEqual([['the night before last Tuesday', 'TIME', '2021-09-06TNI']]);
  });

  it('counts "the day before" a day it names from that day, as one expression', () => {
    // Tuesday 14 September 2021: last Tuesday is the 7th.
    expect(timexes("Crowds gathered the day before last Tuesday's vote.", PUB)).toEqual([['the day before last Tuesday', 'DATE', '2021-09-06']]);
    expect(dates("Crowds gathered the day before last Tuesday's vote.", PUB).map((d) => d.slice(1))).toEqual([['2021-09-06', '2021-09-06', 'day']]);
    expect(timexes('Crowds gathered in Orla the day after Aug. 30.', PUB)).toEqual([['the day after Aug. 30', 'DATE', '2021-08-31']]);
  });

  it('reads "the day" after a date and a comma as that date said again, dating nothing new', () => {
    const s = 'The Orla ferry was last seen Sept. 3, the day before the storm reached the coast.';
    const r = findTimeExpressions(s, { published: PUB, previous: null });
    expect(r.timexes.map((t) => [s.slice(t.start, t.end), t.value])).toEqual([['Sept. 3', '2021-09-03'], ['the day', '2021-09-03']]);
    expect(r.expressions.map((e) => e.date.start)).toEqual(['2021-09-03']);
  });
});
