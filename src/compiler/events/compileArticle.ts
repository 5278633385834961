// One article in, its events and actors out. Pure: the text and what the
// shell read beside it (sidecar, actor overrides) come in as values; nothing
// here touches the file system or the clock.
import { actorSchema, eventSchema, type Actor, type Article, type Diagnostic, type TimelineEvent } from '../../model/schema';
import { unitInterval } from '../../model/calendar';
import { passesEventQuickCheck } from '../../model/quickCheck';
import { parseFrontMatter } from '../read/frontMatter';
import { resolvePublished, type StatedDate } from '../read/publishedDate';
import { articleDateline, splitSentences, type Sentence } from '../text/segment';
import { withFields } from '../text/withFields';
import { readChronologyLayout } from '../temporal/chronology';
import { describeAnchor, readDocumentTime } from '../temporal/documentTime';
import type { TimeExpression } from '../temporal/findTimeExpressions';
import { extractActors, type ActorMention, type ActorOverrides } from '../actors/extractActors';
import { participantsOf } from '../actors/participants';
import { findAttribution, type AttributionSpan } from './attribution';
import { happeningDates, listHeads } from './happeningDates';
import { anchoredDates, type ToldBefore } from './anchoredDates';
import { ordinalQuarters, reportedQuarters } from './reportedQuarter';
import { possessiveDates } from './possessiveDates';
import { effectiveNow } from './effectiveNow';
import { isTradingReport, undatedLead } from './undatedLead';
import { kindOfStem, stemWord } from '../text/happeningWords';
import { joinSameHappenings } from './sameHappening';
import { distinctLabels } from './distinctLabels';
import { keepClauseDates } from './clauseOwnDate';
import { makeLabel, type LabelInput } from './labels';
import { trackReferents } from './referents';
import { datelineCity, placeHere } from './herePlace';
import { fit } from './headline';
import { stableId } from './stableId';
import { articleImportance, headlineShare } from './importance';

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
const SKIPPED_ROLES = new Set<Sentence['role']>(['headline', 'repeated-headline', 'furniture']);

