// A relative clause opened by "who" or "which" has its own verb: one in -s
// there tells the present, whatever the main clause's tense. "Brel, who turns
// 30 in June, signed on Wednesday" is the coming June; "the festival, which runs
// through Sunday, drew 4,000 people" and "the exhibit, which opens Saturday, was
// delayed twice" name the coming days. Before, such a clause had no cue of its
// own and took the main clause's past.
//
// Left alone: a past verb in the relative clause ("who turned 30 in June"),
// "that" (a determiner as often: "that news in June"), and words in -ss or
// -us ("which bus", "who discuss").
const RELATIVE = /^(?:who|which)$/i;
/** A verb's third person singular: "turns", "runs", "opens" (not "was", "has", "does", nor "-ss", "-us"). */
export const PRESENT_S_VERB = /^[a-z]{2,}[^su']s$/;
const NOT_PRESENT_S = /^(?:was|has|does|is|its|this|thus|yes|as)$/;

/** Whether `word`, right after `prev`, is the present verb of a relative clause. */
export function relativePresent(prev: string | undefined, word: string): boolean {
  return prev !== undefined && RELATIVE.test(prev) && PRESENT_S_VERB.test(word) && !NOT_PRESENT_S.test(word);
}
