// parsers/movableFeast.ts and resources/feasts.ts: holidays whose day moves.
import { easterSunday } from '../../../../src/compiler/temporal/resources/feasts';
import { dates, timexes } from '../tagged';

const PUB = '2019-12-02';

describe('movable-feast', () => {
  it('finds Easter by the Gregorian computus', () => {
    expect(['1961', '2008', '2011', '2024', '2038'].map((y) => easterSunday(Number(y))))
      .toEqual(['1961-04-02', '2008-03-23', '2011-04-24', '2024-03-31', '2038-04-25']);
  });

  it('reads a holiday by its rule, in the year its words or the tense point to', () => {
    expect(timexes('The Velm family gathered last Thanksgiving.', PUB)).toEqual([['last Thanksgiving', 'DATE', '2019-11-28']]);
    expect(timexes('The ferry stops running on Good Friday.', PUB)).toEqual([['Good Friday', 'DATE', '2020-04-10']]);
    expect(timexes('The ferry stopped running on Good Friday.', PUB)).toEqual([['Good Friday', 'DATE', '2019-04-19']]);
    expect(timexes('Turnout on Election Day 2016 was high.', PUB)).toEqual([['Election Day 2016', 'DATE', '2016-11-08']]);
    expect(timexes('The pool will open on Memorial Day and close on Labor Day.', '2021-03-01'))
      .toEqual([['Memorial Day', 'DATE', '2021-05-31'], ['Labor Day', 'DATE', '2021-09-06']]);
    expect(dates('The Velm family gathered last Thanksgiving.', PUB)).toEqual([['last Thanksgiving', '2019-11-28', '2019-11-28', 'day']]);
  });

  it('reads the shopping days after Thanksgiving and the US holidays of a weekday in the month', () => {
    // 20 November 2013: Thanksgiving falls on the 28th.
    expect(timexes('Orvik Stores expect big crowds on Black Friday.', '2013-11-20')).toEqual([['Black Friday', 'DATE', '2013-11-29']]);
    expect(timexes('Shoppers at Orvik lined up on Black Friday.', '2013-11-20')).toEqual([['Black Friday', 'DATE', '2012-11-23']]);
    expect(timexes('Online sales will peak on Cyber Monday.', '2013-11-20')).toEqual([['Cyber Monday', 'DATE', '2013-12-02']]);
    expect(timexes('Marchers gathered in Brask on Martin Luther King Jr. Day.', '2014-02-01')).toEqual([['Martin Luther King Jr. Day', 'DATE', '2014-01-20']]);
    expect(timexes('The Velm office stays closed on Presidents\u2019 Day.', '2014-02-01')).toEqual([['Presidents\u2019 Day', 'DATE', '2014-02-17']]);
    expect(timexes('Florists in Tarvik sold out before Mother\'s Day.', '2014-05-20')).toEqual([['Mother\'s Day', 'DATE', '2014-05-11']]);
    expect(timexes('The Columbus Day parade drew crowds to Osk.', '2013-10-20')).toEqual([['Columbus Day', 'DATE', '2013-10-14']]);
  });

  it('leaves a black Friday in lower case, a day of one market crash, to the weekday', () => {
    expect(timexes('Markets plunged on a black Friday for Velm.', '2013-11-20')).toEqual([['Friday', 'DATE', '2013-11-15']]);
  });

  it('reads "Easter week" as the ISO week that ends on Easter Sunday, dating no event by a day', () => {
    expect(timexes('Pilgrims crowded the town during Easter week.', '2000-05-01')).toEqual([['Easter week', 'DATE', '2000-W16']]);
    expect(dates('Pilgrims crowded the town during Easter week.', '2000-05-01')).toEqual([]);
    // Placed by its first day: on the Monday of the week, "began" is this year's week, not last year's.
    expect(timexes('Pilgrims prayed as Easter week began.', '2000-04-17')).toEqual([['Easter week', 'DATE', '2000-W16']]);
    expect(timexes('Pilgrims prayed as Easter week began.', '2000-04-10')).toEqual([['Easter week', 'DATE', '1999-W13']]);
  });

  it('leaves alone names that only contain a holiday, and the words in lower case', () => {
    expect(timexes('A play about the Easter Rising opened in Dunmore.', PUB)).toEqual([]);
    expect(timexes('The wind blew easter across the bay.', PUB)).toEqual([]);
    expect(timexes('They gave thanksgiving for the harvest.', PUB)).toEqual([]);
  });
});
