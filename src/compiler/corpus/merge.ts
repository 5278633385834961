// Cross-article merging, pure: events from different articles that report the
// same happening become one event with a source per article. Two events are
// compared on three features (dates compatible at their precisions, shared
// actors, shared content words), scored, and joined greedily from the best
// pair down while the score passes the threshold; an event never joins another
// from its own article, and a reader's overrides (merges.json) split or join
// events by id before the rule runs. Where the joined sources give different
// dates, or one says a thing happened and another that it did not, the event
// keeps each version with its source.
import { compareDays, daysBetween, PRECISION_RANK, unitInterval } from '../../model/calendar';
import { acrossMidnight, eventCounts, forecastDated, happeningKinds, isReaction, sumsDiffer, sumsOf, TOLD_SOURCES, kindOfStem, MERGE_KIND_COUNT, mergeKindOfStem, pairRank, sameKindWeight, stemWord, timeOfDay, type HappeningKinds, type TimeOfDay } from './mergeCues';
import type { Disagreement, MergeOverrides, MergeReason, Precision, Source, TimelineEvent } from '../../model/schema';
import { isCap } from '../text/tokens';
import { CALENDAR_WORDS, FUNCTION_WORDS, IRREGULAR_PAST, NOT_PAST_ED, REPORTING_VERBS } from '../text/lexicon';
import { withSources } from '../events/importance';
import { mergeEvidence, type EvidenceContext } from './mergeEvidence';
import { happeningActors, takingPart, type NamesOf } from './happeningActors';
import { outbreakJoins } from './mergeOutbreak';
import { sameDeadJoins, startAndEndJoins, WAR_AND_TRUCE, warEndJoins } from './mergeWar';
import { stageJoins } from './mergeStages';
import { dateClause, figuresDiffer, figuresOf, isExpectation, isNounDated, isVagueDateText, type Figures } from '../events/sameHappening';

/**
 * How much shared wording counts as a share of the shorter side (against a
 * share of both sides): a brief that repeats a longer report's key words is
 * alike, and a label that names its subject ("the inquiry's chair asked …")
 * is not made less alike by the name.
 */
const SHORTER_SIDE = 0.7;
/** Weights of the features in the score; they sum to 1. */
export const MERGE_WEIGHTS = { date: 0.25, actors: 0.25, words: 0.5 } as const;
/** The actor score of two day-dated events whose shared actors are all countries: as if one named none. */
const COUNTRY_ONLY = 0.25;
/** How much an actor the passages name, not a participant of the happening, counts against a participant. */
const NAMED_WEIGHT = 0.8;
/** The actor score when one side names no one: neither for nor against. */
const NO_ACTORS = 0.25;
/** Events that each name actors, none of them shared, need at least this share of key words in common. */
const WORDS_WITHOUT_SHARED_ACTORS = 1 / 3;
/** A word found in more events than this is too common to find candidate pairs by. */
const FOLLOWED_WORD_LIMIT = 50;
/** Kinds of happening (lexicon.ts, as merging reads them), indexed after the words. */
const HAPPENING_KIND_COUNT = MERGE_KIND_COUNT;
/** Members of each group compared when two groups are joined (average linkage). */
const LINKAGE_SAMPLE = 8;
/** Two day-precise dates this many days apart may still be one happening reported with different dates. */
export const DATE_SLACK_DAYS = 1;

/** When a pair is the same happening. Chosen on the fixture story (figures in docs/extraction.md). */
export interface MergeRule {
  /** The weighted score must reach this. */
  threshold: number;
  /** Whatever the dates and actors, the pair must share this much wording. */
  minWords: number;
  /** Sources that give different days must share this much wording (they are then shown as disagreeing)… */
  disagreementWords: number;
  /** …and this much of their sentences' words written in lower case: what was done, not only who. */
  disagreementAction: number;
}

export const MERGE_RULE: MergeRule = { threshold: 0.28, minWords: 0.2, disagreementWords: 0.4, disagreementAction: 0.2 };

/** The share of their sentences' lower-case words two tellings of one day by the same participants need, where their labels share too few. */
const SAME_DAY_PARTIES_ACTION = 0.25;

export function passesRule(f: PairFeatures, rule: MergeRule = MERGE_RULE): boolean {
  if (f.sameDayKind) return true;
  const worded = f.words >= rule.minWords || (f.date === 1 && f.actors === 1 && f.action >= SAME_DAY_PARTIES_ACTION);
  return f.score >= rule.threshold && worded && (!f.daysDiffer || (f.words >= rule.disagreementWords && f.action >= rule.disagreementAction));
}


export interface PairFeatures {
  date: number;
  actors: number;
  words: number;
  /** Shared words written in lower case (what was done, not who): the check for pairs whose days differ. */
  action: number;
  score: number;
  /** Two day-precise dates on different days: sources that disagree, if one happening at all. */
  daysDiffer?: boolean;
  /** The same day and the same kind of happening in both labels. */
  sameDayKind?: boolean;
}

export interface MergeResult {
  events: TimelineEvent[];
  /** Ids named in the overrides that no event has. */
  unknownIds: string[];
}

const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by for from had has have he her his in into is it its of on or over said says ' +
    'she than that the their them there they this to under was were which who will with would after before since during ' +
    'also not no never did does do could should may might about against between while when where what new last next ' +
    'these those our we you your one two three four five six seven eight nine ten first second third through onto ' +
    'today yesterday tomorrow week weeks day days month months year years ' +
    'spring summer autumn fall winter morning evening night earlier later according told added late early'
  ).split(' '),
);

/** Calendar names are date words only when written with a capital ("March 7"); "the march" is a word. */
const CALENDAR = CALENDAR_WORDS;

/** Content words, folded and cut to a crude stem so "closed"/"closure"/"closing" meet. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of tokens(text)) {
    const stem = stemOf(token);
    if (stem !== null) words.add(stem);
  }
  return words;
}

/** The runs of letters and digits of a text, its marks folded away ("é" is "e"). */
function tokens(text: string): string[] {
  if (/[^\t\n\r\x20-\x7e]/.test(text)) return text.normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
  // Printable ASCII has no marks to fold away, and its letters and digits are these.
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (word && from < 0) from = i;
    else if (!word && from >= 0) {
      out.push(text.slice(from, i));
      from = -1;
    }
  }
  return out;
}

/** A token's stem as contentWords takes it, or null for a word it leaves out. */
function stemOf(token: string): string | null {
  const lower = token.toLowerCase();
  if (CALENDAR.has(lower) && isCap(token)) return null;
  if (!(lower.length > 2 || /^\d+$/.test(lower)) || STOPWORDS.has(lower)) return null;
  // A final y after a consonant is an i before an ending: "ratify", "ratified" and "ratification" meet.
  return stemWord(lower.replace(/([^aeiou])y$/u, '$1i'));
}

/**
 * Content words numbered in the order first seen, so counts and weights over
 * them are arrays; each token's number is worked out once.
 */
class Vocabulary {
  private readonly numbers = new Map<string, number>();
  private readonly tokenNumbers = new Map<string, number>();
  /** The kind of happening each numbered word names (mergeCues.ts), if any. */
  private readonly kinds: (number | undefined)[] = [];
  private readonly numeric: boolean[] = [];
  get size(): number {
    return this.numbers.size;
  }
  /** The numbers of contentWords(text), in its order. */
  contentWords(text: string): Int32Array {
    const ids: number[] = [];
    for (const token of tokens(text)) {
      let id = this.tokenNumbers.get(token);
      if (id === undefined) {
        const stem = stemOf(token);
        id = stem === null ? -1 : this.numberOf(stem);
        this.tokenNumbers.set(token, id);
      }
      if (id >= 0 && !ids.includes(id)) ids.push(id);
    }
    return Int32Array.from(ids);
  }
  private numberOf(word: string): number {
    let id = this.numbers.get(word);
    if (id === undefined) {
      id = this.numbers.size;
      this.numbers.set(word, id);
      this.kinds[id] = mergeKindOfStem(word);
      this.numeric[id] = /^\d+$/.test(word);
    }
    return id;
  }
  /** The number of a content word's stem, if any text so far had it. */
  idOf(stem: string): number | undefined {
    return this.numbers.get(stem);
  }
  /** Whether word number `id` is a number. */
  isNumber(id: number): boolean {
    return this.numeric[id] === true;
  }
  /** The kind of happening word number `id` names, if any. */
  kindOf(id: number): number | undefined {
    return this.kinds[id];
  }
  /** The weight of every numbered word, by a function of the word. */
  weights(weight: (w: string) => number): Float64Array {
    const out = new Float64Array(this.size);
    for (const [w, id] of this.numbers) out[id] = weight(w);
    return out;
  }
}

