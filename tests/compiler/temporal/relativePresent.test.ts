// relativePresent.ts: the -s verb of a clause opened by "who" or "which" tells that clause's present, whatever the
// main clause's tense.
import { dates } from './tagged';

const PUB = '2025-03-13'; // a Thursday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('a relative clause told in the present', () => {
  it('reads its own day or month ahead', () => {
    // Sports, arts, court, business.
    expect(days('Brel, who turns 30 in June, signed a two-year deal on Wednesday.')).toEqual(['2025-06-01', '2025-03-12']);
    expect(days('The Tessa festival, which runs through Sunday, drew 4,000 people on Wednesday.')).toEqual(['2025-03-16', '2025-03-12']);
    expect(days('The Orlen exhibit, which opens Saturday, was delayed twice.')).toEqual(['2025-03-15']);
    expect(days('Tallent Group, which reports results on Thursday, cut its outlook in January.')).toEqual(['2025-03-13', '2025-01-01']);
  });

  it('leaves a relative clause told in the past, and "that"', () => {
    expect(days('Brel, who turned 30 in June, signed a two-year deal on Wednesday.')).toEqual(['2024-06-01', '2025-03-12']);
    expect(days('The Tessa festival, which ran through Sunday, drew 4,000 people.')).toEqual(['2025-03-09']);
    expect(days('Ana Brel, who leads the Velm council, resigned in January.')).toEqual(['2025-01-01']);
  });
});
