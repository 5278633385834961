// setForLater.ts: a day a happening is set or moved to is the coming one.
import { dates } from './tagged';

const FRIDAY = '2026-03-13';
const day = (sentence: string) => dates(sentence, FRIDAY)[0]?.[1];

describe('a day a happening is set or moved to', () => {
  it('reads it as the coming day, whatever the tense of the verb that set it', () => {
    expect(day('Judge Amara Velt set sentencing for Thursday.')).toBe('2026-03-19');
    expect(day('The Orlen court adjourned the fraud trial until Thursday.')).toBe('2026-03-19');
    expect(day('The league moved the Kessig derby to Sunday because of the storm.')).toBe('2026-03-15');
    expect(day('The space agency pushed back the launch to Monday after a sensor fault.')).toBe('2026-03-16');
  });

  it('leaves a plan overtaken, a plan told as one that was, and a day with no setting verb before it', () => {
    expect(day('The hearing had been set for Thursday.')).toBe('2026-03-12');
    expect(day('The hearing, which had been set for Thursday, was postponed.')).toBe('2026-03-12');
    expect(day('Judge Amara Velt set bail on Thursday.')).toBe('2026-03-12');
    expect(day('The Kessig nurses held a vigil for Thursday\'s victims.')).toBe('2026-03-12');
  });
});
