// A date whose nearest verb is that of a clause embedded in the main one: the clause a saying reports, or a relative
// clause said of a noun after the main verb. The date belongs to the nearest verb ("the spokesman said the police
// arrested him at the port on Thursday": the arresting, not the saying), so that clause is the label.
import { AUXILIARY_VERBS, POSSESSIVE_PRONOUNS, REPORTING_VERB_SET, SUBJECT_PRONOUNS } from '../../text/lexicon';
import { RELATIVE_WORD, isVerbOfClause } from './clauseParts';
import type { LabelInput } from './labelInput';
import { DETERMINERS, PREPOSITIONS, bare, contentWords, tidy, words } from './labelText';

/** Words between a verb and its auxiliaries that leave the chain whole: "had not yet", "would also". */
const CHAIN_ADVERB = /^(?:not|never|also|already|still|just|yet|reportedly|apparently|allegedly|then)$/;
/** A subject that is a pronoun: who it stands for is the referents stage's, which reads the saying whole. */
// (A possessive too, "her party would …", and a contracted one, "they've".)
const PRONOUN = new RegExp(`^(?:${[...SUBJECT_PRONOUNS, 'this', 'that', 'there', ...POSSESSIVE_PRONOUNS].join('|')})(?:['’]\\p{Ll}{1,2})?$`, 'u');
/** Words that open a clause of their own inside the report: the date would be that clause's. */
const CLAUSE_OPENER = /^(?:when|after|before|while|because|as|since|if|until|once|where|who|which|whom|whose|though|although)$/;
/** A main verb that tells a state ("was the focus of …", "is a suspect in …"), whose time no date after it gives. */
const STATE_VERB = /^(?:is|are|was|were|remains|remained|seems|seemed)$/;
/** A date bound rather than a date: "since", "until", "by" and their kin give a span or a deadline. */
const BOUND = /^(?:since|until|till|through|from|between|by|before|after|within)$/;

/**
 * The embedded clause a date ends: the segment's first verb is its main one; the verb nearest before the date is
 * another one, and what stands between them opens a clause of its own, either
 * - the report of a saying: "Police spokesman Ivo Marn said the army shelled Tesk early on Monday" is "Army shelled
 *   Tesk"; "… announced in Orlo that the envoy would fly to Varno Friday" is "Envoy would fly to Varno"; or
 * - a relative clause on a noun after the main verb: "… the focus of a lawsuit that led to a $2 million award this
 *   week" is "Lawsuit led to a $2 million award".
 * Null when the date's nearest verb is the main one, when the date is a bound or another date stands before it in the
 * segment (the main clause's date: innerHappening reads that case), when the reported subject is a pronoun, and when
 * a relative clause stands before the main verb ("The firm that built the dam in 1998 went bankrupt") or only tells
 * a state ("who was carrying a bag").
 */
