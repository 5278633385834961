// A label cut at a word keeps a name whole: "Police seized a bomb in a town bordering Northern…" (of "Northern
// Varnia") tears the name in two; the cut goes back to before the name ("… in a town bordering…"), so long as what is
// left is still a label of some length. A cut between a name and a word in lower case is left where it is.
import { isCap } from '../../text/tokens';

// A name's word as written, maybe after an opening quotation mark or bracket ("``Tesk Files''").
const capitalised = (word: string): boolean => isCap(word.replace(/^[`'"“‘([]+/u, ''));

/**
 * How many of `all` (the label's words, in order) to keep when the first `keep` fit: fewer when the last one kept
 * and the first one dropped are both capitalised, back to where that run of capitalised words opens, unless that
 * leaves fewer than `minChars` characters.
 */
export function keepNameWhole(all: ReadonlyArray<string>, keep: number, minChars: number): number {
  const last = all[keep - 1];
  const next = all[keep];
  // ("Canada's Parliament", "U.S. Immigration": a possessive or an abbreviation is part of the name; "Tesk, Varnia" is two.)
  if (last === undefined || next === undefined || !capitalised(last) || !capitalised(next) || /[,;:)\]"”]$/.test(last)) return keep;
  let k = keep - 1;
  while (k > 0 && capitalised(all[k - 1]!) && !/[,;:)\]"”]$/.test(all[k - 1]!)) k--;
  return all.slice(0, k).join(' ').length >= minChars ? k : keep;
}
