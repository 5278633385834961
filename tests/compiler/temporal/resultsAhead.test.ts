// resultsAhead.ts: a results calendar told in the present ("reports third-quarter results on Thursday") names the
// coming day; the past, a saying whose object goes on, and a bare form after "to" or "did" keep their reading.
import { dates } from './tagged';

const PUB = '2024-10-21'; // a Monday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('a results calendar told in the present', () => {
  it('names the coming day', () => {
    // Earnings calendar, airline traffic, banking, statistics office.
    expect(days('Tallent Group reports third-quarter results on Thursday.')).toEqual(['2024-10-24']);
    expect(days('Velm Air releases its traffic figures on Wednesday.')).toEqual(['2024-10-23']);
    expect(days('Orsk banks post earnings after the bell Wednesday.')).toEqual(['2024-10-23']);
    expect(days('The Kessig statistics office publishes its jobs data on Friday.')).toEqual(['2024-10-25']);
  });

  it('leaves the past, a saying whose object goes on, and a bare form a clause governs', () => {
    expect(days('Tallent Group reported third-quarter results on Thursday.')).toEqual(['2024-10-17']);
    expect(days('Tallent reports results rose 4 percent on Thursday.')).toEqual(['2024-10-17']);
    expect(days('Tallent failed to report results on Thursday.')).toEqual(['2024-10-17']);
    expect(days('The data released on Friday showed a rise in Orsk.')).toEqual(['2024-10-18']);
  });
});
