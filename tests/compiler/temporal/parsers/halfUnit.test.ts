// parsers/halfUnit.ts: half of one unit as a length.
import { dates, timexes } from '../tagged';

const PUB = '2021-05-14';

describe('half-unit', () => {
  it('marks half of a unit as a length written in the next smaller unit, its modifier inside and its signal outside', () => {
    expect(timexes('The Orlen ferry crossing took half an hour.', PUB)).toEqual([['half an hour', 'DURATION', 'PT30M']]);
    expect(timexes('The Kessig dam has stood for more than half a century.', PUB)).toEqual([['more than half a century', 'DURATION', 'P50Y', 'MORE_THAN']]);
    expect(timexes('The Velmora talks lasted about a half hour.', PUB)).toEqual([['about a half hour', 'DURATION', 'PT30M', 'APPROX']]);
    expect(timexes('The Orlen dam stood a half-century before it burst.', PUB)).toEqual([['a half-century', 'DURATION', 'P50Y']]);
    expect(dates('The Orlen ferry crossing took half an hour.', PUB)).toEqual([]);
  });

  it('marks the hyphened half before its noun without the article', () => {
    expect(timexes('It is a half-hour drive from Orlen to Kessig.', PUB)).toEqual([['half-hour', 'DURATION', 'PT30M']]);
  });

  it('leaves halves of amounts, of a year or of what a unit measures alone', () => {
    expect(timexes('The Velmora lottery paid half a million.', PUB)).toEqual([]);
    expect(timexes('The Kessig strike cost each worker half a day\'s pay.', PUB)).toEqual([]);
    expect(timexes('The Orlen mill posted half-year profit of 3 million.', PUB)).toEqual([]);
    expect(timexes('Half the Velmora council voted against.', PUB)).toEqual([]);
  });
});
