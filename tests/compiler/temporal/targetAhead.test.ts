// targetAhead.ts: a day named as a target still held ("now targets Thursday") is the coming one.
import { dates } from './tagged';

const PUB = '2024-03-13'; // a Wednesday
const days = (sentence: string) => dates(sentence, PUB).map((d) => d[1]);

/** Sentences and the days they name, from the space desk, sports and war reports. */
const AHEAD: Array<[string, string]> = [
  ['The Orbis agency now targets Thursday for the launch of its weather probe.', '2024-03-14'],
  ['The Velm crew is targeting Tuesday night for the landing.', '2024-03-19'],
  ['Mission managers now target no earlier than Sunday for liftoff.', '2024-03-17'],
  ["The Orbis agency now targets Thursday's window, a spokesman said.", '2024-03-14'],
  ['The Brackley striker is aiming for Sunday, his coach said.', '2024-03-17'],
  ['The Orbis rocket is now targeting a Thursday launch.', '2024-03-14'],
];
const LEFT_ALONE: Array<[string, string]> = [
  ['The Orbis agency targeted Thursday for the launch.', '2024-03-07'],
  ["The hackers targeted Thursday's meeting of the Velm council.", '2024-03-07'],
  ['Harlow Foods missed its sales targets for February.', '2024-02-01'],
  ['The new target Monday is the Orsk depot.', '2024-03-11'],
  ['Jets struck targets Monday near the Kessig border.', '2024-03-11'],
];

describe('a target day', () => {
  it('reads the day a present target names as the coming one', () => {
    for (const [sentence, day] of AHEAD) expect(days(sentence), sentence).toEqual([day]);
  });

  it('leaves the past and "targets" without "now" or the progressive to the clause', () => {
    for (const [sentence, day] of LEFT_ALONE) expect(days(sentence), sentence).toEqual([day]);
  });
});
