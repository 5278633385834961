// Cues the merge rule reads besides its three features, pure: words for the
// same kind of happening ("evacuated" here, "fled" there), and where in its
// day a report puts a happening ("late on Tuesday", "the early hours of
// Wednesday"), so two reports a day apart of something that happened around
// midnight are not taken for sources that disagree.
import { toUtcMs } from '../../model/calendar';
import type { EventDate, TimelineEvent } from '../../model/schema';
import { FORECAST_BOUNDS, FORECAST_WORDS, FUTURE_WORDS, HAPPENING_KINDS, MERGE_HAPPENING_KINDS, phraseAlternation, REACTION_VERBS } from '../text/lexicon';
import { kindOfStem, kindsByWord, stemWord } from '../text/happeningWords';

export { kindOfStem, stemWord };

/** The kinds merging reads after HAPPENING_KINDS' own, numbered on from them. */
const MERGE_KIND_OF_STEM = new Map([...kindsByWord(MERGE_HAPPENING_KINDS, stemWord)].map(([stem, kind]) => [stem, HAPPENING_KINDS.length + kind]));

/** How many kinds mergeKindOfStem can give. */
export const MERGE_KIND_COUNT = HAPPENING_KINDS.length + MERGE_HAPPENING_KINDS.length;

/** The kind of happening a stem names as merging reads it: HAPPENING_KINDS, then MERGE_HAPPENING_KINDS ("bombs", "blasts"). */
export function mergeKindOfStem(stem: string): number | undefined {
  return kindOfStem(stem) ?? MERGE_KIND_OF_STEM.get(stem);
}

/**
 * Whether a label tells a reaction to a happening ("Ostmark's government condemned the bombing", "the mayor vowed to
 * rebuild the bridge"): a verb of REACTION_VERBS among its words.
 */
export function isReaction(label: string): boolean {
  return label.toLowerCase().split(/[^a-z]+/).some((w) => REACTION_VERBS.has(w));
}

/** The words of a set that name a kind of happening, by kind (words as stems, or as their numbers). */
export type HappeningKinds<T = string> = ReadonlyMap<number, readonly T[]>;

export function happeningKinds<T>(words: Iterable<T>, kindOf: (word: T) => number | undefined): HappeningKinds<T> {
  const kinds = new Map<number, T[]>();
  for (const word of words) {
    const kind = kindOf(word);
    if (kind === undefined) continue;
    const list = kinds.get(kind);
    if (list) list.push(word);
    else kinds.set(kind, [word]);
  }
  return kinds;
}

/**
 * What two sides' different words for the same kind of happening add to
 * their shared weight: for each kind both name but with no word in common, as
 * much as the rarer of their words would have weighed had they shared it.
 */
export function sameKindWeight<T>(a: HappeningKinds<T>, b: HappeningKinds<T>, bHas: (word: T) => boolean, weight: (word: T) => number): number {
  let added = 0;
  for (const [kind, wordsA] of a) {
    const wordsB = b.get(kind);
    if (!wordsB || wordsA.some(bHas)) continue;
    added += Math.min(Math.max(...wordsA.map(weight)), Math.max(...wordsB.map(weight)));
  }
  return added;
}

const LATE_IN_DAY = /\b(?:night|overnight|late|evening|midnight|p\.\s?m\b)/iu;
const EARLY_IN_DAY = /\b(?:early|overnight|dawn|daybreak|small hours|hours of|midnight|a\.\s?m\b)/iu;

/** Where in its day a clause puts what it reports. */
export interface TimeOfDay {
  late: boolean;
  early: boolean;
}

export function timeOfDay(clause: string): TimeOfDay {
  return { late: LATE_IN_DAY.test(clause), early: EARLY_IN_DAY.test(clause) };
}

/**
 * Two day-precise reports one day apart of something that happened around
 * midnight: the first puts it late in its day or the second early in its.
 */
export function acrossMidnight(a: { date: EventDate; time: TimeOfDay }, b: { date: EventDate; time: TimeOfDay }): boolean {
  if (a.date.precision !== 'day' || b.date.precision !== 'day') return false;
  const gap = (toUtcMs(b.date.start) - toUtcMs(a.date.start)) / 86_400_000;
  if (Math.abs(gap) !== 1) return false;
  const [first, second] = gap > 0 ? [a, b] : [b, a];
  return first.time.late || second.time.early;
}

/**
 * The order pairs are trusted in: those whose dates are the same day first,
 * then by score. A group then forms around its most precise reports, and a
 * vague mention ("the fire that killed four workers this week") cannot take the
 * place of its article's own dated report (a group holds one event per article).
 */
