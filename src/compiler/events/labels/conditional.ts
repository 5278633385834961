// "If the talks fail on Monday, the union will strike": a date inside an opening if-clause dates a condition, which
// alone says nothing happened ("If the talks fail"). The label is the main clause with its condition after it
// ("Union will strike if the talks fail"). Pure string work over one sentence.
import { capitalise } from '../headline';
import type { LabelInput } from './labelInput';

// The if-clause, its comma, then a main clause that opens on a subject: a capital or a determiner.
const CONDITIONAL = /^\s*If\s+([^,;:]+),\s+((?:the|a|an|its|their|his|her|\p{Lu})[^;:]*?)\s*[.!]?$/u;

/** The main clause and its condition for a date inside an opening if-clause; null otherwise. */
export function conditional(input: LabelInput): string | null {
  const { sentence, exprStart, exprEnd } = input;
  const m = CONDITIONAL.exec(sentence);
  if (!m) return null;
  const condEnd = sentence.indexOf(m[1]!) + m[1]!.length;
  if (exprStart < sentence.indexOf(m[1]!) || exprEnd > condEnd) return null;
  // The main clause has a verb of its own after its first word (a modal, or a verb in the past or present).
  if (!/^\S+(?:\s+\S+){0,5}?\s+(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had)\s/u.test(m[2]!)) return null;
  return `${capitalise(m[2]!.replace(/^the\s+/i, ''))} if ${m[1]}`;
}
