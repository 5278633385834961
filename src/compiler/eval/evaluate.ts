// The extraction measure of EVALUATION.md, exactly: gold events matched one
// to one with predicted events by passage overlap and date consistency,
// precision / recall / F1 (relaxed and strict), actor recall and precision.
// Beside them, two checks of what a reader sees: happenings shown twice in one
// article, and labels that fail the label rubric (labelRubric.ts). Pure: the
// data set and the gold files come in as values.
import { seasonInterval, unitInterval, yearInterval, monthInterval, decadeInterval, dayInterval, intervalContains, isValidDay, toUtcMs, type DayInterval, type Season } from '../../model/calendar';
import type { Actor, Dataset, Precision, TimelineEvent } from '../../model/schema';
import { eventsAsTold } from '../../model/mergedView';
import { labelProblems } from './labelRubric';

export interface GoldEvent {
  id: string;
  label: string;
  date: string;
  precision: Precision;
  actors: string[];
  quote: string;
  required: boolean;
  /** The date expression inside the quote that dates the event (real-news gold); null when dated by context. */
  dateText?: string | null;
}

export interface GoldFile {
  article: string;
  published: string;
  events: GoldEvent[];
}

export interface Counts {
  required: number;
  predicted: number;
  matchedOptional: number;
  matched: number;
  strict: number;
  actorsFound: number;
  actorsTotal: number;
  /** Predicted actors of matched required events that are gold participants, and all of them. */
  actorsRight: number;
  actorsPredicted: number;
  /** Matched required events whose label meets the rubric, and all matched required events. */
  labelsGood: number;
  labelsTotal: number;
  /** Predictions that show a happening a second time in the same article (see `doubles`). */
  doubled: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
  strictPrecision: number;
  strictRecall: number;
  strictF1: number;
  /** Null when no required gold event was matched (nothing to measure). */
  actorRecall: number | null;
  /** Null when the matched required events carry no predicted actor. */
  actorPrecision: number | null;
  /** Null when no required gold event was matched. */
  labelRubric: number | null;
}

export interface ArticleScore extends Figures {
  article: string;
  missed: GoldEvent[];
  unmatched: TimelineEvent[];
  matches: Array<{ gold: string; event: string; strict: boolean }>;
  /** Labels of matched required events that fail the rubric, with why. */
  badLabels: Array<{ event: string; label: string; problems: string[] }>;
  /** Predicted actors of matched required events that are not gold participants (by name). */
  extraActors: Array<{ gold: string; actor: string }>;
  /** Each prediction that repeats a happening, with the one it repeats. */
  doubles: Array<{ event: string; repeats: string; why: string }>;
}

export interface EvalReport {
  articles: ArticleScore[];
  total: Figures & { articles: number };
  /** Gold files whose article is not in the data set (not scored), and articles without gold. */
  goldWithoutArticle: string[];
  articlesWithoutGold: string[];
}

const PRECISIONS: Precision[] = ['day', 'month', 'season', 'year', 'decade'];

/**
 * Validates one parsed gold file field by field and throws naming the file and
 * the field: a gold file that is silently half-read would skew every figure.
 * Unknown keys (notes, published_basis) are allowed.
 */
