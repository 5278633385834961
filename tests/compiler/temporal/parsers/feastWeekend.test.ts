// parsers/feastWeekend.ts and resources/feastSpans.ts: a holiday's weekend or break, dated by the days it covers.
import { dates, timexes } from '../tagged';

const MARCH = '2026-03-04';

describe('feast-weekend', () => {
  it('dates a holiday weekend by its days, in the year the tense points to', () => {
    // Thanksgiving 2025 fell on 27 November; Labor Day 2025 on 1 September.
    expect(dates('Shoppers crowded Orvik malls over the Thanksgiving weekend.', MARCH)).toEqual([['the Thanksgiving weekend', '2025-11-27', '2025-11-30', 'month']]);
    expect(dates('Three swimmers drowned off Kessig over the Labor Day weekend, police said.', MARCH)).toEqual([['the Labor Day weekend', '2025-08-30', '2025-09-01', 'year']]);
    // Easter 2026 falls on 5 April: Good Friday to Easter Monday, still ahead in a March paper.
    expect(dates('The Velm museum will stay closed over the Easter weekend.', MARCH)).toEqual([['the Easter weekend', '2026-04-03', '2026-04-06', 'month']]);
    expect(dates('Harlow Air expects record crowds over Memorial Day weekend.', MARCH)).toEqual([['Memorial Day weekend', '2026-05-23', '2026-05-25', 'month']]);
  });

  it('marks a weekend as the weekend of its week, and a break by the holiday\'s own day', () => {
    expect(timexes('Shoppers crowded Orvik malls over the Thanksgiving weekend.', MARCH)).toEqual([['the Thanksgiving weekend', 'DATE', '2025-W48-WE']]);
    expect(timexes('Sales at Orvik fell last Thanksgiving weekend.', MARCH)).toEqual([['last Thanksgiving weekend', 'DATE', '2025-W48-WE']]);
    expect(timexes('Train travel in Ravel surged during the Easter holiday.', MARCH)).toEqual([['Easter', 'DATE', '2025-04-20']]);
    expect(dates('Train travel in Ravel surged during the Easter holiday.', MARCH)).toEqual([['the Easter holiday', '2025-04-18', '2025-04-21', 'month']]);
  });

  it('leaves a bare holiday, a holiday before another noun, and a Monday holiday\'s "break" to the holiday\'s own day', () => {
    expect(dates('The Velm family gathered on Thanksgiving.', MARCH)).toEqual([['Thanksgiving', '2025-11-27', '2025-11-27', 'day']]);
    expect(timexes('Orvik stores advertised Labor Day sales.', MARCH)).toEqual([['Labor Day', 'DATE', '2025-09-01']]);
    expect(timexes('The Easter Rising is taught in Kessig schools.', MARCH)).toEqual([]);
    expect(dates('Congress returns after the Memorial Day break.', MARCH)).toEqual([['Memorial Day', '2026-05-25', '2026-05-25', 'day']]);
  });
});
