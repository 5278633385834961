// parsers/weekOf.ts: "the week of March 6".
import { dates, timexes } from '../tagged';

describe('week-of', () => {
  it('reads the week holding the day, as a week', () => {
    expect(timexes('Talks in Brevik are set for the week of March 6.', '2000-02-20')).toEqual([['the week of March 6', 'DATE', '2000-W10']]);
    expect(dates('Talks in Brevik are set for the week of March 6.', '2000-02-20')).toEqual([['the week of March 6', '2000-03-06', '2000-03-12', 'month']]);
  });

  it('leaves alone a week of anything but a day: that is a length', () => {
    expect(timexes('It was a week of protests.', '2000-02-20')).toEqual([['a week', 'DURATION', 'P1W']]);
    expect(dates('It was a week of protests.', '2000-02-20')).toEqual([]);
  });
});