export function parseGoldFile(json: unknown, fileName: string): GoldFile {
  const fail = (what: string): never => {
    throw new Error(`${fileName}: ${what}`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('not a JSON object');
  const o = json as Record<string, unknown>;
  if (typeof o.article !== 'string' || !o.article) fail('"article" must be the article id');
  if (typeof o.published !== 'string' || !isRealDay(o.published)) fail('"published" must be a YYYY-MM-DD day');
  if (!Array.isArray(o.events)) fail('"events" must be a list');
  const ids = new Set<string>();
  const events = (o.events as unknown[]).map((raw, i): GoldEvent => {
    const where = `events[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`${where} must be an object`);
    const e = raw as Record<string, unknown>;
    if (typeof e.id !== 'string' || !e.id) fail(`${where}.id must be a non-empty string`);
    if (ids.has(e.id as string)) fail(`${where}.id "${e.id as string}" is used twice`);
    ids.add(e.id as string);
    if (typeof e.label !== 'string') fail(`${where}.label must be a string`);
    if (typeof e.quote !== 'string' || !e.quote.trim()) fail(`${where}.quote must be the sentence`);
    if (typeof e.date !== 'string') fail(`${where}.date must be a string`);
    if (!PRECISIONS.includes(e.precision as Precision)) fail(`${where}.precision must be one of ${PRECISIONS.join(', ')}`);
    if (!Array.isArray(e.actors) || !e.actors.every((a) => typeof a === 'string')) fail(`${where}.actors must be a list of names`);
    if (typeof e.required !== 'boolean') fail(`${where}.required must be true or false`);
    if (e.date_text !== undefined && e.date_text !== null && typeof e.date_text !== 'string') fail(`${where}.date_text must be a string or null`);
    const event: GoldEvent = {
      id: e.id as string,
      label: e.label as string,
      date: e.date as string,
      precision: e.precision as Precision,
      actors: [...(e.actors as string[])],
      quote: e.quote as string,
      required: e.required as boolean,
      ...(e.date_text !== undefined ? { dateText: e.date_text as string | null } : {}),
    };
    try {
      goldInterval(event);
    } catch (error) {
      fail(`${where}.date: ${(error as Error).message}`);
    }
    const form = precisionOfForm(event.date);
    // A "2020" marked day precision would make strict matching compare against 2020-01-01.
    const fits = form === event.precision || (form === 'year' && event.precision === 'decade');
    if (!fits) fail(`${where}.precision: ${event.precision} does not fit the date ${event.date} (${form})`);
    return event;
  });
  return { article: o.article as string, published: o.published as string, events };
}

function isRealDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The precision a gold date's written form implies (a bare year may also be read as its decade). */
function precisionOfForm(date: string): Precision | null {
  const d = date.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return 'day';
  if (/^\d{4}-\d{2}$/.test(d)) return 'month';
  if (/^\d{4}-[a-z]+$/.test(d)) return 'season';
  if (/^\d{3}0s$/.test(d)) return 'decade';
  if (/^\d{4}$/.test(d)) return 'year';
  return null;
}

/** The interval a gold date names: YYYY | YYYY-MM | YYYY-MM-DD | YYYY-spring|summer|autumn|winter | YYYYs. */
export function goldInterval(gold: Pick<GoldEvent, 'date' | 'precision'>): DayInterval {
  const d = gold.date.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d))) {
    if (!isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new Error(`${d} is not a real day`);
    return dayInterval(d);
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(d))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new Error(`${d} is not a real month`);
    return monthInterval(Number(m[1]), month);
  }
  if ((m = /^(\d{4})-(spring|summer|autumn|fall|winter)$/.exec(d))) {
    const season = (m[2] === 'fall' ? 'autumn' : m[2]) as Season;
    return seasonInterval(Number(m[1]), season);
  }
  if ((m = /^(\d{3})0s$/.exec(d))) return decadeInterval(Number(m[1]) * 10);
  if ((m = /^(\d{4})$/.exec(d))) return gold.precision === 'decade' ? decadeInterval(Number(m[1])) : yearInterval(Number(m[1]));
  throw new Error(`unknown date form "${d}"`);
}

/** Whitespace, case and quote marks folded, for passage comparison. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032'`\u201c\u201d\u201e\u201f\u2033"\u00ab\u00bb]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordsOf(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function passageOverlaps(predicted: string, gold: string): boolean {
  const p = fold(predicted);
  const g = fold(gold);
  if (p.length > 0 && g.length > 0 && (p.includes(g) || g.includes(p))) return true;
  const goldWords = wordsOf(gold);
  if (goldWords.length === 0) return false;
  // "holds at least 60% of the gold quote's words": counted with multiplicity.
  const available = new Map<string, number>();
  for (const w of wordsOf(predicted)) available.set(w, (available.get(w) ?? 0) + 1);
  let held = 0;
  for (const w of goldWords) {
    const n = available.get(w) ?? 0;
    if (n > 0) {
      held++;
      available.set(w, n - 1);
    }
  }
  return held / goldWords.length >= 0.6;
}

export function dateRelaxed(event: TimelineEvent, gold: GoldEvent): boolean {
  const interval = goldInterval(gold);
  if (intervalContains(interval, event.date.start)) return true;
  return intervalContains(unitInterval(event.date.start, event.date.precision), interval.start);
}

export function dateStrict(event: TimelineEvent, gold: GoldEvent): boolean {
  if (!dateRelaxed(event, gold) || event.date.precision !== gold.precision) return false;
  return gold.precision !== 'day' || event.date.start === goldInterval(gold).start;
}

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function namesMatch(a: string, b: string): boolean {
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return true;
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const sa = new Set(wa);
  const sb = new Set(wb);
  return wa.every((w) => sb.has(w)) || wb.every((w) => sa.has(w));
}

/** Every name that counts for a predicted event: its actors' names and aliases, and those of what they belong to. */
function namesOfEvent(event: TimelineEvent, actors: Map<string, Actor>): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const stack = [...event.actors];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const actor = actors.get(id);
    if (!actor) continue;
    names.push(actor.name, ...actor.aliases);
    stack.push(...actor.memberOf);
  }
  return names;
}

/** An actor's own names (name, id and aliases), without what it belongs to: what actor precision judges. */
function ownNames(id: string, actors: Map<string, Actor>): string[] {
  const actor = actors.get(id);
  return actor ? [actor.name, id.replace(/-/g, ' '), ...actor.aliases] : [id.replace(/-/g, ' ')];
}

function ratio(n: number, d: number, empty: number): number {
  return d === 0 ? empty : n / d;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function figures(c: Counts): Figures {
  // Zero denominators: nothing required and nothing predicted is perfect; anything else is 0.
  const denominator = c.predicted - c.matchedOptional;
  const precision = ratio(c.matched, denominator, c.required === 0 ? 1 : 0);
  const recall = ratio(c.matched, c.required, denominator === 0 ? 1 : 0);
  const strictPrecision = ratio(c.strict, denominator, c.required === 0 ? 1 : 0);
  const strictRecall = ratio(c.strict, c.required, denominator === 0 ? 1 : 0);
  return {
    ...c,
    precision,
    recall,
    f1: f1(precision, recall),
    strictPrecision,
    strictRecall,
    strictF1: f1(strictPrecision, strictRecall),
    actorRecall: c.actorsTotal === 0 ? null : c.actorsFound / c.actorsTotal,
    actorPrecision: c.actorsPredicted === 0 ? null : c.actorsRight / c.actorsPredicted,
    labelRubric: c.labelsTotal === 0 ? null : c.labelsGood / c.labelsTotal,
  };
}

export function scoreArticle(articleId: string, predicted: TimelineEvent[], gold: GoldFile, actors: Map<string, Actor>): ArticleScore {
  const quoteOf = (e: TimelineEvent) => e.sources.filter((s) => s.articleId === articleId).map((s) => s.quote);
  const used = new Set<number>();
  const matches: ArticleScore['matches'] = [];
  const missed: GoldEvent[] = [];
  const counts: Counts = { ...EMPTY_COUNTS, predicted: predicted.length };
  const badLabels: ArticleScore['badLabels'] = [];
  const extraActors: ArticleScore['extraActors'] = [];

  for (const g of gold.events) {
    if (g.required) counts.required++;
    let best = -1;
    let bestStrict = false;
    predicted.forEach((e, i) => {
      if (used.has(i) || bestStrict) return;
      if (!quoteOf(e).some((q) => passageOverlaps(q, g.quote))) return;
      if (!dateRelaxed(e, g)) return;
      const strict = dateStrict(e, g);
      if (best < 0 || (strict && !bestStrict)) {
        best = i;
        bestStrict = strict;
      }
    });
    if (best < 0) {
      if (g.required) missed.push(g);
      continue;
    }
    used.add(best);
    const event = predicted[best]!;
    matches.push({ gold: g.id, event: event.id, strict: bestStrict });
    if (!g.required) {
      counts.matchedOptional++;
      continue;
    }
    counts.matched++;
    if (bestStrict) counts.strict++;
    const names = namesOfEvent(event, actors);
    for (const goldActor of g.actors) {
      counts.actorsTotal++;
      if (names.some((n) => namesMatch(n, goldActor))) counts.actorsFound++;
    }
    for (const id of new Set(event.actors)) {
      counts.actorsPredicted++;
      if (ownNames(id, actors).some((n) => g.actors.some((goldActor) => namesMatch(n, goldActor)))) counts.actorsRight++;
      else extraActors.push({ gold: g.id, actor: actors.get(id)?.name ?? id });
    }
    counts.labelsTotal++;
    const problems = labelProblems(event.label, quoteOf(event)[0]);
    if (problems.length === 0) counts.labelsGood++;
    else badLabels.push({ event: event.id, label: event.label, problems });
  }
  const doubles = findDoubles(predicted, used, gold, quoteOf);
  counts.doubled = doubles.length;
  return {
    article: articleId,
    ...figures(counts),
    missed,
    unmatched: predicted.filter((_, i) => !used.has(i)),
    matches,
    badLabels,
    extraActors,
    doubles,
  };
}

const EMPTY_COUNTS: Counts = {
  required: 0, predicted: 0, matchedOptional: 0, matched: 0, strict: 0, actorsFound: 0, actorsTotal: 0,
  actorsRight: 0, actorsPredicted: 0, labelsGood: 0, labelsTotal: 0, doubled: 0,
};

/**
 * Predictions that show a happening of the article a second time: an
 * unmatched prediction that would match a gold event another prediction
 * matched (the same happening read twice from its sentence), and two
 * predictions with the same date whose labels say the same (the same
 * happening told in two sentences).
 */
function findDoubles(predicted: TimelineEvent[], used: Set<number>, gold: GoldFile, quoteOf: (e: TimelineEvent) => string[]): ArticleScore['doubles'] {
  const out: ArticleScore['doubles'] = [];
  const counted = new Set<number>();
  predicted.forEach((e, i) => {
    if (used.has(i)) return;
    const g = gold.events.find((x) => quoteOf(e).some((q) => passageOverlaps(q, x.quote)) && dateRelaxed(e, x));
    if (!g) return;
    const other = predicted.findIndex((o, k) => k !== i && used.has(k) && quoteOf(o).some((q) => passageOverlaps(q, g.quote)) && dateRelaxed(o, g));
    if (other < 0) return;
    counted.add(i);
    out.push({ event: e.id, repeats: predicted[other]!.id, why: `a second reading of gold ${g.id}` });
  });
  for (let i = 0; i < predicted.length; i++) {
    for (let k = 0; k < i; k++) {
      if (counted.has(i) || counted.has(k)) continue;
      const a = predicted[k]!;
      const b = predicted[i]!;
      if (a.date.start !== b.date.start || a.date.precision !== b.date.precision) continue;
      if (labelWordShare(a.label, b.label) < 0.6) continue;
      counted.add(used.has(i) ? k : i);
      out.push({ event: (used.has(i) ? a : b).id, repeats: (used.has(i) ? b : a).id, why: 'same date, same words' });
    }
  }
  return out;
}

/** The share of the shorter label's content words (three letters or more) that the other holds. */
function labelWordShare(a: string, b: string): number {
  const words = (t: string) => new Set(wordsOf(t).filter((w) => w.length >= 3));
  const wa = words(a);
  const wb = words(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

export function evaluate(dataset: Dataset, golds: GoldFile[]): EvalReport {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const articleIds = new Set(dataset.articles.map((a) => a.id));
  const scored = golds.filter((g) => articleIds.has(g.article)).sort((a, b) => (a.article < b.article ? -1 : 1));
  const articles = scored.map((g) =>
    scoreArticle(g.article, dataset.events.filter((e) => e.sources.some((s) => s.articleId === g.article)), g, actors),
  );
  const sum: Counts = { ...EMPTY_COUNTS };
  for (const a of articles) for (const k of Object.keys(sum) as Array<keyof Counts>) sum[k] += a[k];
  const goldIds = new Set(golds.map((g) => g.article));
  return {
    articles,
    total: { ...figures(sum), articles: articles.length },
    goldWithoutArticle: golds.filter((g) => !articleIds.has(g.article)).map((g) => g.article).sort(),
    articlesWithoutGold: [...articleIds].filter((id) => !goldIds.has(id)).sort(),
  };
}


// ---- Merging across articles -------------------------------------------------
// Gold merge groups (tests/fixtures/story/gold/merge-groups.json, or a story's
// <story>.merge.json): each group is one happening, listed as the mentions
// (article and quote, and the date expression that dates it) that report it; a
// mention alone in its group must stay apart from every other. Scored on pairs
// of mentions: precision is the share of pairs the data puts together that the
// gold has together, recall the share of the gold's together-pairs the data has
// together.

export interface GoldMention {
  article: string;
  quote: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: tells apart two events read from one sentence. */
  date: string | null;
  /** The date expression in the quote that dates the mention (EVALUATION.md's locating rule). */
  dateText?: string | null;
}

export interface GoldMergeGroup {
  id: string;
  mentions: GoldMention[];
  /** The happening's date (gold date form), used to locate a mention whose date expression no event shows. */
  date?: string;
  precision?: Precision;
}

export interface GoldMergeGroups {
  groups: GoldMergeGroup[];
}

export const MERGE_GROUPS_FILE = 'merge-groups.json';

export function parseMergeGroups(json: unknown, fileName: string): GoldMergeGroups {
  const fail = (what: string): never => {
    throw new Error(`${fileName}: ${what}`);
  };
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { groups?: unknown }).groups)) fail('expected {"groups": [...]}');
  const ids = new Set<string>();
  const groups = ((json as { groups: unknown[] }).groups).map((raw, i) => {
    const g = raw as { id?: unknown; mentions?: unknown };
    if (typeof g !== 'object' || g === null || typeof g.id !== 'string' || !g.id) return fail(`groups[${i}] needs an "id"`);
    if (ids.has(g.id)) fail(`groups[${i}]: id "${g.id}" is used twice`);
    ids.add(g.id);
    if (!Array.isArray(g.mentions) || g.mentions.length === 0) return fail(`groups[${i}] (${g.id}) needs a non-empty "mentions" list`);
    const mentions = (g.mentions as unknown[]).map((m, k): GoldMention => {
      const o = m as Record<string, unknown>;
      const where = `groups[${i}].mentions[${k}]`;
      if (typeof o !== 'object' || o === null) return fail(`${where} must be an object`);
      if (typeof o.article !== 'string' || !o.article) return fail(`${where}: "article" must be an article id`);
      if (typeof o.quote !== 'string' || !o.quote.trim()) return fail(`${where}: "quote" must be text from the article`);
      if (o.date !== undefined && (typeof o.date !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(o.date))) return fail(`${where}: "date" must be YYYY, YYYY-MM or YYYY-MM-DD`);
      if (o.date_text !== undefined && o.date_text !== null && typeof o.date_text !== 'string') return fail(`${where}: "date_text" must be a string or null`);
      const mention: GoldMention = { article: o.article, quote: o.quote, date: (o.date as string | undefined) ?? null };
      if (o.date_text !== undefined) mention.dateText = o.date_text as string | null;
      return mention;
    });
    const group: GoldMergeGroup = { id: g.id, mentions };
    const { date, precision } = g as { date?: unknown; precision?: unknown };
    if (date !== undefined || precision !== undefined) {
      if (typeof date !== 'string' || !PRECISIONS.includes(precision as Precision)) return fail(`groups[${i}] (${g.id}): "date" and "precision" go together, as in a gold event`);
      try {
        goldInterval({ date, precision: precision as Precision });
      } catch (error) {
        return fail(`groups[${i}] (${g.id}).date: ${(error as Error).message}`);
      }
      group.date = date;
      group.precision = precision as Precision;
    }
    return group;
  });
  return { groups };
}

export interface MergeScore {
  mentions: number;
  /** Mentions found in the data (an unfound one counts as alone). */
  found: number;
  together: { correct: number; wrong: number; missed: number };
  /** Pairs correctly apart. */
  apart: number;
  precision: number;
  recall: number;
  /** Pairs joined that the gold keeps apart, and pairs the gold joins that the data keeps apart. */
  wrongJoins: Array<{ a: string; b: string }>;
  missedJoins: Array<{ a: string; b: string }>;
  notFound: string[];
}

function mentionInterval(date: string): DayInterval {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return dayInterval(date);
  if (m !== undefined) return monthInterval(y, m);
  return yearInterval(y);
}

/**
 * EVALUATION.md's locating rule: among the events with a source in the
 * mention's article whose quote overlaps the mention's sentence, the one whose
 * date text equals or contains the mention's date expression (ignoring case),
 * else the one whose date interval holds the group's date.
 */
function locateByDateText(told: TimelineEvent[], m: GoldMention, group: GoldMergeGroup): string | null {
  const candidates: Array<{ id: string; date: TimelineEvent['date'] }> = [];
  for (const e of told) {
    for (const s of e.sources) {
      if (s.articleId === m.article && passageOverlaps(s.quote, m.quote)) candidates.push({ id: e.id, date: s.date ?? e.date });
    }
  }
  const wanted = m.dateText?.trim().toLowerCase();
  if (wanted) {
    const byText = candidates.find((c) => c.date.text.toLowerCase().includes(wanted));
    if (byText) return byText.id;
  }
  if (group.date !== undefined && group.precision !== undefined) {
    const day = goldInterval({ date: group.date, precision: group.precision }).start;
    const byDate = candidates.find((c) => c.date.start <= day && day <= c.date.end);
    if (byDate) return byDate.id;
  }
  return null;
}

export function evaluateMerges(dataset: Dataset, gold: GoldMergeGroups): MergeScore {
  // Scored on the events as the explorer shows them, merged happenings in place of their members.
  const told = eventsAsTold(dataset);
  type Placed = { label: string; group: string; event: string | null };
  const placed: Placed[] = [];
  for (const group of gold.groups) {
    group.mentions.forEach((m) => {
      const label = `${group.id}@${m.article}`;
      // The mention is the event of its sentence whose date is the gold's: one inside the gold date before one
      // that merely overlaps it (a vague "this week" read from the same sentence), the narrowest first.
      const wanted = m.date ? mentionInterval(m.date) : null;
      let found: string | null = null;
      let best = Infinity;
      if (!wanted && (m.dateText !== undefined || group.date !== undefined)) {
        placed.push({ label, group: group.id, event: locateByDateText(told, m, group) });
        return;
      }
      for (const e of told) {
        for (const s of e.sources) {
          if (s.articleId !== m.article || !passageOverlaps(s.quote, m.quote)) continue;
          if (!wanted) {
            found ??= e.id;
            continue;
          }
          const date = s.date ?? e.date;
          if (date.end < wanted.start || date.start > wanted.end) continue;
          const inside = date.start >= wanted.start && date.end <= wanted.end;
          const rank = (inside ? 0 : 1e6) + (toUtcMs(date.end) - toUtcMs(date.start)) / 86_400_000;
          if (rank < best) [found, best] = [e.id, rank];
        }
      }
      placed.push({ label, group: group.id, event: found });
    });
  }
  const score: MergeScore = {
    mentions: placed.length,
    found: placed.filter((p) => p.event !== null).length,
    together: { correct: 0, wrong: 0, missed: 0 },
    apart: 0,
    precision: 1,
    recall: 1,
    wrongJoins: [],
    missedJoins: [],
    notFound: placed.filter((p) => p.event === null).map((p) => p.label),
  };
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i]!;
      const b = placed[j]!;
      const goldTogether = a.group === b.group;
      const dataTogether = a.event !== null && a.event === b.event;
      if (goldTogether && dataTogether) score.together.correct++;
      else if (dataTogether) {
        score.together.wrong++;
        score.wrongJoins.push({ a: a.label, b: b.label });
      } else if (goldTogether) {
        score.together.missed++;
        score.missedJoins.push({ a: a.label, b: b.label });
      } else score.apart++;
    }
  }
  const { correct, wrong, missed } = score.together;
  score.precision = correct + wrong === 0 ? 1 : correct / (correct + wrong);
  score.recall = correct + missed === 0 ? 1 : correct / (correct + missed);
  return score;
}
