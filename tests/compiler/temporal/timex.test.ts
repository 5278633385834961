// timex.ts: where a TIMEX3's extent starts, which mod it carries, and the ISO weeks of its values.
import { timexes } from './tagged';
import { weekMonday, weekValue } from '../../../src/compiler/temporal/timex';

const PUB = '2021-06-09';

describe('timex extent: "over" before a count', () => {
  it('leaves out an "over" that spreads an amount across a stretch, with no mod', () => {
    expect(timexes('The Varna council plans to save $5 billion over five years.', PUB)).toEqual([['five years', 'DURATION', 'P5Y']]);
    expect(timexes('Brenmoor Foods will cut 2,000 jobs over three years.', PUB)).toEqual([['three years', 'DURATION', 'P3Y']]);
    expect(timexes('The other $40 million may be spent over three years on repairs.', PUB)).toEqual([['three years', 'DURATION', 'P3Y']]);
    expect(timexes('Rents in Varna rose 12 percent over two years.', PUB)).toEqual([['two years', 'DURATION', 'P2Y']]);
    expect(timexes('Rents in Varna rose 12% over two years.', PUB)).toEqual([['two years', 'DURATION', 'P2Y']]);
  });

  it('keeps "over" as "more than" without an amount before it, after a comma, or on a date counted back', () => {
    expect(timexes('She has lived in Varna for over ten years.', PUB)).toEqual([['over ten years', 'DURATION', 'P10Y', 'MORE_THAN']]);
    expect(timexes('The Brenmoor inspection will last over a week.', PUB)).toEqual([['over a week', 'DURATION', 'P1W', 'MORE_THAN']]);
    expect(timexes('The firm, with 300 staff, grew over two years.', PUB)).toEqual([['over two years', 'DURATION', 'P2Y', 'MORE_THAN']]);
    expect(timexes('The 45-year-old had worked there over 20 years.', PUB)).toEqual([['over 20 years', 'DURATION', 'P20Y', 'MORE_THAN']]);
    expect(timexes('Three miners died there over two years ago.', PUB)).toEqual([['over two years ago', 'DATE', '2019', 'MORE_THAN']]);
  });
});

describe('ISO weeks: weekValue and its inverse weekMonday', () => {
  it('names the week a day falls in, the year being that of its Thursday', () => {
    expect(weekValue('2022-12-22')).toBe('2022-W51');
    expect(weekValue('2021-01-03')).toBe('2020-W53');
    expect(weekValue('2019-12-30')).toBe('2020-W01');
  });
  it('gives back the Monday that opens each week, across year ends', () => {
    expect(weekMonday(2022, 51)).toBe('2022-12-19');
    expect(weekMonday(2020, 53)).toBe('2020-12-28');
    expect(weekMonday(2020, 1)).toBe('2019-12-30');
    expect(weekMonday(2026, 1)).toBe('2025-12-29');
  });
  it('is the inverse of weekValue for every day of two years', () => {
    for (let d = 0; d < 731; d++) {
      const day = new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      const [year, week] = weekValue(day).split('-W').map(Number) as [number, number];
      const monday = weekMonday(year, week);
      expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
      expect((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${monday}T00:00:00Z`)) / 86_400_000).toBeLessThan(7);
    }
  });
});
