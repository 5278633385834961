// Whether a bare number, month or season written without a date around it is
// one: "in 1991", "the 1991 occupation", "in May" are; "Resolution 1991",
// "1991 soldiers", "Theresa May", "the fall of the city" are not.
import type { Phrase } from './parsePhrase';
import { EVENT_NOUNS, LABEL_NOUNS, UNIT_WORDS, YEAR_DETERMINERS } from './resources/yearContext';
import { isCap } from '../text/tokens';

/** The word before `at`, lower case, and the character just before it. */
export function wordBefore(s: string, at: number): { word: string; char: string } {
  const head = s.slice(Math.max(0, at - 30), at);
  const m = /([A-Za-z][A-Za-z.]*)\s*$/.exec(head);
  return { word: m ? (m[1] ?? '').toLowerCase() : '', char: head.replace(/\s+$/, '').slice(-1) };
}

export function wordAfter(s: string, at: number): string {
  const m = /^\s*([A-Za-z][A-Za-z-]*|%)/.exec(s.slice(at, at + 30));
  return m ? (m[1] ?? '') : '';
}

/** Words after "the 1995" that show it is a number, not a year before its noun. */
const NOT_A_NOUN = new Set(['and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'was', 'is', 'were', 'are', 'had', 'has', 'will', 'would', 'per', 'more', 'less', 'other', 'odd', 'plus']);

/** A bare year must not be a count, a price, a label or a clock time. */
const NOT_PLURAL = new Set(['was', 'is', 'has', 'as', 'his', 'its', 'this', 'thus', 'us', 'yes', 'plus', 'less', 'unless', 'across', 'towards', 'whereas', 'afterwards', 'besides', 'does', 'goes', 'says']);

export function yearLooksLikeNumber(s: string, p: Phrase): boolean {
  if (p.kind !== 'year' || p.part) return false;
  const before = s.slice(Math.max(0, p.start - 2), p.start);
  // "$2020", "# 1991", "2,317", "3.2020": money, labels and the tail of a bigger number.
  if (/[$\u20ac\u00a3#]\s?$/.test(before) || /[\d,.]$/.test(before)) return true;
  const { word } = wordBefore(s, p.start);
  if (LABEL_NOUNS.has(word) || LABEL_NOUNS.has(word.replace(/\.$/, ''))) return true;
  if (word === 'at' || word === 'about' || word === 'some' || word === 'nearly' || word === 'than') return true;
  const next = wordAfter(s, p.end);
  const lower = next.toLowerCase();
  if (next === '%' || UNIT_WORDS.has(lower)) return true;
  // "2,000 troops" but not "in 1952 as a maker", "in 2015 his party".
  if (/^[a-z]+s$/.test(next) && !EVENT_NOUNS.has(lower) && !NOT_PLURAL.has(lower)) return true;
  return false;
}

/** Verbs after a year that opens its sentence ("2023 was a hard year"); "1500 were killed", "2000 came" are counts. */
const YEAR_SUBJECT_VERBS: ReadonlySet<string> = new Set(['was', 'is', 'will', 'saw', 'marked', 'brought', 'became', 'proved']);

/** Context that makes a bare year a year without a preposition: "the 1991 occupation", "1991's war", "(2020)". */
export function bareYearInContext(s: string, p: Phrase): boolean {
  const after = s.slice(p.end, p.end + 3);
  if (/^['\u2019]s\b/.test(after)) return true;
  const { word, char } = wordBefore(s, p.start);
  if (char === '(' && /^\s*\)/.test(after)) return true;
  const next = wordAfter(s, p.end);
  if (EVENT_NOUNS.has(next.toLowerCase())) return true;
  // "predicting 1990 Harwick earnings", "the 2018 Veltin Cup final": a name between the year and the happening it dates.
  const named = /^\s+(?:[A-Z][\w&.'-]*\s+){1,2}([a-z]+)\b/.exec(s.slice(p.end, p.end + 60));
  if (named && EVENT_NOUNS.has(named[1]!)) return true;
  // "the company's 1989 results": a possessive determines the year as "its" would.
  const determined = YEAR_DETERMINERS.has(word) || /['\u2019]s\s*$/.test(s.slice(Math.max(0, p.start - 4), p.start));
  if (determined && (isCap(next) || /^-[a-z]/.test(after))) return true;
  // "the year 2023 was the hottest", "2023 was a hard year": a year named as such, or a sentence's subject before its verb.
  if (/\b(?:the|that|this)\s+year\s+$/i.test(s.slice(Math.max(0, p.start - 12), p.start))) return true;
  if (/^\W*$/.test(s.slice(0, p.start)) && YEAR_SUBJECT_VERBS.has(next)) return true;
  // "the 1998 and 1999 figures": a list of years before their noun.
  if (determined && /^\s+(?:and|or)\s+\d{4}\s+[a-z]/.test(s.slice(p.end, p.end + 14))) return true;
  // "a 2010 raid", "his 2007 campaign", "the 2020 ceasefire agreement": a year before the noun it dates.
  if (determined && /^\s+[a-z]/.test(after) && /^[a-z]+$/.test(next) && !/s$/.test(next) && !NOT_A_NOUN.has(next)) return true;
  return false;
}

export function bareMonthOrSeasonOk(s: string, p: Phrase, prep: string): boolean {
  if (p.kind === 'month') {
    // "May" the name: "Theresa May" never follows a preposition directly, but "in May's" is fine;
    // "a June agreement", "the late-November trip": a month before the noun it dates.
    return prep !== '' || (YEAR_DETERMINERS.has(wordBefore(s, p.start).word) && /^\s+[a-z]+\b/.test(s.slice(p.end, p.end + 20)) && !NOT_A_NOUN.has(wordAfter(s, p.end)));
  }
  if (p.kind === 'season') {
    // "the fall of Shusha" is an event, not a season.
    if (/^\s+of\b/.test(s.slice(p.end, p.end + 5))) return false;
    // "the levels of the early summer": a season with its part is a time even after "of" ("the end of the late
    // summer rains" names rains).
    const timeAfterOf = p.part !== undefined && !/^\s+[a-z]/.test(s.slice(p.end, p.end + 3));
    return prep !== '' && (prep !== 'of' || timeAfterOf) && prep !== 'to' && prep !== 'for';
  }
  return true;
}
