// refiners/timetableAhead.ts: a present timetable names the coming month or season.
import { dates, timexes } from '../tagged';

const DECEMBER = '2013-12-10';

describe('timetableAhead', () => {
  it('moves a month or season already gone by to the coming one', () => {
    expect(timexes('The Velm museum opens in the fall.', DECEMBER)).toEqual([['the fall', 'DATE', '2014-FA']]);
    expect(dates('The Velm museum opens in the fall.', DECEMBER)).toEqual([['fall', '2014-09-01', '2014-11-30', 'season']]);
    expect(timexes('The Tarvik school reopens in September.', DECEMBER)).toEqual([['September', 'DATE', '2014-09']]);
    expect(timexes('The Ostrel museum opens its new wing in the summer.', DECEMBER)).toEqual([['the summer', 'DATE', '2014-SU']]);
    expect(timexes('The Ravel festival, which opens in the fall, draws crowds.', DECEMBER)).toEqual([['the fall', 'DATE', '2014-FA']]);
  });

  it('reads a launch or a premiere told in the present as a timetable too', () => {
    expect(timexes('The Orsk weather satellite launches in September.', DECEMBER)).toEqual([['September', 'DATE', '2014-09']]);
    expect(timexes('The Harlow comedy premieres in the fall.', DECEMBER)).toEqual([['the fall', 'DATE', '2014-FA']]);
    expect(timexes('The Orsk weather satellite launched in September.', DECEMBER)).toEqual([['September', 'DATE', '2013-09']]);
  });

  it('leaves a month or season not yet over as it is', () => {
    expect(timexes('The Velm museum opens in the fall.', '2013-03-10')).toEqual([['the fall', 'DATE', '2013-FA']]);
    expect(timexes('The Velm rink closes in the winter.', DECEMBER)).toEqual([['the winter', 'DATE', '2013-WI']]);
  });

  it('leaves alone the past, a written year and a habit', () => {
    expect(timexes('The Velm museum opened in the fall.', DECEMBER)).toEqual([['the fall', 'DATE', '2013-FA']]);
    expect(timexes('The Velm museum opens in March 2012.', DECEMBER)).toEqual([['March 2012', 'DATE', '2012-03']]);
    expect(timexes('The Ravel fair usually opens in the fall.', DECEMBER)).toEqual([['the fall', 'DATE', '2013-FA']]);
    expect(timexes('The Ravel ferry runs in the summer.', DECEMBER)).toEqual([['the summer', 'DATE', '2013-SU']]);
  });
});
