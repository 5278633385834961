// A second verb joined by "and" or "but" that tells a timetable in the
// present: "early voting began Feb. 20 and ends Friday", "the show opened
// Friday and runs through March 24", "the trial began Monday but resumes
// Thursday". The verb shares the first clause's subject, not its tense: what
// it dates is read from the present, as "voting ends Friday" alone would be.
// So does a second clause with a subject of its own: "registration closed
// Monday and the race starts Saturday", "but Orlen hosts Sunday", "and voting
// ends Friday".
//
// Left alone: the second verb told in the past ("began Feb. 20 and ended
// Friday", "opened Friday and ran through March 24"), a bare form that may be a
// noun ("the start and end of the season"), and a timetable verb with no "and"
// or "but" before it (its clause is read as before).
import { phraseAlternation, SCHEDULE_VERBS } from '../text/lexicon';

/** The timetables in the third person ("ends", "runs through", "goes on sale"), and those of two words or more. */
const JOINED_TIMETABLE = new RegExp(
  `^(?:${phraseAlternation(SCHEDULE_VERBS.filter((v) => /s$/.test(v.split(' ')[0]!) || v.includes(' ')))})(?![\\w'\\u2019-])`, 'i');
const JOINING_WORD = /^(?:and|but)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that)$/i;
/** A subject without a determiner: a name ("Orlen") or a gerund ("voting"); a bare plural may be an object ("tax returns"). */
const BARE_SUBJECT = /^(?:[A-Z][\w'\u2019-]*|[a-z]+ing)$/;

/**
 * Whether the verb at `before.length` (the words from it on joined by single spaces in `from`) opens a timetable told
 * in the present that "and" or "but" joins to an earlier clause: right after the joining word, or after a subject of
 * its own ("and the race starts"). `before` holds the words before the verb, nearest last.
 */
export function coordinatedTimetable(before: readonly string[], from: string): boolean {
  if (!JOINED_TIMETABLE.test(from)) return false;
  const j = before.findLastIndex((w) => JOINING_WORD.test(w));
  if (j === -1) return false;
  const subject = before.slice(j + 1);
  if (subject.length === 0) return true;
  // "and the race starts", "and the Tarn marathon starts": a determiner and one or two words.
  if (DETERMINER.test(subject[0]!)) return subject.length >= 2 && subject.length <= 3 && !subject.slice(1).some((w) => DETERMINER.test(w));
  return subject.length === 1 && BARE_SUBJECT.test(subject[0]!);
}