/** The words of a sentence that are not names: capitalised words other than the first are dropped. */
function lowerCaseWords(clause: string): string {
  return clause.replace(/(?<=\S\s+)\p{Lu}[\p{L}\p{N}'’-]*/gu, ' ');
}

/** |A∩B| / min(|A|,|B|): a short brief that repeats a longer report's key words counts as similar. */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.includes(x)) shared++;
  return shared / Math.min(a.length, b.length);
}

/**
 * Shared words weighted by rarity (inverse document frequency over the events
 * compared), as a share of the shorter side and of both sides, averaged: the
 * story's name and its two countries, in every sentence, count for little,
 * "Vienna" or "hotline" for much; a brief's few words can match a long report.
 */
function weightedSimilarity(a: Int32Array, sumA: number, b: Int32Array, sumB: number, idf: Float64Array, aKinds: HappeningKinds<number>, bKinds: HappeningKinds<number>): number {
  if (sumA === 0 || sumB === 0) return 0;
  let shared = 0;
  for (const id of a) if (b.includes(id)) shared += idf[id]!;
  // Different words for one kind of happening ("evacuated" here, "fled" there) count as a shared word would.
  if (aKinds.size > 0 && bKinds.size > 0) shared += sameKindWeight(aKinds, bKinds, (id) => b.includes(id), (id) => idf[id]!);
  return Math.min(1, SHORTER_SIDE * (shared / Math.min(sumA, sumB)) + (1 - SHORTER_SIDE) * ((2 * shared) / (sumA + sumB)));
}

/** The sum of the words' rarities, added up in the set's order so every run gives the same figure. */
function weightOf(words: Int32Array, idf: Float64Array): number {
  let sum = 0;
  for (const id of words) sum += idf[id]!;
  return sum;
}

function sameDate(a: TimelineEvent['date'], b: TimelineEvent['date']): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision;
}

function overlaps(a: TimelineEvent['date'], b: TimelineEvent['date']): boolean {
  return compareDays(a.start, b.end) <= 0 && compareDays(b.start, a.end) <= 0;
}

/** How much a shared date says: the same day much, the same year little. */
const DATE_WEIGHT: Record<Precision, number> = { day: 1, month: 0.6, season: 0.5, year: 0.3, decade: 0.1 };

/**
 * Whether two dates can be the same happening, and how telling that is:
 * the weight of the coarser precision when they overlap (times 0.8 when they
 * are not the same date), 0.3 for day-precise dates a day apart of which one
 * is written vaguely (sources that disagree), null when they cannot be the same.
 */
export function dateCompatibility(a: TimelineEvent['date'], b: TimelineEvent['date']): number | null {
  if (compareDays(a.start, b.end) <= 0 && compareDays(b.start, a.end) <= 0) {
    const coarser = PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision] ? a.precision : b.precision;
    const same = a.start === b.start && a.end === b.end && a.precision === b.precision;
    return DATE_WEIGHT[coarser] * (same ? 1 : 0.8);
  }
  // Days apart are sources that disagree only when one of them dates it vaguely ("Tuesday", "a day after", "last
  // night"), read against a publication day that may be off by one; "Oct. 15" and "Oct. 16" are two days.
  if (a.precision === 'day' && b.precision === 'day' && (isVagueDateText(a.text) || isVagueDateText(b.text))) {
    const gap = Math.abs(daysBetween(a.start, b.start));
    if (gap <= DATE_SLACK_DAYS) return DAY_GAP_SCORE;
  }
  return null;
}

/** The share of words a day-dated and a year-dated telling need in common to be one happening. */
const DAY_AGAINST_YEAR_WORDS = 0.4;

/** The date score of day-precise dates a few days apart. */
const DAY_GAP_SCORE = 0.3;

interface Prepared {
  event: TimelineEvent;
  article: string;
  /** Content words of the label and the date's clauses, and of the sentences' lower-case words, by number. */
  words: Int32Array;
  action: Int32Array;
  /** Those of its words that are numbers ("1934", "142"). */
  numbers: Int32Array;
  /** The counts its passages give ("412 shops and 275 depots"), as written, and their words' numbers to find pairs by. */
  counts: string[];
  countWords: Int32Array;
  /** Their words that name a kind of happening, by kind. */
  wordKinds: HappeningKinds<number>;
  actionKinds: HappeningKinds<number>;
  /** Whether its clauses put it late or early in its day. */
  time: TimeOfDay;
  /** Without repeats. */
  actors: string[];
  /** Those of its actors and named actors that are countries: a country both name says little of a happening ("Nepal"). */
  countries: string[];
  /** Every actor its passages name, participants or not (passageActors.ts), its actors among them. */
  named: string[];
  /** Dated by its attribution ("the ministry said on Tuesday"): the event is the saying. */
  statement: boolean;
  /** Told as a reaction to a happening ("condemned the bombing on Friday"): the reaction is the event. */
  reaction: boolean;
  /** The kinds of happening its label names ("earthquake", "strike"): what happened, not what the sentence also says. */
  labelKinds: ReadonlySet<number>;
  /** A quake's magnitude, a toll report's number: figures that tell two happenings of one kind apart. */
  figures: Figures;
  /** The sums of money its first few passages give ("$3.20", "$41.6 million"). */
  sums: string[];
  /** Told as still to come ("is likely to file", "will close"): another happening than its doing. */
  expected: boolean;
  /** Dated through its noun ("Saturday's earthquake", "a day after the earthquake"): its label is the happening itself. */
  nounDated: boolean;
  /** Dated by a source's forecast ("could file as early as Friday"): when that source expects it. */
  forecast: boolean;
  /** The date compared: a state running since a day is compared by that day ("off since March 4" is March 4's happening). */
  date: TimelineEvent['date'];
  /** The keys pairs are found by (keysOf), once asked: they stay the same however the vocabulary grows. */
  keys: Int32Array | undefined;
  /** Whether its words name a war or a truce (tellsWar), once asked: words numbered later are never among its own. */
  war: boolean | undefined;
  /** The last run of a MergeCache that counted it (counted). */
  counted?: number;
}

/**
 * Whether the event's date expression lies inside its attribution: then the event is a statement. Not when what is
 * said is a deed already done, told in a perfect ("announced on Tuesday that the two sides have signed a truce",
 * "said on Sunday its engineers had put up a barrier"): the saying dates the deed, which other outlets report as
 * the happening itself.
 */
export function isStatement(event: TimelineEvent): boolean {
  const source = event.sources[0]!;
  if (source.dateStart === undefined) return false;
  if (!event.attribution) return datedBySaying(source);
  const at = source.quote.indexOf(event.attribution.text);
  if (at < 0) return false;
  const from = source.start + at;
  const inside = source.dateStart >= from && source.dateStart < from + event.attribution.text.length;
  return inside && !tellsDeedDone(source.quote.slice(0, at) + ' ' + source.quote.slice(at + event.attribution.text.length));
}

