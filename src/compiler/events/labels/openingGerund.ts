// "After touring the port on Thursday and meeting the mayor on Friday, the envoy said …": a date inside an opening
// phrase of "after", "before" or "while" and a verb in -ing dates that verb's deed, done by the main clause's
// subject. The label is that subject and the deed ("Envoy toured the port"), not the object alone ("Port"). Pure
// string work over one sentence.
import { AUXILIARY_VERBS, FUNCTION_WORDS, ORDER_ADVERBS, REPORTING_VERB_SET, SUBJECT_PRONOUNS, isSentenceAdverb, pastOfIng } from '../../text/lexicon';
import { isPastVerb } from '../headline';

// The phrase opens the sentence; each deed in it is an -ing verb after the opening word or after "and".
const OPENING = /^\W*(?:after|before|while|upon)\s+\p{Ll}{2,}ing\s/iu;
const DEED = /(?:^|\s)(?:after|before|while|upon|and)\s+(\p{Ll}{2,}ing)\s+/giu;
// The date's own preposition and hedges, left after the deed's object.
const DATE_LEAD = /(?:\s+(?:on|in|at|during|late|early|last|this|the))+\s*$/i;
// Adverbs that may stand between the main clause's subject and its verb ("the envoy also said").
const isAdverb = (word: string): boolean => ORDER_ADVERBS.has(word) || isSentenceAdverb(word);
const isVerb = (word: string): boolean =>
  AUXILIARY_VERBS.has(word) || REPORTING_VERB_SET.has(word) || isPastVerb(word);

/** The main clause's subject: at most five words before its verb, without "the" and the adverbs before the verb. */
function subjectOf(clause: string): { words: string; at: number } | null {
  const found = [...clause.matchAll(/\S+/g)];
  for (let k = 1; k < Math.min(found.length, 8); k++) {
    const word = found[k]![0];
    if (!/^\p{Ll}/u.test(word) || !isVerb(word.replace(/[^a-z]/g, ''))) continue;
    let end = k;
    while (end > 0 && isAdverb(found[end - 1]![0])) end--;
    const first = /^the$/i.test(found[0]![0]) ? 1 : 0;
    if (end - first < 1 || end - first > 5) return null;
    return { words: found.slice(first, end).map((m) => m[0]).join(' '), at: found[first]!.index };
  }
  return null;
}
const PRONOUN = new RegExp(`^(?:${SUBJECT_PRONOUNS.join('|')})$`, 'i');

export interface OpeningGerundInput {
  sentence: string;
  exprStart: number;
  exprEnd: number;
  /** What a pronoun at an offset of the sentence stands for. */
  nameAt?: ((word: string, offset: number) => string | null) | undefined;
}

/**
 * "Envoy toured the port" for a date in an opening phrase "after/before/while touring the port <date>"; null when
 * the sentence opens otherwise, the date is outside that phrase, the deed has no object, or the main clause has no
 * subject of a few words (a pronoun is read through nameAt).
 */
export function openingGerund(input: OpeningGerundInput): string | null {
  const { sentence, exprStart, exprEnd } = input;
  if (!OPENING.test(sentence)) return null;
  const comma = sentence.indexOf(',', exprEnd);
  // The phrase ends at its comma, after the date; nothing of the main clause stands before the date.
  if (comma < 0 || sentence.slice(0, exprStart).includes(',') || /[;:]/.test(sentence.slice(0, comma))) return null;
  // After the date: its part of the day, then nothing or the phrase's next deed ("and meeting the mayor Friday").
  const after = sentence.slice(exprEnd, comma).replace(/^\s*(?:morning|afternoon|evening|night)\b/i, '');
  if (/\S/.test(after) && !/^\s+and\s+\p{Ll}{2,}ing\s/u.test(after)) return null;
  const head = sentence.slice(0, exprStart);
  const deeds = [...head.matchAll(DEED)];
  const deed = deeds[deeds.length - 1];
  const past = deed ? pastOfIng(deed[1]!) : null;
  if (!deed || !past) return null;
  const object = head.slice(deed.index + deed[0].length).replace(DATE_LEAD, '').trim();
  const objectWords = object.split(/\s+/).filter(Boolean);
  if (objectWords.length === 0 || objectWords.length > 10 || objectWords.every((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return null;
  const subject = subjectOf(sentence.slice(comma + 1));
  if (!subject) return null;
  let who = subject.words;
  if (PRONOUN.test(who)) {
    const name = input.nameAt?.(who.toLowerCase(), comma + 1 + subject.at) ?? null;
    if (!name) return null;
    who = name;
  }
  // ("After the talks ended Monday, …" is no deed of an -ing verb; "Pay rising …" names no one: a subject of words that
  // are all small is none.)
  if (who.split(/\s+/).every((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return null;
  return `${who} ${past} ${object}`;
}
