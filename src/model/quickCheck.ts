// A fast yes-or-no check of the timeline index (and of the details file) against the contract in
// schema.ts, written out by hand. The schema library walks 10,000 events in
// about a third of a second in the browser, before anything can be drawn;
// this takes a few milliseconds. It is at least as strict as the schema
// (tests/model/quickCheck.test.ts compares the two on valid and broken data),
// so anything it passes the schema would pass too; anything it refuses goes
// to the schema, whose message names the field that is wrong.
import { BASIS_CODES, INDEX_FORMAT, KIND_CODES, PRECISION_CODES, type EventColumns, type IndexColumns } from './indexColumns';
import { SCHEMA_VERSION } from './dataFiles';
import type { ArticleText, TimelineDetails, TimelineEvent } from './schema';

type Check = (value: unknown) => boolean;

const PRECISIONS = new Set(['day', 'month', 'season', 'year', 'decade']);
const ACTOR_KINDS = new Set(['country', 'person', 'organization', 'group']);
const LEVELS = new Set(['error', 'warning', 'info']);

type Fields = Record<string, unknown>;
const isRecord = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isNonEmpty: Check = (v) => typeof v === 'string' && v.length > 0;
const isDay: Check = (v) => typeof v === 'string' && v.length === 10 && isDayText(v);
/** The schema's /^\d{4}-\d{2}-\d{2}$/, character by character. */
function isDayText(v: string): boolean {
  for (let i = 0; i < 10; i++) {
    const c = v.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isCount: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isScore: Check = (v) => typeof v === 'number' && v >= 0 && v <= 1;
const isNullableString: Check = (v) => v === null || typeof v === 'string';
const oneOf = (values: ReadonlySet<string>): Check => (v) => typeof v === 'string' && values.has(v);
const optional = (check: Check): Check => (v) => v === undefined || check(v);

function arrayOf(check: Check, min = 0): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length < min) return false;
    for (const item of v) if (!check(item)) return false;
    return true;
  };
}

function objectOf(shape: Record<string, Check>): Check {
  const entries = Object.entries(shape);
  return (v) => {
    if (!isRecord(v)) return false;
    for (const [key, check] of entries) if (!check(v[key])) return false;
    return true;
  };
}

// The parts every event repeats are written out field by field: a property read by name is several
// times faster than one by a key taken from a list, and there are tens of thousands of them.
const isAttribution = (v: unknown): boolean => isRecord(v) && isNullableString(v.actorId) && typeof v.text === 'string';
const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const isTime = (v: unknown): boolean =>
  isRecord(v) && typeof v.clock === 'string' && CLOCK.test(v.clock) && (v.precision === 'hour' || v.precision === 'minute');
const isTimeOrNull = (v: unknown): boolean => v === null || isTime(v);
const indexDate = (v: unknown): boolean =>
  isRecord(v) && isDay(v.start) && isDay(v.end) && typeof v.precision === 'string' && PRECISIONS.has(v.precision) &&
  (v.time === undefined || isTime(v.time));
const eventDate = (v: unknown): boolean => indexDate(v) && typeof (v as Fields).text === 'string';


function isStringArray(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (typeof item !== 'string') return false;
  return true;
}

const actor = objectOf({ id: isNonEmpty, name: isNonEmpty, kind: oneOf(ACTOR_KINDS), aliases: arrayOf(isString), memberOf: arrayOf(isString) });
const diagnostic = objectOf({
  level: oneOf(LEVELS),
  file: isString,
  line: (v) => v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v > 0),
  message: isString,
});

const mergeReason = objectOf({
  explanation: isString,
  links: arrayOf(
    objectOf({
      a: isCount,
      b: isCount,
      date: isNumber,
      actors: isNumber,
      words: isNumber,
      score: isNumber,
      by: oneOf(new Set(['rule', 'override'])),
    }),
  ),
});
const disagreement = objectOf({
  kind: oneOf(new Set(['date', 'claim'])),
  versions: arrayOf(objectOf({ source: isCount, says: isString })),
});
const sourceDetails = (v: unknown): boolean =>
  isRecord(v) &&
  typeof v.quote === 'string' &&
  (v.dateStart === undefined || isCount(v.dateStart)) &&
  (v.dateEnd === undefined || isCount(v.dateEnd)) &&
  (v.date === undefined || eventDate(v.date)) &&
  (v.attribution === undefined || v.attribution === null || isAttribution(v.attribution));
