import { describe, expect, it } from 'vitest';
import { describeDateReason, describePrecision, formatDay, formatEventDate, formatUnit } from '../../src/model/formatDate';
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
