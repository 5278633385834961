// One happening, one event: an article that tells a happening more than once
// ("its February 22 ruling" three times in a sentence; "the accord signed in
// Bishkek on May 8" and, later, "on May 8 the two sides signed it") gives one
// event with every passage that tells it. Two readings are the same happening
// when they are dated alike and say the same thing: the same date in one
// sentence, or in two sentences the same date (or a vague date holding the
// other's) and most of the words that tell what happened, with no figure
// that tells them apart. The event keeps its most precise reading's date and
// label; every passage keeps its own date. Pure: an article's events in, its
// happenings out.
import type { Source, TimelineEvent } from '../../model/schema';
import { PRECISION_RANK, unitInterval } from '../../model/calendar';
import { kindOfStem, kindsByWord, stemWord, verbStem } from '../text/happeningWords';
import { CALENDAR_WORDS, DECIDING_BODIES, DECISION_NOUNS, FUNCTION_WORDS, REPORTING_VERB_SET, GENERIC_HAPPENING_NOUNS, HAPPENING_NOUNS, IRREGULAR_PAST, NOT_PAST_ED, ONE_HAPPENING_WORDS, UNCHANGED_PAST } from '../text/lexicon';

/** Two sentences must share this share of the smaller side's words to tell one happening… */
const SHARED_WORDS = 0.5;
/** …and this much when one of them dates it only vaguely ("this week", "last year"). */
const SHARED_WORDS_VAGUE = 0.6;

/**
 * The clause of the passage that holds the date expression: what the sentence
 * says happened then, without the background it also carries ("a day after
 * the ministers failed to agree on reopening the corridor").
 */
export function dateClause(source: Source): string {
  if (source.dateStart === undefined) return source.quote;
  const at = source.dateStart - source.start;
  if (at < 0 || at > source.quote.length) return source.quote;
  const boundary = /[,;:()\u2013\u2014]|\s-\s/g;
  let from = 0;
  let to = source.quote.length;
  for (const m of source.quote.matchAll(boundary)) {
    if (m.index < at) from = m.index + m[0].length;
    else if (m.index >= at + ((source.dateEnd ?? source.dateStart) - source.dateStart)) {
      to = m.index;
      break;
    }
  }
  return source.quote.slice(from, to);
}

const STOP = new Set([...FUNCTION_WORDS, 'today', 'yesterday', 'tomorrow', 'week', 'month', 'year', 'day', 'days', 'ago', 'later', 'earlier', 'last', 'next', 'morning', 'evening', 'night', 'afternoon']);

/**
 * The figures that tell one happening from another of its kind: a quake's
 * magnitude, and the toll a "toll rose to …" report gives. A different
 * magnitude is another quake (a revised figure, 7.8 and 7.9, is the same
 * one); a toll report with another number is another moment. Other figures
 * (a toll told in passing, a price) say nothing about sameness.
 */
export interface Figures {
  magnitudes: number[];
  tolls: number[];
}

const MAGNITUDE = /(\d{1,2}(?:\.\d)?)[-\s]?magnitude|magnitude[-\s](?:of\s+)?(\d{1,2}(?:\.\d)?)\b/gi;
const TOLL = /\btoll\b[^.;]{0,60}?\b(\d{1,3}(?:,\d{3})*|\d+)\b/gi;

export function figuresOf(text: string): Figures {
  const magnitudes = [...text.matchAll(MAGNITUDE)].map((m) => Number(m[1] ?? m[2]));
  const tolls = [...text.matchAll(TOLL)].map((m) => Number(m[1]!.replace(/,/g, '')));
  return { magnitudes, tolls };
}

/** Whether two happenings' figures tell them apart: magnitudes more than 0.3 apart, or tolls that differ. */
export function figuresDiffer(a: Figures, b: Figures): boolean {
  if (a.magnitudes.length > 0 && b.magnitudes.length > 0 && !a.magnitudes.some((x) => b.magnitudes.some((y) => Math.abs(x - y) <= 0.3))) return true;
  return a.tolls.length > 0 && b.tolls.length > 0 && !a.tolls.some((x) => b.tolls.includes(x));
}

