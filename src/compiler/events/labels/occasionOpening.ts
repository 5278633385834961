// An opening phrase that names the occasion of the main clause: "In Sunday's debate against Marn, Rusk attacked him".
import { alternation, DATED_HAPPENING_NOUNS, MODAL_VERBS, POSSESSIVE_DATED_NOUNS } from '../../text/lexicon';
import { isIngVerb } from './clauseParts';
import { mainClauseAfter } from './mainClauseAfter';
import { bare, words } from './labelText';

// "in", "at", "during" or "on" and what follows: a determiner, a possessive, a name, the date itself, a noun ("In
// heavy trading Friday, …") or a deed in -ing ("In honouring her with the prize in 1993, the academy said …"), not a
// link phrase that tells another time ("in response to", "in the wake of").
const OCCASION = /^\s*(?:[Ii]n|[Aa]t|[Dd]uring|[Oo]n)\s+(?:(?:the|a|an|his|her|its|their)\s|\p{Lu}|\d|\p{Ll}{3,}\s)/u;
/** A noun that names a happening ("talks", "sessions", "visit", "resignation"). */
const isHappeningNoun = (w: string): boolean => [w, w.replace(/s$/, '')].some((n) => DATED_HAPPENING_NOUNS.has(n) || POSSESSIVE_DATED_NOUNS.has(n))
  || /^(?:talks|sessions|\p{Ll}{3,}(?:tion|sion|ment)s?)$/u.test(w);
// (Also a span before or after the date: "On the eve of Sunday's vote", "In the days after Monday's quake".)
const OTHER_TIME = /^(?:response|reaction|retaliation|reply|wake|aftermath|run-up|lead-up|memory|honou?r|protest|anticipation|preparation|advance|light|view|spite|defiance|case|place|addition|return|exchange|lieu|effect|fact|contrast|comparison|relation|line|time|top|turn|behalf|eve|days?|weeks?|months?|years?|hours?|nights?|mornings?|evenings?|run|lead)$/;
// A verb of its own makes the phrase a clause, not an occasion.
const OWN_VERB = new RegExp(`\\b(?:said|says|told|had|has|have|was|were|is|are|${alternation(MODAL_VERBS)})\\b`, 'i');
// A short link before the phrase ("Even so, on the flight …", "Meanwhile, at …").
const LINK_SEGMENT = /^\s*(?:even\s+so|meanwhile|however|still|then|later|earlier|and|but)\s*$/i;

/**
 * "In Sunday's debate against Marn, Rusk attacked him", "In his Sunday sermon at St. Anne's Church, Bishop Varn called
 * the attack wrong", "On the minister's plane to the summit Friday, the envoys were asked …": the date dates an
 * occasion named by the opening phrase, and the main clause tells what was done at it; the label is the main clause.
 * Null when the phrase tells another time ("In response to Monday's raid, …", "After Sunday's vote, …" opens on no
 * such preposition), has a verb of its own, or stands anywhere but at the opening.
 */
export function occasionOpening(text: string, segs: ReadonlyArray<{ start: number; end: number }>, at: number, exprStart: number, exprEnd: number, people: string[]): string | null {
  if (at > 1 || at >= segs.length - 1) return null;
  if (at === 1 && !LINK_SEGMENT.test(text.slice(segs[0]!.start, segs[0]!.end))) return null;
  const phrase = text.slice(segs[at]!.start, segs[at]!.end);
  if (!OCCASION.test(phrase) || OWN_VERB.test(phrase)) return null;
  const after = words(phrase).slice(1, 4).map(bare);
  if (after.some((w) => OTHER_TIME.test(w))) return null;
  // (The date alone, "On Friday, …", is left to the rules of date phrases; here a noun goes with it.)
  if (words(phrase).length < 3 || exprEnd > segs[at]!.end) return null;
  // ("In a note recounting talks of the panel Tuesday, …": a date after a participle's object that is a happening
  // dates that object; "on the plane carrying the envoys to the summit Friday" dates the carrying, the occasion.)
  const beforeDate = words(text.slice(segs[at]!.start, exprStart)).map(bare);
  const participle = beforeDate.findIndex((w) => /^[a-z]{3,}ed$/.test(w) || isIngVerb(w));
  if (participle >= 0 && beforeDate.slice(participle + 1).some(isHappeningNoun)) return null;
  return mainClauseAfter(text, segs, at, people);
}
