// parsers/dayOfMonth.ts: a day of the month written without its month.
import { dates, timexes } from '../tagged';

const PUB = '2024-03-13';

describe('day of month', () => {
  it('reads a bare day as this month or a neighbour by the clause tense', () => {
    expect(dates('The Ravel council met on the 3rd.', PUB)).toEqual([['on the 3rd', '2024-03-03', '2024-03-03', 'day']]);
  });

  it('gives the first of a pair of days the month and year written on the second', () => {
    expect(timexes('The Ravel council met on the 3rd and 4th of May.', PUB)).toEqual([
      ['the 3rd', 'DATE', '2023-05-03'], ['4th of May', 'DATE', '2023-05-04'],
    ]);
    expect(dates('The Ravel council will meet on the 3rd and the 4th May.', PUB)[0]).toEqual(['on the 3rd', '2024-05-03', '2024-05-03', 'day']);
    expect(dates('The Ravel council met on the 3rd and 4th of May 2022.', PUB)[0]).toEqual(['on the 3rd', '2022-05-03', '2022-05-03', 'day']);
  });

  it('leaves the first day in its own month where the second member is no dated day', () => {
    expect(dates('The Ravel council met on the 3rd and again in May.', PUB)[0]).toEqual(['on the 3rd', '2024-03-03', '2024-03-03', 'day']);
    expect(dates('The Ravel council met on the 30th and 31st of February.', PUB)[0]).toEqual(['on the 30th', '2024-03-30', '2024-03-30', 'day']);
  });
});
