// parsers/partOfDay.ts: a part of the day written before its day, one TIME with it.
import { dates, timexes } from '../tagged';

const PUB = '2023-03-10'; // a Friday

describe('part of day before its day', () => {
  it('joins "mid-afternoon yesterday", "late morning Tuesday" into one TIME with the part and its mod', () => {
    expect(timexes('In Ravel at mid-afternoon yesterday, Kessig shares were up.', PUB)).toEqual([['mid-afternoon yesterday', 'TIME', '2023-03-09TAF', 'MID']]);
    expect(timexes('Trading halted late morning Tuesday.', PUB)).toEqual([['late morning Tuesday', 'TIME', '2023-03-07TMO', 'END']]);
    expect(timexes('The talks resumed in the evening today.', PUB)).toEqual([['evening today', 'TIME', '2023-03-10TEV']]);
  });

  it('keeps the event on its day, with no clock time made up from the part', () => {
    expect(dates('Trading halted at midmorning Tuesday.', PUB)).toEqual([['Tuesday', '2023-03-07', '2023-03-07', 'day']]);
    expect(timexes('Trading halted at midmorning Tuesday.', PUB)).toEqual([['midmorning Tuesday', 'TIME', '2023-03-07TMO', 'MID']]);
  });

  it('leaves a part of the day with no day after it, or a greeting, alone', () => {
    expect(timexes('The morning shift at Kessig ended early.', PUB)).toEqual([]);
    expect(timexes('Good morning Tuesday listeners, the host said.', PUB)).toEqual([['Tuesday', 'DATE', '2023-03-07']]);
  });
});
