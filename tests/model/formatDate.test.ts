import { describe, expect, it } from 'vitest';
import { describeDateReason, describePrecision, formatDay, formatEventDate, formatUnit, namedInterval } from '../../src/model/formatDate';
import type { EventDate } from '../../src/model/schema';

const date = (start: string, end: string, precision: EventDate['precision'], text = ''): EventDate => ({
  start, end, precision, text,
});

describe('formatDay', () => {
  it('formatDay(day) reads as a long day with the year', () => {
    expect(formatDay('2022-12-22')).toBe('22 December 2022');
  });
  it('formatDay(day, "short") adds the weekday in UTC', () => {
    expect(formatDay('2022-12-22', 'short')).toBe('Thu 22 Dec 2022');
    expect(formatDay('2022-12-23', 'short')).toBe('Fri 23 Dec 2022');
  });
});

describe('formatUnit', () => {
  it('formatUnit(day, precision) says no more than the precision', () => {
    expect(formatUnit('2022-12-01', 'month')).toBe('December 2022');
    expect(formatUnit('2020-09-01', 'season')).toBe('autumn 2020');
    expect(formatUnit('1991-01-01', 'year')).toBe('1991');
    expect(formatUnit('1994-01-01', 'decade')).toBe('1990s');
  });
  it('formatUnit puts January in the winter that began the December before', () => {
    expect(formatUnit('2021-01-15', 'season')).toBe('winter 2020');
  });
});

describe('formatEventDate', () => {
  it('formatEventDate of a point reads as its unit', () => {
    expect(formatEventDate(date('2022-12-23', '2022-12-23', 'day'), 'point')).toBe('23 December 2022');
    expect(formatEventDate(date('2020-09-01', '2020-11-30', 'season'), 'point')).toBe('autumn 2020');
    expect(formatEventDate(date('1991-01-01', '1991-12-31', 'year'), 'point')).toBe('1991');
  });
  it('formatEventDate of an ongoing event says "since" and hides the publication end', () => {
    expect(formatEventDate(date('2022-12-12', '2022-12-22', 'day'), 'ongoing')).toBe('since 12 December 2022');
    expect(formatEventDate(date('1991-01-01', '2022-12-22', 'year'), 'ongoing')).toBe('since 1991');
  });
  it('formatEventDate of a span shares month and year when it can', () => {
    expect(formatEventDate(date('2022-12-12', '2022-12-15', 'day'), 'span')).toBe('12–15 December 2022');
    expect(formatEventDate(date('2022-11-28', '2022-12-02', 'day'), 'span')).toBe('28 November – 2 December 2022');
    expect(formatEventDate(date('2020-01-01', '2022-12-31', 'year'), 'span')).toBe('2020 – 2022');
  });
  it('formatEventDate of a point with a time of day gives the hour as written', () => {
    expect(formatEventDate({ ...date('2022-12-22', '2022-12-22', 'day'), time: { clock: '11:00', precision: 'hour' } }, 'point')).toBe('22 December 2022, 11:00');
    expect(formatEventDate({ ...date('2022-12-19', '2022-12-19', 'day'), time: { clock: '03:40', precision: 'minute' } }, 'point', 'short')).toBe('Mon 19 Dec 2022, 03:40');
  });
  it('formatEventDate of a point that is an ISO week or a quarter names it, not the coarser unit it is kept at', () => {
    // "last week": Monday to Sunday at month precision; "the third quarter": three months at year precision.
    expect(formatEventDate(date('1989-10-23', '1989-10-29', 'month', 'last week'), 'point')).toBe('23–29 October 1989');
    expect(formatEventDate(date('1989-10-30', '1989-11-05', 'month', 'this week'), 'point')).toBe('30 October – 5 November 1989');
    expect(formatEventDate(date('2020-12-28', '2021-01-03', 'month', 'that week'), 'point', 'short')).toBe('Mon 28 Dec 2020 – Sun 3 Jan 2021');
    expect(formatEventDate(date('1989-07-01', '1989-09-30', 'year', 'the third quarter'), 'point')).toBe('July–September 1989');
    expect(formatEventDate(date('1989-10-01', '1989-12-31', 'year', 'the fourth quarter'), 'point', 'short')).toBe('Oct–Dec 1989');
  });
  it('formatEventDate leaves other parts of a unit at the unit: it never makes up bounds', () => {
    // "early 1991", "earlier this month", "later this month", a week cut short, a first half.
    expect(formatEventDate(date('1991-01-01', '1991-04-30', 'year', 'early 1991'), 'point')).toBe('1991');
    expect(formatEventDate(date('1989-10-01', '1989-10-26', 'month', 'earlier this month'), 'point')).toBe('October 1989');
    expect(formatEventDate(date('1989-11-01', '1989-11-05', 'month', 'this week'), 'point')).toBe('November 1989');
    expect(formatEventDate(date('1989-01-01', '1989-06-30', 'year', 'the first half'), 'point')).toBe('1989');
    expect(formatEventDate(date('1989-02-01', '1989-04-30', 'year'), 'point')).toBe('1989');
    // A span of a week at day precision stays a span of days.
    expect(formatEventDate(date('1989-10-23', '1989-10-29', 'day'), 'span')).toBe('23–29 October 1989');
  });
  it('namedInterval tells a week and a quarter apart from the rest', () => {
    expect(namedInterval(date('1989-10-23', '1989-10-29', 'month'))).toBe('week');
    expect(namedInterval(date('1989-10-24', '1989-10-30', 'month'))).toBeNull();
    expect(namedInterval(date('1989-10-23', '1989-10-29', 'day'))).toBeNull();
    expect(namedInterval(date('2024-01-01', '2024-03-31', 'year'))).toBe('quarter');
    expect(namedInterval(date('2024-01-01', '2024-12-31', 'year'))).toBeNull();
  });
  it('formatEventDate of a span inside one unit collapses to that unit', () => {
    expect(formatEventDate(date('2020-09-01', '2020-11-30', 'season'), 'span')).toBe('autumn 2020');
  });
});

