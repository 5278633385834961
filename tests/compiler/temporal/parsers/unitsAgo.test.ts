// parsers/unitsAgo.ts: a unit of unstated count before "ago".
import { dates, timexes } from '../tagged';

const PUB = '2021-05-14';

describe('units-ago', () => {
  it('marks the bare unit with "ago" as a date in the past, dating no event', () => {
    expect(timexes('Just weeks ago, the Orlen council had backed the plan.', PUB)).toEqual([['weeks ago', 'DATE', 'PAST_REF']]);
    expect(timexes('Months ago, the Kessig mill was shut.', PUB)).toEqual([['Months ago', 'DATE', 'PAST_REF']]);
    expect(timexes('The Velmora dam was built decades ago.', PUB)).toEqual([['decades ago', 'DATE', 'PAST_REF']]);
    expect(dates('Months ago, the Kessig mill was shut.', PUB)).toEqual([]);
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
