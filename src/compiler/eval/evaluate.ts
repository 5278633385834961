// The extraction measure of EVALUATION.md, exactly: gold events matched one
// to one with predicted events by passage overlap and date consistency,
// precision / recall / F1 (relaxed and strict) and actor recall. Pure: the
// data set and the gold files come in as values.
import { seasonInterval, unitInterval, yearInterval, monthInterval, decadeInterval, dayInterval, intervalContains, isValidDay, toUtcMs, type DayInterval, type Season } from '../../model/calendar';
import type { Actor, Dataset, Precision, TimelineEvent } from '../../model/schema';
import { eventsAsTold } from '../../model/mergedView';

export interface GoldEvent {
  id: string;
  label: string;
  date: string;
  precision: Precision;
  actors: string[];
  quote: string;
  required: boolean;
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
}

export interface ArticleScore extends Figures {
  article: string;
  missed: GoldEvent[];
  unmatched: TimelineEvent[];
  matches: Array<{ gold: string; event: string; strict: boolean }>;
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
    const event: GoldEvent = {
      id: e.id as string,
      label: e.label as string,
      date: e.date as string,
      precision: e.precision as Precision,
      actors: [...(e.actors as string[])],
      quote: e.quote as string,
      required: e.required as boolean,
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
  };
}

export function scoreArticle(articleId: string, predicted: TimelineEvent[], gold: GoldFile, actors: Map<string, Actor>): ArticleScore {
  const quoteOf = (e: TimelineEvent) => e.sources.filter((s) => s.articleId === articleId).map((s) => s.quote);
  const used = new Set<number>();
  const matches: ArticleScore['matches'] = [];
  const missed: GoldEvent[] = [];
  const counts: Counts = { required: 0, predicted: predicted.length, matchedOptional: 0, matched: 0, strict: 0, actorsFound: 0, actorsTotal: 0 };

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
  }
  return {
    article: articleId,
    ...figures(counts),
    missed,
    unmatched: predicted.filter((_, i) => !used.has(i)),
    matches,
  };
}

export function evaluate(dataset: Dataset, golds: GoldFile[]): EvalReport {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const articleIds = new Set(dataset.articles.map((a) => a.id));
  const scored = golds.filter((g) => articleIds.has(g.article)).sort((a, b) => (a.article < b.article ? -1 : 1));
  const articles = scored.map((g) =>
    scoreArticle(g.article, dataset.events.filter((e) => e.sources.some((s) => s.articleId === g.article)), g, actors),
  );
  const sum: Counts = { required: 0, predicted: 0, matchedOptional: 0, matched: 0, strict: 0, actorsFound: 0, actorsTotal: 0 };
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
// Gold merge groups (tests/fixtures/story/gold/merge-groups.json): each group is
// one happening, listed as the mentions (article and quote) that report it; a
// mention alone in its group must stay apart from every other. Scored on pairs
// of mentions: precision is the share of pairs the data puts together that the
// gold has together, recall the share of the gold's together-pairs the data has
// together.

export interface GoldMention {
  article: string;
  quote: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: tells apart two events read from one sentence. */
  date: string | null;
}

export interface GoldMergeGroups {
  groups: Array<{ id: string; mentions: GoldMention[] }>;
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
      return { article: o.article, quote: o.quote, date: (o.date as string | undefined) ?? null };
    });
    return { id: g.id, mentions };
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
