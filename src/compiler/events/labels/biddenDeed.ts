// A date still to come after a deed someone was bidden or promised to do: the deed and who is to do it.
import { CALENDAR_WORDS, IRREGULAR_PAST } from '../../text/lexicon';
import { isVerbOfClause, verbless } from './clauseParts';
import type { LabelInput } from './labelInput';
import { bare, tidy, words } from './labelText';
import { listLabel } from './subjectOfClause';

// "… said she summoned Ivo Marn to give evidence to the panel on June 10": a deed someone was told, asked or
// ordered to do, dated after the day of the article, is still to come; the date is the deed's, not the order's.
const BIDDEN = /\b(\p{Ll}{3,}ed|told|got|sent|bade)\s+((?:[\p{L}\d'’.-]+\s+){1,4}?)to\s+(\p{Ll}+\s[^,;:]{0,100}?)\s*(?:(?:on|in|at|by|for)\s+)?$/u;

// The one bidden: a name, perhaps after a determiner or an age ("6-year-old Ivo Marn", "the Tesk council").
const BIDDEN_ONE = /^(?:(?:the|his|her|their|its)\s+)?(?:\d{1,3}-year-old\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u;

/** The person and the deed they were bidden to do at a date still to come; null otherwise. */
export function biddenDeed(text: string, seg: { start: number; end: number }, exprStart: number, input: LabelInput): string | null {
  if (!input.published || !input.dateStart || input.dateStart <= input.published) return null;
  const m = BIDDEN.exec(text.slice(seg.start, exprStart));
  if (!m || !(isVerbOfClause(bare(m[1]!)) || IRREGULAR_PAST.has(bare(m[1]!))) || /^(?:is|are|was|were|has|have|had|will|would)$/.test(m[1]!)) return null;
  // The one bidden is a name or a noun phrase, with no verb of its own ("ordered the mill shut to …" is no person).
  const who = m[2]!.trim();
  if (!BIDDEN_ONE.test(who) || words(who).some((w) => CALENDAR_WORDS.has(bare(w)))) return null;
  return tidy(`${who} to ${m[3]}`);
}

// "pledged to hold a vote on the matter next year": a deed promised for a date still to come.
// ("announced plans to travel to the region next week": a plan told is a deed promised too.)
const PROMISED = /^(.*?)\b(?:promised|pledged|vowed|undertook|threatened|(?:announced|unveiled|disclosed|outlined)\s+(?:(?:its|their|his|her)\s+)?plans?)\s+to\s+(\p{Ll}+\s[^,;:]{0,100}?)\s*(?:(?:on|in|at|by|for)\s+)?$/u;

/**
 * "Prime Minister Ana Brel, a sceptic herself, pledged to hold a vote on the matter next year": the date still to
 * come is the promised deed's, not the promising's (told that day): "Ana Brel to hold a vote on the matter". Null for a date not after the article's day, or with no one named to do it.
 */
export function promisedDeed(text: string, seg: { start: number; end: number }, exprStart: number, input: LabelInput): string | null {
  if (!input.published || !input.dateStart || input.dateStart <= input.published) return null;
  // (A subject that is a list of names starts before the segment, at the comma of the list: from the sentence's start
  // when nothing before the segment has a verb.)
  const own = PROMISED.exec(text.slice(seg.start, exprStart));
  const listTail = own !== null && seg.start > 0 && /\band\b/.test(own[1]!) && tidy(text.slice(0, seg.start)).split(/,\s*/).filter((p) => p !== '').every(verbless);
  const m = listTail ? PROMISED.exec(text.slice(0, exprStart)) : own;
  if (!m) return null;
  // (A list of those who promised may run longer: "Ana Brel, Ivo Marn and trade minister Lena Orlan".)
  const who = tidy(m[1]!.replace(/^(?:meanwhile|also|separately|later|then),?\s+/i, '')) || (input.subject ?? '');
  const parts = who.split(/,\s*|\s+and\s+/);
  if (!who || words(who).length > (parts.length > 1 ? 12 : 6) || !parts.every(verbless)) return null;
  return tidy(listLabel(parts, who, `to ${m[2]}`));
}

// What is left of a sentence without its saying when the saying bade someone do something ("Police told the crowd on
// Friday to leave the square" without "Police told the crowd on Friday"): an infinitive, no saying of its own.
const BIDDEN_REST = /^\s*(?:not\s+)?to\s+\p{Ll}+\s/u;

/**
 * Whether a statement's clause is only the deed its speaker bade someone do: then the bidding, with whom it bade, is
 * the event, and the sentence labels it ("Police told the crowd to leave the square", not "Police: To leave …").
 * A clause with a subject of its own ("Police said the crowd must leave") is a saying as before.
 */
export function onlyBiddenRest(clause: string): boolean {
  return BIDDEN_REST.test(clause);
}
