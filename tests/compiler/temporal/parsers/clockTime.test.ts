// parsers/clockTime.ts and refiners/timeOfDay.ts: times of day, their day,
// and the hour they give the day's event.
import { findTimeExpressions } from '../../../../src/compiler/temporal/findTimeExpressions';
import { timexes } from '../tagged';

const PUB = '2022-12-22'; // a Thursday

describe('clock times', () => {
  it('joins a time to the day written right after it', () => {
    expect(timexes('Polls in Lenvar close at 8 p.m. Wednesday, officials said.', PUB)).toEqual([['8 p.m. Wednesday', 'TIME', '2022-12-21T20:00']]);
    expect(timexes('The deadline will expire at noon Friday.', PUB)).toEqual([['noon Friday', 'TIME', '2022-12-23T12:00']]);
  });

  it('joins a time to a part of the day written right after it, the hour being the finer', () => {
    expect(timexes('The Lenvar curfew starts at 10 p.m. tonight.', PUB)).toEqual([['10 p.m. tonight', 'TIME', '2022-12-22T22:00']]);
    expect(timexes('The Lenvar count resumed at 9 a.m. Tuesday morning.', PUB)).toEqual([['9 a.m. Tuesday morning', 'TIME', '2022-12-20T09:00']]);
    // Linked by "on", or standing apart, the part of the day keeps its own TIMEX3.
    expect(timexes('The Lenvar count ended at 3 a.m. on Tuesday morning.', PUB)).toEqual([['3 a.m.', 'TIME', '2022-12-20T03:00'], ['Tuesday morning', 'TIME', '2022-12-20TMO']]);
  });

  it('keeps a timetable\'s coming day with the wire\'s bracketed second clock between verb and day', () => {
    expect(timexes('The Lenvar summit opens at 10:30 a.m. EDT (1430 GMT) on Monday.', PUB)).toEqual([
      ['10:30 a.m. EDT', 'TIME', '2022-12-26T10:30'],
      ['1430 GMT', 'TIME', '2022-12-26T14:30'],
      ['Monday', 'DATE', '2022-12-26'],
    ]);
    // Told in the past, the day is the one gone by.
    expect(timexes('The Lenvar summit opened at 10:30 a.m. EDT (1430 GMT) on Monday.', PUB).at(-1)).toEqual(['Monday', 'DATE', '2022-12-19']);
  });

  it('gives a time linked by "on" its own TIMEX3 with that day', () => {
    expect(timexes('The quake struck at 0340 GMT on Monday.', PUB)).toEqual([
      ['0340 GMT', 'TIME', '2022-12-19T03:40'],
      ['Monday', 'DATE', '2022-12-19'],
    ]);
  });

  it('takes the sentence day, else the story day, else publication', () => {
    expect(timexes('On Tuesday the vote began, and counting started at 10:30 p.m.', PUB)).toEqual([
      ['Tuesday', 'DATE', '2022-12-20'],
      ['10:30 p.m.', 'TIME', '2022-12-20T22:30'],
    ]);
    expect(timexes('The blast came at 6 a.m.', PUB, { previousValue: '2022-12-18' })).toEqual([['6 a.m.', 'TIME', '2022-12-18T06:00']]);
    expect(timexes('The blast came at 6 a.m.', PUB)).toEqual([['6 a.m.', 'TIME', '2022-12-22T06:00']]);
  });

  it('reads "noon" as an hour but leaves the showdown of "high noon" alone', () => {
    expect(timexes('For the Ravel council, high noon comes today.', PUB).map((t) => t[0])).toEqual(['today']);
    expect(timexes('The Ravel council meets at noon today.', PUB)).toEqual([['noon today', 'TIME', '2022-12-22T12:00']]);
  });

  it('reads midnight, 24-hour clocks with a zone and "four in the morning"', () => {
    // A timetable in the present: the coming Sunday, as "the truce ends Sunday" is.
    expect(timexes('The truce ends at midnight Sunday.', PUB)).toEqual([['midnight Sunday', 'TIME', '2022-12-25T24:00']]);
    expect(timexes('Shelling resumed at 15:45 local time on Monday.', PUB)[0]).toEqual(['15:45 local time', 'TIME', '2022-12-19T15:45']);
    expect(timexes('Sirens sounded at four in the morning on Monday.', PUB)[0]).toEqual(['four in the morning', 'TIME', '2022-12-19T04:00']);
    expect(timexes("Police knocked from six o'clock on Monday morning.", PUB)[0]).toEqual(["six o'clock", 'TIME', '2022-12-19T06:00']);
    expect(timexes("The vigil began at six o'clock on Monday.", PUB)[0]).toEqual(["six o'clock", 'TIME', '2022-12-19T18:00']);
  });

  it('gives the event of that day its time, to the minute when minutes are written', () => {
    const r = findTimeExpressions('The summit in Ostrava opens at 11 a.m. on Thursday.', { published: PUB, previous: null });
    expect(r.expressions.map((e) => [e.text, e.date.start, e.time])).toEqual([['on Thursday', '2022-12-22', { clock: '11:00', precision: 'hour' }]]);
    const m = findTimeExpressions('The ferry sank at 0340 GMT on Monday.', { published: PUB, previous: null });
    expect(m.expressions[0]!.time).toEqual({ clock: '03:40', precision: 'minute' });
  });

  it('keeps the generic US zones and a zone after noon or midnight inside the time, but no zone-like word in lower case', () => {
    expect(timexes('Polls in Lenvar close at 8 p.m. ET.', PUB)).toEqual([['8 p.m. ET', 'TIME', '2022-12-22T20:00']]);
    expect(timexes('The Ravel council meets at noon PT.', PUB)).toEqual([['noon PT', 'TIME', '2022-12-22T12:00']]);
    expect(timexes('The Lenvar truce ended at midnight GMT on Sunday.', PUB)[0]).toEqual(['midnight GMT', 'TIME', '2022-12-18T24:00']);
    expect(timexes('Ravel crews stop at noon eat lunch and go home.', PUB)).toEqual([['noon', 'TIME', '2022-12-22T12:00']]);
    expect(timexes('The Lenvar tally reached 1830 eat.', PUB)).toEqual([]);
    // The zone between a timetable's verb and its day leaves the day the coming one.
    expect(timexes('The deadline in Lenvar is 11:59 p.m. ET on Friday.', PUB).at(-1)).toEqual(['Friday', 'DATE', '2022-12-23']);
  });

  it('leaves alone scores, counts, years with their units and bare numbers', () => {
    expect(timexes('Lenvar won 3-1 with 10 men.', PUB)).toEqual([]);
    expect(timexes('The 1600 soldiers left.', PUB)).toEqual([]);
    expect(timexes('She scored 12 points in 8 games.', PUB)).toEqual([]);
    expect(timexes('The plant makes 2200 tonnes a day.', PUB)).toEqual([]);
  });

  it('puts the end of a range of hours that runs through the night on the next day', () => {
    const pub = '2024-05-15';
    expect(timexes('The Varno curfew runs from 10 p.m. to 6 a.m.', pub)).toEqual([['10 p.m.', 'TIME', '2024-05-15T22:00'], ['6 a.m.', 'TIME', '2024-05-16T06:00']]);
    expect(timexes('Bars in Varno stay shut between 11 p.m. and 5 a.m.', pub)).toEqual([['11 p.m.', 'TIME', '2024-05-15T23:00'], ['5 a.m.', 'TIME', '2024-05-16T05:00']]);
    // A range within one day, two hours of two clauses and two hours with days of their own are left.
    expect(timexes('Varno shops open from 9 a.m. to 5 p.m.', pub)).toEqual([['9 a.m.', 'TIME', '2024-05-15T09:00'], ['5 p.m.', 'TIME', '2024-05-15T17:00']]);
    expect(timexes('Police came at 10 p.m. and left at 2 a.m.', pub).map((t) => t[2])).toEqual(['2024-05-15T22:00', '2024-05-15T02:00']);
    expect(timexes('The Varno curfew ran from 10 p.m. Friday to 6 a.m. Saturday.', pub).map((t) => t[2])).toEqual(['2024-05-10T22:00', '2024-05-11T06:00']);
  });
});
