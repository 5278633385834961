// A date in the second of two verb phrases joined by "and" or "but": that verb phrase, with the subject they share.
import { YEAR_OF_MONTH } from '../headline';
import { PAST_VERB, RELATIVE_WORD } from './clauseParts';
import { TRAILING_PREPOSITIONS, bare, contentWords, tidy, words } from './labelText';

/** The first verb phrase's auxiliary before "but" ("would not name …, but said …"). */
const FIRST_AUXILIARY = /^(?:would|could|will|did|does|can|may|might|should|must|has|have|had|was|were|is|are)$/;

/**
 * The second of two verb phrases joined by "and" (or "but") when the date sits in it:
 * "President X declared an emergency on Monday and flew to the region the
 * same day" gives "President X flew to the region". Null when the sentence
 * is not built so, or the subject is more than a few words.
 */
export function secondConjunct(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number): string | null {
  const head = text.slice(seg.start, exprStart);
  // ("Investigators would not name the man but said last week's find was a breakthrough": "but" joins them too.)
  const link = / (?:and|but) (?!.* (?:and|but) )/.exec(head);
  if (!link) return null;
  const and = link.index;
  const tail = head.slice(and + link[0].length);
  const verb = (words(tail)[0] ?? '').toLowerCase();
  // "… has filed for bankruptcy and will close 150 stores by March": a plan is a conjunct too.
  // ("… on Saturday and were hoping to block the road on Monday": an auxiliary and its verb, the subject's too.)
  const auxiliary = /^(?:was|were|is|are|had|has|have)$/.test(verb) && /^(?:\p{Ll}+(?:ing|ed|en)|been)$/u.test(bare(words(tail)[1] ?? ''));
  if (!PAST_VERB.test(verb) && !/^(?:will|would|could|plans?|planned|intends?)$/.test(verb) && !auxiliary) return null;
  const first = words(head.slice(0, and));
  const v = first.findIndex((w, i) => i > 0 && (PAST_VERB.test(w.toLowerCase()) || (link[0] === ' but ' && FIRST_AUXILIARY.test(w))));
  if (v < 1 || v > 6) return null;
  // "The company was founded … and went public": the subject without its auxiliary.
  // ("Aberg, who first won power in 2011 and was re-elected …": a relative clause's subject is no words of it.)
  if (first.slice(0, v).some((w) => RELATIVE_WORD.test(bare(w)))) return null;
  // ("The firms first talked … but broke off …": an adverb before the first verb is that verb's.)
  const subject = first.slice(0, v).join(' ').replace(/\s+(?:was|were|is|are|has|have|had|will|would|had\s+been|has\s+been)$/i, '').replace(/\s+(?:first|also|then|initially|\p{Ll}+ly)$/u, '');
  // The date goes, with its preposition and any further members of its list ("in 2020 and 2022").
  const after = text.slice(exprEnd, seg.end).replace(/^(?:\s*(?:,|and|or)\s*\d[\d–-]*)+/, '').replace(YEAR_OF_MONTH, '');
  // "The agreement signed in 2009 and amended in 2014 was never ratified": participles, not verbs.
  if (/^\s*(?:was|were|is|are|has|have|had|will|would)\b/i.test(after)) return null;
  const rest = `${tail.replace(TRAILING_PREPOSITIONS, '')} ${after}`;
  const out = tidy(`${subject.replace(/^(?:the|a|an)\s+/i, '')} ${tidy(rest)}`);
  return contentWords(out) >= 2 ? out : null;
}
