// Dates counted from a happening the story dated elsewhere: "two years after
// his diagnosis" once the story said he was diagnosed in 2015, "the day
// before the vote" once it dated the vote. The story remembers, for each
// date it read, the words of happening beside it in its clause by their stem
// (so "was diagnosed" meets "his diagnosis", "the vote" meets "voted"), the
// first date told of each; a count before or after one of them is counted
// from that date. A date set right before its happening ("the Oct. 3
// shooting", "last month's vote") is that happening's, and outweighs one that
// only stood near it ("charged with murder on Thursday").
import { PRECISION_RANK, unitInterval } from '../../model/calendar';
import type { Precision } from '../../model/schema';
import { kindsByWord } from '../text/happeningWords';
import { AUXILIARY_VERBS, FUNCTION_WORDS, HAPPENING_KINDS, HAPPENING_NOUNS, IRREGULAR_PAST, ONE_HAPPENING_WORDS, PRESENT_WORDS, REPORTING_VERBS } from '../text/lexicon';
import { numberValue } from './resources/patterns';
import { EVENT_NOUNS } from './resources/yearContext';
import { shift, type Unit } from './resolve';
import { dateValue } from './timex';
import type { TimeExpression, Timex, Unresolved } from './types';

/** A crude stem, so that "elected", "election" and "elections" meet. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/(?:ations?|itions?|ions?|ments?|ings?|ed|es|s|is)$/, '').replace(/e$/, '');
  return w.length > 6 ? w.slice(0, 6) : w;
}

/** A happening's date as the story told it; `bound` when the date stood right before its word ("the Oct. 3 shooting"). */
interface Known { start: string; precision: Precision; bound?: boolean }
export type HappeningDates = Map<string, Known>;

/** The other words a story names one happening by ("the shooting" of a doctor "killed" on Oct. 3), a key per kind. */
// The report kinds whose words name one happening and little else: not those with everyday verbs ("left", "close",
// "sign"), nor deaths, which ONE_HAPPENING_WORDS tells with the shootings and stabbings that cause them.
const ONE_HAPPENING_KINDS = HAPPENING_KINDS.filter((group) => !/\b(?:killed|left|close|sign|notify|filed)\b/.test(group));
const KIND_OF_WORD = kindsByWord([...ONE_HAPPENING_KINDS, ...HAPPENING_NOUNS, ...ONE_HAPPENING_WORDS]);
const kindKey = (word: string): string | null => {
  // "March" is a month, not a march.
  const kind = word === 'March' ? undefined : KIND_OF_WORD.get(word.toLowerCase());
  // The report kinds are marked apart: a count from one ("two weeks after the walkout") is for events/happeningDates.ts.
  return kind === undefined ? null : `${kind < ONE_HAPPENING_KINDS.length ? 'report' : 'kind'}:${kind}`;
};

/** How many words either side of a date, inside its clause and not counting function words, may name its happening. */
const REACH = 4;
/** Words that name a happening: nouns of action and past verbs ("vote", "election", "diagnosis", "was signed"). */
const HAPPENING_WORD = /(?:tion|sion|sis|ment|ure|ed|en)$/;

function clauseWords(text: string, fromEnd: boolean): string[] {
  const clause = fromEnd ? text.split(/[,;:()\u2014]/).pop() ?? '' : text.split(/[,;:()\u2014.]/)[0] ?? '';
  const words = clause.split(/[^A-Za-z-]+/).filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w.toLowerCase()));
  return fromEnd ? words.slice(-REACH) : words.slice(0, REACH);
}

/** A word that can name a happening: a noun of action or a past verb, not a name nor a function word. */
function namesHappening(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 4 || FUNCTION_WORDS.has(lower) || /^[A-Z]/.test(word)) return false;
  return EVENT_NOUNS.has(lower) || HAPPENING_WORD.test(lower) || IRREGULAR_PAST.has(lower) || KIND_OF_WORD.has(lower);
}

