// A second verb joined by "and" or "but" that tells a timetable in the
// present: "early voting began Feb. 20 and ends Friday", "the show opened
// Friday and runs through March 24", "the trial began Monday but resumes
// Thursday". The verb shares the first clause's subject, not its tense: what
// it dates is read from the present, as "voting ends Friday" alone would be.
// So does a second clause with a subject of its own: "registration closed
// Monday and the race starts Saturday", "but Orlen hosts Sunday", "and voting
// ends Friday", "the court said that the hearing resumes Thursday"; and the
// main verb after an aside in commas: "early voting, which began Feb. 20, ends
// Friday", "the museum, closed since January, reopens Saturday" (not a form
// spelt like a plural noun: "of the ballots, votes Friday …"). Right after
// "and" or "but" a bare form joins too when nothing earlier governs it ("polls
// opened at 7 a.m. and close at 8 p.m. Thursday", "the club is fourth with
// ten games left and plays …" with a plural, "are fourth … and play Orlen
// Sunday").
//
// Left alone: the second verb told in the past ("began Feb. 20 and ended
// Friday", "opened Friday and ran through March 24"), a bare form that may be a
// noun after a determiner ("the start and the end of the season"), a bare form
// after a modal, "to" or "did" earlier on ("will open on Monday and close on
// Friday", "plans to open Monday and close Friday"), and a timetable verb with
// no "and", "but", "that" or comma before it (its clause is read as before).
import { MODAL_VERBS, phraseAlternation, SCHEDULE_VERBS } from '../text/lexicon';
import { TIMETABLE_FORMS_ALSO_NOUNS } from './resources/planVerbs';

/** The timetables in the third person ("ends", "runs through", "goes on sale", "polls open"). */
const JOINED_TIMETABLE = new RegExp(
  `^(?:${phraseAlternation(SCHEDULE_VERBS.filter((v) => /s$/.test(v.split(' ')[0]!)))})(?![\\w'\\u2019-])`, 'i');
/** Every form, the bare ones too ("close", "play"), for a verb right after "and" or "but". */
const ANY_TIMETABLE = new RegExp(`^(?:${phraseAlternation(SCHEDULE_VERBS)})(?![\\w'\\u2019-])`, 'i');
/** What makes a later bare form an infinitive: a modal, "to", "did" ("will open … and close", "did not open … or close"). */
const governsBare = (w: string): boolean => MODAL_VERBS.has(w.toLowerCase()) || /^(?:to|do|does|did)$|['\u2019]ll$|n['\u2019]t$/i.test(w);
const JOINING_WORD = /^(?:and|but|that)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that)$/i;
/** A subject without a determiner: a name ("Orlen") or a gerund ("voting"); a bare plural may be an object ("tax returns"). */
const BARE_SUBJECT = /^(?:[A-Z][\w'\u2019-]*|[a-z]+ing)$/;

/**
 * Whether the verb (the words from it on joined by single spaces in `from`) opens a timetable told in the present that
 * "and", "but" or "that" joins to an earlier clause (right after the joining word, or after a subject of its own: "and
 * the race starts"), or that follows an aside closed by a comma (`afterComma`). `earlier` holds the words before the
 * verb in its window, nearest last.
 */
export function coordinatedTimetable(earlier: readonly string[], from: string, afterComma = false): boolean {
  const before = earlier.slice(-4);
  if (/^(?:and|but)$/i.test(before.at(-1) ?? '') && ANY_TIMETABLE.test(from) && !earlier.some(governsBare)) return true;
  if (!JOINED_TIMETABLE.test(from)) return false;
  // "Early voting, which began Feb. 20, ends Friday": a comma closes the aside; a bare word before it is no subject.
  if (afterComma && before.length > 0 && !TIMETABLE_FORMS_ALSO_NOUNS.has(from.split(' ')[0]!.toLowerCase())) return true;
  const j = before.findLastIndex((w) => JOINING_WORD.test(w));
  if (j === -1) return false;
  const subject = before.slice(j + 1);
  if (subject.length === 0) return true;
  // "and the race starts", "and the Tarn marathon starts": a determiner and one or two words.
  if (DETERMINER.test(subject[0]!)) return subject.length >= 2 && subject.length <= 3 && !subject.slice(1).some((w) => DETERMINER.test(w));
  return subject.length === 1 && BARE_SUBJECT.test(subject[0]!);
}
