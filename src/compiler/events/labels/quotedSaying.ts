// "Ana Brel's brother said Thursday at a church in Tesk: ``I want him back.''": a saying whose clause tells only
// where it was said has its content after the colon, in the quotation; the label is the speaker and what was said,
// not "Ana Brel's brother said at a church in Tesk". Pure string work over one sentence.
import { capitalise } from '../headline';

// The speaker, the verb, a phrase of place (which may hold a comma: "in Tesk, Varnia"), the colon, the quotation's
// first clause. The date has been taken out of the sentence before this is read, its preposition may be left.
const PLACED_SAYING = /^(\p{Lu}.{1,160}?)\s+(?:said|says|told\s+(?:reporters|journalists))\s+(?:on\s+|at\s+)?((?:from|in|at|outside)\s[^"“`:;]{1,80}?)\s*:\s*(?:``|“|")\s*([^,;:.!?'"”]+)/u;
// "Ana Brel's brother, who lives abroad, said": the aside after the speaker goes.
const ASIDE = /,\s+(?:who|whose|which|a|an|the)\b.*$/u;

export interface PlacedSayingInput {
  sentence: string;
  exprStart: number;
  exprEnd: number;
  /** The speaker, when the statement path names it itself: then this rule stays out. */
  statementBy: string | null;
}

/**
 * "Speaker: first clause of the quotation" for a saying dated outside its quotation whose clause has only a place
 * after the verb; null otherwise (a saying with content of its own, a date inside the quotation, no quotation after
 * the colon, a quotation of fewer than three words).
 */
export function placedSaying(input: PlacedSayingInput): string | null {
  const { sentence, exprStart, exprEnd } = input;
  if (input.statementBy) return null;
  const colon = sentence.indexOf(':', exprEnd);
  if (colon < 0 || sentence.slice(0, exprStart).includes(':')) return null;
  const m = PLACED_SAYING.exec(`${sentence.slice(0, exprStart).trimEnd()} ${sentence.slice(exprEnd).trimStart()}`);
  if (!m) return null;
  const speaker = m[1]!.replace(ASIDE, '').trim();
  const quote = m[3]!.trim();
  if (speaker.split(/\s+/).length > 8 || quote.split(/\s+/).length < 3) return null;
  return `${speaker}: ${capitalise(quote)}`;
}
