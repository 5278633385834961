// The timeline index as it travels: column by column instead of event by
// event. The explorer's first draw waits on this file, so it is kept small and
// quick to read: each field of the events is one array (ids, labels, start
// days, precisions…), the strings that repeat (days, actor and article ids,
// precisions, kinds) are written once in a table and referred to by their
// place in it, and the events' actors and sources are flat arrays with a
// count per event. 10,000 events take about a third of the bytes of the same
// events as objects, and checking them is one pass over each column, not a
// walk through every object.
//
// decodeIndex gives back the index as the explorer has always held it (the
// same objects, fields in the same order as toIndex writes them), so nothing
// that reads events changes; encodeIndex(toIndex(dataset)) and decodeIndex are
// each other's inverse (tests/model/indexColumns.test.ts).
import type { ArticleMeta, IndexEvent, IndexMergedEvent, IndexSource, Precision, TimeOfDay, TimelineIndex } from './schema';

export const INDEX_FORMAT = 'columns';
export const PRECISION_CODES: readonly Precision[] = ['day', 'month', 'season', 'year', 'decade'];
export const KIND_CODES: readonly IndexEvent['kind'][] = ['point', 'span', 'ongoing'];
export const BASIS_CODES: readonly ArticleMeta['publishedBasis'][] = ['stated', 'inferred'];

/** The events (or the merged events) of the index, a column per field. */
export interface EventColumns {
  id: string[];
  label: string[];
  /** How many actors each event has; their places in `actorIds` follow one another in `actor`. */
  actorCount: number[];
  actor: number[];
  /** Places in `days`. */
  start: number[];
  end: number[];
  /** Places in PRECISION_CODES and KIND_CODES. */
  precision: number[];
  kind: number[];
  importance: number[];
  /** Only where some event has one: its time of day ("at 11 a.m. on Thursday"), or null. */
  time?: Array<TimeOfDay | null>;
  /** How many sources each event has; theirs follow one another in the source columns. */
  sourceCount: number[];
  /** Places in `articleIds`. */
  sourceArticle: number[];
  sourceStart: number[];
  sourceEnd: number[];
  /** Only where some source has one (merged events): the id the event has in that source's article, or null. */
  sourceEventId?: Array<string | null>;
  /** Only for merged events: how many members each has, their ids following one another in `member`. */
  memberCount?: number[];
  member?: string[];
}

export interface ArticleColumns {
  id: string[];
  title: string[];
  /** Places in `days`. */
  published: number[];
  /** Places in BASIS_CODES. */
  publishedBasis: number[];
  publishedFrom: string[];
  source: Array<string | null>;
  file: string[];
  eventCount: number[];
}

export interface IndexColumns {
  schemaVersion: TimelineIndex['schemaVersion'];
  format: typeof INDEX_FORMAT;
  /** Every day the index names, as YYYY-MM-DD. */
  days: string[];
  /** Every actor id events name, and every article id sources name. */
  actorIds: string[];
  articleIds: string[];
  articles: ArticleColumns;
  actors: TimelineIndex['actors'];
  events: EventColumns;
  merged?: EventColumns;
  diagnostics: TimelineIndex['diagnostics'];
}

/** A table of strings, each given a place in order of first use. */
export interface StringTable {
  list: string[];
  place: (s: string) => number;
}

/** Gives each distinct string a place, in order of first use. */
export function table(): StringTable {
  const list: string[] = [];
  const places = new Map<string, number>();
  return {
    list,
    place(s) {
      let at = places.get(s);
      if (at === undefined) {
        at = list.length;
        list.push(s);
        places.set(s, at);
      }
      return at;
    },
  };
}

/** The events' columns, their days, actor ids and article ids placed in the tables given (which they add to). */
export function encodeEvents(events: readonly (IndexEvent | IndexMergedEvent)[], days: StringTable, actorIds: StringTable, articleIds: StringTable): EventColumns {
  const c: EventColumns = {
    id: [], label: [], actorCount: [], actor: [], start: [], end: [], precision: [], kind: [], importance: [],
    sourceCount: [], sourceArticle: [], sourceStart: [], sourceEnd: [],
  };
  const eventIds: Array<string | null> = [];
  const times: Array<TimeOfDay | null> = [];
  const memberCount: number[] = [];
  const member: string[] = [];
  let merged = false;
  for (const e of events) {
    c.id.push(e.id);
    c.label.push(e.label);
    c.actorCount.push(e.actors.length);
    for (const a of e.actors) c.actor.push(actorIds.place(a));
    c.start.push(days.place(e.date.start));
    c.end.push(days.place(e.date.end));
    c.precision.push(PRECISION_CODES.indexOf(e.date.precision));
    c.kind.push(KIND_CODES.indexOf(e.kind));
    c.importance.push(e.importance.score);
    times.push(e.date.time ?? null);
    c.sourceCount.push(e.sources.length);
    for (const s of e.sources) {
      c.sourceArticle.push(articleIds.place(s.articleId));
      c.sourceStart.push(s.start);
      c.sourceEnd.push(s.end);
      eventIds.push(s.eventId ?? null);
    }
    if ('members' in e) {
      merged = true;
      memberCount.push(e.members.length);
      member.push(...e.members);
    }
  }
  if (times.some((t) => t !== null)) c.time = times;
  if (eventIds.some((id) => id !== null)) c.sourceEventId = eventIds;
  if (merged) Object.assign(c, { memberCount, member });
  return c;
}

