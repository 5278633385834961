// An event in two parts: what the timeline index carries (enough to place,
// filter and name it) and its details (passages, date reasons, attributions,
// merge reasons), loaded after the first draw. Splitting and joining again
// give back the event as compiled (tests/model/eventParts.test.ts).
import type {
  Dataset,
  EventDetails,
  IndexEvent,
  IndexMergedEvent,
  IndexSource,
  MergedEvent,
  Source,
  TimelineDetails,
  TimelineEvent,
  TimelineIndex,
} from './schema';

export function toIndexEvent(event: MergedEvent): IndexMergedEvent;
export function toIndexEvent(event: TimelineEvent): IndexEvent;
export function toIndexEvent(event: TimelineEvent | MergedEvent): IndexEvent | IndexMergedEvent {
  const lean: IndexEvent = {
    id: event.id,
    label: event.label,
    actors: event.actors,
    date: { start: event.date.start, end: event.date.end, precision: event.date.precision, ...(event.date.time ? { time: event.date.time } : {}) },
    kind: event.kind,
    sources: event.sources.map(toIndexSource),
    importance: { score: event.importance.score },
  };
  return 'members' in event ? { ...lean, members: event.members } : lean;
}

function toIndexSource(source: Source): IndexSource {
  const lean: IndexSource = { articleId: source.articleId, start: source.start, end: source.end };
  if (source.eventId !== undefined) lean.eventId = source.eventId;
  return lean;
}

export function toEventDetails(event: TimelineEvent): EventDetails {
  const details: EventDetails = {
    id: event.id,
    dateText: event.date.text,
    dateReason: event.dateReason,
    attribution: event.attribution,
    duration: event.duration,
    importanceReasons: event.importance.reasons,
    sources: event.sources.map((source) => {
      const rest: EventDetails['sources'][number] = { quote: source.quote };
      if (source.dateStart !== undefined) rest.dateStart = source.dateStart;
      if (source.dateEnd !== undefined) rest.dateEnd = source.dateEnd;
      if (source.date !== undefined) rest.date = source.date;
      if (source.attribution !== undefined) rest.attribution = source.attribution;
      return rest;
    }),
  };
  if (event.merge !== undefined) details.merge = event.merge;
  if (event.disagreements !== undefined) details.disagreements = event.disagreements;
  return details;
}

/** The event whole again; null when the details are not this event's (another compile's, or a source short). */
export function withDetails(event: IndexEvent, details: EventDetails | undefined): TimelineEvent | null {
  if (!details || details.id !== event.id || details.sources.length !== event.sources.length) return null;
  const { id: _id, dateText, importanceReasons, merge, disagreements, sources, ...rest } = details;
  return {
    ...event,
    date: { ...event.date, text: dateText },
    ...rest,
    importance: { score: event.importance.score, reasons: importanceReasons },
    ...(merge !== undefined ? { merge } : {}),
    ...(disagreements !== undefined ? { disagreements } : {}),
    sources: event.sources.map((source, i) => {
      const { quote, dateStart, dateEnd, ...told } = sources[i]!;
      // In the compiled order of fields, so an event joined again is the event as compiled, field for field.
      return {
        articleId: source.articleId,
        start: source.start,
        end: source.end,
        quote,
        ...(dateStart !== undefined ? { dateStart } : {}),
        ...(dateEnd !== undefined ? { dateEnd } : {}),
        ...(source.eventId !== undefined ? { eventId: source.eventId } : {}),
        ...told,
      };
    }),
  };
}

/** What the app loads first: the data set without article texts and without the events' details. */
export function toIndex(dataset: Dataset): TimelineIndex {
  return {
    schemaVersion: dataset.schemaVersion,
    articles: dataset.articles.map(({ text: _text, ...meta }) => meta),
    actors: dataset.actors,
    events: dataset.events.map((e) => toIndexEvent(e)),
    ...(dataset.merged ? { merged: dataset.merged.map((e) => toIndexEvent(e)) } : {}),
    diagnostics: dataset.diagnostics,
  };
}

/** The details of every event in the index, in its order. */
export function toDetails(dataset: Dataset): TimelineDetails {
  return {
    schemaVersion: dataset.schemaVersion,
    events: dataset.events.map(toEventDetails),
    ...(dataset.merged ? { merged: dataset.merged.map(toEventDetails) } : {}),
  };
}

/**
 * The details by event id, as the explorer shows events (mergedView.ts): a
 * merged event takes one of its members' ids, and its details take that
 * member's place here, as the merged event takes the member's on the timeline.
 */
export function detailsById(details: TimelineDetails): Map<string, EventDetails> {
  const byId = new Map<string, EventDetails>();
  for (const d of details.events) byId.set(d.id, d);
  for (const d of details.merged ?? []) byId.set(d.id, d);
  return byId;
}
