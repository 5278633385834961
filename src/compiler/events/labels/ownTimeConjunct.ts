// Length cut of a clause: a conjunct after its date that tells a time of its own is no part of what the date dates.
import { REPORTING_VERB_SET } from '../../text/lexicon';
import { isVerbOfClause } from './clauseParts';
import type { LabelInput } from './labelInput';
import { bare, contentWords, words } from './labelText';

// "… had 900 workers in 2009 but will now keep about 60": a second conjunct with a time of its own (now, today, soon)
// is not what the date dates.
const OWN_TIME_CONJUNCT = /,?\s+(?:but|and|yet)\s+(?:(?:he|she|it|they|we)\s+)?(?:(?:will|would|is|are|has|have|can|could|may|might|must|should)\s+)?(?:(?:also|still)\s+)?(?:now|today|currently|nowadays|soon|shortly|no\s+longer)\b/i;

/**
 * The clause without a conjunct after its date that tells a time of its own ("Mill had 900 workers"); the clause
 * whole when the date stands in that conjunct, when what is left has no verb, or when what is cut was said
 * ("Officials said the mill had 900 workers but will now keep 60": what was said is the saying's news).
 */
export function withoutOwnTimeConjunct(clause: string, input: LabelInput): string {
  if (input.statementBy) return clause;
  const m = OWN_TIME_CONJUNCT.exec(clause);
  if (!m) return clause;
  const kept = clause.slice(0, m.index);
  const dateText = input.sentence.slice(input.exprStart, input.exprEnd);
  if (clause.slice(m.index).includes(dateText)) return clause;
  const w = words(kept).map(bare);
  if (contentWords(kept) < 3 || !w.some((x, i) => i > 0 && isVerbOfClause(x)) || w.some((x) => REPORTING_VERB_SET.has(x))) return clause;
  return kept;
}