/** Up to two words right after a date, as "the Oct. 3 sniper shooting", "last month's vote" set them before their noun. */
const BEFORE_NOUN = /^(?:'s)?\s+(?:([a-z-]+)\s+)?([a-z-]+)/;

/** The word a date is set right before, when it names a happening: "shooting" of "the Oct. 3 sniper shooting". */
function boundWord(sentence: string, end: number): string | null {
  const m = BEFORE_NOUN.exec(sentence.slice(end, end + 40));
  if (!m) return null;
  const [first, second] = m[1] === undefined ? [m[2]!, undefined] : [m[1], m[2]];
  if (FUNCTION_WORDS.has(first)) return null;
  if (namesHappening(first)) return first;
  return second !== undefined && namesHappening(second) ? second : null;
}

/** A charge and the crime it names: "charged with murder", "accused of first-degree arson", "on trial for fraud". */
const CHARGE_RE = /\b(?:charged\s+with|accused\s+of|convicted\s+of|acquitted\s+of|indicted\s+(?:for|on)|arrested\s+for|suspected\s+of|on\s+trial\s+for|guilty\s+of)\s+(?:(?:first|second|third)-degree\s+|attempted\s+)?[A-Za-z-]+/gi;

/**
 * Adds the happenings named beside each date of the sentence to what the story remembers; the first date told of a
 * happening stays, unless a later one tells it more closely (refines).
 */
export function rememberHappenings(memory: HappeningDates, sentence: string, expressions: readonly TimeExpression[]): void {
  for (const e of expressions) {
    if (e.kind === 'ongoing' || e.rule === 'anchored-to-event') continue;
    const date = { start: e.date.start, precision: e.date.precision };
    const bound = boundWord(sentence, e.end);
    if (bound) for (const key of keysOf(bound)) if (!memory.get(key)?.bound || refines(date, memory.get(key)!)) memory.set(key, { ...date, bound: true });
    // A clause's few words lie within a short stretch either side: no need to split the whole sentence. A crime one is
    // charged with is not what the date dates ("charged with murder on March 4" dates the charge).
    const before = sentence.slice(Math.max(0, e.start - 120), e.start).replace(CHARGE_RE, ' ');
    const after = sentence.slice(e.end, e.end + 120).replace(CHARGE_RE, ' ');
    for (const word of [...clauseWords(before, true), ...clauseWords(after, false)]) {
      if (!namesHappening(word)) continue;
      for (const key of keysOf(word)) {
        const known = memory.get(key);
        if (!known || refines(date, known)) memory.set(key, known?.bound ? { ...date, bound: true } : date);
      }
    }
  }
}

/**
 * Whether a date told later names the same happening more closely: "the October slaying", then "shot to death last
 * Oct. 23" is the day of it. A finer date inside the one remembered refines it; any other keeps the first.
 */
function refines(date: Known, known: Known): boolean {
  if (PRECISION_RANK[date.precision] >= PRECISION_RANK[known.precision]) return false;
  const span = unitInterval(known.start, known.precision);
  return date.start >= span.start && date.start <= span.end;
}

/** What a happening's word is remembered under: its stem, and its kind when it has one. */
function keysOf(word: string): string[] {
  const kind = kindKey(word);
  return kind ? [stem(word), kind] : [stem(word)];
}

const UNIT: Record<string, Unit> = { day: 'day', week: 'week', month: 'month', year: 'year', decade: 'decade' };
const COUNT_RE = /^(.+?)[\s-]+(days?|weeks?|months?|years?|decades?)\s+(before|after)$/i;
// "the morning after the final" is the day after it, as "the day after" is.
const THE_DAY_RE = /^the\s+(?:day|morning|afternoon|evening|night)\s+(before|after)$/i;

/** The date of an anchored count whose happening the story dated, or null. */
export function dateFromHappening(memory: HappeningDates, sentence: string, u: Unresolved): TimeExpression | null {
  if (u.reason !== 'anchored to another event') return null;
  const day = THE_DAY_RE.exec(u.text);
  const count = day ? null : COUNT_RE.exec(u.text);
  if (!count && !day) return null;
  const n = count ? numberValue(count[1]!) : 1;
  if (n === null) return null;
  const unit = count ? UNIT[count[2]!.toLowerCase().replace(/s$/, '')] : 'day';
  const sign = (count ? count[3] : day![1])!.toLowerCase() === 'before' ? -1 : 1;
  // The happening: the first remembered word among the few after "before"/"after".
  const found = rememberedAmong(memory, sentence.slice(u.end), 5, false);
  if (!found || !unit) return null;
  const { known, index } = found;
  const date = shift(known, unit, sign * n, false);
  const text = `${sentence.slice(u.end).trim().split(/\s+/).slice(0, index + 1).join(' ')}`.replace(/[,.;:]+$/, '');
  return {
    start: u.start, end: u.end, text: u.text, date, kind: 'point', rule: 'anchored-to-event', tense: sign < 0 ? 'past' : 'present',
    anchor: { kind: 'event', date: known.start, precision: known.precision, text },
  };
}

/** The first of the first `reach` words of a text that names a happening the story dated, with its place among them. */
function rememberedAmong(memory: HappeningDates, text: string, reach: number, reportKinds = true): { known: Known; index: number } | null {
  const words = text.split(/[^A-Za-z-]+/).filter(Boolean).slice(0, reach);
  for (const [index, word] of words.entries()) {
    if (word.length < 4 || FUNCTION_WORDS.has(word.toLowerCase())) continue;
    // The word itself, else another word of its kind ("the shooting" once "was killed on Oct. 3" was told); a date
    // set right before the other word outweighs one that only stood near this one.
    const [own, kin] = keysOf(word).filter((key) => reportKinds || !key.startsWith('report:')).map((key) => memory.get(key));
    const known = own && (own.bound || !kin?.bound) ? own : kin;
    if (known) return { known, index };
  }
  return null;
}

// Saying is not a happening to date an hour by: "announced at 3 p.m." is the day the story speaks of, not the day of
// an earlier announcement ("said" and "told" are function words already).
const SAYING: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'spoke']);

