// presentState.ts: "is still closed", "are now suspended": an adverb between "is"/"are" and the participle keeps the
// clause in the present, so the day or date it runs to is the coming one; tenseAt.ts: "no earlier than" tells no past.
import { dates } from './tagged';

const PUB = '2025-03-13'; // a Thursday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('a state told in the present with an adverb before the participle', () => {
  it('reads the day or date as the coming one', () => {
    // Transport desk, weather, aviation, space, court.
    expect(days('The Harlow bridge is still closed until Friday.')).toEqual(['2025-03-14']);
    expect(days('Ferries to Orsk are now suspended until Monday, the operator said.')).toEqual(['2025-03-17']);
    expect(days('The Tarn pool is temporarily shut until Sunday.')).toEqual(['2025-03-16']);
    expect(days('The Orbis launch is now targeted for no earlier than March 20.')).toEqual(['2025-03-20']);
    expect(days('The Brel retrial is tentatively scheduled for April 2.')).toEqual(['2025-04-02']);
  });

  it('leaves the past, a perfect overtaken and the participle without the present auxiliary', () => {
    expect(days('The Harlow bridge was still closed until Friday.')).toEqual(['2025-03-07']);
    expect(days('Ferries to Orsk were now suspended until Monday.')).toEqual(['2025-03-10']);
    expect(days('The Kessig depot, widely damaged on Monday, reopened.')).toEqual(['2025-03-10']);
    // A floor told in the past keeps its past: "came … no earlier than".
    expect(days('The ruling came no earlier than March 20 last year.')).toEqual(['2024-03-20']);
  });
});