export function embeddedClause(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number, input: LabelInput): string | null {
  if (BOUND.test(bare(words(input.sentence.slice(input.exprStart, input.exprEnd))[0] ?? ''))) return null;
  // (Another date in the segment: before the date, the main clause's; after it, a tail that is another happening's.)
  if ((input.others ?? []).some((o) => o.start >= seg.start && o.end <= seg.end)) return null;
  const head = words(text.slice(seg.start, exprStart));
  const b = head.map(bare);
  if (b.length > 0 && BOUND.test(b[b.length - 1]!)) return null;
  // (A verb form after a determiner is an adjective: "an unnamed city", "the injured man".)
  const isVerb = (i: number) => /^\p{Ll}/u.test(head[i]!) && (isVerbOfClause(b[i]!) || REPORTING_VERB_SET.has(b[i]!)) && !DETERMINERS.has(b[i - 1] ?? '');
  const verbs = b.map((_, i) => i).filter(isVerb);
  if (verbs.length < 2) return null;
  const last = verbs[verbs.length - 1]!;
  // The nearest verb's chain: its auxiliaries and the adverbs between them.
  let k = last;
  while (k > verbs[0]! + 1 && (AUXILIARY_VERBS.has(b[k - 1]!) || CHAIN_ADVERB.test(b[k - 1]!))) k--;
  if (k <= verbs[0]! + 1) return null;
  // A copula before a word that is no participle ("the bridge was safe on Friday") tells a state: when it held is
  // the main clause's to tell.
  if (/^(?:is|are|was|were)$/.test(b[last]!) && !/(?:ed|en|ing)$/.test(b[last + 1] ?? '')) return null;
  const tail = tidy(text.slice(exprEnd, seg.end));
  const clause = (subject: string, from: number) => {
    const out = tidy(`${subject} ${head.slice(from).join(' ')} ${input.sentence.slice(input.exprStart, input.exprEnd)} ${tail}`);
    return contentWords(out) >= 3 ? out : null;
  };
  // The nearest clause first: a relative clause on a noun after the main verb, the relative word right before the
  // chain ("… the focus of a lawsuit that led to an award this week"). ("… to investigate who shot down the plane":
  // after a verb, "who" asks; it is said of no noun.) Its verb tells a deed, not a state ("who was carrying a bag").
  if (RELATIVE_WORD.test(b[k - 1]!) && !isVerb(k - 2) && !/[,;:]$/.test(head[k - 2]!) && !/^(?:to|will|would|could|can|may|might|must|should)$/.test(b[k - 3] ?? '')) {
    // Only after a main clause that tells a state or a saying: after a deed ("showed off the cup to fans who cheered
    // the team on Tuesday") the date is the deed's as much as the clause's, and the main clause keeps it.
    const main = b[verbs[0]!]!;
    if (AUXILIARY_VERBS.has(b[last]!) || !(STATE_VERB.test(main) || REPORTING_VERB_SET.has(main))) return null;
    // The noun the clause is said of: the words right before it, back to a determiner (kept), a preposition or a
    // verb (left), at most five ("a witness to two robberies that shook …" is "two robberies").
    let n = k - 1;
    while (n > verbs[0]! + 1 && k - 1 - n < 5 && !DETERMINERS.has(b[n - 1]!) && !PREPOSITIONS.has(b[n - 1]!) && !isVerb(n - 1) && !/[,;:]$/.test(head[n - 1]!)) n--;
    if (DETERMINERS.has(b[n - 1]!)) n--;
    const noun = head.slice(n, k - 1).join(' ');
    return contentWords(noun) >= 1 && !PRONOUN.test(noun.toLowerCase()) ? clause(noun, k) : null;
  }
  // The report of a saying that holds the date: the last saying verb before the date's own ("Reports attributed to
  // the ministry said …"); what was said opens after "that" if it is there ("said in Orlo that the envoy …"), else
  // right after the verb, and its subject runs to its own first verb ("Varno had signalled its assent in remarks
  // made last week").
  // (A passive "was declared effective" is no saying.)
  const saying = verbs.filter((v) => v < last && REPORTING_VERB_SET.has(b[v]!) && !AUXILIARY_VERBS.has(b[v - 1] ?? '')).pop();
  if (saying === undefined) return null;
  const that = b.indexOf('that', saying + 1);
  const from = that > saying && that < k ? that + 1 : saying + 1;
  // ("The ministry warned that the talks had collapsed on Monday": a past perfect was before the saying, so a date
  // after it is the saying's; one after a later verb of its own, "remarks made last week", is not.)
  if (b.slice(k, last).includes('had')) return null;
  const own = verbs.find((v) => v >= from) ?? k;
  const subject = head.slice(from, own);
  if (subject.length === 0 || subject.length > 7 || PRONOUN.test(subject[0]!.toLowerCase()) || PREPOSITIONS.has(bare(subject[0]!))) return null;
  if (subject.some((w) => /[,;:]$/.test(w) || /^(?:and|but|or)$/.test(bare(w))) || b.slice(own, k).some((w) => CLAUSE_OPENER.test(w))) return null;
  return clause(subject.join(' '), own);
}