export function pairRank(features: { date: number; score: number }): number {
  return (features.date === 1 ? 1 : 0) + features.score;
}

/** A forecast's bound or guess right before its date ("as early as Friday", "sometime this week"). */
const BOUNDS = phraseAlternation(FORECAST_BOUNDS);
const FORECAST_BOUND = new RegExp(`\\b(?:${BOUNDS})\\s+$`, 'i');
const FORECAST_HEAD = new RegExp(`^(?:${BOUNDS})\\s`, 'i');
/** How many words before the bound are read for the word that makes it a forecast ("is preparing to file for … as early as"). */
const FORECAST_REACH = 10;

/**
 * Whether an event is dated by a source's forecast ("is preparing to file as early as Friday", "a filing that could
 * come sometime this week"): the date says when that source expects the happening, not when it came. A bound told of
 * the past ("knew of the fault as early as 2015", "signed sometime last year") is no forecast: a word of the future
 * or of expecting must come shortly before it, or in the date ("as early as next week").
 */
export function forecastDated(event: TimelineEvent): boolean {
  const source = event.sources[0]!;
  if (source.dateStart === undefined) return false;
  const at = source.dateStart - source.start;
  if (at < 0 || at > source.quote.length) return false;
  // The bound before the date expression, or at its head where the expression takes it in ("as early as Friday").
  const before = source.quote.slice(0, at);
  const bound = FORECAST_BOUND.exec(before.slice(-24))?.[0] ?? (FORECAST_HEAD.test(source.quote.slice(at, at + 24)) ? '' : null);
  if (bound === null) return false;
  const words = before.slice(0, before.length - bound.length).toLowerCase().split(/[^a-z']+/).filter(Boolean).slice(-FORECAST_REACH);
  // (Or in the date itself: "as early as next week".)
  words.push(...event.date.text.toLowerCase().split(/[^a-z']+/));
  return words.some((w) => FUTURE_WORDS.has(w) || FORECAST_WORDS.has(w));
}

/** A count as written: three digits or more, or groups of thousands ("412", "1,275"); a year alone is not one. */
const COUNT = /\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b/g;

/**
 * The counts a passage gives ("ran 412 shops and 275 depots"), each once, as written: two passages that
 * give the same two counts state the same figures, at one moment, whatever else their words say.
 */
export function countsOf(text: string): string[] {
  const out = new Set<string>();
  for (const [count] of text.matchAll(COUNT)) {
    const year = /^\d{4}$/.test(count) && Number(count) >= 1000 && Number(count) < 2100;
    if (!year) out.add(count);
  }
  return [...out];
}

/** A sum of money as written: a currency sign (a country's letters before it, "C$") and a number, "million" or "billion" after it, or cents or pence. */
const MONEY = /(?:\b[A-Z]{1,2})?[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|trillion)\b)?|\b\d+(?:\.\d+)?\s+(?:cents|pence)\b/g;

/** The sums of money a text gives, each once, as written (spaces folded): "$3.20", "$41.6 million", "35 cents". */
export function sumsOf(text: string): string[] {
  return [...new Set([...text.matchAll(MONEY)].map((m) => m[0].replace(/\s+/g, ' ')))];
}

/**
 * Whether two tellings both give sums of money and each gives one the other does not: "shares fell 35 cents to
 * $52.10" and "shares rose 35 cents to $8.90". Not when one gives only sums the other gives too (a brief that keeps
 * the price of a report that also gives the deal's total).
 */
export function sumsDiffer(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && a.some((x) => !b.includes(x)) && b.some((x) => !a.includes(x));
}

/** Passages of one event read for its evidence: an article that tells a happening thousands of times says it in its first few. */
export const TOLD_SOURCES = 8;

/** The counts of an event's first few passages, as its evidence is read (see countsOf). */
export function eventCounts(event: TimelineEvent): string[] {
  return countsOf(event.sources.slice(0, TOLD_SOURCES).map((source) => source.quote).join(' '));
}

/**
 * The pairs of group roots in which each root has no other partner: where a group could join either of two
 * others, a rule of the whole happening joins none of them.
 */
export function onlyPartners(pairs: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const partners = new Map<number, number>();
  for (const pair of pairs) for (const root of pair) partners.set(root, (partners.get(root) ?? 0) + 1);
  return pairs.filter(([a, b]) => partners.get(a) === 1 && partners.get(b) === 1).map(([a, b]) => [a, b]);
}

/** Texts as an evidence line quotes them: “Monday”, “Thursday”. */
export const quoted = (xs: readonly string[]): string => xs.map((x) => `“${x}”`).join(', ');
