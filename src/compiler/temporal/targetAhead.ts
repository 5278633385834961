// A day named as a target still held: "the agency now targets Thursday for
// the launch", "the crew is targeting March 28", "organisers are aiming for
// Sunday". What is aimed at lies ahead, so the day is the coming one even when
// "now" or the present would read it as the latest gone by.
//
// Left alone: the past ("targeted Thursday for the launch", which may be a
// target overtaken, and "targeted Thursday's meeting", an attack on it), and
// "targets" or "target" without "now" or the progressive, as often the noun
// ("struck targets Monday", "the new target Monday was the depot").
import { phraseAlternation } from '../text/lexicon';
import { TARGET_VERBS } from './resources/planVerbs';
import { beforeDay } from './beforeDay';

/** The verb right before the day: "no earlier than", "as early as" or "a" ("a Thursday launch") may stand between, never a preposition. */
const TARGET_BEFORE = new RegExp(
  `(?:^|[^\\w'\\u2019-])(?:${phraseAlternation(TARGET_VERBS)})\\s+` +
  '(?:no\\s+earlier\\s+than\\s+|as\\s+(?:early|soon)\\s+as\\s+)?(?:an?\\s+)?$', 'i');

/** Whether the day `text`, after `before` (the sentence up to it), is a target still held ("now targets Thursday's window"). */
export function targetAhead(before: string, text: string): boolean {
  // The expression may hold its own "for" ("aiming for Sunday" read by the weekday parser).
  return TARGET_BEFORE.test(beforeDay(before, text, /^for\s+/i, 60));
}
