// A happening set beforehand ("the Nov. 5 election", "the Oct. 12 runoff") that
// the clause looks back on is the one gone by, even in a clause that looks ahead:
// "the board will review the Nov. 5 election", "the Nov. 5 election will be
// investigated" in a March paper are the November before, and so is one a
// present clause waited for but that is over: "officials say spending ahead of
// the Nov. 5 election was high". Before, a clause told in the future or a
// present "ahead of" took the coming November (calendarPhrase.ts).
//
// Left alone: verbs that look ahead ("observers will monitor the Nov. 5
// election", "the Nov. 5 election will be held"), and a waiting still told in
// the present ("spending ahead of the Nov. 5 election is high").
import { alternation, MODAL_VERBS } from '../text/lexicon';
import { LOOK_BACK_VERBS } from './resources/scheduledHappenings';

const VERBS = alternation(LOOK_BACK_VERBS);
/** The verb right before the day's determiner: "will review the", "to investigate the". */
const VERB_BEFORE = new RegExp(`\\b(?:${VERBS})\\s+(?:the|its|their)\\s+$`, 'i');
/** After the day and its noun, a passive of such a verb: "… election will be investigated", "… vote is being audited". */
const PASSIVE_AFTER = new RegExp(`^\\s+[A-Za-z-]+(?:\\s+(?:${alternation(MODAL_VERBS)}|is|are|was|were|has|have))?\\s+(?:be|being|been)\\s+(?:[a-z]+ly\\s+)?(?:${VERBS})\\b`, 'i');
/** After the day and its noun, the past of the clause that waited for it: "ahead of the Nov. 5 election was high". */
const OVER_AFTER = /^\s+[A-Za-z-]+\s+(?:was|were|had)\b/i;

/** Whether the named day at [start, end) of `s` is a happening the clause looks back on. */
export function lookedBack(s: string, start: number, end: number): boolean {
  const after = s.slice(end, end + 80);
  return VERB_BEFORE.test(s.slice(Math.max(0, start - 40), start)) || PASSIVE_AFTER.test(after) || OVER_AFTER.test(after);
}
