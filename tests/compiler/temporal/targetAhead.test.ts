// targetAhead.ts: a day named as a target still held ("now targets Thursday") is the coming one.
import { dates } from './tagged';

const PUB = '2024-03-13'; // a Wednesday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

describe('a target day', () => {
  it('reads the day a present target names as the coming one', () => {
    // Space desk.
    expect(days('The Orbis agency now targets Thursday for the launch of its weather probe.')).toEqual(['2024-03-14']);
    expect(days('The Velm crew is targeting Tuesday night for the landing.')).toEqual(['2024-03-19']);
    expect(days('Mission managers now target no earlier than Sunday for liftoff.')).toEqual(['2024-03-17']);
    expect(days('The Orbis agency now targets Thursday\'s window, a spokesman said.')).toEqual(['2024-03-14']);
    // Sports: a return from injury.
    expect(days('The Brackley striker is aiming for Sunday, his coach said.')).toEqual(['2024-03-17']);
  });

  it('leaves the past and "targets" without "now" or the progressive', () => {
    expect(days('The Orbis agency targeted Thursday for the launch.')).toEqual(['2024-03-07']);
    expect(days('The hackers targeted Thursday\'s meeting of the Velm council.')).toEqual(['2024-03-07']);
    expect(days('Harlow Foods missed its sales targets for February.')).toEqual(['2024-02-01']);
    expect(days('The new target Monday is the Orsk depot.')).toEqual(['2024-03-11']);
    // War report: the noun.
    expect(days('Jets struck targets Monday near the Kessig border.')).toEqual(['2024-03-11']);
  });
});