/** A verb of saying, in lower case, right before a date ("said Friday", "announced on Tuesday"; not "the United States Friday"): the date is the saying's. */
const SAYING_BEFORE_DATE = new RegExp(`\\b(?:${REPORTING_VERBS.join('|')})(?:\\s+on)?\\s*$`);

/**
 * Whether a passage's date is its saying's where no attribution was read ("The governor said Friday the agency did
 * the right thing"): a verb of saying right before the date, and no deed told as done in what is said.
 */
function datedBySaying(source: Source): boolean {
  const at = source.dateStart! - source.start;
  if (at <= 0 || at > source.quote.length || !SAYING_BEFORE_DATE.test(source.quote.slice(Math.max(0, at - 24), at))) return false;
  return !tellsDeedDone(source.quote);
}

/** A perfect ("have signed", "had been released", "has set up"); not a possession ("has two plants") nor a state in -ing ("has been preparing"). */
const PERFECT = /\b(?:has|have|had)\s+(?:(?:already|just|now|also|finally|since|been)\s+)*([a-z]+)(\s+(?:up|out|off|down)\b)?/gi;

/** Kinds of happening a count of victims is told by ("had been killed", "have died", "were injured"). */
const VICTIM_KINDS = new Set(['killed', 'injured'].map((w) => kindOfStem(stemWord(w))).filter((k) => k !== undefined));

/**
 * Whether reported words tell a deed already done. Not the dead or hurt counted ("officials said on Sunday that 40
 * people had died"): that is a moment of the count, told apart from the happening as a toll is.
 */
export function tellsDeedDone(reported: string): boolean {
  for (const m of reported.matchAll(PERFECT)) {
    const word = m[1]!.toLowerCase();
    const kind = kindOfStem(stemWord(word));
    if (kind !== undefined && VICTIM_KINDS.has(kind)) continue;
    if (IRREGULAR_PAST.has(word) || (word.endsWith('ed') && !NOT_PAST_ED.has(word)) || (m[2] !== undefined && !FUNCTION_WORDS.has(word))) return true;
  }
  return false;
}

/**
 * The lower-case words of a passage as numbers, each passage worked out once
 * per run: the events of one sentence share it.
 */
type ActionWords = Map<string, Int32Array>;

function prepare(event: TimelineEvent, vocabulary: Vocabulary, actionWords: ActionWords = new Map(), corpus: CorpusActors = NO_CORPUS_ACTORS): Prepared {
  const actors = [...new Set(event.actors)];
  const named = [...new Set([...actors, ...corpus.named(event)])];
  const passage = event.sources.length === 1 ? event.sources[0]!.quote : JSON.stringify(event.sources.map((source) => source.quote));
  let action = actionWords.get(passage);
  if (!action) {
    action = vocabulary.contentWords(event.sources.map((source) => lowerCaseWords(source.quote)).join(' '));
    actionWords.set(passage, action);
  }
  const clauses = event.sources.map(dateClause).join(' ');
  const words = vocabulary.contentWords(`${event.label} ${clauses}`);
  // Counts from its first few passages, as its evidence is read: an article that tells a happening thousands of times
  // gives its figures in the first, and thousands of counts would make every comparison slow.
  const counts = eventCounts(event);
  const kindOf = (id: number) => vocabulary.kindOf(id);
  const labelKinds = new Set<number>();
  for (const id of vocabulary.contentWords(event.label)) {
    const kind = kindOf(id);
    if (kind !== undefined) labelKinds.add(kind);
  }
  return {
    event,
    article: event.sources[0]!.articleId,
    words,
    action,
    numbers: words.filter((id) => vocabulary.isNumber(id)),
    counts,
    countWords: counts.length >= SHARED_COUNTS ? vocabulary.contentWords(counts.join(' ')) : NO_WORDS,
    wordKinds: happeningKinds(words, kindOf),
    actionKinds: happeningKinds(action, kindOf),
    time: timeOfDay(clauses),
    actors,
    countries: named.filter((id) => corpus.countries.has(id)),
    named,
    statement: isStatement(event),
    reaction: isReaction(event.label),
    labelKinds,
    figures: figuresOf(`${event.label} ${clauses}`),
    sums: sumsOf(event.sources.slice(0, TOLD_SOURCES).map((source) => source.quote).join(' ')),
    expected: isExpectation(event.label),
    nounDated: isNounDated(event),
    forecast: forecastDated(event),
    date: event.kind === 'ongoing' ? { ...event.date, end: unitInterval(event.date.start, event.date.precision).end } : event.date,
    keys: undefined,
    war: undefined,
  };
}

/**
 * The keys an event is indexed by to find pairs: each kind of happening its words name, as its number, then its words'
 * numbers past the kinds (and the words of its counts, where it gives two or more: passages stating the same figures may
 * share no key word). Kept on the prepared event, which the dev server's recompiles keep.
 */
function keysOf(p: Prepared): Int32Array {
  if (p.keys) return p.keys;
  const keys = new Set<number>();
  for (const id of p.words) keys.add(HAPPENING_KIND_COUNT + id);
  for (const id of p.countWords) keys.add(HAPPENING_KIND_COUNT + id);
  for (const kind of p.wordKinds.keys()) keys.add(kind);
  return (p.keys = Int32Array.from(keys));
}

/** What merging knows of the corpus's actors beyond each event's own. */
export interface CorpusActors {
  /** Ids of the actors that are countries: sharing one says little (a story's country is in all its events). */
  countries: ReadonlySet<string>;
  /** The actors an event's passages name, participants or not. */
  named: (event: TimelineEvent) => string[];
  /** An actor's name, for the line that says why events were joined (its id when not given). */
  name?: (id: string) => string;
  /** How an actor is written (name, aliases, a person's surname): to tell a member's speakers from its participants. */
  names?: NamesOf;
  /** The actors an article names anywhere (none known when not given). */
  articleActors?: (articleId: string) => ReadonlySet<string>;
  /**
   * What the names, countries and written forms above are read from, the same object only while they give the same:
   * with a cache, merged events built against it are kept for the next run (rebuilt). Without it none are kept.
   */
  version?: unknown;
}

/** Whether a happening's one participant is a country: as often where it happened as who acted. */
function onlyCountries(p: Prepared): boolean {
  return p.actors.length === 1 && p.countries.includes(p.actors[0]!);
}

/** The countries that take part in a happening. */
function partyCountries(p: Prepared): string[] {
  return p.actors.filter((id) => p.countries.includes(id));
}

const NO_CORPUS_ACTORS: CorpusActors = { countries: new Set(), named: () => [] };
const NO_ACTORS_KNOWN: ReadonlySet<string> = new Set();

/** Whether two articles each name actors and none in common: articles on different subjects tell no happening in common. */
function articlesApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const id of a) if (b.has(id)) return false;
  return true;
}

