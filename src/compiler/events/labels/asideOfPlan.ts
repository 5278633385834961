// "… will prolong its tender, set to lapse Friday, to June 3": an aside of what was due between a clause and the
// date that ends it. The aside's own date labels the noun it is said of ("Its tender set to lapse"); a date alone
// after the aside ends the clause before it ("Will prolong its tender"). Pure string work over one sentence.
import { capitalise } from '../headline';
import { lastNounPhrase, verbless } from './clauseParts';
import { contentWords, shrinkTitles, tidy, words } from './labelText';

// The aside: a plan's word and what was due, with nothing else ("due to expire", "set to close").
const DUE_ASIDE = /^\s*(?:scheduled|planned|set|due|slated|expected)\s+to\s+(?:[\p{Ll}]+)(?:\s+(?:out|off|down))?(?:\s+(?:in|on|at|by))?\s*$/u;
// An aside that opens so, with its own date or more after it ("due to expire last Thursday").
const DUE_OPENING = /^\s*(?:scheduled|planned|set|due|slated|expected)\s+to\s+\p{Ll}+/u;
// The date alone after the aside, with the preposition the clause's verb wants ("to Nov. 6", "until May").
const ENDING_DATE = /^\s*(?:to|until|till|through)\s*$/i;

type Seg = { start: number; end: number };

/** The label of a date in such an aside or right after it; null when the sentence is not built so. */
export function asideOfPlan(text: string, segs: ReadonlyArray<Seg>, at: number, exprStart: number, exprEnd: number, people: string[]): string | null {
  const seg = segs[at]!;
  const rest = tidy(text.slice(exprEnd, seg.end));
  if (contentWords(rest) > 0 || at < 1) return null;
  const before = text.slice(seg.start, exprStart);
  // The date in the aside: the noun the segment before ends on, and what was due.
  if (DUE_ASIDE.test(before)) {
    // ("The lease on the depot, due to …": a subject that is a short noun phrase goes whole.)
    const host = text.slice(segs[at - 1]!.start, segs[at - 1]!.end);
    const noun = at === 1 && verbless(host) && words(host).length <= 6 && /^\s*(?:the|a|an|its|their|his|her)\s/i.test(host) ? host : lastNounPhrase(host);
    return contentWords(noun) >= 1 ? capitalise(shrinkTitles(tidy(`${noun} ${before}`), people)) : null;
  }
  // The date after the aside: the clause before the aside, with the date's preposition.
  const aside = text.slice(segs[at - 1]!.start, segs[at - 1]!.end);
  if (at >= 2 && ENDING_DATE.test(before) && DUE_OPENING.test(aside) && words(aside).length <= 8) {
    const host = tidy(text.slice(segs[at - 2]!.start, segs[at - 2]!.end));
    return !verbless(host) && contentWords(host) >= 2 ? capitalise(shrinkTitles(host, people)) : null;
  }
  return null;
}
