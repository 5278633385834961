// A day a happening is set or moved to: "the judge set sentencing for
// Thursday", "adjourned the trial until Monday", "the league moved the match
// to Sunday". What is set lies after the day it was set, which the news tells
// soon after: the coming day, even when the setting is told in the past (a
// verb spelt alike in present and past, "set", gives no tense of its own).
//
// Left alone: a plan overtaken ("had been set for Thursday", "which was set for
// Monday, was called off": told in the past perfect, or followed by "was"),
// and a verb in another clause (a comma or a clause word between).
import { phraseAlternation } from '../text/lexicon';
import { SET_FOR_LATER_VERBS } from './resources/planVerbs';

/** The verb, up to four words of its object (no comma, no clause word), then the word that leads to the day. */
const SET_FOR_BEFORE = new RegExp(
  `(?:^|[^\\w'\\u2019-])(?:${phraseAlternation(SET_FOR_LATER_VERBS)})(?:\\s+(?!(?:and|but|or|who|which|that|when|after|before|said|says)\\b)[A-Za-z'\\u2019-]+){0,4}\\s+(?:for|until|till|to)\\s+$`, 'i');
/** A plan overtaken: "had been set for", "had scheduled it for". */
const OVERTAKEN_BEFORE = /\bhad\s+(?:been\s+)?$/i;
/** "… for Thursday, was postponed": the plan told as one that was. */
const TOLD_AS_PAST_AFTER = /^\s*,?\s*(?:was|were|had)\b/i;
/** How far before the day the verb may stand. */
const REACH = 90;

/**
 * Whether a day is one a happening was set or moved to: `before` is the sentence up to the day (its "for", "until" or
 * "to" included), `after` the sentence after the day's words. A day named as a noun's is for the caller to leave out.
 */
export function setForLater(before: string, after: string): boolean {
  const from = Math.max(0, before.length - REACH);
  const m = SET_FOR_BEFORE.exec(before.slice(from));
  if (!m) return false;
  const verbStart = from + m.index + (/^[^\w'\u2019-]/.test(m[0]) ? 1 : 0);
  return !OVERTAKEN_BEFORE.test(before.slice(0, verbStart)) && !TOLD_AS_PAST_AFTER.test(after);
}