function sharesKind(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/** An event's features as merging compares them; opaque to callers, who only keep it. */
export type PreparedEvent = Prepared;

/**
 * What merging keeps from one run to the next: the vocabulary the events'
 * words are numbered in. The caller keeps each event's prepared features
 * beside the event and hands them in as `slots`, parallel to the events;
 * events are never changed once made, so a slot filled in an earlier run needs
 * no preparing: the dev server's recompile after one edit prepares only that
 * article's events.
 */
export interface MergeCache {
  vocabulary: Vocabulary;
  /** The counts behind the words' rarities and the common actors, of the last run's events (counted). */
  counts?: EventCounts;
  /** Counts the runs. */
  runs: number;
  /** The merged events of the last runs, while what they were built against stays the same (rebuilt). */
  built?: BuiltGroups;
}

/**
 * Merged events by their first member, with the members and the links (as the merged event gives them) they were
 * built from, for the corpus's actors, the rule and the common actors they were built against.
 */
interface BuiltGroups {
  actors: unknown;
  rule: MergeRule;
  common: ReadonlySet<string>;
  events: WeakMap<TimelineEvent, { members: TimelineEvent[]; links: string; event: TimelineEvent }>;
}

/** The cache's merged events when built against the same actors, rule and common actors; else a new store. */
function builtGroups(cache: MergeCache, actors: unknown, rule: MergeRule, common: ReadonlySet<string>): BuiltGroups['events'] {
  const last = cache.built;
  if (last && last.actors === actors && last.rule === rule && last.common.size === common.size && [...common].every((id) => last.common.has(id))) return last.events;
  cache.built = { actors, rule, common, events: new WeakMap() };
  return cache.built.events;
}

/**
 * A group's merged event: the one built in an earlier run from the same member objects, in the same order, and links
 * that read the same once rounded (all buildMerged reads of them), or built now. After one edit, only the groups
 * with a member of the edited article, or whose links' figures moved with the words' rarities, are built again.
 */
function rebuilt(store: BuiltGroups['events'], members: TimelineEvent[], links: Link[], build: () => TimelineEvent): TimelineEvent {
  const key = JSON.stringify(links.map((l) => [l.a, l.b, round(l.features.date), round(l.features.actors), round(l.features.words), round(l.features.score), l.by]));
  const last = store.get(members[0]!);
  if (last && last.links === key && last.members.length === members.length && last.members.every((e, i) => e === members[i])) return last.event;
  const event = build();
  store.set(members[0]!, { members, links: key, event });
  return event;
}

export function createMergeCache(): MergeCache {
  return { vocabulary: new Vocabulary(), runs: 0 };
}

/** How many events have each word (by number) and name each actor, over a run's prepared events. */
interface EventCounts {
  items: Prepared[];
  words: Int32Array;
  named: Map<string, number>;
}

/**
 * The counts of this run's events, from the last run's where a cache holds them: the events no longer there are
 * taken off and the new ones added (after one edit, that article's), instead of counting every event's words and
 * actors again. The counts are whole numbers, so they are exactly what counting afresh gives.
 */
function counted(items: Prepared[], vocabulary: Vocabulary, cache: MergeCache | undefined): EventCounts {
  const add = (counts: EventCounts, item: Prepared, by: number) => {
    for (const id of item.words) counts.words[id]! += by;
    for (const id of item.named) {
      const n = (counts.named.get(id) ?? 0) + by;
      if (n === 0) counts.named.delete(id);
      else counts.named.set(id, n);
    }
  };
  const fresh = (): EventCounts => {
    const counts: EventCounts = { items, words: new Int32Array(vocabulary.size), named: new Map() };
    for (const item of items) add(counts, item, 1);
    return counts;
  };
  if (!cache) return fresh();
  const last = cache.counts;
  const lastRun = cache.runs;
  const run = ++cache.runs;
  const added: Prepared[] = [];
  let repeated = false;
  for (const item of items) {
    if (item.counted === run) repeated = true;
    else if (item.counted !== lastRun || !last) added.push(item);
    item.counted = run;
  }
  // (An event listed twice, which the corpus pass never gives, is counted afresh.)
  if (!last || repeated) return (cache.counts = fresh());
  const words = new Int32Array(vocabulary.size);
  words.set(last.words);
  const counts: EventCounts = { items, words, named: last.named };
  for (const item of last.items) if (item.counted !== run) add(counts, item, -1);
  for (const item of added) add(counts, item, 1);
  return (cache.counts = counts);
}

/** A prepared event with the weights of its two word sets in one run. */
interface Weighed {
  item: Prepared;
  /** The sums of its words' and action words' rarities (weightOf), -1 until a pair first needs them (wordWeights). */
  words: number;
  action: number;
  /** The actors most of the run's events name (commonActors): sharing one says little. */
  common: ReadonlySet<string>;
  /** Every actor its article names, as this run's corpus knows them (kept out of the prepared features, which outlive a run). */
  articleActors: ReadonlySet<string>;
}

const NO_COMMON: ReadonlySet<string> = new Set();

function weigh(item: Prepared, idf: Float64Array, common: ReadonlySet<string> = NO_COMMON, corpus: CorpusActors = NO_CORPUS_ACTORS): Weighed {
  const articleActors = corpus.articleActors?.(item.article) ?? NO_ACTORS_KNOWN;
  return { item, words: -1, action: -1, common, articleActors };
}

/** The weights of an event's words, worked out once per run when a pair first gets that far: most pairs are turned down before. */
function wordWeights(x: Weighed, idf: Float64Array): Weighed {
  if (x.words < 0) {
    x.words = weightOf(x.item.words, idf);
    x.action = weightOf(x.item.action, idf);
  }
  return x;
}

/** A story's subject is named by at least this share of its events… */
const COMMON_SHARE = 0.5;
/** …in a set of at least this many events (a handful of events says nothing of what a story is about). */
const COMMON_MIN_EVENTS = 10;
/** Dates spanning at most this many days are "a few days": there a shared subject says little. */
const SHORT_SPAN_DAYS = 7;

/**
 * The actors at least half the events name: the subject of a story several
 * outlets tell ("the retailer" in every report of its bankruptcy). Like a
 * country, sharing it alone says nothing of which of the story's happenings of
 * a few days two events are.
 */
function commonActors(counts: EventCounts): ReadonlySet<string> {
  const n = counts.items.length;
  if (n < COMMON_MIN_EVENTS) return NO_COMMON;
  return new Set([...counts.named].filter(([, c]) => c >= COMMON_SHARE * n).map(([id]) => id));
}

/** Whether a date spans a few days at most (a day, "this week"). */
function shortSpan(date: TimelineEvent['date']): boolean {
  return daysBetween(date.start, date.end) < SHORT_SPAN_DAYS;
}

/** Two passages giving this many counts in common state the same figures. */
const SHARED_COUNTS = 2;
/** The wording two such passages count as sharing: enough to pass with agreeing dates and actors, not alone. */
const SHARED_COUNTS_WORDS = 0.4;
const NO_WORDS = new Int32Array(0);

function sameCounts(a: Prepared, b: Prepared): boolean {
  if (a.counts.length < SHARED_COUNTS || b.counts.length < SHARED_COUNTS) return false;
  let shared = 0;
  for (const c of a.counts) if (b.counts.includes(c) && ++shared >= SHARED_COUNTS) return true;
  return false;
}

/** Whether every word two events share is a number, and they name no kind of happening in common. */
function onlyNumbersShared(a: Prepared, b: Prepared): boolean {
  if (a.numbers.length === 0 || b.numbers.length === 0) return false;
  for (const id of a.words) if (!a.numbers.includes(id) && b.words.includes(id)) return false;
  for (const kind of a.wordKinds.keys()) if (b.wordKinds.has(kind)) return false;
  return true;
}

const shockOnly = (f: Figures) => f.magnitudes.length > 0 && f.tolls.length === 0;
const countOnly = (f: Figures) => f.tolls.length > 0 && f.magnitudes.length === 0;

/** Tolls given for one day that are this close (a share of the larger) are one figure updated, not two moments. */
const TOLL_UPDATE_SHARE = 0.1;

/**
 * One toll updated at one moment: both dated the same day, their magnitudes (if any) the same quake, and a toll of
 * one within a tenth of a toll of the other ("the toll rose to 2,150 on Monday", "the toll reached 2,200 on Monday").
 * Tolls further apart, or of different days, are separate moments of the count, told apart as before.
 */
export function tollUpdated(a: { event: TimelineEvent; figures: Figures }, b: { event: TimelineEvent; figures: Figures }): boolean {
  const [x, y] = [a.event.date, b.event.date];
  if (x.precision !== 'day' || y.precision !== 'day' || x.start !== y.start || x.end !== y.end) return false;
  if (figuresDiffer({ magnitudes: a.figures.magnitudes, tolls: [] }, { magnitudes: b.figures.magnitudes, tolls: [] })) return false;
  return a.figures.tolls.some((m) => b.figures.tolls.some((n) => Math.abs(m - n) <= TOLL_UPDATE_SHARE * Math.max(m, n)));
}

/** The features and score of two events, or null when their dates rule them out. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent, idf: (w: string) => number = () => 1, corpus: CorpusActors = NO_CORPUS_ACTORS): PairFeatures | null {
  const vocabulary = new Vocabulary();
  const [x, y] = [prepare(a, vocabulary, new Map(), corpus), prepare(b, vocabulary, new Map(), corpus)];
  const weights = vocabulary.weights(idf);
  return scorePrepared(weigh(x, weights, NO_COMMON, corpus), weigh(y, weights, NO_COMMON, corpus), weights);
}

/**
 * Inverse document frequency of each word over the events' word sets, by the
 * word's number; a word in no event's set (only in a sentence's lower-case
 * words) counts as in one.
 */
function rarity(counts: EventCounts): Float64Array {
  const df = counts.words;
  const n = counts.items.length;
  const idf = new Float64Array(df.length);
  for (let id = 0; id < df.length; id++) idf[id] = Math.log(1 + n / (df[id] || 1));
  return idf;
}

function scorePrepared(x: Weighed, y: Weighed, idf: Float64Array): PairFeatures | null {
  const a = x.item;
  const b = y.item;
  let date = dateCompatibility(a.event.date, b.event.date);
  // Two articles that name no actor in common (not even a country) are about different subjects: "the takeover should
  // close by Nov. 28" in one and "the merger is due in November" in another are two deals.
  if (articlesApart(x.articleActors, y.articleActors)) return null;
  // A statement and the happening it is about are two events, whatever words they share.
  if (date === null || a.statement !== b.statement) return null;
  // Likewise a reaction ("Ostmark's government condemned the bombing on Friday") and the happening it reacts to.
  if (a.reaction !== b.reaction) return null;
  // Compatible dates that do not overlap are day-precise days apart. (Told by the score alone, 0.3, a pair of one
  // year was taken for one: two tellings of a 1934 quake needed the words of sources that disagree.)
  let daysDiffer = !overlaps(a.event.date, b.event.date);
  // Late on one day and early on the next: one happening around midnight, not sources that disagree.
  if (daysDiffer && acrossMidnight({ date: a.date, time: a.time }, { date: b.date, time: b.time })) {
    date = DATE_WEIGHT.day * 0.8;
    daysDiffer = false;
  }
  // "The chain is likely to file as soon as Sunday" and "the chain filed on Monday": the expectation and the deed, a
  // day apart. (On one day, "will close" and "closed" are often one happening told before and after. Applied also to
  // a day against a coarser date it took the second fixture story's recall from 0.90 to 0.84.)
  if (a.expected !== b.expected && daysDiffer) return null;
  // A source's forecast ("could sign as early as Thursday", "a vote that may come sometime next week") is one with
  // another telling of that very date only: a forecast of another day or span, by another outlet, is another forecast,
  // and the happening, when it comes, is told on its own day.
  if ((a.forecast || b.forecast) && !sameDate(a.event.date, b.event.date)) return null;
  // A 6.6 aftershock and the 7.8 quake; the toll at 114 and at 1,341. (Two outlets giving one day's toll as 2,150 and
  // 2,200 tell one figure updated at one moment: tollUpdated.)
  if (figuresDiffer(a.figures, b.figures) && !tollUpdated(a, b)) return null;
  // A shock told by its magnitude and a toll told by its count, each without the other's figure ("a magnitude 6.1
  // aftershock on Saturday", "the toll rose to 273 on Saturday"): the count is another moment, whatever words of place
  // and day the two share.
  if ((shockOnly(a.figures) && countOnly(b.figures)) || (countOnly(a.figures) && shockOnly(b.figures))) return null;
  // Numbers count as words ("142 stores", "$134 million"), but numbers alone are not wording: "offensives in 2019,
  // 2020 and 2021 stalled" and "the shaft was reinforced in 2019, 2020 and 2021" share only their dates.
  wordWeights(x, idf);
  wordWeights(y, idf);
  let words = onlyNumbersShared(a, b) ? 0 : weightedSimilarity(a.words, x.words, b.words, y.words, idf, a.wordKinds, b.wordKinds);
  // The same two counts or more in both passages ("ran 412 shops and 275 depots", "412 branches … 275 depots"):
  // the same figures stated at one moment, as telling as key words shared in good part, unless the two labels name
  // different kinds of happening (a war's toll repeated beside its ceasefire).
  if (sameCounts(a, b) && !(a.labelKinds.size > 0 && b.labelKinds.size > 0 && !sharesKind(a.labelKinds, b.labelKinds))) words = Math.max(words, SHARED_COUNTS_WORDS);
  const action = weightedSimilarity(a.action, x.action, b.action, y.action, idf, a.actionKinds, b.actionKinds);
  // Different countries taking part, none in common, in a month or a year ("Estravia joined the union in 2004",
  // "Hungary has been a member since 2004"): two happenings, however alike the words. (On one day a quake in one
  // country is told as its toll in the next: there a country says less.)
  const coarse = a.event.date.precision !== 'day' && b.event.date.precision !== 'day';
  const [ca, cb] = [partyCountries(a), partyCountries(b)];
  if (coarse && ca.length > 0 && cb.length > 0 && !ca.some((id) => cb.includes(id))) return null;
  // Participants on both sides are compared. Where one side has none ("the ceasefire signed in May 1994"), what the
  // passages name counts for a little less (the sentence around it names both sides); nothing named says nothing.
  // (Named actors beside participants on both sides were tried: every passage of a story names its people, so
  // each event grew alike to its article's others and lost its best match: the second fixture story fell 0.90 -> 0.82.)
  // A side whose one participant is a country (the place the clause happens in, as often as who acts) against one
  // that names who acted, none shared ("a protest in Norland began on March 2", "Ostmark protesters closed the road in
  // March"): the country does not say the two are different happenings, so they are compared as where one names none.
  const compared = a.actors.length > 0 && b.actors.length > 0 && !(overlap(a.actors, b.actors) === 0 && onlyCountries(a) !== onlyCountries(b));
  let actors = compared ? overlap(a.actors, b.actors) : Math.max(NO_ACTORS, NAMED_WEIGHT * overlap(a.named, b.named));
  // Sharing only a country says nothing of two happenings a few days apart: every event of a breaking story about
  // Nepal names Nepal. (Told years later, a war between the same two countries in the same year is another matter.)
  const days = a.event.date.precision === 'day' && b.event.date.precision === 'day';
  const shared = a.named.filter((id) => b.named.includes(id));
  const countryOnly = shared.length > 0 && shared.every((id) => a.countries.includes(id));
  if (days && countryOnly) actors = Math.min(actors, COUNTRY_ONLY);
  // Likewise the story's subject, which most of its events name, on dates a few days long: "the retailer is preparing
  // to file as early as Friday" and "reports this week said the retailer had hired advisers" share only the retailer.
  const subjectOnly = shared.length > 0 && shared.every((id) => x.common.has(id) || a.countries.includes(id));
  if (subjectOnly && !countryOnly && shortSpan(a.event.date) && shortSpan(b.event.date)) actors = Math.min(actors, COUNTRY_ONLY);
  // The same day, and both labels name the same kind of happening ("quake", "earthquake"), one of them dated
  // through its noun ("Saturday's earthquake"), so that noun is the happening, not a word of a longer story: one
  // happening, however differently the rest is told, and whoever the rest of its sentence names.
  const sameDayKind = date === DATE_WEIGHT.day && (a.nounDated || b.nounDated) && sharesKind(a.labelKinds, b.labelKinds);
  // Both name who took part and none is the same: only wording the two share in good part can make them one
  // ("the new parliament must convene by Dec. 12" and "the court heard final arguments on Dec. 12").
  if (actors === 0 && words < WORDS_WITHOUT_SHARED_ACTORS && !sameDayKind) return null;
  // Nor can wording make them one when each gives a sum of money the other does not: on one day, "Orvane shares fell
  // $3.20 to $64.80" and "Keltro's stock rose $1.10 to $91.40" are told in the same words of the market. (Where one
  // side has no participant, the actors its passage names stand for them: "In trading on Tuesday, Keltro …".)
  // A country both name is no participant in common here either ("shares rose 6 pence in London", "shares were up 2
  // pence in London").
  const apart = (p: readonly string[], q: readonly string[], countries: readonly string[]) => p.length > 0 && q.length > 0 && !p.some((id) => q.includes(id) && !countries.includes(id));
  const noneShared = a.actors.length > 0 && b.actors.length > 0 ? apart(a.actors, b.actors, a.countries) : apart(a.named, b.named, a.countries);
  if (noneShared && sumsDiffer(a.sums, b.sums)) return null;
  // Two reactions are one only when who reacts, the first actor each names, is the same: Norland's and Ostmark's
  // condemnations of one bombing, told in the same words on the same day, are two, whatever else both name.
  if (a.reaction && b.reaction && a.actors.length > 0 && b.actors.length > 0 && a.actors[0] !== b.actors[0]) return null;
  // A day (or a week: "sometime this week") against a whole year ("could file as early as Friday", "will close 142
  // shops by the end of the year"): a year says next to nothing of which happening it is, so the two must be told
  // in good part alike.
  const [finer, coarser] = PRECISION_RANK[a.event.date.precision] <= PRECISION_RANK[b.event.date.precision] ? [a.event.date, b.event.date] : [b.event.date, a.event.date];
  if (shortSpan(finer) && PRECISION_RANK[coarser.precision] >= PRECISION_RANK.year && words < DAY_AGAINST_YEAR_WORDS) return null;
  const score = MERGE_WEIGHTS.date * date + MERGE_WEIGHTS.actors * actors + MERGE_WEIGHTS.words * words;
  return { date, actors, words, action, score, daysDiffer, sameDayKind };
}

/** Every cross-article pair whose dates allow it, with its features: for tuning and for the docs' figures. */
export function candidatePairs(events: TimelineEvent[], corpus: CorpusActors = NO_CORPUS_ACTORS): Array<{ a: TimelineEvent; b: TimelineEvent; features: PairFeatures }> {
  const vocabulary = new Vocabulary();
  const prepared = events.map((e) => prepare(e, vocabulary, new Map(), corpus));
  const counts = counted(prepared, vocabulary, undefined);
  const idf = rarity(counts);
  const common = commonActors(counts);
  const items = prepared.map((item) => weigh(item, idf, common, corpus));
  const out: Array<{ a: TimelineEvent; b: TimelineEvent; features: PairFeatures }> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (items[i]!.item.article === items[j]!.item.article) continue;
      const features = scorePrepared(items[i]!, items[j]!, idf);
      if (features) out.push({ a: events[i]!, b: events[j]!, features });
    }
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Merges events across articles. Events are expected in a fixed order (the
 * corpus pass sorts them); the output keeps that order, a merged event taking
 * the place of its first member.
 */
export function mergeAcrossArticles(
  events: TimelineEvent[],
  overrides: MergeOverrides = {},
  rule: MergeRule = MERGE_RULE,
  cache?: MergeCache,
  /** With a cache: each event's prepared features, parallel to the events; empty slots are filled. */
  slots?: Array<PreparedEvent | undefined>,
  corpus: CorpusActors = NO_CORPUS_ACTORS,
): MergeResult {
  // One article alone has nothing to merge unless a reader joins events by hand.
  const articleIds = new Set<string>();
  for (const e of events) articleIds.add(e.sources[0]!.articleId);
  if (articleIds.size < 2 && !(overrides.join?.length ?? 0) && !(overrides.split?.length ?? 0)) return { events, unknownIds: [] };
  const vocabulary = cache?.vocabulary ?? new Vocabulary();
  const actionWords: ActionWords = new Map();
  const prepared = events.map((e, i) => {
    // Slots hold words numbered in the cache's vocabulary: without it they are not used.
    if (!slots || !cache) return prepare(e, vocabulary, actionWords, corpus);
    return (slots[i] ??= prepare(e, vocabulary, actionWords, corpus));
  });
  const counts = counted(prepared, vocabulary, slots ? cache : undefined);
  const idf = rarity(counts);
  const common = commonActors(counts);
  const items = prepared.map((item) => weigh(item, idf, common, corpus));
  // Articles by number, so pairs are checked and best matches kept without building strings.
  const articleNumber = new Map([...articleIds].map((id, k) => [id, k]));
  const articleOf = new Int32Array(prepared.length);
  for (let i = 0; i < prepared.length; i++) articleOf[i] = articleNumber.get(prepared[i]!.article)!;
  const named = (overrides.split?.length ?? 0) + (overrides.join?.length ?? 0) > 0;
  const indexOf = new Map(named ? events.map((e, i) => [e.id, i]) : []);
  const known = (id: string) => indexOf.has(id);
  const unknownIds = [...(overrides.split ?? []), ...(overrides.join ?? []).flat()].filter((id) => !known(id));
  const split = new Set((overrides.split ?? []).filter(known));

  // Union-find over event indexes; each group remembers its articles and the links that made it.
  const parent = events.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // A group's articles and members, written down once it has more than one member.
  const groupArticles = new Map<number, Set<string>>();
  const groupMembers = new Map<number, number[]>();
  const articlesOf = (root: number) => groupArticles.get(root) ?? new Set([prepared[root]!.article]);
  const membersOf = (root: number) => groupMembers.get(root) ?? [root];
  const links: Array<{ a: number; b: number; features: PairFeatures; by: 'rule' | 'override' }> = [];
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    groupArticles.set(keep, new Set([...articlesOf(keep), ...articlesOf(drop)]));
    groupMembers.set(keep, [...membersOf(keep), ...membersOf(drop)]);
    groupArticles.delete(drop);
    groupMembers.delete(drop);
  };

  for (const group of overrides.join ?? []) {
    const ids = group.filter(known).map((id) => indexOf.get(id)!);
    for (let k = 1; k < ids.length; k++) {
      const a = ids[0]!;
      const b = ids[k]!;
      const features = scorePrepared(items[a]!, items[b]!, idf) ?? { date: 0, actors: 0, words: 0, action: 0, score: 0 };
      links.push({ a, b, features, by: 'override' });
      union(a, b);
    }
  }
  const joined = new Set(links.map((l) => [l.a, l.b]).flat());

  // Candidate pairs: events that share a content word (a pair sharing none fails minWords), or a kind of happening
  // told in different words ("the quake" here, "the earthquake" there, counted as shared wording), found through an
  // index from word or kind to events. Words in more than FOLLOWED_WORD_LIMIT events are not followed: they weigh
  // little, and following them would compare most pairs of a large corpus.
  const pairs: Array<{ a: number; b: number; features: PairFeatures }> = [];
  // The best score of each event against any event of each other article, keyed event * articles + article.
  const best = new Map<number, number>();
  const articleCount = articleIds.size;
  const noteBest = (i: number, article: number, score: number) => {
    const key = i * articleCount + article;
    const before = best.get(key);
    if (before === undefined || score > before) best.set(key, score);
  };
  // (Without a reader's joins or splits, none: the test is made for every event several times.)
  const excluded = split.size === 0 && joined.size === 0 ? () => false : (i: number) => split.has(events[i]!.id) || joined.has(i);
  const keys = prepared.map(keysOf);
  const keyCount = vocabulary.size + HAPPENING_KIND_COUNT;
  // The events of key w are postings[from[w]] to postings[from[w + 1] - 1], in order.
  const from = new Int32Array(keyCount + 1);
  for (let i = 0; i < prepared.length; i++) if (!excluded(i)) for (const id of keys[i]!) from[id + 1]!++;
  for (let id = 0; id < keyCount; id++) from[id + 1]! += from[id]!;
  const postings = new Int32Array(from[keyCount]!);
  const filled = from.slice(0, keyCount);
  for (let i = 0; i < prepared.length; i++) if (!excluded(i)) for (const id of keys[i]!) postings[filled[id]!++] = i;
  const followed = FOLLOWED_WORD_LIMIT;
  // seenBy[b] === a + 1: the pair (a, b) has been scored already.
  const seenBy = new Int32Array(items.length);
  for (let a = 0; a < items.length; a++) {
    if (excluded(a)) continue;
    for (const id of keys[a]!) {
      if (from[id + 1]! - from[id]! > followed) continue;
      for (let p = from[id]!; p < from[id + 1]!; p++) {
        const b = postings[p]!;
        if (b <= a || seenBy[b] === a + 1) continue;
        seenBy[b] = a + 1;
        if (articleOf[a] === articleOf[b]) continue;
        const features = scorePrepared(items[a]!, items[b]!, idf);
        if (!features) continue;
        noteBest(a, articleOf[b]!, pairRank(features));
        noteBest(b, articleOf[a]!, pairRank(features));
        if (passesRule(features, rule)) pairs.push({ a, b, features });
      }
    }
  }
  // Each must be the other's best match in the other's article: a report of the closure and a report
  // of talks "on the closure" three days later share words, but the closure has a better match there.
  // Pairs that agree on the day rank first (pairRank): a vague mention cannot take its article's dated report's place.
  const isBest = (i: number, article: number, rank: number) => rank >= (best.get(i * articleCount + article) ?? 0);
  const kept = pairs.filter((p) => isBest(p.a, articleOf[p.b]!, pairRank(p.features)) && isBest(p.b, articleOf[p.a]!, pairRank(p.features)));
  kept.sort((x, y) => pairRank(y.features) - pairRank(x.features) || x.a - y.a || x.b - y.b);
  for (const pair of kept) {
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb) continue;
    // One event per article in a group, and every pair across the two groups must have compatible dates.
    const articlesA = articlesOf(ra);
    // (A happening named by its noun on the same day may join a group that holds its article's other telling of it:
    // "the families of the workers who died on March 5" and "the day before the fire".)
    if (!pair.features.sameDayKind && [...articlesOf(rb)].some((x) => articlesA.has(x))) continue;
    if (membersOf(ra).some((i) => membersOf(rb).some((j) => dateCompatibility(prepared[i]!.date, prepared[j]!.date) === null))) continue;
    // Average linkage: the groups as wholes must be alike, so one event that resembles two
    // different happenings (a statement dated the day of a march) does not chain them into one.
    // Up to LINKAGE_SAMPLE members of each side are compared, so large groups stay cheap.
    const sideA = membersOf(ra).slice(0, LINKAGE_SAMPLE);
    const sideB = membersOf(rb).slice(0, LINKAGE_SAMPLE);
    let sum = 0;
    for (const i of sideA) {
      for (const j of sideB) {
        const f = scorePrepared(items[i]!, items[j]!, idf);
        // A happening named by its noun on the same day counts as a pair that passes, however few words it has.
        sum += f ? (f.sameDayKind ? Math.max(f.score, rule.threshold) : f.score) : 0;
      }
    }
    if (sum / (sideA.length * sideB.length) < rule.threshold) continue;
    links.push({ ...pair, by: 'rule' });
    union(pair.a, pair.b);
  }

  // One happening each outlet told twice: "a powerful aftershock shook the region on Sunday" and, later, "as the
  // aftershock pummelled the capital on Sunday afternoon". The pairs join two groups of the same day and kind, each
  // told by two articles or more, which a group's one event per article kept apart; they are joined when they share
  // an article, one names the happening as "the aftershock" (a telling that refers back), and no figure differs.
  for (const [a, b] of retoldGroups(
    [...groupMembers.keys()].filter((root) => find(root) === root && articlesOf(root).size >= 2),
    membersOf,
    articlesOf,
    (i) => prepared[i]!,
  )) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const features = scorePrepared(items[ra]!, items[rb]!, idf) ?? { date: DATE_WEIGHT.day, actors: 0, words: 0, action: 0, score: 0 };
    links.push({ a: ra, b: rb, features, by: 'rule' });
    union(ra, rb);
  }

  // Pairs of groups a rule of the whole happening joins, on the evidence its line states rather than a score.
  const joinWhole = (pairs: Array<[number, number]>) => {
    for (const [a, b] of pairs) {
      if (find(a) === find(b)) continue;
      const features = scorePrepared(items[a]!, items[b]!, idf) ?? { date: 0, actors: 0, words: 0, action: 0, score: 0 };
      links.push({ a, b, features, by: 'rule' });
      union(a, b);
    }
  };

  // One happening told by its stages in one article ("signed on Monday", "in force on Thursday") and by its month or
  // year in others: the vaguer tellings split between the stages, a group each; they are one when a vaguer member of
  // each passes the pair rule with the other and every vaguer date holds both days.
  joinWhole(
    stageJoins(
      [...groupMembers.keys()].filter((root) => find(root) === root).map((root) => ({ root, members: membersOf(root).map((i) => ({ index: i, article: prepared[i]!.article, date: prepared[i]!.event.date })) })),
      (i, j) => {
        const f = scorePrepared(items[i]!, items[j]!, idf);
        return f !== null && passesRule(f, rule);
      },
      (i, j) => figuresDiffer(prepared[i]!.figures, prepared[j]!.figures),
    ),
  );

  // Groups (and events alone) as the rules of a whole happening read them, taken again after each rule's joins. Only
  // groups with a member whose label or sentences name a war or a truce can be read by them (each rule needs one), so only
  // those are built: a large corpus has tens of thousands of groups, few of them about a war.
  // (Told by the numbers of their words, which every event has already: reading tens of thousands of passages again
  // took a fifth of the merge's time.)
  const warWords = new Set(WAR_AND_TRUCE.map((w) => stemOf(w.split('-')[0]!)).filter((stem) => stem !== null).map((stem) => vocabulary.idOf(stem)).filter((id) => id !== undefined));
  const tellsWar = prepared.map((p, i) => !excluded(i) && (p.war ??= p.words.some((id) => warWords.has(id)) || p.action.some((id) => warWords.has(id))));
  const toldGroups = () =>
    [...new Set(prepared.map((_, i) => i).filter((i) => tellsWar[i]).map(find))].sort((a, b) => a - b).map((root) => ({
      root,
      articles: articlesOf(root),
      members: membersOf(root).map((i) => ({ date: prepared[i]!.event.date, text: toldText(prepared[i]!.event), named: prepared[i]!.named, passage: prepared[i]!.event.sources[0]!.quote })),
    }));
  // An outbreak told on its day ("heavy fighting broke out on Sunday") and the war it began told by its season ("a
  // 44-day war in the autumn"), each already a group or an event alone: one happening, dated by its first day.
  joinWhole(outbreakJoins(toldGroups()));
  // A war told years later by its years or decade, by outlets that give the same count of its dead ("30,000 were
  // killed in the fighting between 1990 and 1996", "a war in the early 1990s that killed about 30,000"); then its
  // start told with its end ("a war that began in 1990 and ended in 1996") and the span between those years.
  joinWhole(sameDeadJoins(toldGroups()));
  joinWhole(startAndEndJoins(toldGroups()));
  // Its end told by a year ("the war … ended in 1996") and the truce that ended it ("a truce signed in March 1996").
  joinWhole(warEndJoins(toldGroups()));

  const linksByRoot = new Map<number, typeof links>();
  for (const l of links) {
    const root = find(l.a);
    const list = linksByRoot.get(root);
    if (list) list.push(l);
    else linksByRoot.set(root, [l]);
  }
  const evidence: EvidenceContext = {
    contentWords,
    kindOf: mergeKindOfStem,
    name: corpus.name ?? ((id) => id),
    saysLittle: (id) => corpus.countries.has(id) || common.has(id),
    textOf: (e) => toldText(e),
  };
  const out: TimelineEvent[] = [];
  const store = cache && corpus.version !== undefined ? builtGroups(cache, corpus.version, rule, common) : undefined;
  for (let i = 0; i < events.length; i++) {
    if (find(i) !== i) continue;
    const group = membersOf(i);
    if (group.length === 1) out.push(events[i]!);
    else {
      const own = (linksByRoot.get(i) ?? []).map((l) => ({ ...l, a: events[l.a]!.id, b: events[l.b]!.id }));
      const members = group.map((k) => events[k]!);
      const build = () => buildMerged(members, own, rule, evidence, corpus.names ?? ((id) => [evidence.name(id)]));
      out.push(store ? rebuilt(store, members, own, build) : build());
    }
  }
  return { events: out, unknownIds: [...new Set(unknownIds)] };
}


