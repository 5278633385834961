// parsers/theWeekend.ts: "the weekend" after its preposition, placed by the tense.
import { timexes } from '../tagged';

const PUB = '2023-10-04'; // a Wednesday

describe('the-weekend', () => {
  it('reads a term at the weekend as the coming one unless told in the past', () => {
    expect(timexes('The Orla storm is forecast to reach the coast by the weekend.', PUB)).toEqual([['the weekend', 'DATE', '2023-W40-WE']]);
    expect(timexes('The Tessel road stays closed until the weekend.', PUB)).toEqual([['the weekend', 'DATE', '2023-W40-WE']]);
    expect(timexes('The mayor said the count would end before the weekend.', PUB)).toEqual([['the weekend', 'DATE', '2023-W40-WE']]);
  });

  it('reads the weekend gone by in a past clause, whatever the preposition', () => {
    expect(timexes('The Tessel road has been shut since the weekend.', PUB)).toEqual([['the weekend', 'DATE', '2023-W39-WE']]);
    expect(timexes('Crews at Orla worked through the weekend.', PUB)).toEqual([['the weekend', 'DATE', '2023-W39-WE']]);
    expect(timexes('The dam was finished by the weekend.', PUB)).toEqual([['the weekend', 'DATE', '2023-W39-WE']]);
  });

  it('leaves "the weekend" without a preposition of time alone', () => {
    expect(timexes('The Orla weekend market drew crowds.', PUB)).toEqual([]);
    expect(timexes('They talked about the weekend.', PUB)).toEqual([]);
  });
});