describe('describePrecision', () => {
  it('describePrecision flags everything coarser than a day as approximate', () => {
    expect(describePrecision('day')).toBe('exact day');
    expect(describePrecision('day', { clock: '11:00', precision: 'hour' })).toBe('exact day and hour');
    expect(describePrecision('day', { clock: '03:40', precision: 'minute' })).toBe('exact day and minute');
    expect(describePrecision('season')).toMatch(/approximate/);
    expect(describePrecision('month', undefined, 'week')).toBe('week only, approximate');
    expect(describePrecision('year', undefined, 'quarter')).toBe('quarter only, approximate');
  });
  it('has no brackets of its own, since the panel shows it in brackets after the date', () => {
    // "1986 (year only (approximate))" read badly in the panel.
    for (const precision of ['day', 'month', 'season', 'year', 'decade'] as const) {
      expect(describePrecision(precision)).not.toMatch(/[()]/);
    }
    expect(describePrecision('year')).toBe('year only, approximate');
  });
});

describe('describeDateReason', () => {
  it('names the expression, the rule and the anchor a date was read from', () => {
    expect(describeDateReason({ rule: 'weekday-past', expression: 'on Monday' })).toBe('from “on Monday” — rule weekday-past');
    expect(describeDateReason({ rule: 'anchored-relative', expression: 'two days later', anchor: 'the vote on 3 May' }))
      .toBe('from “two days later” — rule anchored-relative, counted from the vote on 3 May');
  });

  it('says plainly when the passage names no date and the publication day stands in', () => {
    const text = describeDateReason({ rule: 'undated-lead', expression: '' });
    expect(text).toMatch(/^the passage names no date: the article's publication day/);
    expect(text).not.toContain('“”');
  });
});
