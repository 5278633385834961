// Short readable labels for events, made from the clause that states them
// ("who did what"), not from the sentence cut at N characters. Pure string
// work over one sentence and the offsets the other stages found; each rule
// lives in its own module under labels/, and this entry runs them in order.
import { headline } from './headline';
import { placedSaying } from './labels/quotedSaying';
import { openingGerund } from './labels/openingGerund';
import { clauseOf } from './labels/clauseOf';
import { indirectQuestion } from './labels/indirectQuestion';
import { conditional } from './labels/conditional';
import type { LabelInput } from './labels/labelInput';
import { withoutOwnTimeConjunct } from './labels/ownTimeConjunct';
import { payment } from './labels/payment';
import { onlyBiddenRest } from './labels/biddenDeed';
import { quotedSpeaker } from './labels/quotedSpeaker';

export type { LabelInput } from './labels/labelInput';

/** The rules that find an event's clause, in the order they are tried: the first that answers names it. */
const CLAUSE_RULES: ReadonlyArray<(input: LabelInput) => string | null> = [payment, placedSaying, openingGerund, indirectQuestion, conditional, clauseOf];

function clauseOfEvent(input: LabelInput): string {
  for (const rule of CLAUSE_RULES) {
    const clause = rule(input);
    if (clause !== null) return clause;
  }
  return '';
}

/** Makes the label for one event of a sentence: its clause, made a headline. Never returns an empty string. */
export function makeLabel(input: LabelInput): string {
  const clause = clauseOfEvent(input);
  if (input.statementBy && onlyBiddenRest(clause)) return makeLabel({ ...input, statementBy: null, attribution: null });
  return quotedSpeaker(headline(withoutOwnTimeConjunct(clause, input), input), input);
}
