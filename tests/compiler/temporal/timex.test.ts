// timex.ts: where a TIMEX3's extent starts and which mod it carries.
import { timexes } from './tagged';

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
