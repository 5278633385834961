// parsers/namedRelative.ts: a month or season placed by "last", "this", "next".
import { timexes } from '../tagged';

describe('named-relative', () => {
  it('keeps "this" before a month in the publication year, ahead or behind', () => {
    expect(timexes('With the vote due this September, the party is nervous.', '2022-02-05')).toEqual([['this September', 'DATE', '2022-09']]);
    expect(timexes('Sales slumped this March.', '2022-11-20')).toEqual([['this March', 'DATE', '2022-03']]);
  });

  it('reads "last" and "next" before a month as the nearest one behind or ahead', () => {
    expect(timexes('The plant closed last May.', '2022-11-20')).toEqual([['last May', 'DATE', '2022-05']]);
    expect(timexes('The plant closed last December.', '2022-11-20')).toEqual([['last December', 'DATE', '2021-12']]);
    expect(timexes('The plant reopens next February.', '2022-11-20')).toEqual([['next February', 'DATE', '2023-02']]);
  });

  it('leaves "this" before a word that is not a month or season alone', () => {
    expect(timexes('This march drew thousands.', '2022-11-20')).toEqual([]);
  });
});
