// parsers/recentStretch.ts: "in recent months", "recent weeks" as an open length up to now.
import { dates, timexes } from '../tagged';

const PUB = '2019-04-02';

describe('recentStretch', () => {
  it('reads recent months and recent weeks as lengths left open', () => {
    expect(timexes('The Orvel mill has cut shifts in recent months.', PUB)).toEqual([['recent months', 'DURATION', 'PXM']]);
    expect(timexes('In recent weeks, ferry bookings to Tarvik fell.', PUB)).toEqual([['recent weeks', 'DURATION', 'PXW']]);
    expect(timexes('Recent months were the wettest on record in Velm.', PUB)).toEqual([['Recent months', 'DURATION', 'PXM']]);
  });

  it('reads two stretches joined by "and" as the past at large, over both', () => {
    expect(timexes('Ostrel lenders pulled back over recent weeks and months.', PUB))
      .toEqual([['recent weeks and months', 'DATE', 'PAST_REF']]);
  });

  it('dates no event of the timeline', () => {
    expect(dates('The Orvel mill has cut shifts in recent months.', PUB)).toEqual([]);
  });

  it('leaves recent years and recent days to the past at large, and recent as an adjective of a thing alone', () => {
    expect(timexes('Floods in Velm have grown worse in recent years.', PUB)).toEqual([['recent years', 'DATE', 'PAST_REF']]);
    expect(timexes('Talks stalled in recent days.', PUB)).toEqual([['recent days', 'DATE', 'PAST_REF']]);
    expect(timexes('A recent weeklong strike at Tarvik ended.', PUB)).toEqual([]);
    expect(timexes('Recent storms closed the Ravel road.', PUB)).toEqual([]);
  });
});
