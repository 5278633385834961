// index.json for the dev server, kept between recompiles: the text
// JSON.stringify(encodeIndex(dataset)) gives (model/indexColumns.ts), as
// pieces, made again only where the events changed. The events are cut into
// runs ("chunks") that end at events whose id ends a certain way, so a run's
// ends do not move when an event elsewhere comes or goes; a run of the same
// event objects as last time keeps its columns' text. What depends on the
// whole list is each day's, actor id's and article id's place in its table
// (in order of first use): a run keeps its own first-use lists and its columns
// as places in those, and is written again only where the places of its
// strings in the whole tables moved.
import { encodeArticles, encodeEvents, INDEX_FORMAT, table, type StringTable } from '../../model/indexColumns';
import type { Dataset, TimelineEvent } from '../../model/schema';

type IndexedEvent = TimelineEvent & { members?: string[] };

/** The columns whose text does not depend on the tables, in the order encodeEvents writes them (optional ones last). */
const OWN = ['id', 'label', 'actorCount', 'precision', 'kind', 'importance', 'sourceCount', 'sourceStart', 'sourceEnd'] as const;
type Own = (typeof OWN)[number];
/** The columns that are places in a table. */
type Placed = 'actor' | 'start' | 'end' | 'sourceArticle';

interface Chunk {
  events: readonly IndexedEvent[];
  /** Its strings in order of first use in the run, and its placed columns as places in these lists. */
  days: string[];
  actorIds: string[];
  articleIds: string[];
  local: Record<Placed, number[]>;
  /** Each column's elements as JSON, without the brackets ('' for none). */
  own: Record<Own, string>;
  time: string;
  hasTime: boolean;
  sourceEventId: string;
  hasEventId: boolean;
  memberCount: string;
  member: string;
  hasMembers: boolean;
  /** The places its strings had in the whole tables when its placed columns were last written, and that text. */
  placed?: { days: number[]; actorIds: number[]; articleIds: number[]; text: Record<Placed, string> };
}

/** What one list of events (the events, or the merged events) kept from the last call: its runs by their first event. */
type Runs = Map<IndexedEvent, Chunk>;

export interface IndexJsonCache {
  events: Runs;
  merged: Runs;
  actors?: { list: Dataset['actors']; text: string };
  /** Each diagnostic's JSON. */
  diagnostics: WeakMap<object, string>;
}

export function createIndexJsonCache(): IndexJsonCache {
  return { events: new Map(), merged: new Map(), diagnostics: new WeakMap() };
}

/** A run ends after an event whose id's last three characters hash to 0 mod this (and at MAX_RUN events at most). */
const RUN_SPREAD = 64;
const MAX_RUN = 1024;

function endsRun(id: string): boolean {
  const n = id.length;
  const h = (id.charCodeAt(n - 1) | 0) * 961 + (id.charCodeAt(n - 2) | 0) * 31 + (id.charCodeAt(n - 3) | 0);
  return h % RUN_SPREAD === 0;
}

const inner = (values: readonly unknown[]): string => (values.length === 0 ? '' : JSON.stringify(values).slice(1, -1));
const nulls = (n: number): string => new Array<string>(n).fill('null').join(',');

/** A run's columns as encodeEvents writes them, with places in the run's own tables. */
function encodeRun(events: readonly IndexedEvent[]): Chunk {
  const days = table();
  const actorIds = table();
  const articleIds = table();
  const c = encodeEvents(events, days, actorIds, articleIds);
  // An optional column left out of this run may be in another's: its elements are then null (none for members).
  return {
    events,
    days: days.list,
    actorIds: actorIds.list,
    articleIds: articleIds.list,
    local: { actor: c.actor, start: c.start, end: c.end, sourceArticle: c.sourceArticle },
    own: Object.fromEntries(OWN.map((k) => [k, inner(c[k])])) as Record<Own, string>,
    time: c.time ? inner(c.time) : nulls(events.length),
    hasTime: c.time !== undefined,
    sourceEventId: c.sourceEventId ? inner(c.sourceEventId) : nulls(c.sourceArticle.length),
    hasEventId: c.sourceEventId !== undefined,
    memberCount: inner(c.memberCount ?? []),
    member: inner(c.member ?? []),
    hasMembers: c.memberCount !== undefined,
  };
}

const samePlaces = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The runs of `events`, each the last call's where its events are the same objects. */
function runsOf(events: readonly IndexedEvent[], last: Runs): Chunk[] {
  const runs: Chunk[] = [];
  let from = 0;
  for (let i = 0; i < events.length; i++) {
    if (i + 1 < events.length && i + 1 - from < MAX_RUN && !endsRun(events[i]!.id)) continue;
    const kept = last.get(events[from]!);
    const length = i + 1 - from;
    let same = kept !== undefined && kept.events.length === length;
    for (let k = 0; same && k < length; k++) same = kept!.events[k] === events[from + k];
    runs.push(same ? kept! : encodeRun(events.slice(from, i + 1)));
    from = i + 1;
  }
  return runs;
}

