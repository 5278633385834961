// parsers/fractionUnit.ts: a half or a quarter of one unit as a length.
import { dates, timexes } from '../tagged';

const PUB = '2021-05-14';

describe('fraction-unit', () => {
  it('marks half of a unit as a length written in the next smaller unit, its modifier inside and its signal outside', () => {
    expect(timexes('The Orlen ferry crossing took half an hour.', PUB)).toEqual([['half an hour', 'DURATION', 'PT30M']]);
    expect(timexes('The Kessig dam has stood for more than half a century.', PUB)).toEqual([['more than half a century', 'DURATION', 'P50Y', 'MORE_THAN']]);
    expect(timexes('The Velmora talks lasted about a half hour.', PUB)).toEqual([['about a half hour', 'DURATION', 'PT30M', 'APPROX']]);
    expect(timexes('The Orlen dam stood a half-century before it burst.', PUB)).toEqual([['a half-century', 'DURATION', 'P50Y']]);
    expect(dates('The Orlen ferry crossing took half an hour.', PUB)).toEqual([]);
  });

  it('marks the hyphened half before its noun without the article', () => {
    expect(timexes('It is a half-hour drive from Orlen to Kessig.', PUB)).toEqual([['half-hour', 'DURATION', 'PT30M']]);
    expect(timexes('Orlen jobless claims fell to a quarter-century low.', PUB)).toEqual([['quarter-century', 'DURATION', 'P25Y']]);
  });

  it('marks a quarter of an hour, a year or a century in the next smaller unit', () => {
    expect(timexes('The Orlen feud has lasted a quarter of a century.', PUB)).toEqual([['a quarter of a century', 'DURATION', 'P25Y']]);
    expect(timexes('The Kessig mill has led the market for a quarter century.', PUB)).toEqual([['a quarter century', 'DURATION', 'P25Y']]);
    expect(timexes('The Velmora ferry was three-quarters of an hour late.', PUB)).toEqual([['three-quarters of an hour', 'DURATION', 'PT45M']]);
    // A quarter of what is no unit of time stays a share.
    expect(timexes('Three quarters of the Orlen vote went to the mayor.', PUB)).toEqual([]);
  });

  it('leaves halves of amounts, of a year or of what a unit measures alone', () => {
    expect(timexes('The Velmora lottery paid half a million.', PUB)).toEqual([]);
    expect(timexes('The Kessig strike cost each worker half a day\'s pay.', PUB)).toEqual([]);
    expect(timexes('The Orlen mill posted half-year profit of 3 million.', PUB)).toEqual([]);
    expect(timexes('Half the Velmora council voted against.', PUB)).toEqual([]);
  });
});