const sourcesDetails = arrayOf(sourceDetails, 1);
const optionalMerge = optional(mergeReason);
const optionalDisagreements = optional(arrayOf(disagreement));

const isDateReason = (v: unknown): boolean =>
  isRecord(v) && typeof v.rule === 'string' && typeof v.expression === 'string' && (v.anchor === undefined || typeof v.anchor === 'string');

function isEventDetails(v: unknown): boolean {
  if (!isRecord(v)) return false;
  return (
    isNonEmpty(v.id) &&
    typeof v.dateText === 'string' &&
    isDateReason(v.dateReason) &&
    (v.attribution === null || isAttribution(v.attribution)) &&
    isNullableString(v.duration) &&
    isStringArray(v.importanceReasons) &&
    sourcesDetails(v.sources) &&
    optionalMerge(v.merge) &&
    optionalDisagreements(v.disagreements)
  );
}

const source = (v: unknown): boolean =>
  sourceDetails(v) && isNonEmpty((v as Fields).articleId) && isCount((v as Fields).start) && isCount((v as Fields).end) && optional(isNonEmpty)((v as Fields).eventId);
const sources = arrayOf(source, 1);
const EVENT_KINDS = new Set(['point', 'span', 'ongoing']);

/**
 * The same for one event of the data set as the compiler makes it (schema.ts's
 * eventSchema): the compiler checks each event it builds, tens of thousands
 * in a large compile, and the schema library took a twentieth of that time.
 */
export function passesEventQuickCheck(v: unknown): v is TimelineEvent {
  if (!isRecord(v)) return false;
  const { importance } = v;
  return (
    isNonEmpty(v.id) &&
    isNonEmpty(v.label) &&
    isStringArray(v.actors) &&
    eventDate(v.date) &&
    typeof v.kind === 'string' &&
    EVENT_KINDS.has(v.kind) &&
    isDateReason(v.dateReason) &&
    (v.attribution === null || isAttribution(v.attribution)) &&
    isNullableString(v.duration) &&
    sources(v.sources) &&
    isRecord(importance) &&
    isScore(importance.score) &&
    isStringArray(importance.reasons) &&
    optionalMerge(v.merge) &&
    optionalDisagreements(v.disagreements)
  );
}

const details = objectOf({
  schemaVersion: (v) => v === SCHEMA_VERSION,
  events: arrayOf(isEventDetails),
  merged: optional(arrayOf(isEventDetails)),
});

/** The same for the details file. */
export function passesDetailsQuickCheck(value: unknown): value is TimelineDetails {
  return details(value);
}

/** The same for an article's text file. */
export function passesArticleTextQuickCheck(value: unknown): value is ArticleText {
  return isRecord(value) && isNonEmpty(value.id) && typeof value.text === 'string';
}

// The index in columns (indexColumns.ts): each column checked in one loop over plain values.
const isPlace = (v: unknown, size: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < size;

function columnOf(v: unknown, length: number, check: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length !== length) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
}

function placesIn(v: unknown, length: number, size: number): boolean {
  if (!Array.isArray(v) || v.length !== length) return false;
  for (let i = 0; i < v.length; i++) if (!isPlace(v[i], size)) return false;
  return true;
}

/** The total of a column of counts, or -1 when it holds something that is no count (or less than `min`). */
function total(v: unknown, length: number, min: number): number {
  if (!Array.isArray(v) || v.length !== length) return -1;
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const n = v[i];
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min) return -1;
    sum += n;
  }
  return sum;
}

const isEventIdOrNull = (v: unknown): boolean => v === null || isNonEmpty(v);