/**
 * The day of a happening the story dated at day precision, named among the few words before a time of day in its
 * clause: "was stabbed at 9 p.m." once the story said he was stabbed on Nov. 12. Null when none is remembered.
 */
export function dayOfHappeningBefore(memory: HappeningDates, sentence: string, at: number): string | null {
  const before = sentence.slice(Math.max(0, at - 120), at);
  for (const word of clauseWords(before, true).reverse()) {
    if (!namesHappening(word) || SAYING.has(word.toLowerCase())) continue;
    // The hour must be the happening's own: "a vigil for those stabbed will start at 9 p.m." has a verb of its own
    // between them.
    const between = before.slice(before.lastIndexOf(word) + word.length).toLowerCase().split(/[^a-z]+/);
    if (between.some((w) => AUXILIARY_VERBS.has(w) || PRESENT_WORDS.has(w))) return null;
    const known = memory.get(stem(word));
    if (known?.precision === 'day') return known.start;
  }
  return null;
}

/** A stretch next to a happening (happeningStretch.ts): "weeks" in "in the weeks before the vote". */
const STRETCH_AFTER = /^\s+(?:before|after|leading\s+up\s+to|following|preceding)\s+/i;

/**
 * The value of a stretch beside a happening the story dated: "in the weeks before the vote" once the vote was dated
 * Nov. 6 is that month (the stretch is known to about the month, or to the coarser precision the happening was told
 * at: "last fall" gives the season). Null when the happening is not remembered.
 */
export function stretchValue(memory: HappeningDates, sentence: string, t: Timex): string | null {
  const lead = STRETCH_AFTER.exec(sentence.slice(t.end, t.end + 30));
  if (!lead) return null;
  const known = rememberedAmong(memory, sentence.slice(t.end + lead[0].length), 4)?.known;
  return known ? dateValue(known.start, known.precision === 'day' ? 'month' : known.precision) : null;
}
