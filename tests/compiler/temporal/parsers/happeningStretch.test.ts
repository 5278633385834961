// parsers/happeningStretch.ts: "in the weeks before the vote", "days after the quake": the unit word, as a DATE.
import { dates, timexes } from '../tagged';

const PUB = '2019-04-12';

describe('happening-stretch', () => {
  it('marks the unit word of a stretch before or after a happening, on the side of the present its clause tells', () => {
    expect(timexes('A grey van was seen near the Ardel depot in the weeks before the fire.', PUB)).toEqual([['weeks', 'DATE', 'PAST_REF']]);
    expect(timexes('The Ardel mayor left the country days after the ballots were counted.', PUB)).toEqual([['days', 'DATE', 'PAST_REF']]);
    expect(timexes('Weeks before the Ardel vote, the party split.', PUB)).toEqual([['Weeks', 'DATE', 'PAST_REF']]);
    expect(timexes('In the days following the Ardel quake, aid arrived.', PUB)).toEqual([['days', 'DATE', 'PAST_REF']]);
    expect(timexes('Fares will rise in the months after the Orvel merger.', PUB)).toEqual([['months', 'DATE', 'FUTURE_REF']]);
  });

  it('dates no event by it', () => {
    expect(dates('A grey van was seen near the Ardel depot in the weeks before the fire.', PUB)).toEqual([]);
  });

  it('leaves counted, ordered and unanchored stretches to others or alone', () => {
    expect(timexes('In the first days after the Ardel vote, prices fell.', PUB)).toEqual([]);
    // A count with a word between ("eight trading days") is a length, never this stretch.
    expect(timexes('Eight trading days after the Orvel listing, shares slid.', PUB).filter(([, type]) => type === 'DATE')).toEqual([]);
    expect(timexes('Two days after the Ardel vote, prices fell.', PUB)).toEqual([['Two days', 'DURATION', 'P2D']]);
    expect(timexes('In the weeks before, the Ardel council had been calm.', PUB)).toEqual([]);
    expect(timexes('The Ardel fair runs for days before closing, then the weeks after are quiet.', PUB)).toEqual([['days', 'DURATION', 'PXD']]);
  });
});

describe('happening-stretch: years, and the stretch that followed a happening told before', () => {
  it('marks "the years that followed" and "the decades before" as a length of unstated count', () => {
    expect(timexes('The Orvel rebels landed at dawn. In the years that followed, they held the hills.', PUB)).toEqual([['years', 'DURATION', 'PXY']]);
    expect(timexes('The Kessig mill was busy in the decades before the flood.', PUB)).toEqual([['decades', 'DURATION', 'PXY']]);
    expect(timexes('The Kessig mill shut; over the years that followed, it rotted.', PUB)).toEqual([['years', 'DURATION', 'PXY']]);
  });

  it('marks days, weeks and months that followed as the stretch of the past they are', () => {
    expect(timexes('The Ardel bridge fell. During the weeks that followed, ferries ran day and night.', PUB)).toEqual([['weeks', 'DATE', 'PAST_REF']]);
    expect(timexes('In the months that preceded the Ardel vote, the party split.', PUB)).toEqual([['months', 'DATE', 'PAST_REF']]);
  });

  it('leaves alone a bare "years after", a stretch with no preposition before it, and "years" as a subject', () => {
    expect(timexes('Years after the Orvel war ended, the veterans met again.', PUB)).toEqual([]);
    expect(timexes('The years that followed were hard for the Kessig farmers.', PUB)).toEqual([]);
    expect(timexes('The days that followed the storm were calm.', PUB)).toEqual([]);
  });
});

describe('happening-stretch: hours and minutes', () => {
  it('marks the bare unit beside a happening as a time on the side of the present its clause tells', () => {
    expect(timexes('Hours after the blast at the Ardel depot, police sealed the square.', PUB)).toEqual([['Hours', 'TIME', 'PAST_REF']]);
    expect(timexes('The Orvel union signed minutes before the deadline.', PUB)).toEqual([['minutes', 'TIME', 'PAST_REF']]);
    expect(timexes('In the hours after the Kessig quake, crews searched the rubble.', PUB)).toEqual([['hours', 'TIME', 'PAST_REF']]);
    expect(dates('Hours after the blast at the Ardel depot, police sealed the square.', PUB)).toEqual([]);
  });

  it('leaves kinds of hours, owned hours and counted hours alone or to their own rules', () => {
    expect(timexes('The Ardel library cut its opening hours after the budget vote.', PUB)).toEqual([]);
    expect(timexes('The Ardel library cut office hours before the holiday.', PUB)).toEqual([]);
    expect(timexes('The Orvel crew logged 500 man-hours before the launch.', PUB)).toEqual([]);
    expect(timexes('The Ardel library cut its hours after the budget vote.', PUB)).toEqual([]);
    expect(timexes('Two hours after the Kessig quake, crews arrived.', PUB)).toEqual([['Two hours', 'DURATION', 'PT2H']]);
  });
});
