// The contract between the compiler (which writes the data set) and the app
// (which reads it). Every field the evaluation needs is here, with its runtime
// schema; both sides import this module and nothing else from each other.
import { z } from 'zod';

// The version and the file names live apart from the schemas (dataFiles.ts), so the app can name its
// files without loading the schema library before its first draw.
import { SCHEMA_VERSION } from './dataFiles';

export { DATA_FILES, fileSafeId, SCHEMA_VERSION } from './dataFiles';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const precisionSchema = z.enum(['day', 'month', 'season', 'year', 'decade']);
export type Precision = z.infer<typeof precisionSchema>;

export const actorKindSchema = z.enum(['country', 'person', 'organization', 'group']);
export type ActorKind = z.infer<typeof actorKindSchema>;

/** An article as listed in the timeline index (its text lives in its own file). */
export const articleMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  published: isoDay,
  publishedBasis: z.enum(['stated', 'inferred']),
  /** Where the date came from: front matter, sidecar, dateline, latest-date-in-text… */
  publishedFrom: z.string(),
  source: z.string().nullable(),
  /** File name inside the seeds folder. */
  file: z.string(),
  eventCount: z.number().int().nonnegative(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const articleSchema = articleMetaSchema.extend({
  /** The body as compiled (front matter removed, line ends normalised): source offsets point here. */
  text: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

/** One article's text, fetched by the app when the article is opened. */
export const articleTextSchema = z.object({ id: z.string().min(1), text: z.string() });
export type ArticleText = z.infer<typeof articleTextSchema>;

export const actorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: actorKindSchema,
  aliases: z.array(z.string()),
  /** Ids of the actors it belongs to: a minister to a country, protesters to theirs. */
  memberOf: z.array(z.string()),
});
export type Actor = z.infer<typeof actorSchema>;

/**
 * A time of day on a day-precision date ("at 11 a.m. on Thursday"): finer
 * than a day, to the hour or the minute the text gives. The date's precision
 * stays "day", so whatever reads days reads it as its day.
 */
export const timeOfDaySchema = z.object({
  /** HH:MM, 24-hour; "24:00" is midnight at the day's end. */
  clock: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:MM'),
  precision: z.enum(['hour', 'minute']),
});
export type TimeOfDay = z.infer<typeof timeOfDaySchema>;

export const eventDateSchema = z.object({
  /** Inclusive first day. */
  start: isoDay,
  /** Inclusive last day; for an ongoing span, the publication date. */
  end: isoDay,
  precision: precisionSchema,
  /** Only with precision "day": the time of day the text gives. */
  time: timeOfDaySchema.optional(),
  /** The date expression as written in the passage. */
  text: z.string(),
});
export type EventDate = z.infer<typeof eventDateSchema>;

export const sourceSchema = z.object({
  articleId: z.string().min(1),
  /** JavaScript string offsets into the article's compiled text; quote === text.slice(start, end). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  /** The date expression's offsets inside the article text, when it has one. */
  dateStart: z.number().int().nonnegative().optional(),
  dateEnd: z.number().int().nonnegative().optional(),
  /**
   * Only on events merged across articles: the event's id as that article alone
   * gave it, the date as that source gives it and who says so there.
   */
  eventId: z.string().min(1).optional(),
  date: eventDateSchema.optional(),
  attribution: z.lazy(() => attributionSchema.nullable()).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const attributionSchema = z.object({
  /** The actor who says so, when it could be identified. */
  actorId: z.string().nullable(),
  /** The attribution as written ("the Russian Foreign Ministry said"). */
  text: z.string(),
});
export type Attribution = z.infer<typeof attributionSchema>;

/** Why events from several articles were made one: the features compared and their scores. */
export const mergeReasonSchema = z.object({
  /** A sentence the panel can show. */
  explanation: z.string(),
  /** One entry per link that joined two sources (indexes into the event's sources). */
  links: z.array(
    z.object({
      a: z.number().int().nonnegative(),
      b: z.number().int().nonnegative(),
      /** 0..1 each; score is their weighted sum, compared with the threshold. */
      date: z.number(),
      actors: z.number(),
      words: z.number(),
      score: z.number(),
      /** 'rule' when the score passed the threshold, 'override' when merges.json joined them. */
      by: z.enum(['rule', 'override']),
    }),
  ),
});
export type MergeReason = z.infer<typeof mergeReasonSchema>;

/** Where a merged event's sources do not agree: each version with who says it. */
export const disagreementSchema = z.object({
  kind: z.enum(['date', 'claim']),
  versions: z.array(
    z.object({
      /** Index into the event's sources. */
      source: z.number().int().nonnegative(),
      /** What this source says: its date expression, or its sentence. */
      says: z.string(),
    }),
  ),
});
export type Disagreement = z.infer<typeof disagreementSchema>;

/** seeds/merges.json: a reader's corrections to cross-article merging, by the events' own ids. */
export const mergeOverridesSchema = z.strictObject({
  /** Events that stand alone, never merged with another. */
  split: z.array(z.string().min(1)).optional(),
  /** Groups of events that are one happening, whatever the rule says. */
  join: z.array(z.array(z.string().min(1)).min(2)).optional(),
});
export type MergeOverrides = z.infer<typeof mergeOverridesSchema>;

/**
 * How much an event matters to the story, for ranking: the explorer labels the
 * most important events first and shows them in its "Key events" view.
 */
export const importanceSchema = z.object({
  /** 0..1; higher is more important. Comparable across the events of one data set. */
  score: z.number().min(0).max(1),
  /** Why, in words a reader can check ("the article's lead", "reported by 3 sources"). */
  reasons: z.array(z.string()),
});
export type Importance = z.infer<typeof importanceSchema>;

export const eventSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  actors: z.array(z.string()),
  date: eventDateSchema,
  /** point: one moment at its precision; span: a bounded interval; ongoing: still running at publication. */
  kind: z.enum(['point', 'span', 'ongoing']),
  /**
   * Why the event got its date: the rule that fired, the expression it read
   * and, for a date not written in full, what it was counted from ("the
   * publication date, 22 December 2022", "the story's year, 1994 (from
   * “February 1994”)").
   */
  dateReason: z.object({ rule: z.string(), expression: z.string(), anchor: z.string().optional() }),
  attribution: attributionSchema.nullable(),
  /** A duration stated with the event ("44 days of clashes"), never a date of its own. */
  duration: z.string().nullable(),
  sources: z.array(sourceSchema).min(1),
  importance: importanceSchema,
  /** Only on events merged across articles. */
  merge: mergeReasonSchema.optional(),
  disagreements: z.array(disagreementSchema).optional(),
});
export type TimelineEvent = z.infer<typeof eventSchema>;

export const diagnosticSchema = z.object({
  level: z.enum(['error', 'warning', 'info']),
  file: z.string(),
  line: z.number().int().positive().nullable(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/**
 * A happening several articles report, as one event: its sources are those of
 * the per-article events named in `members`, each keeping its own date and
 * attribution; its date is the most precise one they support.
 */
const membersSchema = z.array(z.string().min(1)).min(2);
export const mergedEventSchema = eventSchema.extend({ members: membersSchema });
export type MergedEvent = z.infer<typeof mergedEventSchema>;

/** The full compiled data set (what `npm run compile` writes as timeline.json). */
export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleSchema),
  actors: z.array(actorSchema),
  /** Every article's own reading, never rewritten by merging: one event per dated happening per article. */
  events: z.array(eventSchema),
  /** Happenings told by several articles; the explorer shows each once, in place of its members (see mergedView.ts). */
  merged: z.array(mergedEventSchema).optional(),
  diagnostics: z.array(diagnosticSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;

/** The JSON export of a selection of events: the data set without article texts, the events whole. */
export const exportedEventsSchema = datasetSchema.extend({ articles: z.array(articleMetaSchema) });
export type ExportedEvents = z.infer<typeof exportedEventsSchema>;

/**
 * An event as the index carries it: what placing it on the timeline, filtering
 * and naming it take. Its passages, date reasons, attributions and merge
 * reasons are in the details file (eventDetailsSchema), loaded after the
 * first draw; a full event is both (see eventParts.ts).
 */
export const indexSourceSchema = sourceSchema.pick({ articleId: true, start: true, end: true, eventId: true });
export type IndexSource = z.infer<typeof indexSourceSchema>;

export const indexEventSchema = eventSchema.pick({ id: true, label: true, actors: true, kind: true }).extend({
  /** The event's date without the expression as written (that is in the details). */
  date: eventDateSchema.omit({ text: true }),
  /** The importance's score (its reasons are in the details). */
  importance: importanceSchema.pick({ score: true }),
  sources: z.array(indexSourceSchema).min(1),
});
export type IndexEvent = z.infer<typeof indexEventSchema>;

export const indexMergedEventSchema = indexEventSchema.extend({ members: membersSchema });
export type IndexMergedEvent = z.infer<typeof indexMergedEventSchema>;

/** What the app loads first: articles without their texts, actors, events without their passages. */
export const timelineIndexSchema = datasetSchema.extend({
  articles: z.array(articleMetaSchema),
  events: z.array(indexEventSchema),
  merged: z.array(indexMergedEventSchema).optional(),
});
export type TimelineIndex = z.infer<typeof timelineIndexSchema>;

/** The rest of an event, by its id: one entry per event of the index, in the same order. */
export const eventDetailsSchema = eventSchema.pick({ id: true, dateReason: true, attribution: true, duration: true, merge: true, disagreements: true }).extend({
  /** Why the event has the importance the index gives it. */
  importanceReasons: importanceSchema.shape.reasons,
  /** The date expression as written (date.text of the event). */
  dateText: z.string(),
  /** Parallel to the index event's sources. */
  sources: z.array(sourceSchema.pick({ quote: true, dateStart: true, dateEnd: true, date: true, attribution: true })).min(1),
});
export type EventDetails = z.infer<typeof eventDetailsSchema>;

/** What the app loads after the first draw: the passages and reasons of every event in the index. */
export const timelineDetailsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  events: z.array(eventDetailsSchema),
  merged: z.array(eventDetailsSchema).optional(),
});
export type TimelineDetails = z.infer<typeof timelineDetailsSchema>;

/**
 * index.json as it travels: the index in columns (see indexColumns.ts, which
 * turns it into the index above and back). The schema gives each column its
 * type; that the columns agree in length and every place points into its
 * table is checked by indexColumnsProblem (quickCheck.ts).
 */
const place = z.number().int().nonnegative();
const eventColumnsSchema = z.object({
  id: z.array(z.string().min(1)),
  label: z.array(z.string().min(1)),
  actorCount: z.array(place),
  actor: z.array(place),
  start: z.array(place),
  end: z.array(place),
  precision: z.array(place),
  kind: z.array(place),
  importance: z.array(z.number().min(0).max(1)),
  time: z.array(timeOfDaySchema.nullable()).optional(),
  sourceCount: z.array(z.number().int().min(1)),
  sourceArticle: z.array(place),
  sourceStart: z.array(place),
  sourceEnd: z.array(place),
  sourceEventId: z.array(z.string().min(1).nullable()).optional(),
  memberCount: z.array(z.number().int().min(2)).optional(),
  member: z.array(z.string().min(1)).optional(),
});
export const indexColumnsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  format: z.literal('columns'),
  days: z.array(isoDay),
  actorIds: z.array(z.string()),
  articleIds: z.array(z.string().min(1)),
  articles: z.object({
    id: z.array(z.string().min(1)),
    title: z.array(z.string()),
    published: z.array(place),
    publishedBasis: z.array(place),
    publishedFrom: z.array(z.string()),
    source: z.array(z.string().nullable()),
    file: z.array(z.string()),
    eventCount: z.array(place),
  }),
  actors: z.array(actorSchema),
  events: eventColumnsSchema,
  merged: eventColumnsSchema.optional(),
  diagnostics: z.array(diagnosticSchema),
});
