// "Thousands rallied to demand his return", "The ministry ruled that she must leave": a person's pronoun inside a
// label, where the label names no one it could stand for, is named as the article's reading of it has it. Only a
// subject ("he", "she") or an owner ("his", "her" before a noun): an object ("named for him") is as often someone
// the label's own clause just told of. Pure string work.
import { COMPANY_SUFFIXES, ORG_HEADS } from '../actors/organisationWords';
import { FUNCTION_WORDS, literal } from '../text/lexicon';
import { isPersonNoun, wordsOf } from './referents';

/** How far into a label a named pronoun may end, so that what it did still shows before the cut. */
const NAMED_WITHIN = 60;
const INNER = /(?<=\s)(he|she|his|her)\b(?=\s+(\S+))/gi;
// A run of capitalised words (a name) with the small words names hold between them.
const NAME_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|and|de|von|van|the)\s+)?\p{Lu}[\p{L}.'’-]*)*/gu;

/** A word as a pattern of its own (escaped, between word boundaries). */
function wholeWord(word: string, flags = ''): RegExp {
  return new RegExp(`\\b${literal(word)}\\b`, flags);
}

/**
 * Whether the label's words name someone a person's pronoun after them could stand for: a run of capitalised words
 * that is no body's name (its last word "Service", "Corp.", or in capitals), one word only where the sentence writes
 * it with a capital inside it ("Castro said …", not "Deadline for …", the label's own capital).
 */
function namesSomeone(text: string, sentence: string): boolean {
  // ("The brigade's chief said his crews …", "The president and his aides …": a person told by what they are.)
  if (wordsOf(text).some((w) => isPersonNoun(w))) return true;
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    const last = words[words.length - 1]!.replace(/[.,]$/, '');
    if (ORG_HEADS.has(last.toLowerCase()) || COMPANY_SUFFIXES.has(last.toLowerCase()) || /^\p{Lu}+$/u.test(last.replace(/['’]s$/, ''))) continue;
    if (words.length > 1 || m.index > 0 || wholeWord(last).test(sentence)) return true;
  }
  return false;
}

/** The offset of the pronoun in the sentence whose preceding words match most of `lead` (the label's last words before it); -1 when none does. */
function placeIn(sentence: string, pronoun: string, lead: string[]): number {
  let best = -1;
  let bestScore = 0;
  for (const m of sentence.matchAll(wholeWord(pronoun, 'gi'))) {
    const words = sentence.slice(0, m.index).split(/\s+/).filter(Boolean).slice(-4).map((w) => w.toLowerCase());
    const score = lead.filter((w) => words.includes(w.toLowerCase())).length;
    if (score > bestScore) [best, bestScore] = [m.index, score];
  }
  return best;
}

/**
 * The label with each inner "he", "she", "his" or "her" (an owner's) named; the label as it is where the words
 * before the pronoun name someone, are quoted, or the reading finds no name, or the name is in the label already.
 */
export function namedInside(label: string, sentence: string, nameAt: ((word: string, offset: number) => string | null) | undefined): string {
  if (!nameAt) return label;
  let out = label;
  // Left to right: once a pronoun is named, the ones after it may stand for that name, and are left as they are.
  for (const m of label.matchAll(INNER)) {
    const word = m[1]!.toLowerCase();
    const before = label.slice(0, m.index);
    const shift = out.length - label.length;
    // ("… told her to leave": "her" before a function word or at the end is an object.)
    if (word === 'her' && FUNCTION_WORDS.has(m[2]!.toLowerCase().replace(/[^\p{L}]/gu, ''))) continue;
    if (namesSomeone(before, sentence) || (before.match(/["“”]|``|''/g) ?? []).length % 2 === 1) continue;
    // Where it stands in the sentence: the occurrence whose words before it are most like the label's (the label
    // may have lost a date between them).
    const at = placeIn(sentence, m[1]!, before.split(/\s+/).filter(Boolean).slice(-3));
    if (at < 0) continue;
    const name = nameAt(word, at);
    if (!name || /^the\s/i.test(name) || name.split(/\s+/).some((w) => wholeWord(w).test(out))) continue;
    const said = word === 'his' || word === 'her' ? (/s$/.test(name) ? `${name}’` : `${name}’s`) : name;
    // (A name that would push the pronoun's clause past the cut of a headline is left out: "… to demand Ivo Marn's…".)
    if (m.index + shift + said.length > NAMED_WITHIN) continue;
    out = `${out.slice(0, m.index + shift)}${said}${out.slice(m.index + shift + m[1]!.length)}`;
  }
  return out;
}

// "Ostrow attacked him for …": a man's or woman's pronoun as the object of the label's verb.
const OBJECT = /(?<=\b\p{Ll}{3,}\s)(him|her)\b(?=\s+(?:for|to|with|about|over|of|on|in|at|as|that|and)\b|[.,;:]?$)/gu;

/**
 * "In the debate against Varn, Ostrow attacked him for …" is "Ostrow attacked Varn for …": an object "him" or "her"
 * after the label's verb names the one other person its sentence named before it, when the label names the
 * sentence's other person (the doer). Left as it is with two or more other people named before it, none, or a
 * pronoun inside a quotation.
 */
export function namedObject(label: string, sentence: string, people: ReadonlyArray<string> | undefined): string {
  if (!people || people.length !== 2) return label;
  const m = [...label.matchAll(OBJECT)][0];
  if (!m) return label;
  const before = label.slice(0, m.index);
  if ((before.match(/["“”]|``|''/g) ?? []).length % 2 === 1) return label;
  const surname = (name: string) => name.split(/\s+/).pop()!;
  const doer = people.find((p) => wholeWord(surname(p)).test(before));
  const other = people.find((p) => p !== doer);
  if (!doer || !other || wholeWord(surname(other)).test(label)) return label;
  // The other person stands in the sentence before the pronoun, and no third person's pronoun could be meant.
  const pronounAt = sentence.search(wholeWord(m[1]!, 'i'));
  const otherAt = sentence.search(wholeWord(surname(other)));
  if (otherAt < 0 || pronounAt < 0 || otherAt > pronounAt) return label;
  // (Named as the label names its doer: by the last name alone, or in full.)
  const said = label.includes(doer) ? other : surname(other);
  return `${label.slice(0, m.index)}${said}${label.slice(m.index + m[1]!.length)}`;
}
