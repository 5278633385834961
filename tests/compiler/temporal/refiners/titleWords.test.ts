// refiners/titleWords.ts: a capitalised time word inside a sentence names a programme or a film, not a time.
import { dates, timexes } from '../tagged';

const PUB = '2021-05-14';

describe('title words', () => {
  it('drops a time word written with a capital in the middle of a sentence', () => {
    expect(timexes('The minister said on the Velm Channel programme "This Week" that talks would go on.', PUB)).toEqual([]);
    expect(timexes('The mayor told the show "90 Minutes" that the plan was sound.', PUB)).toEqual([]);
    expect(dates('The minister spoke on "Ravel This Week" on Sunday.', PUB)).toEqual([['on Sunday', '2021-05-09', '2021-05-09', 'day']]);
  });

  it('keeps the time word at a sentence start, in a headline, and in lower case', () => {
    expect(timexes('This week the Ravel council met twice.', PUB)).toEqual([['This week', 'DATE', '2021-W19']]);
    expect(timexes('Kessig Talks Stall This Week Over Port Fees', PUB)).toEqual([['This Week', 'DATE', '2021-W19']]);
    expect(timexes('The talks lasted 90 minutes.', PUB)).toEqual([['90 minutes', 'DURATION', 'PT90M']]);
    expect(timexes('Voters cast ballots on Election Day.', PUB).length).toBe(1);
  });
});
