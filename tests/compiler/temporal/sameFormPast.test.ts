// sameFormPast.ts: "cut", "hit", "put" after a singular subject, before an object, are the past.
import { dates } from './tagged';

const PUB = '2023-03-10'; // a Friday
const day = (sentence: string) => dates(sentence, PUB)[0]?.[1];

describe('a verb spelt alike in present and past', () => {
  it('reads it as the past after a singular subject and before its object, so a later cue does not move the day ahead', () => {
    expect(day('The Velm regulator put the merger on hold Wednesday and will review it in May.')).toBe('2023-03-08');
    expect(day('A strong quake hit the Kessig coast on Wednesday and more aftershocks are expected.')).toBe('2023-03-08');
    expect(day('She cut the ribbon on Wednesday and will open the ward to patients next month.')).toBe('2023-03-08');
    expect(day('Orsk Mining quit the talks on Tuesday, and its rivals will meet without it.')).toBe('2023-03-07');
  });

  it('leaves the verb after a modal or "to", and the noun, to the clause\'s other cues', () => {
    expect(day('The Ravel board will cut jobs on Wednesday.')).toBe('2023-03-15');
    expect(day('The Harlow central bank is expected to cut rates on Wednesday.')).toBe('2023-03-15');
    // A noun, with no object after it.
    expect(day('A rate cut on Wednesday would calm the markets, the Harlow minister said.')).toBe('2023-03-15');
    expect(day('The market expects a rate cut Wednesday and shares will rise.')).toBe('2023-03-15');
  });
});
