// parsers/countedShift.ts: "three weeks ago", "two days later", "a year earlier".
import { dates, timexes } from '../tagged';

const PUB = '1998-03-19';

describe('counted-shift', () => {
  it('reads a count before publication at the unit it counts in', () => {
    expect(timexes('The Selva mine closed two weeks ago.', PUB)).toEqual([['two weeks ago', 'DATE', '1998-W10']]);
    expect(timexes('The Selva mine closed 10 days ago.', PUB)).toEqual([['10 days ago', 'DATE', '1998-03-09']]);
    expect(timexes('The Selva mine closed a year ago.', PUB)).toEqual([['a year ago', 'DATE', '1997']]);
    expect(timexes('The Selva mine closed nearly four years ago.', PUB)).toEqual([['nearly four years ago', 'DATE', '1994', 'LESS_THAN']]);
    expect(timexes('The Selva mine closed several years ago.', PUB)).toEqual([['several years ago', 'DATE', 'PAST_REF']]);
    expect(timexes('The Selva mine closed a week or so ago.', PUB)).toEqual([['a week or so ago', 'DATE', '1998-W11', 'APPROX']]);
  });

  it('counts a century back as a hundred years, not as a decade', () => {
    expect(timexes('The Selva mine opened a century ago.', PUB)).toEqual([['a century ago', 'DATE', '18']]);
    expect(dates('The Selva mine opened a century ago.', PUB).map(([text, start, , precision]) => [text, start, precision])).toEqual([['a century ago', '1898-03-19', 'decade']]);
    expect(timexes('The Selva chapel was built two centuries ago.', PUB)).toEqual([['two centuries ago', 'DATE', '17']]);
    // A decade is still ten years.
    expect(timexes('The Selva mine opened a decade ago.', PUB)).toEqual([['a decade ago', 'DATE', '198']]);
  });

  it('marks the length of a half hour or minute later or after a happening, and leaves other halves alone', () => {
    expect(timexes('A minute and a half later, the Velm tower called again.', PUB)).toEqual([['A minute and a half', 'DURATION', 'PT1M30S']]);
    expect(timexes('Two and a half hours after the blast, crews reached the Selva mine.', PUB)).toEqual([['Two and a half hours', 'DURATION', 'PT2H30M']]);
    // Half a year counts to no date of its own.
    expect(timexes('Two and a half years ago, the Selva mine closed.', PUB)).toEqual([]);
  });

  it('counts "later" from the previous event, marking the length as TimeBank does', () => {
    const after = { previous: { start: '1998-02-01', precision: 'day' as const } };
    expect(dates('The dam burst two days later.', PUB, after)).toEqual([['two days later', '1998-02-03', '1998-02-03', 'day']]);
    expect(timexes('The dam burst two days later.', PUB, after)).toEqual([['two days', 'DURATION', 'P2D']]);
    expect(timexes('A year earlier, profit had doubled.', PUB, after)).toEqual([['A year earlier', 'DATE', '1997']]);
  });

  it('counts "a year earlier" in a results story from the quarter it reports, not from the date read last', () => {
    // The date read last is itself a year-earlier comparison: counting from it would go two years back.
    const report = { reportedQuarter: '1997-Q4', previous: { start: '1996-12-31', precision: 'year' as const } };
    expect(dates('Orvel Foods earned $4 million, up from $3 million a year earlier.', PUB, report)).toEqual([['a year earlier', '1996-10-01', '1996-12-31', 'year']]);
    expect(timexes('Orvel Foods earned $4 million, up from $3 million a year earlier.', PUB, report)).toEqual([['a year earlier', 'DATE', '1996-Q4']]);
    // "ago" still counts from publication, and a story that reports no quarter from the date read last.
    expect(dates('Orvel Foods was listed a year ago.', PUB, report)).toEqual([['a year ago', '1997-03-19', '1997-12-31', 'year']]);
    const plain = { previous: { start: '1996-12-31', precision: 'year' as const } };
    expect(dates('Orvel Foods earned $4 million, up from $3 million a year earlier.', PUB, plain)).toEqual([['a year earlier', '1995-01-01', '1995-12-31', 'year']]);
  });

  it('reads "a year ago" in a results story as the year-ago quarter only where figures are compared', () => {
    const report = { reportedQuarter: '1997-Q4' };
    expect(timexes('Orvel Foods sales fell 4% from a year ago.', PUB, report)).toEqual([['a year ago', 'DATE', '1996-Q4']]);
    expect(timexes('Orvel Foods margins were thinner than a year ago.', PUB, report)).toEqual([['a year ago', 'DATE', '1996-Q4']]);
    // A happening told beside a results story is a year back, not a quarter.
    expect(timexes('Orvel Foods hired its chief executive a year ago.', PUB, report)).toEqual([['a year ago', 'DATE', '1997']]);
    expect(timexes('The Orvel chairman retired two years ago.', PUB, report)).toEqual([['two years ago', 'DATE', '1996']]);
  });

  it('marks the length, not a date, of a count anchored to an event', () => {
    expect(timexes('He resigned nearly two months after the vote.', PUB)).toEqual([['nearly two months', 'DURATION', 'P2M', 'LESS_THAN']]);
    expect(dates('He resigned nearly two months after the vote.', PUB)).toEqual([]);
  });

  it('leaves alone "two days on the road" and counts of other things', () => {
    expect(timexes('The team spent two days on the road.', PUB)).toEqual([['two days', 'DURATION', 'P2D']]);
    expect(dates('The team spent two days on the road.', PUB)).toEqual([]);
    expect(timexes('Three goals later the match ended.', PUB)).toEqual([]);
    expect(timexes('A dozen or so later arrived.', PUB)).toEqual([]);
  });

  it('counts "from now" and "from today" forward from publication, as one TIMEX3 with "now" inside', () => {
    expect(timexes('The Selva mine will reopen two weeks from now.', PUB)).toEqual([['two weeks from now', 'DATE', '1998-W14']]);
    expect(timexes('A year from now the Selva mine will be closed.', PUB)).toEqual([['A year from now', 'DATE', '1999']]);
    expect(timexes('The Selva vote is three days from today.', PUB)).toEqual([['three days from today', 'DATE', '1998-03-22']]);
    expect(dates('The Selva mine will reopen two weeks from now.', PUB)).toEqual([['two weeks from now', '1998-04-02', '1998-04-02', 'month']]);
  });

  it('leaves "now" without a count, and a count from another point, alone', () => {
    expect(timexes('From now on the Selva mine stays shut.', PUB)).toEqual([['now', 'DATE', 'PRESENT_REF']]);
    expect(timexes('The Selva mine is two weeks from reopening.', PUB)).toEqual([['two weeks', 'DURATION', 'P2W']]);
  });
});

