// A fast yes-or-no check of the timeline index against the contract in
// schema.ts, written out by hand. The schema library walks 10,000 events in
// about a third of a second in the browser, before anything can be drawn;
// this takes a few milliseconds. It is at least as strict as the schema
// (tests/model/quickCheck.test.ts compares the two on valid and broken data),
// so anything it passes the schema would pass too; anything it refuses goes
// to the schema, whose message names the field that is wrong.
import { SCHEMA_VERSION, type TimelineIndex } from './schema';

type Check = (value: unknown) => boolean;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PRECISIONS = new Set(['day', 'month', 'season', 'year', 'decade']);
const ACTOR_KINDS = new Set(['country', 'person', 'organization', 'group']);
const EVENT_KINDS = new Set(['point', 'span', 'ongoing']);
const LEVELS = new Set(['error', 'warning', 'info']);

type Fields = Record<string, unknown>;
const isRecord = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isNonEmpty: Check = (v) => typeof v === 'string' && v.length > 0;
const isDay: Check = (v) => typeof v === 'string' && ISO_DAY.test(v);
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

const attribution = objectOf({ actorId: isNullableString, text: isString });
const eventDate = objectOf({ start: isDay, end: isDay, precision: oneOf(PRECISIONS), text: isString });
const source = objectOf({
  articleId: isNonEmpty,
  start: isCount,
  end: isCount,
  quote: isString,
  dateStart: optional(isCount),
  dateEnd: optional(isCount),
  eventId: optional(isNonEmpty),
  date: optional(eventDate),
  attribution: optional((v) => v === null || attribution(v)),
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
const eventFields = {
  id: isNonEmpty,
  label: isNonEmpty,
  actors: arrayOf(isString),
  date: eventDate,
  kind: oneOf(EVENT_KINDS),
  dateReason: objectOf({ rule: isString, expression: isString }),
  attribution: (v: unknown) => v === null || attribution(v),
  duration: isNullableString,
  sources: arrayOf(source, 1),
  merge: optional(mergeReason),
  disagreements: optional(arrayOf(disagreement)),
};
const event = objectOf(eventFields);
const mergedEvent = objectOf({ ...eventFields, members: arrayOf(isNonEmpty, 2) });
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
