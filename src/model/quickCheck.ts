// A fast yes-or-no check of the timeline index (and of the details file) against the contract in
// schema.ts, written out by hand. The schema library walks 10,000 events in
// about a third of a second in the browser, before anything can be drawn;
// this takes a few milliseconds. It is at least as strict as the schema
// (tests/model/quickCheck.test.ts compares the two on valid and broken data),
// so anything it passes the schema would pass too; anything it refuses goes
// to the schema, whose message names the field that is wrong.
import { SCHEMA_VERSION, type TimelineDetails, type TimelineIndex } from './schema';

type Check = (value: unknown) => boolean;

const PRECISIONS = new Set(['day', 'month', 'season', 'year', 'decade']);
const ACTOR_KINDS = new Set(['country', 'person', 'organization', 'group']);
const EVENT_KINDS = new Set(['point', 'span', 'ongoing']);
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
const indexDate = (v: unknown): boolean =>
  isRecord(v) && isDay(v.start) && isDay(v.end) && typeof v.precision === 'string' && PRECISIONS.has(v.precision) &&
  (v.time === undefined || isTime(v.time));
const eventDate = (v: unknown): boolean => indexDate(v) && typeof (v as Fields).text === 'string';
const source = (v: unknown): boolean =>
  isRecord(v) && isNonEmpty(v.articleId) && isCount(v.start) && isCount(v.end) && (v.eventId === undefined || isNonEmpty(v.eventId));
const sources = arrayOf(source, 1);

function isEvent(v: unknown): v is Fields {
  return (
    isRecord(v) &&
    isNonEmpty(v.id) &&
    isNonEmpty(v.label) &&
    isStringArray(v.actors) &&
    indexDate(v.date) &&
    typeof v.kind === 'string' &&
    EVENT_KINDS.has(v.kind) &&
    sources(v.sources) &&
    isImportance(v.importance)
  );
}

function isImportance(v: unknown): boolean {
  return isRecord(v) && typeof v.score === 'number' && v.score >= 0 && v.score <= 1;
}

function isStringArray(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (typeof item !== 'string') return false;
  return true;
}

const event: Check = isEvent;
const members = arrayOf(isNonEmpty, 2);
const mergedEvent: Check = (v) => isEvent(v) && members(v.members);
const articleMeta = objectOf({
  id: isNonEmpty,
  title: isString,
  published: isDay,
  publishedBasis: oneOf(new Set(['stated', 'inferred'])),
  publishedFrom: isString,
  source: isNullableString,
  file: isString,
  eventCount: isCount,
});
const actor = objectOf({ id: isNonEmpty, name: isNonEmpty, kind: oneOf(ACTOR_KINDS), aliases: arrayOf(isString), memberOf: arrayOf(isString) });
const diagnostic = objectOf({
  level: oneOf(LEVELS),
  file: isString,
  line: (v) => v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v > 0),
  message: isString,
});

const index = objectOf({
  schemaVersion: (v) => v === SCHEMA_VERSION,
  articles: arrayOf(articleMeta),
  actors: arrayOf(actor),
  events: arrayOf(event),
  merged: optional(arrayOf(mergedEvent)),
  diagnostics: arrayOf(diagnostic),
});

/** True when `value` is a timeline index the schema would accept; false sends it to the schema for a message. */
export function passesIndexQuickCheck(value: unknown): value is TimelineIndex {
  return index(value);
}

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

function isEventDetails(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const { dateReason } = v;
  return (
    isNonEmpty(v.id) &&
    typeof v.dateText === 'string' &&
    isRecord(dateReason) &&
    typeof dateReason.rule === 'string' &&
    typeof dateReason.expression === 'string' &&
    (dateReason.anchor === undefined || typeof dateReason.anchor === 'string') &&
    (v.attribution === null || isAttribution(v.attribution)) &&
    isNullableString(v.duration) &&
    isStringArray(v.importanceReasons) &&
    sourcesDetails(v.sources) &&
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
