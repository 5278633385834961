// The words of a label and their tidying: splitting, bare forms, the count of content words, the junk a label
// never starts or ends on, and the titles that shrink before a known name.
import { isSpaceCode } from '../../text/segment';
import { COMMON_SENTENCE_OPENERS } from '../../text/lexicon';
import { isTitleWord } from '../../text/tokens';

/** A label's phrase without the article it opens on ("the port authority" → "port authority"); an article alone stays. */
export function withoutOpeningArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+(?=\S)/i, '');
}

export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'since', 'by', 'from', 'during', 'after', 'before', 'until', 'till', 'through', 'throughout',
  'between', 'for', 'within', 'over', 'as', 'of', 'around', 'about', 'early', 'late', 'last', 'earlier', 'later',
]);

export const TRAILING_PREPOSITIONS = /(?:\b(?:in|on|at|since|by|from|during|after|before|until|till|through|throughout|between|for|within|over|around|about|of|early|late|mid|the|a|an)\s*)+$/i;
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
// ("so-called", "a-": a word joined by a hyphen is no link word.)
const LEADING_JUNK = /^(?:and|but|or|so|then|while|when|where|which|who|whom|that|also|however|meanwhile|moreover|the|a|an)\b(?![-'’])\s*/i;
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'for', 'by', 'with', 'from', 'that', 'this', 'its', 'their',
  'his', 'her', 'since', 'when', 'where', 'which', 'as', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had',
]);

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** A word lower-cased with everything but letters, digits and underscores left out. */
export function bare(word: string): string {
  const lower = word.toLowerCase();
  return /^\w*$/.test(lower) ? lower : lower.replace(/[^\w]/g, '');
}

export function contentWords(text: string): number {
  let n = 0;
  for (const w of words(text)) if (!FUNCTION_WORDS.has(bare(w))) n++;
  return n;
}

export function startsWithPreposition(text: string): boolean {
  // The first run of non-spaces: the first of words(text), without splitting the rest.
  const first = /\S+/.exec(text)?.[0];
  return PREPOSITIONS.has(first === undefined ? '' : bare(first));
}

const TRAILING_JUNK = new Set('"“”‘’\'.,;:—–-');

/** The text without its trailing spaces, quotes and punctuation; a loop, since an end-anchored pattern retries at every character. */
export function withoutTrailingJunk(text: string): string {
  let end = text.length;
  while (end > 0 && (isSpaceCode(text.charCodeAt(end - 1)) || TRAILING_JUNK.has(text[end - 1]!))) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function tidy(text: string): string {
  let t = withoutTrailingJunk(text)
    .replace(/^[\s"“”‘’',;:—–-]+/u, '')
    .replace(/\s+/g, ' ')
    // ("up 2 pence (1.3 cents), at 260 pence": a blanked aside leaves no space before the comma after it.)
    .replace(/ ([,;])/g, '$1')
    .trim();
  for (let i = 0; i < 3; i++) {
    // Not an acronym spelt like one of these words ("WHO"): that is a name.
    const next = /^[A-Z]{2,}\b/.test(t) ? t : t.replace(LEADING_JUNK, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

export function shrinkTitles(text: string, people: string[]): string {
  let out = text;
  for (const name of people) {
    const at = out.indexOf(name);
    if (at <= 0) continue;
    // Drop a run of capitalised title words right before the name ("Armenian Prime Minister").
    const before = out.slice(0, at);
    const m = /((?:\b[A-Z][\w'’.-]*\s+){1,5})$/.exec(before);
    if (m && m.index === 0) out = out.slice(at);
    // "Ana Brel, Environment Minister Ivo Marn and Attorney General Eva Kross voted …": titles inside a list of
    // people go too, so the subject fits before its verb.
    else if (m && /(?:,|\band)\s+$/.test(before.slice(0, m.index)) && m[1]!.trim().split(/\s+/).length <= 3) out = `${before.slice(0, m.index)}${out.slice(at)}`;
  }
  return out;
}

/**
 * A sentence as what someone said after "said": its opening capital goes when it was only the sentence's ("said the
 * talks …", "said new loans rose …", "said preliminary tests link …"); a name keeps it ("said Varno will …", "said
 * New Zealand will …", a word before another capitalised one).
 */
export function asReported(sentence: string): string {
  const m = /^(\p{Lu}\p{Ll}*)\b(?![-'’])\s*(\S*)/u.exec(sentence);
  if (!m) return sentence;
  const word = m[1]!.toLowerCase();
  const common = FUNCTION_WORDS.has(word) || (COMMON_SENTENCE_OPENERS.has(word) && !isTitleWord(m[2]!));
  return common ? word + sentence.slice(m[1]!.length) : sentence;
}
