// A verb spelt alike in present and past ("cut", "hit", "put") read as the
// past when its subject is singular and an object follows: "The central bank
// cut rates on Tuesday", "A quake hit the coast Monday", "She put the plan on
// hold Friday". The present would be "cuts", "hits", "puts". Without this the
// clause takes its tense from a later cue ("… and will review it in May") and
// a day gone by is read as the coming one.
//
// Left alone: a plural or collective subject ("Officials cut the ribbon",
// "police shut the road", whose present is spelt the same), the verb after a
// modal or "to" ("will cut jobs", "to put it"), and the noun ("a rate cut on
// Wednesday", "expects a rate cut Friday"), which no object follows.
import { MONTH_NUMBERS, SAME_FORM_PAST_VERBS, WEEKDAY_NUMBERS } from '../text/lexicon';
import { PLURAL_SUBJECTS_WITHOUT_S } from './resources/sameFormVerbs';

/** The word before the verb as a singular subject: a pronoun, a name, or a noun without -s. */
const SINGULAR_SUBJECT = /^(?:he|she|it|[A-Z][a-z'\u2019-]*[a-rt-z]|[a-z]+[a-rt-z])$/;
/** Words that are no subject: determiners, modals and auxiliaries, "to", negation, adverbs in -ly. */
const NOT_A_SUBJECT = /^(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|to|not|never|will|would|could|can|may|might|must|should|shall|did|do|does|had|has|have|and|or|but|[a-z]+ly)$/i;
/** The start of the verb's object or particle: "cut rates", "hit the coast", "put off", "cut 500 jobs", "hit Orlen". */
const OBJECT_START = /^(?:the|a|an|its|their|his|her|our|some|off|down|up|back|out|him|them|us|me|it|\d[\d,.]*|[A-Z][a-z'\u2019-]+|[a-z]+s)$/;

export function sameFormPast(prev: string | undefined, word: string, next: string | undefined): boolean {
  if (prev === undefined || next === undefined || !SAME_FORM_PAST_VERBS.has(word)) return false;
  if (NOT_A_SUBJECT.test(prev) || PLURAL_SUBJECTS_WITHOUT_S.has(prev.toLowerCase()) || !SINGULAR_SUBJECT.test(prev)) return false;
  // A day or month after the word is its date, not its object: "a rate cut Friday".
  const lower = next.toLowerCase().replace(/\.$/, '');
  return OBJECT_START.test(next) && WEEKDAY_NUMBERS[lower] === undefined && MONTH_NUMBERS[lower] === undefined;
}