export function compileArticle(input: ArticleInput): ArticleCompilation {
  const diagnostics: Diagnostic[] = [];
  const normalised = input.raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fm = parseFrontMatter(normalised);
  for (const p of fm.problems) diagnostics.push({ level: 'warning', file: input.file, line: p.line, message: p.message });

  const text = fm.body;
  const frontTitle = fm.fields.title?.trim() || input.sidecar?.title?.trim() || '';
  let sentences: Sentence[];
  try {
    sentences = splitSentences(text, frontTitle ? { hasTitle: false, title: frontTitle } : { hasTitle: true });
  } catch (error) {
    // Without sentences there are no events, but the article and its text still show.
    diagnostics.push({ level: 'error', file: input.file, line: null, message: `could not split the text into sentences (internal error: ${describe(error)}); the article has no events` });
    sentences = [];
  }
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

  const lineOf = lineFinder(text, fm.bodyLineOffset);
  if (text.trim() === '') {
    diagnostics.push({ level: 'warning', file: input.file, line: null, message: 'no article text after the front matter; the article has no events' });
  }

  let extraction: ReturnType<typeof extractActors>;
  try {
    extraction = extractActors(text, sentences, input.overrides);
  } catch (error) {
    // A bug in the actor finder costs the article its actors, not its events.
    diagnostics.push({ level: 'warning', file: input.file, line: null, message: `could not find the actors (internal error: ${describe(error)}); events are kept without actors` });
    extraction = { actors: [], mentions: [] };
  }
  const { actors, mentions } = withoutNamelessActors(extraction, input.file, lineOf, diagnostics);
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  // Who "she", "it" and "the company" are, read over the whole article, so labels say it by name.
  const referents = trackReferents(sentences, mentions, actorsById, title);
  // The city the wire's "here" stands for: the dateline's, or a first paragraph that is a dateline alone.
  const here = datelineCity(articleDateline(text, sentences));
  const events: TimelineEvent[] = [];
  const unresolved: string[] = [];
  // The story's time: what "the next day" counts from, the year a passage about the past is in, quotes' own days.
  const time = readDocumentTime(pub.published);
  const lead = sentences.find((s) => s.role === 'body' || s.role === 'standfirst')?.paragraph ?? 0;
  // A chronology's heading and its items that open on a bare year ("1998 – …"); the tagger carries the list's year.
  const chronology = readChronologyLayout(sentences);
  // "two hours after the first quake": the latest event so far whose passage names a happening of that kind (the
  // lexicon's kinds: a quake, a strike or walkout, a fire); a noun of no known kind ("the murder") anchors nothing, as
  // "charged with murder" would pass for the murder itself.
  const toldBefore: ToldBefore = (word) => {
    const kind = kindOfStem(stemWord(word));
    if (kind === undefined) return undefined;
    const names = (w: string) => kindOfStem(stemWord(w)) === kind;
    const found = events.findLast((e) => e.date.precision === 'day' && e.sources[0]!.quote.toLowerCase().split(/[^a-z]+/).some(names));
    return found ? { start: found.date.start, precision: found.date.precision } : undefined;
  };

  const build = (whole: Sentence, sentence: Sentence, i: number, dates: TimeExpression[], durations: Array<{ start: number; end: number; text: string }>): void => {
    const sentenceMentions = (mentions[i] ?? []).filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const attribution = findAttribution(sentence, sentenceMentions);
    const place = { paragraphFromLead: whole.role === 'standfirst' ? 0 : whole.paragraph - lead, headlineShare: headlineShare(title, sentence.text), published: pub.published };
    const names = { nameAt: (word: string, offset: number) => referents.nameFor(word, i, sentence.start + offset), subject: referents.subjectOf(i), here };
    const built = eventsOfSentence(input.id, sentence, dates, durations, sentenceMentions, attribution, actorsById, place, names);
    for (const event of built) {
      const broken = contractProblem(event, text);
      if (broken) {
        diagnostics.push({ level: 'warning', file: input.file, line: lineOf(sentence.start), message: `an event dated ${JSON.stringify(event.date.text)} was dropped: ${broken} (a compiler bug; please report it)` });
      } else events.push(event);
    }
  };
  // The lead: its news may carry no date of its own (undatedLead.ts).
  const leadIndex = sentences.findIndex((s) => s.role === 'body');
  let leadHasDates = false;
  // The quarters the article has named by their number so far: "the quarter" told later is one of them.
  const quartersNamed = new Set<string>();

  sentences.forEach((whole, i) => {
    if (SKIPPED_ROLES.has(whole.role)) return;
    const pieces = piecesOf(whole);
    if (pieces.length > 1) {
      diagnostics.push({
        level: 'warning',
        file: input.file,
        line: lineOf(whole.start),
        message: `a sentence of ${whole.text.length} characters (no full stop?) is read in ${pieces.length} pieces of at most ${MAX_PIECE} characters, so its events quote a piece each`,
      });
    }
    for (const sentence of pieces) {
      try {
        const result = time.read(sentence.text);
        for (const u of result.unresolved) unresolved.push(u.text);
        // "Chronology of the 2008 crisis:" gives its list a year (read above) and tells no happening itself.
        if (chronology.isHeading(i)) continue;
        // Comparison points, forecast periods, non-responses and restated dates make no event of their own.
        const bareYear = sentence.start === whole.start ? chronology.bareYear(i, sentence.text, result.expressions) : null;
        const expressions = bareYear ? [bareYear, ...result.expressions] : result.expressions;
        const kept = happeningDates(sentence.text, expressions, pub.published).kept;
        // "posted a third-quarter loss", "last month's discovery of a rifle": a result for a quarter that ended, a
        // happening named after a possessive date, where nothing else dates the sentence.
        const timexDated = () =>
          [...reportedQuarters(sentence.text, result.timexes, expressions, pub.published, quartersNamed), ...possessiveDates(sentence.text, result.timexes, expressions)].sort((a, b) => a.start - b.start);
        const own = kept.length > 0 ? kept : happeningDates(sentence.text, timexDated(), pub.published).kept;
        for (const q of ordinalQuarters(sentence.text, result.timexes)) quartersNamed.add(q);
        // "…, a day after a strong earthquake": a happening dated from the sentence's own date; "will step down
        // effective immediately": a change dated by the day the article tells it.
        const dates = [...own, ...anchoredDates(sentence.text, result.unresolved, own, toldBefore), ...effectiveNow(sentence.text, own, pub.published)]
          .sort((a, b) => a.start - b.start);
        // A lead dated by a quarter's result or a possessive date names a date too: its happening is that one.
        if (i === leadIndex && (result.expressions.length > 0 || result.unresolved.length > 0 || own.length > 0)) leadHasDates = true;
        if (dates.length === 0) continue;
        build(whole, sentence, i, dates, result.durations);
      } catch (error) {
        // One sentence the rules choke on must not take the article down.
        diagnostics.push({
          level: 'warning',
          file: input.file,
          line: lineOf(sentence.start),
          message: `could not read the dates of this sentence (internal error: ${describe(error)}); its events are missing`,
        });
      }
    }
  });

  const leadSentence = sentences[leadIndex];
  if (leadSentence && leadSentence.text.length <= MAX_PIECE) {
    const leadDate = undatedLead({
      published: pub.published,
      statedPublication: pub.basis === 'stated',
      lead: leadSentence.text,
      leadHasDates,
      leadHasEvent: events.some((e) => e.sources.some((s) => s.start >= leadSentence.start && s.end <= leadSentence.end)),
      // A market price told for a day of the week is never the lead's deed, unless the lead is that price.
      dated: (isTradingReport(leadSentence.text) ? events : events.filter((e) => !e.sources.every((s) => isTradingReport(s.quote)))).map((e) => ({
        ...e.date,
        label: e.label,
        quotes: e.sources.map((s) => s.quote),
        actors: e.actors,
      })),
      leadActors: (mentions[leadIndex] ?? [])
        .filter((m) => m.start >= leadSentence.start && m.end <= leadSentence.end)
        .map((m) => ({ id: m.actorId, names: [m.text, ...namesOf(actorsById.get(m.actorId))], start: m.start - leadSentence.start, end: m.end - leadSentence.start })),
      headline: title,
    });
    if (leadDate) build(leadSentence, leadSentence, leadIndex, [leadDate], []);
  }

  // A happening the article tells more than once is one event with a passage for each telling.
  // A second date of a sentence that stands outside the clause its label tells makes no event of that clause.
  // Distinct happenings that read alike get their dates in their labels.
  events.splice(0, events.length, ...distinctLabels(keepClauseDates(joinSameHappenings(events))));
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

/** The name and aliases an actor goes by. */
function namesOf(actor: Actor | undefined): string[] {
  return actor ? [actor.name, ...actor.aliases] : [];
}

/** Longest stretch of text one event quotes; a longer "sentence" is a missing full stop, not prose. */
export const MAX_PIECE = 1000;

/**
 * A sentence cut into pieces of at most MAX_PIECE characters, at clause ends
 * where there are some. Without this, a 200,000-character line with a date
 * every few words gives thousands of events each quoting the whole line: an
 * output too large to write.
 */
function piecesOf(sentence: Sentence): Sentence[] {
  const t = sentence.text;
  if (t.length <= MAX_PIECE) return [sentence];
  const pieces: Sentence[] = [];
  let from = 0;
  while (from < t.length) {
    let to = Math.min(t.length, from + MAX_PIECE);
    if (to < t.length) {
      const floor = from + MAX_PIECE / 2;
      const window = t.slice(floor, to);
      // A comma before a digit sits inside a date ("Dec. 12, 2022"): not a place to cut.
      const cut = lastMatchEnd(window, /[;:]\s+/g) ?? lastMatchEnd(window, /,\s+(?!\d)/g) ?? lastMatchEnd(window, /\s+/g);
      if (cut !== null) to = floor + cut;
      else if (/[\uDC00-\uDFFF]/.test(t[to] ?? '')) to--; // never split a surrogate pair
    }
    let start = from;
    let end = to;
    while (start < end && /\s/.test(t[start]!)) start++;
    while (end > start && /\s/.test(t[end - 1]!)) end--;
    if (end > start) {
      pieces.push({ ...sentence, start: sentence.start + start, end: sentence.start + end, text: t.slice(start, end), dateline: pieces.length === 0 ? sentence.dateline : null });
    }
    from = to;
  }
  return pieces;
}

function lastMatchEnd(text: string, pattern: RegExp): number | null {
  let end: number | null = null;
  for (const m of text.matchAll(pattern)) if (m.index > 0) end = m.index + m[0].length;
  return end;
}

/** File line of a body offset: front matter lines come first. */
function lineFinder(body: string, bodyLineOffset: number): (offset: number) => number {
  let breaks: number[] | null = null;
  return (offset) => {
    if (!breaks) {
      breaks = [];
      for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) breaks.push(i);
    }
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return bodyLineOffset + lo + 1;
  };
}

