// One article in, its events and actors out. Pure: the text and what the
// shell read beside it (sidecar, actor overrides) come in as values; nothing
// here touches the file system or the clock.
import type { Actor, Article, Diagnostic, TimelineEvent } from '../model/schema';
import { unitInterval } from '../model/calendar';
import { parseFrontMatter } from './frontMatter';
import { resolvePublished, type StatedDate } from './publishedDate';
import { splitSentences, type Sentence } from './segment';
import { findTimeExpressions, type TimeExpression } from './temporal';
import { extractActors, type ActorMention, type ActorOverrides } from './actors';
import { findAttribution, type AttributionSpan } from './attribution';
import { makeLabel } from './labels';
import { stableId } from './stableId';

export interface ArticleInput {
  /** File name without extension. */
  id: string;
  /** File name inside the seeds folder, for messages. */
  file: string;
  /** The decoded file contents (UTF-8, BOM removed). */
  raw: string;
  /** Fields of the sidecar `<id>.meta.json`, already parsed, if there is one. */
  sidecar?: { published?: string; title?: string; source?: string; file: string } | null;
  overrides?: ActorOverrides;
}

export interface ArticleCompilation {
  article: Article;
  actors: Actor[];
  events: TimelineEvent[];
  diagnostics: Diagnostic[];
  /** Expressions that looked like dates but could not be resolved, for the compile line. */
  unresolved: string[];
}

/** Sentence roles that restate the article rather than report anything. */
const SKIPPED_ROLES = new Set<Sentence['role']>(['headline', 'repeated-headline']);

export function compileArticle(input: ArticleInput): ArticleCompilation {
  const diagnostics: Diagnostic[] = [];
  const normalised = input.raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fm = parseFrontMatter(normalised);
  for (const p of fm.problems) diagnostics.push({ level: 'warning', file: input.file, line: p.line, message: p.message });

  const text = fm.body;
  const frontTitle = fm.fields.title?.trim() || input.sidecar?.title?.trim() || '';
  const sentences = splitSentences(text, frontTitle ? { hasTitle: false, title: frontTitle } : { hasTitle: true });
  const title = frontTitle || firstLine(text) || input.id;

  const stated: StatedDate[] = [];
  if (fm.fields.published !== undefined) {
    stated.push({ value: fm.fields.published, where: `line ${fm.lines.published}`, from: 'front matter' });
  }
  if (input.sidecar?.published !== undefined) {
    stated.push({ value: input.sidecar.published, where: input.sidecar.file, from: 'sidecar' });
  }
  const dateline = sentences.find((s) => s.dateline)?.dateline?.text ?? null;
  const { date: pub, problems } = resolvePublished(stated, text, dateline);
  for (const p of problems) {
    const line = p.where.startsWith('line ') ? Number(p.where.slice(5)) : null;
    diagnostics.push({ level: 'warning', file: line ? input.file : p.where, line, message: p.message });
  }
  if (pub.basis === 'inferred') {
    diagnostics.push({
      level: 'info',
      file: input.file,
      line: null,
      message: `publication date ${pub.published} inferred from ${pub.from}; state it with "published:" front matter or a sidecar`,
    });
  }

  const { actors, mentions } = extractActors(text, sentences, input.overrides);
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const events: TimelineEvent[] = [];
  const unresolved: string[] = [];
  let previous: { start: string; precision: TimelineEvent['date']['precision'] } | null = null;

  sentences.forEach((sentence, i) => {
    if (SKIPPED_ROLES.has(sentence.role)) return;
    const result = findTimeExpressions(sentence.text, { published: pub.published, previous });
    for (const u of result.unresolved) unresolved.push(u.text);
    if (result.expressions.length === 0) return;
    const sentenceMentions = mentions[i] ?? [];
    const attribution = findAttribution(sentence, sentenceMentions);
    const built = eventsOfSentence(input.id, sentence, result.expressions, result.durations, sentenceMentions, attribution, actorsById);
    events.push(...built);
    const last = built[built.length - 1];
    if (last) previous = { start: last.date.start, precision: last.date.precision };
  });

  const ids = new Set<string>();
  for (const e of events) {
    let id = e.id;
    for (let n = 2; ids.has(id); n++) id = `${e.id}-${n}`;
    ids.add(id);
    e.id = id;
  }

  const article: Article = {
    id: input.id,
    title,
    published: pub.published,
    publishedBasis: pub.basis,
    publishedFrom: pub.from,
    source: (fm.fields.source ?? input.sidecar?.source ?? '').trim() || null,
    file: input.file,
    eventCount: events.length,
    text,
  };
  return { article, actors, events, diagnostics, unresolved };
}