/** An event's label and the clauses of its dates, from its first few passages. */
function toldText(event: TimelineEvent): string {
  return `${event.label} ${event.sources.slice(0, TOLD_SOURCES).map(dateClause).join(' ')}`;
}

/** Words of a kind of happening written after "the" ("the aftershock", "the magnitude 6.7 aftershock"): a telling that refers back. */
const DEFINITE = /\bthe\s+((?:[\p{L}\p{N}.,'’-]+\s+){0,3}?)(\p{L}+)/giu;

function definiteKinds(event: TimelineEvent): Set<number> {
  const kinds = new Set<number>();
  for (const m of toldText(event).matchAll(DEFINITE)) {
    for (const word of `${m[1]} ${m[2]}`.split(/\s+/)) {
      const kind = word ? mergeKindOfStem(stemWord(word.toLowerCase())) : undefined;
      if (kind !== undefined) kinds.add(kind);
    }
  }
  return kinds;
}

/**
 * Pairs of groups (by root) that tell one happening an outlet told twice: every member on one day and naming one
 * kind of happening, an article in both, a member of one naming it with "the", and no figure that tells them apart.
 */
function retoldGroups(roots: number[], membersOf: (root: number) => number[], articlesOf: (root: number) => Set<string>, item: (i: number) => Prepared): Array<[number, number]> {
  const byDayKind = new Map<string, number[]>();
  const definite = new Map<number, Set<number>>();
  for (const root of roots) {
    const members = membersOf(root).map(item);
    const day = members[0]!.event.date;
    if (!members.every((m) => m.event.date.precision === 'day' && m.event.date.start === day.start && m.event.date.end === day.end)) continue;
    const kinds = [...members[0]!.wordKinds.keys()].filter((k) => members.every((m) => m.wordKinds.has(k)));
    const named = new Set<number>();
    for (const m of members) for (const k of definiteKinds(m.event)) named.add(k);
    definite.set(root, named);
    for (const kind of kinds) {
      const key = `${day.start}|${kind}`;
      const list = byDayKind.get(key);
      if (list) list.push(root);
      else byDayKind.set(key, [root]);
    }
  }
  const out: Array<[number, number]> = [];
  for (const [key, list] of byDayKind) {
    const kind = Number(key.slice(key.indexOf('|') + 1));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        const shareArticle = [...articlesOf(a)].some((x) => articlesOf(b).has(x));
        const refersBack = definite.get(a)!.has(kind) || definite.get(b)!.has(kind);
        const differ = membersOf(a).some((x) => membersOf(b).some((y) => figuresDiffer(item(x).figures, item(y).figures)));
        if (shareArticle && refersBack && !differ) out.push([a, b]);
      }
    }
  }
  return out;
}

type Link = { a: string; b: string; features: PairFeatures; by: 'rule' | 'override' };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildMerged(group: TimelineEvent[], links: Link[], rule: MergeRule, context: EvidenceContext, namesOf: NamesOf): TimelineEvent {
  // The date most sources support, at the finest precision given; ties go to the earlier article.
  const support = (e: TimelineEvent) => group.filter((o) => overlaps(o.date, e.date)).length;
  const article = (e: TimelineEvent) => e.sources[0]!.articleId;
  const ranked = [...group].sort(
    (x, y) => PRECISION_RANK[x.date.precision] - PRECISION_RANK[y.date.precision] || support(y) - support(x) || compareText(article(x), article(y)),
  );
  const primary = ranked[0]!;
  const ordered = [primary, ...group.filter((e) => e !== primary).sort((x, y) => compareText(article(x), article(y)))];
  const sources: Source[] = [];
  const firstSource = new Map<string, number>();
  for (const e of ordered) {
    firstSource.set(e.id, sources.length);
    for (const s of e.sources) sources.push({ ...s, eventId: e.id, date: s.date ?? e.date, attribution: s.attribution === undefined ? e.attribution : s.attribution });
  }
  const reasonLinks = links.map((l) => ({
    a: firstSource.get(l.a)!,
    b: firstSource.get(l.b)!,
    date: round(l.features.date),
    actors: round(l.features.actors),
    words: round(l.features.words),
    score: round(l.features.score),
    by: l.by,
  }));
  const disagreements = findDisagreements(ordered, firstSource);
  const participants = (e: TimelineEvent) => takingPart(e, namesOf, isStatement);
  return {
    ...primary,
    // Those taking part in the happening: a member's speaker quoted only about it is no actor of it.
    actors: happeningActors(ordered, namesOf, isStatement),
    sources,
    importance: withSources(ordered.map((e) => e.importance), ordered.length),
    merge: { explanation: explain(ordered, reasonLinks, rule, { ...context, participants }), links: reasonLinks },
    ...(disagreements.length > 0 ? { disagreements } : {}),
  };
}


function explain(members: TimelineEvent[], links: MergeReason['links'], rule: MergeRule, context: EvidenceContext): string {
  const byRule = links.filter((l) => l.by === 'rule');
  // The figures of the pairs the score joined; pairs joined as one happening told twice, or as an outbreak and its
  // war, are joined on the evidence the line states, not on a score (theirs may be 0), and would only mislead here.
  const scored = byRule.filter((l) => l.score >= rule.threshold);
  const parts: string[] = [];
  if (byRule.length > 0) {
    // (The actor figure is left out: where no one is shared it reads a neutral 0.25 as "25% of its actors".)
    const weakest = Math.min(...scored.map((l) => l.score));
    const figures = scored.length === 0 ? '' : ` (Score of the weakest pair joined: ${weakest.toFixed(2)}; pairs join from ${rule.threshold}.)`;
    parts.push(`${mergeEvidence(members, context)}${figures}`);
  }
  if (links.some((l) => l.by === 'override')) parts.push('Joined by hand in merges.json.');
  return parts.join(' ');
}

const NEGATION = /\b(?:not|never|denied|denies|deny|denying)\b|n['’]t\b/iu;

/** Whether a sentence says that something did not happen. */
export function isNegated(text: string): boolean {
  return NEGATION.test(text);
}

function findDisagreements(ordered: TimelineEvent[], firstSource: Map<string, number>): Disagreement[] {
  const out: Disagreement[] = [];
  // One article's two days (a truce signed on Monday, in force on Thursday) are stages it tells, not a disagreement.
  const article = (e: TimelineEvent) => e.sources[0]!.articleId;
  const conflicting = ordered.some((x) => ordered.some((y) => article(x) !== article(y) && !overlaps(x.date, y.date)));
  if (conflicting) {
    out.push({ kind: 'date', versions: ordered.map((e) => ({ source: firstSource.get(e.id)!, says: e.date.text })) });
  }
  const negated = ordered.map((e) => e.sources.some((s) => isNegated(s.quote)));
  if (negated.some(Boolean) && !negated.every(Boolean)) {
    out.push({ kind: 'claim', versions: ordered.map((e) => ({ source: firstSource.get(e.id)!, says: e.sources[0]!.quote })) });
  }
  return out;
}
