// The parts of a clause the label rules read: its verbs (past, auxiliary, in -ing, of saying), its subject and the
// noun phrase that ends a stretch of text.
import { IRREGULAR_PAST, MODAL_VERBS, MONTH_NAMES, REPORTING_VERB_SET, SEASON_WORDS, alternation } from '../../text/lexicon';
import { isCap } from '../../text/tokens';
import { DETERMINERS, PREPOSITIONS, bare, startsWithPreposition, words } from './labelText';

// "the same day as …", "that week": a determiner that opens a time phrase, not the verb's object.
export const TIME_NOUN = /^(?:same|day|week|month|year|time|night|morning|evening)$/i;

// "About 200 workers", "Some 40 drivers": a number of people opens on a word that is elsewhere a preposition.
// ("About $60 million flowed out …", "Some €2 billion …": a sum counts too, its currency sign before the figure.)
export const QUANTITY = /^(?:about|around|some|nearly|over)\s+(?:[$€£¥]|US\$|C\$)?\d/i;

// "saying …", "declaring victory …"; not a noun or a link word that ends in -ing.
export const ING_LEAD = /^\s*(?!(?:building|morning|evening|meeting|during|nothing|something|everything|anything|according|including|following|regarding|concerning|notwithstanding|bring|thing|king|ring|spring|string|wing|ceiling|wedding|funding|hearing|ruling|spending|training|housing|shooting|bombing|killing|fighting|sitting)\b)[a-z]{3,}ing\s+\S/;

/** The subject of a clause: its words before its first past verb or auxiliary, if they read as a noun phrase of a few words. */
export function clauseSubject(segment: string): string {
  const w = words(segment.trim());
  const v = w.findIndex((x, i) => i > 0 && isVerbOfClause(bare(x)) && /^\p{Ll}/u.test(x));
  if (v < 1 || v > 6) return '';
  // "The court on Thursday handed down …": the subject ends where a phrase of time or place begins.
  const cut = w.findIndex((x, i) => i > 0 && i < v && PREPOSITIONS.has(bare(x)) && bare(x) !== 'of');
  const subject = w.slice(0, cut > 0 ? cut : v).join(' ');
  return startsWithPreposition(subject) || !/^(?:\p{Lu}|(?:the|a|an|its|their|his|her)\s)/u.test(subject) ? '' : subject.replace(/^(?:the|a|an)\s+/i, '');
}

export const PARTICIPLE_LEAD = /^\s*(?:[a-z]+ed|built|held|made|won|set|led|begun|taken|given|written|known|broken|chosen|drawn|grown|shown|sold|struck|brought|bought|fought|found|kept|lost|paid|sent|spent|told|shut|hit|cut)\s+(?:by|in|on|at|to|during|after|before|under|with|from|for|up|down|off|last|this)\b/;
export const AUXILIARY_LEAD = new RegExp(`^\\s*(?:${alternation([...MODAL_VERBS, 'is', 'are', 'was', 'were', 'has', 'have', 'had'])})\\s+\\w`);

const NOUN_PHRASE_END = /^(?:in|on|at|of|from|by|with|during|after|before|since|until|over|under|near|between|through|across|against)$/;
export const DATE_WORD = new RegExp(`^(?:\\d{4}s?|${MONTH_NAMES.join('|')}|${Object.keys(SEASON_WORDS).join('|')})$`, 'i');

/**
 * The noun phrase that ends `text`, without the phrases its prepositions add: from its last determiner
 * or possessive ("a 44-day war in the autumn of 2020" is "a 44-day war"; "Romania's presidential
 * election"), passing over a phrase that is only a date; else its last run of capitalised words.
 */
const DEMONSTRATIVE = /^(?:this|that|these|those)$/i;

export function lastNounPhrase(text: string): string {
  const w = words(text);
  for (let i = w.length - 1; i >= Math.max(0, w.length - 10); i--) {
    const word = w[i]!;
    // ("most of that small trade, which …": a demonstrative opens the phrase too.)
    const opener = DETERMINERS.has(word.toLowerCase()) || (DEMONSTRATIVE.test(word) && i > 0);
    if (!opener && !/['’]s$/.test(word)) continue;
    if (opener && i === w.length - 1) continue;
    let end = i + 1;
    while (end < w.length && !NOUN_PHRASE_END.test(bare(w[end]!))) end++;
    // "European Union's civilian monitors": the possessor's name goes with it.
    let from = i;
    if (!opener) while (from > 0 && isCap(w[from - 1]!) && from > i - 3) from--;
    const phrase = w.slice(from, end);
    if (phrase.length > 1 && !phrase.some((x) => DATE_WORD.test(bare(x)))) return phrase.join(' ');
  }
  return (/((?:[A-Z][\w'’.-]*\s*){1,4})$/.exec(text)?.[1] ?? '').trim();
}

export const PAST_VERB = /^(?:[a-z]+ed|flew|went|met|said|told|made|took|gave|left|won|lost|began|rose|fell|held|led|sent|signed|struck|broke|came|became|ran|fought|spoke|wrote|sold|bought|paid|hit|put|set|cut|quit|shut)$/;

/** A short run of words with no verb in it: a name or a noun phrase, the subject of a verb to come. */
export function verbless(text: string): boolean {
  const w = words(text).map(bare);
  // (Up to ten words: two people with their titles, "Varno Mayor Ana Brel and Tesk Mayor Ivo Marn".)
  return w.length > 0 && w.length <= 10 && !w.some((x) => isVerbOfClause(x) || REPORTING_VERB_SET.has(x) || /^[a-z]{3,}ed$/.test(x));
}

/** A segment that opens on a past verb or an auxiliary ("closed the docks", "will meet …"). */
export function opensOnVerb(text: string): boolean {
  const first = bare(words(text)[0] ?? '');
  return /^\p{Ll}/u.test(text.trim()) && (isVerbOfClause(first) || REPORTING_VERB_SET.has(first));
}


/** A lower-case word that makes what follows a clause, not a noun: a past verb or an auxiliary. */
export const isClauseVerb = (word: string): boolean => PAST_VERB.test(word) || /^(?:is|are|was|were|has|have|had|will|would)$/.test(word);
/** A clause's verb, irregular pasts too ("held", "won", "told"). */
export const isVerbOfClause = (word: string): boolean => isClauseVerb(word) || IRREGULAR_PAST.has(word);

export const RELATIVE_WORD = /^(?:that|who|which)$/;

/** "blowing", "seeking": a verb in -ing, not a noun ("ruling", "bombing") or a link word. */
export const isIngVerb = (word: string): boolean => ING_LEAD.test(`${word} x`);
