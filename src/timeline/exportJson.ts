// Events as JSON in the app's own contract (exportedEventsSchema: the data set
// without article texts): the events whole, with the actors and articles they
// refer to, so the file loads back into anything that reads the compiled data.
import { SCHEMA_VERSION } from '../model/dataFiles';
import type { ExportedEvents, TimelineEvent, TimelineIndex } from '../model/schema';

export function eventsToIndex(events: readonly TimelineEvent[], index: Pick<TimelineIndex, 'articles' | 'actors'>): ExportedEvents {
  const actorIds = new Set(events.flatMap((event) => event.actors));
  // Keep what the kept actors belong to, so memberOf never points outside the file.
  const byId = new Map(index.actors.map((actor) => [actor.id, actor]));
  const queue = [...actorIds];
  while (queue.length > 0) {
    for (const parent of byId.get(queue.pop()!)?.memberOf ?? []) {
      if (!actorIds.has(parent)) {
        actorIds.add(parent);
        queue.push(parent);
      }
    }
  }
  const articleIds = new Set(events.flatMap((event) => event.sources.map((source) => source.articleId)));
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: index.articles.filter((article) => articleIds.has(article.id)),
    actors: index.actors.filter((actor) => actorIds.has(actor.id)),
    events: [...events],
    diagnostics: [],
  };
}

export function eventsToJson(events: readonly TimelineEvent[], index: Pick<TimelineIndex, 'articles' | 'actors'>): string {
  return `${JSON.stringify(eventsToIndex(events, index), null, 2)}\n`;
}