/**
 * An actor whose name holds no letter or digit at all gets an empty id, which
 * the data set rejects: such actors are left out, with a warning, rather than
 * failing the build.
 */
function withoutNamelessActors(
  extraction: ReturnType<typeof extractActors>,
  file: string,
  lineOf: (offset: number) => number,
  diagnostics: Diagnostic[],
): ReturnType<typeof extractActors> {
  const bad = extraction.actors.filter((a) => !actorSchema.safeParse(a).success);
  if (bad.length === 0) return extraction;
  const badIds = new Set(bad.map((a) => a.id));
  const mentions = extraction.mentions.map((list) => list.filter((m) => !badIds.has(m.actorId)));
  for (const actor of bad) {
    const first = extraction.mentions.flat().find((m) => m.actorId === actor.id);
    diagnostics.push({
      level: 'warning',
      file,
      line: first ? lineOf(first.start) : null,
      message: `the actor ${JSON.stringify(actor.name)} got no usable id (letters outside a-z?); left out of the actors`,
    });
  }
  return {
    actors: extraction.actors.filter((a) => !badIds.has(a.id)).map((a) => ({ ...a, memberOf: a.memberOf.filter((id) => !badIds.has(id)) })),
    mentions,
  };
}

/** Why an event would break the contract the app relies on, or null when it keeps it. */
function contractProblem(event: TimelineEvent, text: string): string | null {
  // The hand-written check passes what the schema passes, in a fraction of its time; the schema names what is wrong.
  const parsed = passesEventQuickCheck(event) ? null : eventSchema.safeParse(event);
  if (parsed && !parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  if (event.date.start > event.date.end) return `its date runs backwards (${event.date.start} to ${event.date.end})`;
  for (const s of event.sources) if (text.slice(s.start, s.end) !== s.quote) return 'its quote does not match the text';
  return null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  for (const line of text.split('\n')) {
    const t = line.trim().replace(/^#+\s*/, '');
    if (t) return t.length > 200 ? `${t.slice(0, 199)}…` : t;
  }
  return '';
}

export function eventsOfSentence(
  articleId: string,
  sentence: Sentence,
  expressions: TimeExpression[],
  durations: Array<{ start: number; end: number; text: string }>,
  mentions: ActorMention[],
  attribution: AttributionSpan | null,
  actorsById: Map<string, Actor>,
  place: { paragraphFromLead: number; headlineShare: number; published: string },
  names: Pick<LabelInput, 'nameAt' | 'subject'> & { here?: string | null } = {},
): TimelineEvent[] {
  const actorIds = [...new Set(mentions.map((m) => m.actorId))].filter((id) => actorsById.has(id));
  const people = actorIds.map((id) => actorsById.get(id)!).filter((a) => a.kind === 'person').map((a) => a.name);
  const localAttribution = attribution
    ? { start: attribution.start - sentence.start, end: attribution.end - sentence.start }
    : null;
  const speaker = attribution?.actorId ? actorsById.get(attribution.actorId)?.name ?? null : null;
  const starts = listHeads(sentence.text, expressions).map((head) => head.start);
  const spans = expressions.map((e) => ({ start: sentence.start + e.start, end: sentence.start + e.end }));

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
      anchored: expr.rule === 'anchored-noun' ? 'noun' : expr.rule === 'anchored-relative' ? 'relative' : undefined,
      others: expressions.filter((o) => o !== expr),
      dateStart: expr.date.start,
      published: place.published,
      nameAt: names.nameAt,
      subject: names.subject,
    });
    const duration = nearestDuration(expr, durations);
    // labels.ts can come back empty on odd punctuation ("The region,in 2021 was discussed, said X."); an event needs a name.
    const plain = label.trim() || fallbackLabel(sentence.text, expr.text);
    const placed = placeHere(plain, names.here ?? null);
    const named = placed === plain ? plain : fit(placed);
    const when = /^\s*,\s*when\s+/i.test(sentence.text.slice(expr.end));
    // "since 1991, when X happened": X happened in 1991, a point at that precision.
    const kind = when && expr.kind === 'ongoing' ? 'point' : expr.kind;
    const date = kind === expr.kind ? expr.date : withFields(expr.date, { end: pointEnd(expr) });
    return {
      id: stableId(articleId, `${sentence.start}:${expr.start}:${expr.text}`),
      label: named,
      actors: participantsOf(sentence, spans[k]!, mentions, attribution, (id) => actorsById.get(id)?.kind, spans).filter((id) => actorsById.has(id)),
      date: { start: date.start, end: date.end, precision: date.precision, ...(expr.time && date.precision === 'day' ? { time: expr.time } : {}), text: expr.text },
      kind,
      dateReason: { rule: expr.rule, expression: expr.text, ...(expr.anchor ? { anchor: describeAnchor(expr.anchor) } : {}) },
      attribution: attribution ? { actorId: attribution.actorId, text: attribution.text } : null,
      duration: duration?.text ?? null,
      sources: [{
        articleId,
        start: sentence.start,
        end: sentence.end,
        quote: sentence.text,
        // An undated lead's expression is empty: the passage has no date to mark.
        ...(expr.end > expr.start ? { dateStart: sentence.start + expr.start, dateEnd: sentence.start + expr.end } : {}),
      }],
      importance: articleImportance(withFields(place, { start: date.start, precision: date.precision })),
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

function fallbackLabel(sentence: string, dateText: string): string {
  const words = sentence.split(/\s+/).filter(Boolean).slice(0, 12).join(' ');
  return words || dateText || 'Event';
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