function eventColumns(v: unknown, merged: boolean, tables: { days: number; actors: number; articles: number }): boolean {
  if (!isRecord(v) || !Array.isArray(v.id)) return false;
  const c = v as unknown as EventColumns;
  const n = c.id.length;
  const actors = total(c.actorCount, n, 0);
  const sources = total(c.sourceCount, n, 1);
  if (actors < 0 || sources < 0) return false;
  if (merged ? total(c.memberCount, n, 2) !== (Array.isArray(c.member) ? c.member.length : -1) : c.memberCount !== undefined || c.member !== undefined) return false;
  return (
    columnOf(c.id, n, isNonEmpty) &&
    columnOf(c.label, n, isNonEmpty) &&
    placesIn(c.actor, actors, tables.actors) &&
    placesIn(c.start, n, tables.days) &&
    placesIn(c.end, n, tables.days) &&
    placesIn(c.precision, n, PRECISION_CODES.length) &&
    placesIn(c.kind, n, KIND_CODES.length) &&
    columnOf(c.importance, n, isScore) &&
    (c.time === undefined || columnOf(c.time, n, isTimeOrNull)) &&
    placesIn(c.sourceArticle, sources, tables.articles) &&
    columnOf(c.sourceStart, sources, isCount) &&
    columnOf(c.sourceEnd, sources, isCount) &&
    (c.sourceEventId === undefined || columnOf(c.sourceEventId, sources, isEventIdOrNull)) &&
    (!merged || columnOf(c.member, (c.member as unknown[]).length, isNonEmpty))
  );
}

function articleColumns(v: unknown, days: number): boolean {
  if (!isRecord(v) || !Array.isArray(v.id)) return false;
  const n = v.id.length;
  return (
    columnOf(v.id, n, isNonEmpty) &&
    columnOf(v.title, n, isString) &&
    placesIn(v.published, n, days) &&
    placesIn(v.publishedBasis, n, BASIS_CODES.length) &&
    columnOf(v.publishedFrom, n, isString) &&
    columnOf(v.source, n, isNullableString) &&
    columnOf(v.file, n, isString) &&
    columnOf(v.eventCount, n, isCount)
  );
}

/**
 * True when `value` is index.json in columns that decode into an index the
 * schema accepts: every column of its type, the columns of a list of one
 * length, every place inside its table.
 */
export function passesIndexColumnsCheck(value: unknown): value is IndexColumns {
  if (!isRecord(value) || value.schemaVersion !== SCHEMA_VERSION || value.format !== INDEX_FORMAT) return false;
  const { days, actorIds, articleIds } = value;
  if (!Array.isArray(days) || !Array.isArray(actorIds) || !Array.isArray(articleIds)) return false;
  if (!columnOf(days, days.length, isDay) || !columnOf(actorIds, actorIds.length, isString) || !columnOf(articleIds, articleIds.length, isNonEmpty)) return false;
  const tables = { days: days.length, actors: actorIds.length, articles: articleIds.length };
  return (
    articleColumns(value.articles, tables.days) &&
    arrayOf(actor)(value.actors) &&
    eventColumns(value.events, false, tables) &&
    (value.merged === undefined || eventColumns(value.merged, true, tables)) &&
    arrayOf(diagnostic)(value.diagnostics)
  );
}

/** Where columns that passed the schema's types disagree: a column's length, or a place outside its table. */
export function indexColumnsProblem(columns: IndexColumns): { path: string; message: string } | null {
  const tables = { days: columns.days.length, actors: columns.actorIds.length, articles: columns.articleIds.length };
  const lists: Array<[string, EventColumns | undefined, boolean]> = [['events', columns.events, false], ['merged', columns.merged, true]];
  if (!articleColumns(columns.articles, tables.days)) return { path: 'articles', message: 'its columns differ in length or name days the index does not list' };
  for (const [name, list, merged] of lists) {
    if (list && !eventColumns(list, merged, tables)) {
      return {
        path: name,
        message: merged && !list.memberCount
          ? 'merged events need their members (memberCount and member)'
          : 'its columns differ in length, a count does not add up, or a place is outside its table',
      };
    }
  }
  return null;
}