/** The articles' columns, their published days placed first in the days' table. */
export function encodeArticles(list: readonly ArticleMeta[], days: StringTable): ArticleColumns {
  const articles: ArticleColumns = { id: [], title: [], published: [], publishedBasis: [], publishedFrom: [], source: [], file: [], eventCount: [] };
  for (const a of list) {
    articles.id.push(a.id);
    articles.title.push(a.title);
    articles.published.push(days.place(a.published));
    articles.publishedBasis.push(BASIS_CODES.indexOf(a.publishedBasis));
    articles.publishedFrom.push(a.publishedFrom);
    articles.source.push(a.source);
    articles.file.push(a.file);
    articles.eventCount.push(a.eventCount);
  }
  return articles;
}

/** The index in columns, as index.json carries it. */
export function encodeIndex(index: TimelineIndex): IndexColumns {
  const days = table();
  const actorIds = table();
  const articleIds = table();
  const articles = encodeArticles(index.articles, days);
  const events = encodeEvents(index.events, days, actorIds, articleIds);
  const merged = index.merged ? encodeEvents(index.merged, days, actorIds, articleIds) : undefined;
  return {
    schemaVersion: index.schemaVersion,
    format: INDEX_FORMAT,
    days: days.list,
    actorIds: actorIds.list,
    articleIds: articleIds.list,
    articles,
    actors: index.actors,
    events,
    ...(merged ? { merged } : {}),
    diagnostics: index.diagnostics,
  };
}

function decodeEvents(c: EventColumns, days: readonly string[], actorIds: readonly string[], articleIds: readonly string[]): Array<IndexEvent & { members?: string[] }> {
  const n = c.id.length;
  const out: Array<IndexEvent & { members?: string[] }> = new Array(n);
  let a = 0;
  let s = 0;
  let m = 0;
  const { sourceEventId, memberCount, member, time } = c;
  for (let i = 0; i < n; i++) {
    const actors: string[] = new Array(c.actorCount[i]!);
    for (let k = 0; k < actors.length; k++) actors[k] = actorIds[c.actor[a++]!]!;
    const sources: IndexSource[] = new Array(c.sourceCount[i]!);
    for (let k = 0; k < sources.length; k++, s++) {
      // Fields in the order toIndexEvent writes them, so the objects are those the index always gave.
      const eventId = sourceEventId?.[s];
      sources[k] = eventId == null
        ? { articleId: articleIds[c.sourceArticle[s]!]!, start: c.sourceStart[s]!, end: c.sourceEnd[s]! }
        : { articleId: articleIds[c.sourceArticle[s]!]!, start: c.sourceStart[s]!, end: c.sourceEnd[s]!, eventId };
    }
    const event: IndexEvent & { members?: string[] } = {
      id: c.id[i]!,
      label: c.label[i]!,
      actors,
      date: time?.[i]
        ? { start: days[c.start[i]!]!, end: days[c.end[i]!]!, precision: PRECISION_CODES[c.precision[i]!]!, time: time[i]! }
        : { start: days[c.start[i]!]!, end: days[c.end[i]!]!, precision: PRECISION_CODES[c.precision[i]!]! },
      kind: KIND_CODES[c.kind[i]!]!,
      sources,
      importance: { score: c.importance[i]! },
    };
    if (memberCount && member) {
      event.members = member.slice(m, m + memberCount[i]!);
      m += memberCount[i]!;
    }
    out[i] = event;
  }
  return out;
}

/** The index as the explorer holds it, from columns that passed passesIndexColumnsCheck. */
export function decodeIndex(columns: IndexColumns): TimelineIndex {
  const { days, actorIds, articleIds, articles: a } = columns;
  const articles: ArticleMeta[] = new Array(a.id.length);
  for (let i = 0; i < articles.length; i++) {
    articles[i] = {
      id: a.id[i]!,
      title: a.title[i]!,
      published: days[a.published[i]!]!,
      publishedBasis: BASIS_CODES[a.publishedBasis[i]!]!,
      publishedFrom: a.publishedFrom[i]!,
      source: a.source[i]!,
      file: a.file[i]!,
      eventCount: a.eventCount[i]!,
    };
  }
  return {
    schemaVersion: columns.schemaVersion,
    articles,
    actors: columns.actors,
    events: decodeEvents(columns.events, days, actorIds, articleIds),
    ...(columns.merged ? { merged: decodeEvents(columns.merged, days, actorIds, articleIds) as IndexMergedEvent[] } : {}),
    diagnostics: columns.diagnostics,
  };
}
