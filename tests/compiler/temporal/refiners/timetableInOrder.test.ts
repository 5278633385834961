// refiners/timetableInOrder.ts: two timetable days joined by "and" run forward.
import { dates, timexes } from '../tagged';

const PUB = '2024-03-13'; // a Wednesday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('timetable-in-order', () => {
  it('puts the second day of a timetable after the first', () => {
    // Election desk, diplomacy, business.
    expect(days('Registration in Dunmore opens Monday and closes Friday.')).toEqual(['2024-03-18', '2024-03-22']);
    expect(days('The Corvino talks resume on Monday and end on Friday night.')).toEqual(['2024-03-18', '2024-03-22']);
    // Sports: a list of days after a timetable.
    expect(days('Brackley plays Monday and Friday.')).toEqual(['2024-03-18', '2024-03-22']);
    // The TIMEX3 moves with it.
    expect(timexes('The Marlow offer opens Monday and expires Friday.', PUB)).toEqual([['Monday', 'DATE', '2024-03-18'], ['Friday', 'DATE', '2024-03-22']]);
  });

  it('leaves days gone by, days already in order, and a day another clause dates', () => {
    expect(days('Registration in Dunmore opened Monday and closed Friday.')).toEqual(['2024-03-11', '2024-03-08']);
    expect(days('The Marlow sale begins Friday and ends Monday.')).toEqual(['2024-03-15', '2024-03-18']);
    expect(days('The Velm summit opens Monday, after ministers meet Sunday.')).toEqual(['2024-03-18', '2024-03-17']);
    expect(days('Brackley played Monday and Friday.')).toEqual(['2024-03-11', '2024-03-08']);
  });
});
