// "The jurists will investigate who brought down the governor's plane on May 3": the date belongs to the happening
// the question asks about, not to the inquiry. The label is that happening told in the passive, without the unknown
// doer ("Governor's plane brought down"). Pure string work over one sentence.
import { INQUIRY_VERBS, PAST_PARTICIPLES, phraseAlternation } from '../../text/lexicon';
import { capitalise, isPastVerb } from '../headline';
import type { LabelInput } from './labelInput';

// The verb of finding out, "who", the past verb, a particle, then the object up to the date's preposition.
const QUESTION = new RegExp(
  String.raw`\b(?:${phraseAlternation(INQUIRY_VERBS)})\s+who\s+(\p{Ll}+)(?:\s+(up|down|off|out|away))?\s+((?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.'’-]*)\s(?:[^\s,;:]+\s+){0,7}?)((?:on|in|at|during)\s+)?$`,
  'u',
);

/** The happening an indirect question asks about, in the passive with its date; null for any other sentence. */
export function indirectQuestion(input: LabelInput): string | null {
  const { sentence, exprStart, exprEnd } = input;
  // The date ends the question (its sentence, or a comma, right after).
  if (!/^\s*(?:[,.;]|$)/.test(sentence.slice(exprEnd))) return null;
  const m = QUESTION.exec(sentence.slice(0, exprStart));
  if (!m) return null;
  const [, verb, particle, object, preposition] = m;
  if (!isPastVerb(verb!)) return null;
  const participle = PAST_PARTICIPLES.get(verb!) ?? verb!;
  // The object is a noun phrase: no verb inside it.
  if (object!.trim().split(/\s+/).some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && isPastVerb(w))) return null;
  const noun = object!.trim().replace(/^(?:the|a|an)\s+/i, '');
  return `${capitalise(noun)} ${participle}${particle ? ` ${particle}` : ''} ${preposition ?? ''}${sentence.slice(exprStart, exprEnd)}`;
}
