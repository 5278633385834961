// parsers/casualDay.ts: today, tonight, yesterday, tomorrow and their parts.
import { dates, timexes } from '../tagged';

const PUB = '2019-07-04';

describe('casual-day', () => {
  it('reads the day and, when named, its part as a TIME', () => {
    expect(timexes('The Orla river burst its banks yesterday.', PUB)).toEqual([['yesterday', 'DATE', '2019-07-03']]);
    expect(timexes('The mayor will speak tonight.', PUB)).toEqual([['tonight', 'TIME', '2019-07-04TNI']]);
    expect(timexes('Crews worked through last night.', PUB)).toEqual([['last night', 'TIME', '2019-07-03TNI']]);
    expect(timexes('Talks resume tomorrow morning.', PUB)).toEqual([['tomorrow morning', 'TIME', '2019-07-05TMO']]);
  });

  it('keeps an edge word with the day as its mod, and the event on the day', () => {
    expect(timexes('The deal was signed late yesterday.', PUB)).toEqual([['late yesterday', 'DATE', '2019-07-03', 'END']]);
    expect(dates('The deal was signed late yesterday.', PUB)).toEqual([['yesterday', '2019-07-03', '2019-07-03', 'day']]);
  });

  it('reads "yesterday\'s announcement" as a TIMEX3 that dates no event of its own', () => {
    expect(timexes("Investors cheered yesterday's announcement.", PUB)).toEqual([['yesterday', 'DATE', '2019-07-03']]);
    expect(dates("Investors cheered yesterday's announcement.", PUB)).toEqual([]);
  });

  it('leaves untagged "today\'s" that means these times ("today\'s youth"), and tags it before a noun of the day', () => {
    expect(timexes("The Orla festival is a test for today's youth, its founder said.", PUB)).toEqual([]);
    expect(timexes("Critics in Velmora say today's world moves too fast.", PUB)).toEqual([]);
    expect(timexes("Many of today's young voters skip the polls.", PUB)).toEqual([]);
    expect(timexes("Today's meeting of the Orla council was short.", PUB)).toEqual([['Today', 'DATE', '2019-07-04']]);
    expect(timexes("The mayor skipped today's vote on the bridge.", PUB)).toEqual([['today', 'DATE', '2019-07-04']]);
    expect(timexes("Tonight's world premiere sold out.", PUB)).toEqual([['Tonight', 'TIME', '2019-07-04TNI']]);
  });

  it('leaves alone "today" inside a word and "the day before" an event', () => {
    expect(timexes('The todayshow host left.', PUB)).toEqual([]);
    expect(dates('He left the day before the vote.', PUB)).toEqual([]);
  });
});
