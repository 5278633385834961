// parsers/soon.ts: "soon" in a clause that looks ahead.
import { dates, timexes } from '../tagged';

const PUB = '2021-05-14';

describe('soon', () => {
  it('marks "soon" in a clause that looks ahead as the future, dating no event', () => {
    expect(timexes('The Orlen plant will soon reopen.', PUB)).toEqual([['soon', 'DATE', 'FUTURE_REF']]);
    expect(timexes('Talks in Kessig are expected to resume soon.', PUB)).toEqual([['soon', 'DATE', 'FUTURE_REF']]);
    expect(timexes('The Velmora mill said it soon will hire 40 workers.', PUB)).toEqual([['soon', 'DATE', 'FUTURE_REF']]);
    expect(dates('The Orlen plant will soon reopen.', PUB)).toEqual([]);
  });

  it('leaves alone "soon" told in the past and the conjunctions and prepositions it opens', () => {
    expect(timexes('The Kessig mayor was soon released.', PUB)).toEqual([]);
    expect(timexes('The trickle of Orlen cash soon became a flood.', PUB)).toEqual([]);
    expect(timexes('The Velmora crew will leave as soon as the rain stops.', PUB)).toEqual([]);
    expect(timexes('The Kessig board will meet soon after the vote.', PUB)).toEqual([]);
    expect(timexes('It is too soon to say whether the Orlen plan will work.', PUB)).toEqual([]);
  });
});