// A price per share: "$15 a share", "$12-a-share", "40 cents a share".
const PER_SHARE_PRICE = /([$€£¥#]\s?\d+(?:\.\d+)?|\d+(?:\.\d+)?\s+cents)(?:-a-|\s+a\s+)share\b/gi;

/** Whether both passages give a price per share and none is the same. */
function pricesDiffer(a: string, b: string): boolean {
  const price = (t: string) => [...t.matchAll(PER_SHARE_PRICE)].map((m) => m[1]!.replace(/\s+/g, ' ').toLowerCase());
  const pa = price(a);
  const pb = price(b);
  return pa.length > 0 && pb.length > 0 && !pa.some((x) => pb.includes(x));
}

// Words that tell a happening as still to come: a modal, or a state of expecting it ("is likely to", "is preparing to").
const EXPECTING = /^(?:will|would|could|may|might|shall|plans?|planning|intends?|aims?|expects?|preparing|threatens?|threatening)$/i;
// ... and words that tell it so only before "to" or "for": "is about to sign", "set for Monday", "due to open";
// "About 300 people were killed", "Police set up a checkpoint" tell what was done.
const EXPECTING_BEFORE_TO = /^(?:likely|expected|poised|set|due|scheduled|about|ready)$/i;
// A word telling the happening as done: a regular past, or an irregular one from the lexicon.
export const isDone = (w: string): boolean => /^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.has(w) || UNCHANGED_PAST.has(w);

/**
 * Whether a label tells its happening as expected rather than done: the first
 * verb-like word is a modal or a word of expecting ("Sears is likely to
 * announce …", "Company will close 142 stores"), not a past one ("filed",
 * "has filed"). An expected filing and the filing are two happenings.
 */
export function isExpectation(label: string): boolean {
  const words = label.split(/\s+/).slice(0, 11);
  for (let i = 0; i < Math.min(words.length, 10); i++) {
    const w = words[i]!.replace(/[^\p{L}'’]/gu, '');
    if (EXPECTING.test(w)) return true;
    if (EXPECTING_BEFORE_TO.test(w) && /^(?:to|for)$/i.test(words[i + 1] ?? '')) return true;
    if (isDone(w) && !NOT_PAST_ED.has(w.toLowerCase())) return false;
  }
  return false;
}

const ANOTHER = /\b(?:the\s+other|another|a\s+second|a\s+separate|a\s+different|a\s+new)\s+(?:\w+\s+)?\w+/i;
const CLOCK = /\b(\d{1,2}(?:[:.]\d{2})?)\s*([ap])\.?\s?m\b/gi;

interface Reading {
  event: TimelineEvent;
  /** The label and date clause, as read. */
  text: string;
  /** Clock times it names ("10:30p"). */
  clock: string[];
  /** Its date as compared: a state running since a day is that day's happening ("off since March 4"). */
  date: TimelineEvent['date'];
  /** Stems of the words that tell what happened (label and date clause), kinds of happening folded in. */
  words: Set<string>;
  /** Those of them written in lower case somewhere: not only names of who or where. */
  plain: string[];
  /** Its date dates a saying (datesSaying), and that saying tells no deed done (sayingOfNoDeed). */
  saying: boolean;
  viewOnly: boolean;
  figures: Figures;
  sentence: number;
  /** Dated through a noun beside its date ("the attacks Aug. 7"), and the happening nouns its label names. */
  nounDated: boolean;
  nouns: { kinds: Set<number>; generic: boolean };
}

function read(event: TimelineEvent): Reading {
  const source = event.sources[0]!;
  const dateText = event.date.text;
  const clause = dateClause(source);
  const text = `${event.label} ${clause.replace(dateText, ' ')}`;
  const words = new Set<string>();
  const lowered = new Set<string>();
  for (const token of text.split(/[^\p{L}\p{N}.,]+/u)) {
    const t = token.replace(/^[.,]+|[.,]+$/g, '');
    if (!t || /^\d[\d.,]*$/.test(t)) continue;
    const lower = t.toLowerCase();
    if (STOP.has(lower) || lower.length < 3 || (CALENDAR_WORDS.has(lower) && /^\p{Lu}/u.test(t))) continue;
    const stem = stemWord(lower);
    const kind = kindOfStem(stem);
    const word = kind === undefined ? stem : `#${kind}`;
    words.add(word);
    if (!/^\p{Lu}/u.test(t)) lowered.add(word);
  }

  const date = event.kind === 'ongoing' ? { ...event.date, end: unitInterval(event.date.start, event.date.precision).end } : event.date;
  const clock = [...clause.matchAll(CLOCK)].map((m) => `${m[1]!.replace('.', ':')}${m[2]!.toLowerCase()}`);
  const saying = datesSaying(source);
  return { event, date, text, clock, words, plain: [...lowered], saying, viewOnly: saying && sayingOfNoDeed(source), figures: figuresOf(text), sentence: source.start, nounDated: datesItsNoun(event), nouns: nounKinds(event.label) };
}

function shareOfSmaller(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

const sameDate = (a: TimelineEvent['date'], b: TimelineEvent['date']) => a.start === b.start && a.end === b.end && a.precision === b.precision;

/** A date written relative to another or to publication ("this week", "last year", "Tuesday"), not with its year or its month and day. */
export function isVagueDateText(text: string): boolean {
  return !/\b\d{4}(?:s\b|\b)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text);
}

const isVague = (date: TimelineEvent['date']) => isVagueDateText(date.text);

// "Earlier this week", "earlier this month": the part of the period before the article's day, where the date ends.
const EARLIER_IN = /^earlier\s+(?:this|in\s+the)\b/i;

/**
 * One inside the other, the outer one coarser and written vaguely. ("Earlier this week" does not hold the day it
 * ends on, the article's own: "the talks resumed Thursday" and "they agreed to talk earlier this week" are two.)
 */
function vaguelyHolds(outer: TimelineEvent['date'], inner: TimelineEvent['date']): boolean {
  return PRECISION_RANK[outer.precision] > PRECISION_RANK[inner.precision] && outer.start <= inner.start && inner.end <= outer.end && isVague(outer)
    && !(inner.start >= outer.end && EARLIER_IN.test(outer.text ?? ''));
}

/** Dated through its noun ("Saturday's earthquake", "a day after the earthquake"): the label is the happening itself. */
export function isNounDated(event: TimelineEvent): boolean {
  return event.sources.some((s) => /['’]s$/.test((s.date ?? event.date).text)) || event.dateReason.rule.startsWith('anchored');
}

/** The kinds of happening (lexicon.ts's HAPPENING_KINDS) a label names. */
function labelKinds(label: string): Set<number> {
  const kinds = new Set<number>();
  for (const w of label.toLowerCase().split(/[^\p{L}]+/u)) {
    const kind = w ? kindOfStem(stemWord(w)) : undefined;
    if (kind !== undefined) kinds.add(kind);
  }
  return kinds;
}

/** The kind of happening each noun of lexicon.ts's HAPPENING_NOUNS names. */
const NOUN_KIND = kindsByWord(HAPPENING_NOUNS);

/** The noun kinds a label names, and whether it names a generic happening ("the incidents"). */
function nounKinds(label: string): { kinds: Set<number>; generic: boolean } {
  const words = label.toLowerCase().split(/[^\p{L}]+/u);
  return { kinds: new Set(words.flatMap((w) => (NOUN_KIND.has(w) ? [NOUN_KIND.get(w)!] : []))), generic: words.some((w) => GENERIC_HAPPENING_NOUNS.has(w)) };
}

/**
 * Whether a passage dates a happening through a noun beside its date: "the attacks Aug. 7", "the incidents of Aug.
 * 7", "the Aug. 7 bombings", "Wednesday's ruling".
 */
function datesItsNoun(event: TimelineEvent): boolean {
  if (isNounDated(event)) return true;
  return event.sources.some((s) => {
    if (s.dateStart === undefined || s.dateEnd === undefined) return false;
    const before = s.quote.slice(Math.max(0, s.dateStart - s.start - 40), s.dateStart - s.start);
    const after = s.quote.slice(s.dateEnd - s.start, s.dateEnd - s.start + 30);
    const noun = (w: string | undefined) => w !== undefined && (NOUN_KIND.has(w.toLowerCase()) || GENERIC_HAPPENING_NOUNS.has(w.toLowerCase()));
    return noun(/(\p{L}+)\s+(?:of\s+|on\s+)?$/u.exec(before)?.[1]) || (/\b(?:the|its|their|his|her)\s+$/i.test(before) && noun(/^\s+(\p{L}+)/u.exec(after)?.[1]));
  });
}

/** The group of lexicon.ts's ONE_HAPPENING_WORDS (a killing, a win) each word is in. */
const ONE_HAPPENING_KIND = kindsByWord(ONE_HAPPENING_WORDS);

/** The ONE_HAPPENING_WORDS kinds a label names, and whether its first word (past any date) is one: a label that is the noun. */
function oneHappening(label: string): { kinds: Set<number>; noun: boolean } {
  const ws = label.toLowerCase().split(/[^\p{L}\d.]+/u).filter((w) => w && !/\d/.test(w) && !CALENDAR_WORDS.has(w.replace(/\.$/, '')));
  const kinds = new Set(ws.flatMap((w) => (ONE_HAPPENING_KIND.has(w) ? [ONE_HAPPENING_KIND.get(w)!] : [])));
  return { kinds, noun: ONE_HAPPENING_KIND.has(ws[0] ?? '') };
}

/** A name both labels write (a capitalised word that is no calendar word), and an actor both readings have. */
function sameNamed(a: TimelineEvent, b: TimelineEvent): boolean {
  const names = (label: string) => new Set((label.match(/\b\p{Lu}[\p{Ll}'’-]{2,}\b/gu) ?? []).filter((w) => !CALENDAR_WORDS.has(w.toLowerCase())));
  const nb = names(b.label);
  return [...names(a.label)].some((w) => nb.has(w)) && a.actors.some((x) => b.actors.includes(x));
}

/**
 * "The October slaying of Dr. Ivo Marn" and "Marn was gunned down Oct. 9": one of the two labels is a noun of
 * one happening told in other words (a killing, a win), the other names that kind too, both name the same person or
 * side, and one date is the other's or holds it.
 */
function oneHappeningOfOne(a: Reading, b: Reading): boolean {
  const oa = oneHappening(a.event.label);
  const ob = oneHappening(b.event.label);
  return (oa.noun || ob.noun) && [...oa.kinds].some((k) => ob.kinds.has(k)) && sameNamed(a.event, b.event);
}

const SAYING_NOUNS = new Set(['statement', 'statements', 'communique', 'communiqué', 'declaration', 'speech', 'address', 'interview']);
const isSayingWord = (w: string): boolean => REPORTING_VERB_SET.has(w) || SAYING_NOUNS.has(w);

/**
 * Whether a reading's date dates a saying: a verb of saying or a statement within a few words before the date ("issued
 * a joint statement Friday", "said on Monday") with no "that" between, or right after it ("on Monday, said"). "Lena
 * reported that the fair would open on May 3" dates the fair.
 */
export function datesSaying(s: Source): boolean {
  if (s.dateStart === undefined || s.dateEnd === undefined) return false;
  const words = (t: string) => t.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const before = words(s.quote.slice(0, s.dateStart - s.start)).slice(-5);
  const after = words(s.quote.slice(s.dateEnd - s.start)).slice(0, 2);
  const lastThat = before.lastIndexOf('that');
  return before.slice(lastThat + 1).some(isSayingWord) || after.some(isSayingWord);
}

/**
 * A saying dated by its own day whose words tell nothing done ("issued a statement Friday saying the entry will
 * strengthen the region"): a view or a forecast, not the report of a deed ("said Friday it bought the chain").
 */
function sayingOfNoDeed(s: Source): boolean {
  const said = s.quote.slice((s.dateEnd ?? s.start) - s.start).toLowerCase().split(/[^\p{L}]+/u);
  return !said.some((w) => (isDone(w) && !NOT_PAST_ED.has(w)) || w === 'has' || w === 'have' || w === 'had');
}

/**
 * "Halden posted third-quarter net income of $4 million" and, further down, "the third-quarter results were a letdown,
 * an analyst said": a result dated by its quarter, told again with no figure, is that quarter's result. (Two results
 * of one quarter, each with its figure, may be two companies'.)
 */
const RESULT_WORDS = /\b(?:results?|earnings|profits?|income|loss(?:es)?|sales|revenues?|performance)\b/i;

function quarterToldAgain(a: Reading, b: Reading): boolean {
  const quarter = (r: Reading) => r.event.dateReason?.rule === 'reported-quarter';
  const figured = (r: Reading) => /\d/.test(r.event.sources[0]!.quote);
  if (!quarter(a) || !quarter(b) || !sameDate(a.date, b.date) || figured(a) === figured(b)) return false;
  // The one without a figure speaks of the result ("the quarter's earnings", "its third-quarter performance"), not of
  // another deed of the quarter ("during the third quarter, it bought a depot").
  return RESULT_WORDS.test((figured(a) ? b : a).event.sources[0]!.quote);
}

// "must leave the country by Jan. 14" and, further down, "no reason was given for the Jan. 14 deadline": a limit set
// with "by" or "until" a day, and the same day named again by its noun. ("The deadline passed on Friday" tells another
// thing, the passing, and is dated by "on".)
const DEADLINE_NOUN_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:deadline|ultimatum|cutoff|cut-off)\b/i;
const DEADLINE_NOUN_BEFORE = /\b(?:deadline|ultimatum|cutoff|cut-off)\s+(?:of\s+)?$/i;
const LIMIT_BEFORE = /\b(?:by|until|till|no\s+later\s+than)\s+(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s+)?$/i;

function around(s: Source): { before: string; text: string; after: string } | null {
  if (s.dateStart === undefined || s.dateEnd === undefined) return null;
  const at = s.dateStart - s.start;
  const to = s.dateEnd - s.start;
  return { before: s.quote.slice(Math.max(0, at - 40), at), text: s.quote.slice(at, to), after: s.quote.slice(to, to + 30) };
}

/** Whether a passage names its date's deadline by its noun: "the Jan. 14 deadline", "Tuesday's deadline", "a deadline of May 2". */
function namesDeadline(s: Source): boolean {
  const w = around(s);
  return w !== null && (DEADLINE_NOUN_AFTER.test(w.after) || DEADLINE_NOUN_BEFORE.test(w.before));
}

/** Whether a passage sets a limit on its date: "by Jan. 14", "until 9 a.m. Tuesday". */
function setsLimit(s: Source): boolean {
  const w = around(s);
  return w !== null && (LIMIT_BEFORE.test(w.before) || /^(?:by|until|till)\s/i.test(w.text));
}

function deadlineToldAgain(a: Reading, b: Reading): boolean {
  if (!sameDate(a.date, b.date)) return false;
  const sa = a.event.sources[0]!;
  const sb = b.event.sources[0]!;
  return (namesDeadline(sa) && setsLimit(sb) && !namesDeadline(sb)) || (namesDeadline(sb) && setsLimit(sa) && !namesDeadline(sa));
}

/** Both readings are results dated by their quarter, each with a figure of its own that the other does not give. */
function quarterFigures(a: Reading, b: Reading): boolean {
  const quarter = (r: Reading) => r.event.dateReason?.rule === 'reported-quarter';
  const figures = (r: Reading) => new Set(r.event.sources[0]!.quote.match(/\d[\d.,]*\d|\d/g) ?? []);
  if (!quarter(a) || !quarter(b)) return false;
  const fa = figures(a);
  const fb = figures(b);
  return fa.size > 0 && fb.size > 0 && ![...fa].some((x) => fb.has(x));
}

// "The appeals court on Thursday struck down the ban" and, further down, "the panel that issued Thursday's ruling":
// a decision named by its noun after its date, and a court, a judge or a jury doing something that day, are one
// decision told twice. (Two decisions each named by their noun are left to the rules above; a ruling and a hearing
// of another body that day, "the council met Thursday", share no deciding body.)
// The noun may stand up to three words after the date ("the May 2 appeals court ruling"); an opinion poll is none.
const DECISION_AFTER_DATE = /^(?:['’]s)?((?:\s+[\w-]+){1,4})/u;

/** Whether a passage names a decision right after its date: "Thursday's ruling", "the May 2 verdict". */
function datesDecision(s: Source): boolean {
  const w = around(s);
  const words = (w ? DECISION_AFTER_DATE.exec(w.after)?.[1] ?? '' : '').toLowerCase().split(/\s+/).filter(Boolean);
  const at = words.findIndex((x) => DECISION_NOUNS.has(x));
  return at >= 0 && !/^(?:polls?|pieces?|columns?|pages?)$/.test(words[at + 1] ?? '');
}

/** Whether a passage's date clause or label has a court, a judge or a jury in it. */
function decidingBodyActs(r: Reading): boolean {
  const words = `${r.event.label} ${dateClause(r.event.sources[0]!)}`.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => DECIDING_BODIES.has(w));
}

function decisionToldAgain(a: Reading, b: Reading): boolean {
  if (!sameDate(a.date, b.date) || a.date.precision !== 'day') return false;
  const da = datesDecision(a.event.sources[0]!);
  const db = datesDecision(b.event.sources[0]!);
  return da !== db && decidingBodyActs(da ? b : a);
}

// "Tomorrow the county board, meeting in Varno, will vote on the school's move" and, further down, "tomorrow's vote
// could echo abroad": a happening named by its noun after a possessive date, and a clause of that day whose verb is
// that noun's word, are one happening told twice, however the first one's label reads. The verb is looked for within a
// few words of its date, in the date's clause, before any verb of saying ("said Tuesday the vote would be close"
// dates the saying, not the vote).
const NEAR_WORDS = 14;


/** The stems of the words (up to three) a passage names right after its possessive date: "tomorrow's vote" gives "vot". */
function possessiveStems(s: Source): string[] {
  const w = around(s);
  if (!w || !/['’]s$/.test(w.text)) return [];
  const words = /^\s+((?:[\p{Ll}-]+\s*){1,3})/u.exec(w.after)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  return words.filter((x) => x.length >= 4 && !FUNCTION_WORDS.has(x)).map(verbStem);
}

/**
 * The lower-case words of a passage's clause within NEAR_WORDS of its date; after it only up to a verb of saying, and
 * none when the date dates a saying (the words around it are what was said).
 */
function wordsNearDate(s: Source): string[] {
  if (s.dateStart === undefined || s.dateEnd === undefined) return [];
  if (datesSaying(s)) return [];
  const clause = /[;:]|\s[—–]\s/;
  const words = (t: string) => t.split(/[^\p{L}]+/u).filter((w) => /^\p{Ll}/u.test(w));
  const before = words(s.quote.slice(0, s.dateStart - s.start).split(clause).pop()!).slice(-NEAR_WORDS);
  const after: string[] = [];
  for (const w of words(s.quote.slice(s.dateEnd - s.start).split(clause)[0]!).slice(0, NEAR_WORDS)) {
    if (isSayingWord(w)) break;
    after.push(w);
  }
  return [...before, ...after];
}

function possessiveToldAgain(a: Reading, b: Reading): boolean {
  if (!sameDate(a.date, b.date)) return false;
  const sa = possessiveStems(a.event.sources[0]!);
  const sb = possessiveStems(b.event.sources[0]!);
  if ((sa.length === 0) === (sb.length === 0)) return false;
  const [stems, other] = sa.length > 0 ? [sa, b] : [sb, a];
  return wordsNearDate(other.event.sources[0]!).some((w) => w.length >= 4 && stems.includes(verbStem(w.toLowerCase())));
}

/** Why two readings of an article are one happening, in words; null when they are not. */
function sameHappening(a: Reading, b: Reading): string | null {
  const x = a.date;
  const y = b.date;
  if (a.sentence === b.sentence) {
    // "its February 22 ruling", told thrice in a sentence; not "police cleared the camp in March, and the following day
    // thousands marched", two happenings in two clauses.
    if (!sameDate(x, y)) return null;
    const plain = (t: string) => t.toLowerCase().replace(/^(?:on|in|at|by|from|since|the)\s+/, '').replace(/['’]s$/, '');
    if (plain(x.text) === plain(y.text) || shareOfSmaller(a.words, b.words) >= SHARED_WORDS) return 'the same date in one sentence';
    return null;
  }
  const vague = !sameDate(x, y);
  if (vague && !vaguelyHolds(x, y) && !vaguelyHolds(y, x)) return null;
  // "The other fatal shooting happened at 11:15 p.m.": the article says it is another one.
  if (ANOTHER.test(a.text) || ANOTHER.test(b.text)) return null;
  // Two clock times of one day, none the same: two happenings ("just before 9:40 p.m." and "at about 11:05 p.m.").
  if (a.clock.length > 0 && b.clock.length > 0 && !a.clock.some((t) => b.clock.includes(t))) return null;
  // A magnitude 6.6 aftershock and the 7.8 quake; the toll at 114 and at 1,341.
  if (figuresDiffer(a.figures, b.figures)) return null;
  // "a $15 a share bid" and "a new, $12-a-share bid": bids at other prices are other bids.
  if (pricesDiffer(a.text, b.text)) return null;
  if (quarterToldAgain(a, b)) return "the same quarter's result, told again without a figure";
  // "Revenue slipped 3% in the quarter to $212 million" and "in the latest quarter, its paper unit lost $2 million":
  // two figures of one quarter, each told with its own, are two results.
  if (quarterFigures(a, b)) return null;
  if (deadlineToldAgain(a, b)) return 'a limit set for a day and that day\'s deadline named again';
  if (decisionToldAgain(a, b)) return 'a decision named by its noun and a court, a judge or a jury acting that day';
  if (oneHappeningOfOne(a, b)) return `${vague ? 'a date that holds the other' : 'the same date'} and one killing or win of the same name, told by its noun and in other words`;
  // "Saturday's earthquake" and "the earthquake struck shortly before noon Saturday": a happening named by its noun,
  // and another reading that names that kind of happening on the same day.
  if (!vague && (isNounDated(a.event) || isNounDated(b.event))) {
    const ka = labelKinds(a.event.label);
    const kb = labelKinds(b.event.label);
    if ([...ka].some((k) => kb.has(k))) return 'the same date and the same kind of happening, named by its noun';
  }
  // "The attacks Aug. 7 at the embassies" and "the incidents of Aug. 7"; "Wednesday's ruling" and "the decision was
  // announced Wednesday": one happening named by its noun, the other by a noun of its kind or a generic one, that day.
  if (!vague && (a.nounDated || b.nounDated)) {
    const na = a.nouns;
    const nb = b.nouns;
    const named = (n: typeof na, label: string) => n.kinds.size > 0 || labelKinds(label).size > 0;
    if ([...na.kinds].some((k) => nb.kinds.has(k)) || (na.generic && named(nb, b.event.label)) || (nb.generic && named(na, a.event.label))) {
      return 'the same date and a noun of the same kind of happening';
    }
  }
  // "Bombings this month of the embassies in Varno" and "the embassy bombings, on May 7, killed 40 in Varno": one
  // named by its noun on a vague date of a month or less that holds the other's, the other naming that kind of
  // happening, with a name both write and an actor both have.
  if (vague && (a.nounDated || b.nounDated) && PRECISION_RANK[(isVague(x) ? x : y).precision] <= PRECISION_RANK.month) {
    const ka = new Set([...a.nouns.kinds, ...labelKinds(a.event.label)]);
    if ([...b.nouns.kinds, ...labelKinds(b.event.label)].some((k) => ka.has(k)) && sameNamed(a.event, b.event)) {
      return 'a date that holds the other, a noun of the same kind of happening and the same name';
    }
  }
  if (possessiveToldAgain(a, b)) return 'a happening named by its noun after a possessive date, and a clause of that day telling it with its verb';
  const share = shareOfSmaller(a.words, b.words);
  if (share < (vague ? SHARED_WORDS_VAGUE : SHARED_WORDS) || Math.min(a.words.size, b.words.size) < 2) return null;
  // "The three joined the alliance on Friday" and "the three's envoys issued a statement on Friday saying their entry
  // will strengthen the region": a view given that day and the deed it speaks of are two happenings. ("Varno said on
  // Friday it signed the treaty" reports the signing: one.)
  if ((a.viewOnly && !b.saying) || (b.viewOnly && !a.saying)) return null;
  // "The three joined the alliance on Friday" and "the envoys of the three issued a statement on Friday": sharing only
  // names of who and where, two readings tell two things those parties did.
  if (!a.plain.some((w) => b.words.has(w)) && !b.plain.some((w) => a.words.has(w))) return null;
  return `${vague ? 'a date that holds the other' : 'the same date'} and ${Math.round(share * 100)}% of the words that tell what happened`;
}

/** The reading that stands for the happening: the most precise date, a full clause before a possessive's noun, the earliest. */
function primaryOf(group: Reading[]): Reading {
  const possessive = (r: Reading) => (/['’]s$/.test(r.event.date.text) ? 1 : 0);
  return [...group].sort(
    (p, q) => PRECISION_RANK[p.event.date.precision] - PRECISION_RANK[q.event.date.precision] || possessive(p) - possessive(q) || p.sentence - q.sentence,
  )[0]!;
}

/** The article's events with every happening told more than once made one event, in the order of their first passage. */
/** Up to this many readings in an article every candidate pair is compared; beyond it, the nearest WINDOW of each kind. */
const ALL_PAIRS_UP_TO = 2000;
const WINDOW = 200;

/** "A second tremor shook the port two hours after the first quake": counted from a happening told before, so not that one. */
const countedFromAnother = (r: Reading): boolean => r.event.dateReason?.rule === 'anchored-told';

export function joinSameHappenings(events: TimelineEvent[]): TimelineEvent[] {
  if (events.length < 2) return events;
  const readings = events.map(read);
  const parent = readings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const why = new Map<number, string[]>();
  // Two readings can only be one happening on the same date or where one's vague date holds the other's; a group is
  // checked against another by its distinct dates, not member by member, so an article of thousands of readings of
  // one date stays near-linear.
  const dateKey = (d: TimelineEvent['date']) => `${d.start}|${d.end}|${d.precision}|${d.text}`;
  const bucket = readings.map((r) => `${r.date.start}|${r.date.end}|${r.date.precision}`);
  const vague = readings.map((r) => isVague(r.date));
  const groupDates = new Map<number, Map<string, TimelineEvent['date']>>(readings.map((r, i) => [i, new Map([[dateKey(r.date), r.date]])]));
  // Where a reading's later candidates are: the later readings of its date, the later vague ones, and every later one
  // for a vague reading. In a very long article (a report of thousands of dated lines) only the nearest WINDOW
  // candidates of each kind are compared, so the pass stays near-linear; an article of ordinary length compares all.
  const byBucket = new Map<string, number[]>();
  bucket.forEach((b, i) => {
    const list = byBucket.get(b);
    if (list) list.push(i);
    else byBucket.set(b, [i]);
  });
  const vagueOnes = readings.map((_, i) => i).filter((i) => vague[i]);
  const window = readings.length > ALL_PAIRS_UP_TO ? WINDOW : Infinity;
  const laterIn = (list: number[], i: number): number[] => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return list.slice(lo, Math.min(list.length, lo + window));
  };
  for (let i = 0; i < readings.length; i++) {
    const candidates = new Set<number>([...laterIn(byBucket.get(bucket[i]!)!, i), ...laterIn(vagueOnes, i)]);
    if (vague[i]) for (let j = i + 1; j < Math.min(readings.length, i + 1 + window); j++) candidates.add(j);
    for (const j of [...candidates].sort((a, b) => a - b)) {
      const [ri, rj] = [find(i), find(j)];
      if (ri === rj || countedFromAnother(readings[i]!) || countedFromAnother(readings[j]!)) continue;
      const reason = sameHappening(readings[i]!, readings[j]!);
      if (!reason) continue;
      // Every pair across the two groups must be dated compatibly: a chain may not join a day to another day.
      const datesI = groupDates.get(ri)!;
      const datesJ = groupDates.get(rj)!;
      const compatible = [...datesI.values()].every((a) => [...datesJ.values()].every((b) => sameDate(a, b) || vaguelyHolds(a, b) || vaguelyHolds(b, a)));
      if (!compatible) continue;
      parent[rj] = ri;
      for (const [k, d] of datesJ) datesI.set(k, d);
      groupDates.delete(rj);
      // Appended in place: a group of thousands of tellings would otherwise copy its growing list at every join.
      const reasons = why.get(ri) ?? [];
      for (const r of why.get(rj) ?? []) reasons.push(r);
      reasons.push(reason);
      why.set(ri, reasons);
      why.delete(rj);
    }
  }
  const groups = new Map<number, Reading[]>();
  readings.forEach((r, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(r);
    else groups.set(root, [r]);
  });
  const out: TimelineEvent[] = [];
  for (const [root, group] of groups) {
    if (group.length === 1) {
      out.push(group[0]!.event);
      continue;
    }
    out.push(joined(group, why.get(root) ?? []));
  }
  return out.sort((a, b) => a.sources[0]!.start - b.sources[0]!.start || (a.sources[0]!.dateStart ?? 0) - (b.sources[0]!.dateStart ?? 0));
}

function joined(group: Reading[], reasons: string[]): TimelineEvent {
  const primary = primaryOf(group);
  const ordered = [primary, ...group.filter((r) => r !== primary).sort((p, q) => p.sentence - q.sentence || (p.event.sources[0]!.dateStart ?? 0) - (q.event.sources[0]!.dateStart ?? 0))];
  const sources: Source[] = ordered.flatMap((r) => r.event.sources.map((s) => ({ ...s, date: r.event.date, attribution: r.event.attribution })));
  const best = ordered.map((r) => r.event.importance).reduce((p, q) => (q.score > p.score ? q : p));
  const e = primary.event;
  const told = `this article tells it ${sources.length} times`;
  return {
    ...e,
    actors: [...new Set(ordered.flatMap((r) => r.event.actors))],
    sources,
    importance: { score: best.score, reasons: [...best.reasons, told] },
    merge: {
      explanation: `One happening, ${told}: ${[...new Set(reasons)].join('; ')}.`,
      // Links score pairs of articles' events; passages of one article are joined by the reasons above.
      links: [],
    },
  };
}
