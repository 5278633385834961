// A state is no happening. "Protesters in the capital were much calmer on
// Friday", "we are here this week", "today the right to strike is equal to the
// right to eat": the date's clause says how someone or something was, with
// "be" and a word of state (a place, "calmer", "equal", "enthusiastic"), and
// tells no deed and no figure. A careful reader puts none of these on a
// timeline. Left alone: a clause with a figure ("the index was 4% higher on
// Monday" reports a move), a state followed by a deed or a figure ("were calmer
// after police arrested six", "were dominant on Saturday, beating them 3-0"),
// a passive or a progressive ("was arrested", "are flying"), a schedule ("is
// due on Monday"), a role ("was president in 2019") and a happening told by
// its noun ("the meeting was brief on Friday").
import { HAPPENING_NOUNS, MODAL_VERBS, NOT_STATE_WORDS, PLACE_STATE_WORDS, REPORTING_VERB_SET, STATE_INTENSIFIERS, isIngVerb } from '../text/lexicon';
import { isDone } from './sameHappening';

const HAPPENING_NOUN_SET = new Set(HAPPENING_NOUNS.flatMap((group) => group.split(' ')));

const BE = /^(?:is|are|am|was|were)$/;
const RELATIVE_OPENERS = /^(?:that|which|who|whom|whose)$/;
// Adjectives by their ending: "calmer", "enthusiastic", "equal", "silent", "defiant", "nervous", "hopeful", "active".
const ADJECTIVE_SHAPE = /^[a-z]{2,}(?:ier|er|ic|ous|ful|ive|ent|ant|al|ible|able)$/;

/** The comma-bounded stretch of the sentence that holds the date, with the next one when the date stands alone in it ("Today, …"). */
function dateStretch(sentence: string, start: number, end: number): string {
  const breaks = /[,;:()]|\s[—–-]\s/g;
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(breaks)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  const own = `${sentence.slice(from, start)} ${sentence.slice(end, to)}`;
  if (own.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3) return own;
  const next = /^[^,;:()]*/.exec(sentence.slice(to + 1))?.[0] ?? '';
  return `${own} ${next}`;
}

/** Whether the words after "be" tell a state: an intensifier or two, then a place word or an adjective. */
function statePredicate(words: string[], at: number): boolean {
  let i = at + 1;
  if (words[i] === 'not') i++;
  while (STATE_INTENSIFIERS.has(words[i] ?? '')) i++;
  const w = words[i] ?? '';
  return PLACE_STATE_WORDS.has(w) || (ADJECTIVE_SHAPE.test(w) && !NOT_STATE_WORDS.has(w));
}

/**
 * Whether the clause around a date (its start and end in the sentence) tells only a state: "be" and a word of state,
 * with no figure, no deed, no modal and no happening named by its noun before the verb.
 */
export function isBareState(sentence: string, start: number, end: number): boolean {
  const stretch = dateStretch(sentence, start, end);
  // What follows may tell the deed or the figure ("were dominant on Saturday, beating the visitors 3-0").
  const rest = sentence.slice(end);
  if (/\d/.test(stretch) || /\d/.test(rest)) return false;
  const restWords = rest.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
  const restOpener = restWords.findIndex((w) => RELATIVE_OPENERS.test(w));
  if ((restOpener < 0 ? restWords : restWords.slice(0, restOpener)).some((w) => !REPORTING_VERB_SET.has(w) && (isDone(w) || isIngVerb(w)))) return false;
  const all = stretch.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
  const at = all.findIndex((w) => BE.test(w));
  if (at < 0 || !statePredicate(all, at)) return false;
  // A clause hung on the state ("here to see the talks that the two sides are having") is read no further.
  const opener = all.findIndex((w, i) => i > at && RELATIVE_OPENERS.test(w));
  const words = opener < 0 ? all : all.slice(0, opener);
  if (words.some((w, i) => i !== at && (isDone(w) || MODAL_VERBS.has(w) || BE.test(w)))) return false;
  return !words.slice(0, at).some((w) => HAPPENING_NOUN_SET.has(w));
}
