// The app's resources, one queryOptions each: the timeline index (what the
// first draw needs), the events' details (passages, date reasons,
// attributions; loaded once the timeline is up) and the text of one article.
// Every response is validated against the shared contract.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { articleTextSchema, DATA_FILES, timelineDetailsSchema, timelineIndexSchema } from '../model/schema';
import { eventsAsTold } from '../model/mergedView';
import { passesDetailsQuickCheck, passesIndexQuickCheck } from '../model/quickCheck';
import { detailsById } from '../model/eventParts';

export const timelineKeys = {
  all: ['timeline'] as const,
  index: () => [...timelineKeys.all, 'index'] as const,
  details: () => [...timelineKeys.all, 'details'] as const,
  article: (id: string) => [...timelineKeys.all, 'article', id] as const,
};

export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

async function fetchValidated<T>(url: string, schema: z.ZodType<T>, signal: AbortSignal, quickCheck?: (json: unknown) => json is T): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`${url} is not valid JSON.`);
  }
  // The quick check passes what the schema would; the schema itself runs only to name what is wrong.
  if (quickCheck?.(json)) return json;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new Error(`${url} does not match the data contract${where}: ${issue?.message ?? 'invalid'}.`);
  }
  return parsed.data;
}

export function timelineIndexQuery() {
  return queryOptions({
    queryKey: timelineKeys.index(),
    // The explorer shows each happening once: merged events in place of the articles' own.
    queryFn: async ({ signal }) => {
      const index = await fetchValidated(dataUrl(DATA_FILES.index), timelineIndexSchema, signal, passesIndexQuickCheck);
      return { ...index, events: eventsAsTold(index) };
    },
  });
}

/** Every event's details by the id the explorer shows it under. */
export function timelineDetailsQuery() {
  return queryOptions({
    queryKey: timelineKeys.details(),
    queryFn: async ({ signal }) => detailsById(await fetchValidated(dataUrl(DATA_FILES.details), timelineDetailsSchema, signal, passesDetailsQuickCheck)),
  });
}

export function articleTextQuery(articleId: string) {
  return queryOptions({
    queryKey: timelineKeys.article(articleId),
    queryFn: ({ signal }) => fetchValidated(dataUrl(DATA_FILES.articleText(articleId)), articleTextSchema, signal),
  });
}
