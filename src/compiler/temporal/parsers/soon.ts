// "The plant will soon reopen", "talks are expected to resume soon": "soon"
// in a clause that looks ahead is TimeML's FUTURE_REF, as TimeBank marks it in
// such clauses. Told in the past ("was soon released", "soon became") it is a
// short while after another happening, which TimeML does not mark; "as soon
// as" and "soon after" are conjunctions and prepositions, no time. It dates
// no event.
import { exec, sticky, timexesOnly, type Parser } from '../scan';
import { tenseAt } from '../tenseAt';
import { wholeTimex } from '../timex';

// Example: "The Orlen plant will soon reopen".
const SOON_RE = sticky('soon(?![\\w\'\\u2019-])', 'i');
/** "as soon as", "soon after", "soon afterwards", "sooner or later", "too soon to tell": no time of their own. */
const NOT_BEFORE = /\b(?:as|too|so|how)\s+$/i;
const NOT_AFTER = /^\s+(?:as|after|afterwards?|thereafter|enough\s+to\s+tell)\b/i;

const MODAL_AFTER = /^\s+(?:will|shall|could|may|might|can)\b/i;

export const soon: Parser = {
  name: 'soon',
  example: 'The Orlen plant will soon reopen',
  firstWords: ['soon'],
  parse(scan, at) {
    const { s } = scan;
    const m = exec(SOON_RE, s, at);
    if (!m) return null;
    const end = at + m[0].length;
    if (NOT_BEFORE.test(s.slice(Math.max(0, at - 6), at)) || NOT_AFTER.test(s.slice(end, end + 24))) return null;
    // "it soon will begin": the modal right after is the clause's own, whatever a verb before it says.
    if (!MODAL_AFTER.test(s.slice(end, end + 8)) && tenseAt(s, at, end) !== 'future') return null;
    return timexesOnly(end, [wholeTimex(at, end, 'DATE', 'FUTURE_REF')]);
  },
};
