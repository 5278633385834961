// parsers/unitsAgo.ts: a unit of unstated count before "ago", "earlier" or a closing "before".
import { dates, timexes } from '../tagged';

const PUB = '2021-05-14';

describe('units-ago', () => {
  it('marks the bare unit with "ago" as a date in the past, dating no event', () => {
    expect(timexes('Just weeks ago, the Orlen council had backed the plan.', PUB)).toEqual([['weeks ago', 'DATE', 'PAST_REF']]);
    expect(timexes('Months ago, the Kessig mill was shut.', PUB)).toEqual([['Months ago', 'DATE', 'PAST_REF']]);
    expect(timexes('The Velmora dam was built decades ago.', PUB)).toEqual([['decades ago', 'DATE', 'PAST_REF']]);
    expect(dates('Months ago, the Kessig mill was shut.', PUB)).toEqual([]);
  });

  it('marks the bare unit told from a past time with "earlier" or a closing "before" the same way', () => {
    expect(timexes('Months earlier, the Kessig mill had closed.', PUB)).toEqual([['Months earlier', 'DATE', 'PAST_REF']]);
    expect(timexes('The Kessig mill had closed years before.', PUB)).toEqual([['years before', 'DATE', 'PAST_REF']]);
    // Before a happening the unit is a stretch beside it, read by happeningStretch.ts.
    expect(timexes('The Kessig mill closed weeks before the vote.', PUB)).toEqual([['weeks', 'DATE', 'PAST_REF']]);
  });

  it('leaves counted units to their count and a unit with no "ago" alone', () => {
    expect(timexes('The Velmora dam was built three years ago.', PUB)).toEqual([['three years ago', 'DATE', '2018']]);
    expect(timexes('The Velmora dam was built a few years ago.', PUB)).toEqual([['a few years ago', 'DATE', 'PAST_REF']]);
    expect(timexes('Two and a half years ago, the Velmora dam was built.', PUB)).toEqual([]);
    expect(timexes('Three business days ago, Kessig shares fell.', PUB)).toEqual([]);
    expect(timexes('Years passed before the Velmora dam was built.', PUB)).toEqual([]);
    expect(timexes('The Orlen council argued for weeks.', PUB)).toEqual([['weeks', 'DURATION', 'PXW']]);
  });
});
