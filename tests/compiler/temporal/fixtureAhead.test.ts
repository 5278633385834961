// fixtureAhead.ts: a bare fixture verb between a team and its opponent's name ("the Tigers host the Hawks on Sunday")
// names the coming day; the noun, a lower-case object and the past keep the day gone by.
import { dates } from './tagged';

const PUB = '2024-10-21'; // a Monday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('a fixture told with a bare verb', () => {
  it('names the coming day', () => {
    // Football, ice hockey, rugby, basketball.
    expect(days('The Velm Tigers host the Orsk Hawks on Sunday in their final home game.')).toEqual(['2024-10-27']);
    expect(days('Brackley visit Orlen on Saturday.')).toEqual(['2024-10-26']);
    expect(days('The Hawks face the Tigers Sunday night in Velm.')).toEqual(['2024-10-27']);
    expect(days('The Kessig Lions welcome Tarn on Friday.')).toEqual(['2024-10-25']);
    // A day that opens the sentence.
    expect(days('On Sunday, the Tigers host the Hawks.')).toEqual(['2024-10-27']);
  });

  it('leaves the noun, a lower-case object and the past', () => {
    expect(days('The minister paid a visit to Orlen on Sunday.')).toEqual(['2024-10-20']);
    expect(days('The Velm suspects face charges on Friday.')).toEqual(['2024-10-18']);
    expect(days('The Tigers hosted the Hawks on Sunday.')).toEqual(['2024-10-20']);
    expect(days('On Sunday, the Tigers hosted the Hawks.')).toEqual(['2024-10-20']);
    expect(days('On Sunday, the minister paid a visit to Orlen.')).toEqual(['2024-10-20']);
  });
});
