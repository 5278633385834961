// parsers/namedRelative.ts: a month or season placed by "last", "this", "next".
import { timexes } from '../tagged';

describe('named-relative', () => {
  it('keeps "this" before a month in the publication year, ahead or behind', () => {
    expect(timexes('With the vote due this September, the party is nervous.', '2022-02-05')).toEqual([['this September', 'DATE', '2022-09']]);
    expect(timexes('Sales slumped this March.', '2022-11-20')).toEqual([['this March', 'DATE', '2022-03']]);
  });

  it('keeps "this" before spring, summer or autumn in the publication year, whatever the tense', () => {
    // A past verb telling a pledge about the summer ahead: still this year's summer, not the one gone by.
    expect(timexes('Tenants at Harlow Court vowed to keep up the rent strike this summer.', '2023-03-22')).toEqual([['this summer', 'DATE', '2023-SU']]);
    expect(timexes('Crowds gathered at the Orvel quay to plan boat protests this summer.', '2023-03-22')).toEqual([['this summer', 'DATE', '2023-SU']]);
    // In December a past clause's "this autumn" is the one just gone, the same year.
    expect(timexes('The Tessel mill shut this autumn.', '2023-12-10')).toEqual([['this autumn', 'DATE', '2023-FA']]);
    expect(timexes('The ferry will run again this spring.', '2023-01-15')).toEqual([['this spring', 'DATE', '2023-SP']]);
  });

  it('leaves "this winter" to the season under way or the tense, as it straddles two years', () => {
    expect(timexes('Snow closed the Harlow pass this winter.', '2023-01-20')).toEqual([['this winter', 'DATE', '2022-WI']]);
    expect(timexes('Snow closed the Harlow pass this winter.', '2023-04-20')).toEqual([['this winter', 'DATE', '2022-WI']]);
    expect(timexes('The pass will shut this winter.', '2023-04-20')).toEqual([['this winter', 'DATE', '2023-WI']]);
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

describe('"last" before the month just gone', () => {
  it('names that month a year before', () => {
    // Wire, business, sport, health.
    expect(timexes('Two ferries sank off Orsk last February.', '2025-03-01')).toEqual([['last February', 'DATE', '2024-02']]);
    expect(timexes('Tallent cut 300 jobs last February.', '2025-03-31')).toEqual([['last February', 'DATE', '2024-02']]);
    expect(timexes('Brel joined Harlow United last December.', '2025-01-10')).toEqual([['last December', 'DATE', '2023-12']]);
  });

  it('leaves "this past", an earlier month and the month gone by in a later paper', () => {
    expect(timexes('Flu cases in Velm peaked this past February.', '2025-03-13')).toEqual([['this past February', 'DATE', '2025-02']]);
    expect(timexes('Flu cases in Velm peaked last January.', '2025-03-13')).toEqual([['last January', 'DATE', '2025-01']]);
    expect(timexes('Flu cases in Velm peaked last February.', '2025-12-13')).toEqual([['last February', 'DATE', '2025-02']]);
  });
});
