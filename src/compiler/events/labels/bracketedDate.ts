// A date in brackets, or right after them, with no clause of its own: it dates the clause the brackets follow.
import { tidy } from './labelText';

/** What a bracket may hold beside the date and still tell no clause: a clock time and its zone ("5 p.m. GMT"). */
const CLOCK_ONLY = /^\s*(?:(?:at\s+|about\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}|local\s+time)?)?\s*$/;

/**
 * "The dam burst at 9:10 a.m. (0710 GMT) Monday, flooding a farm": a date alone after a bracket, or inside one with
 * only a clock time beside it ("will sail at dusk (5 p.m. GMT Tuesday)"), goes on with the clause
 * before the bracket, which is its label; else the label would be what follows ("Flooding a farm") or the clock
 * ("5 p.m. GMT"). Null when the date's segment says more, or no bracket stands right before it.
 */
export function clauseBeforeBracket(text: string, segs: ReadonlyArray<{ start: number; end: number }>, at: number, exprStart: number, exprEnd: number): string | null {
  const seg = segs[at];
  if (!seg || at === 0) return null;
  if (!CLOCK_ONLY.test(`${text.slice(seg.start, exprStart)} ${text.slice(exprEnd, seg.end)}`)) return null;
  const before = text.slice(0, seg.start);
  const inside = /\(\s*$/.test(before) && /^\s*\)/.test(text.slice(seg.end));
  const after = /\)\s*$/.test(before);
  if (!inside && !after) return null;
  // The clause that ends where the bracket opens.
  const open = before.lastIndexOf('(');
  let k = at - 1;
  while (k > 0 && segs[k]!.end > open) k--;
  if (segs[k]!.end > open) return null;
  const clause = tidy(text.slice(segs[k]!.start, segs[k]!.end));
  return clause.split(/\s+/).length >= 3 ? clause : null;
}
