// parsers/prePostYear.ts: "post-1959", "pre-2008", "pre-1990s" as the edge of a time after or before.
import { dates, timexes } from '../tagged';

const PUB = '2021-06-10';

describe('pre-post-year', () => {
  it('marks the whole word with the year or decade and AFTER or BEFORE', () => {
    expect(timexes('The post-1975 politics of the Ravel valley split families.', PUB)).toEqual([['post-1975', 'DATE', '1975', 'AFTER']]);
    expect(timexes('Output at the Velm mill is back to pre-2008 levels.', PUB)).toEqual([['pre-2008', 'DATE', '2008', 'BEFORE']]);
    expect(timexes('The pre-1990s rules of the Kessig port were dropped.', PUB)).toEqual([['pre-1990s', 'DATE', '199', 'BEFORE']]);
  });

  it('dates no event of the timeline', () => {
    expect(dates('Output is back to pre-2008 levels.', PUB)).toEqual([]);
  });

  it('leaves prefixes before other words and numbers that are no years alone', () => {
    expect(timexes('The post-war boom lifted the Ravel valley.', PUB)).toEqual([]);
    expect(timexes('The pre-1995s label is a typo.', PUB)).toEqual([]);
    expect(timexes('Pre-400 units shipped.', PUB)).toEqual([]);
    expect(timexes('The post-2500 model is a concept.', PUB)).toEqual([]);
  });
});