/** The placed columns' text of a run, with its strings' places in the whole tables. */
function placedText(run: Chunk, days: StringTable, actorIds: StringTable, articleIds: StringTable): Record<Placed, string> {
  const places = { days: run.days.map((s) => days.place(s)), actorIds: run.actorIds.map((s) => actorIds.place(s)), articleIds: run.articleIds.map((s) => articleIds.place(s)) };
  const last = run.placed;
  if (last && samePlaces(last.days, places.days) && samePlaces(last.actorIds, places.actorIds) && samePlaces(last.articleIds, places.articleIds)) return last.text;
  const text: Record<Placed, string> = {
    actor: inner(run.local.actor.map((k) => places.actorIds[k]!)),
    start: inner(run.local.start.map((k) => places.days[k]!)),
    end: inner(run.local.end.map((k) => places.days[k]!)),
    sourceArticle: inner(run.local.sourceArticle.map((k) => places.articleIds[k]!)),
  };
  run.placed = { ...places, text };
  return text;
}

/** '[' + the non-empty pieces joined by commas + ']', as pieces. */
function column(out: string[], key: string, first: boolean, pieces: readonly string[]): void {
  out.push(`${first ? '{' : ','}${JSON.stringify(key)}:[`);
  let any = false;
  for (const p of pieces) {
    if (p === '') continue;
    if (any) out.push(',');
    out.push(p);
    any = true;
  }
  out.push(']');
}

/** An EventColumns object's JSON, as pieces (the keys in the order encodeEvents gives them). */
function eventColumns(runs: readonly Chunk[], texts: ReadonlyArray<Record<Placed, string>>, out: string[]): void {
  const own = (k: Own) => runs.map((r) => r.own[k]);
  const placed = (k: Placed) => texts.map((t) => t[k]);
  column(out, 'id', true, own('id'));
  column(out, 'label', false, own('label'));
  column(out, 'actorCount', false, own('actorCount'));
  column(out, 'actor', false, placed('actor'));
  column(out, 'start', false, placed('start'));
  column(out, 'end', false, placed('end'));
  for (const k of ['precision', 'kind', 'importance', 'sourceCount'] as const) column(out, k, false, own(k));
  column(out, 'sourceArticle', false, placed('sourceArticle'));
  column(out, 'sourceStart', false, own('sourceStart'));
  column(out, 'sourceEnd', false, own('sourceEnd'));
  if (runs.some((r) => r.hasTime)) column(out, 'time', false, runs.map((r) => r.time));
  if (runs.some((r) => r.hasEventId)) column(out, 'sourceEventId', false, runs.map((r) => r.sourceEventId));
  if (runs.some((r) => r.hasMembers)) {
    column(out, 'memberCount', false, runs.map((r) => r.memberCount));
    column(out, 'member', false, runs.map((r) => r.member));
  }
  out.push('}');
}

/**
 * JSON.stringify(encodeIndex(dataset)) as pieces to be joined, reusing what the
 * last call with the same cache wrote for the runs of events that did not change.
 */
export function indexJsonParts(dataset: Dataset, cache: IndexJsonCache): string[] {
  const days = table();
  const actorIds = table();
  const articleIds = table();
  const articles = encodeArticles(dataset.articles, days);
  // The tables are filled in the order encodeIndex fills them: the articles, the events, then the merged events.
  const lists = [{ events: dataset.events as IndexedEvent[], key: 'events' as const }, ...(dataset.merged ? [{ events: dataset.merged as IndexedEvent[], key: 'merged' as const }] : [])];
  const encoded = lists.map(({ events, key }) => {
    const runs = runsOf(events, cache[key]);
    const texts = runs.map((run) => placedText(run, days, actorIds, articleIds));
    cache[key] = new Map(runs.map((run) => [run.events[0]!, run]));
    return { key, runs, texts };
  });
  if (!dataset.merged) cache.merged = new Map();
  if (cache.actors?.list !== dataset.actors) cache.actors = { list: dataset.actors, text: JSON.stringify(dataset.actors) };
  const out: string[] = [
    `{"schemaVersion":${JSON.stringify(dataset.schemaVersion)},"format":${JSON.stringify(INDEX_FORMAT)},"days":${JSON.stringify(days.list)},"actorIds":${JSON.stringify(actorIds.list)},"articleIds":${JSON.stringify(articleIds.list)},"articles":${JSON.stringify(articles)},"actors":${cache.actors.text}`,
  ];
  for (const { key, runs, texts } of encoded) {
    out.push(`,${JSON.stringify(key)}:`);
    eventColumns(runs, texts, out);
  }
  out.push(',"diagnostics":[');
  dataset.diagnostics.forEach((d, i) => {
    let text = cache.diagnostics.get(d);
    if (text === undefined) cache.diagnostics.set(d, (text = JSON.stringify(d)));
    out.push(i === 0 ? text : `,${text}`);
  });
  out.push(']}');
  return out;
}