function firstLine(text: string): string {
  for (const line of text.split('\n')) {
    const t = line.trim().replace(/^#+\s*/, '');
    if (t) return t.length > 200 ? `${t.slice(0, 199)}…` : t;
  }
  return '';
}

/** Groups expressions written as one list ("in 2020, 2021 and 2022") by the start of the first item. */
function listStarts(sentence: string, expressions: TimeExpression[]): number[] {
  const starts: number[] = [];
  expressions.forEach((e, k) => {
    const prev = expressions[k - 1];
    const between = prev ? sentence.slice(prev.end, e.start) : null;
    starts.push(prev && between !== null && /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$/.test(between) ? starts[k - 1]! : e.start);
  });
  return starts;
}

export function eventsOfSentence(
  articleId: string,
  sentence: Sentence,
  expressions: TimeExpression[],
  durations: Array<{ start: number; end: number; text: string }>,
  mentions: ActorMention[],
  attribution: AttributionSpan | null,
  actorsById: Map<string, Actor>,
): TimelineEvent[] {
  const actorIds = [...new Set(mentions.map((m) => m.actorId))].filter((id) => actorsById.has(id));
  const people = actorIds.map((id) => actorsById.get(id)!).filter((a) => a.kind === 'person').map((a) => a.name);
  const localAttribution = attribution
    ? { start: attribution.start - sentence.start, end: attribution.end - sentence.start }
    : null;
  const speaker = attribution?.actorId ? actorsById.get(attribution.actorId)?.name ?? null : null;
  const starts = listStarts(sentence.text, expressions);

  return expressions.map((expr, k) => {
    const isStatement = !!localAttribution && expr.start >= localAttribution.start && expr.end <= localAttribution.end;
    const label = makeLabel({
      sentence: sentence.text,
      exprStart: expr.start,
      exprEnd: expr.end,
      listStart: starts[k]!,
      attribution: localAttribution,
      statementBy: isStatement ? speaker ?? speakerFromText(attribution!.text) : null,
      people,
    });
    const duration = nearestDuration(expr, durations);
    const when = /^\s*,\s*when\s+/i.test(sentence.text.slice(expr.end));
    // "since 1991, when X happened": X happened in 1991, a point at that precision.
    const kind = when && expr.kind === 'ongoing' ? 'point' : expr.kind;
    const date = kind === expr.kind ? expr.date : { ...expr.date, end: pointEnd(expr) };
    return {
      id: stableId(articleId, `${sentence.start}:${expr.start}:${expr.text}`),
      label,
      actors: actorIds,
      date: { start: date.start, end: date.end, precision: date.precision, text: expr.text },
      kind,
      dateReason: { rule: expr.rule, expression: expr.text },
      attribution: attribution ? { actorId: attribution.actorId, text: attribution.text } : null,
      duration: duration?.text ?? null,
      sources: [{
        articleId,
        start: sentence.start,
        end: sentence.end,
        quote: sentence.text,
        dateStart: sentence.start + expr.start,
        dateEnd: sentence.start + expr.end,
      }],
    };
  });
}

function pointEnd(expr: TimeExpression): string {
  // An ongoing span's end is the publication date; as a point it ends with its own unit.
  return expr.date.start > expr.date.end ? expr.date.start : unitEnd(expr.date.start, expr.date.precision);
}

function unitEnd(start: string, precision: TimelineEvent['date']['precision']): string {
  return unitInterval(start, precision).end;
}

function speakerFromText(text: string): string {
  const t = text
    .replace(/^\s*(?:according to|as)\s+/i, '')
    .replace(/\s+(?:said|says|added|told|announced|reported|stated|claimed|noted|wrote)\b.*$/i, '')
    .replace(/^(?:said|says|added)\s+/i, '')
    .trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) : 'Statement';
}

function nearestDuration(expr: TimeExpression, durations: Array<{ start: number; end: number; text: string }>) {
  let best: { start: number; end: number; text: string } | null = null;
  let bestGap = Infinity;
  for (const d of durations) {
    const gap = d.start >= expr.end ? d.start - expr.end : expr.start - d.end;
    if (gap >= 0 && gap < bestGap && gap <= 40) {
      best = d;
      bestGap = gap;
    }
  }
  return best;
}
