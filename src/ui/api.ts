// The app's resources, one queryOptions each: the timeline index (what the
// first draw needs; it travels in columns and is decoded into the events the
// explorer reads), the events' details (passages, date reasons,
// attributions; loaded once the timeline is up) and the text of one article.
// Every response is validated against the shared contract.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { DATA_FILES } from '../model/dataFiles';
import type { TimelineIndex } from '../model/schema';
import { indexAsTold } from '../model/mergedView';
import { indexColumnsProblem, passesArticleTextQuickCheck, passesDetailsQuickCheck, passesIndexColumnsCheck } from '../model/quickCheck';
import { detailsById } from '../model/eventParts';
import { decodeIndex } from '../model/indexColumns';
import { LOAD_MARKS, markOnce } from './loadMarks';

export const timelineKeys = {
  all: ['timeline'] as const,
  index: () => [...timelineKeys.all, 'index'] as const,
  details: () => [...timelineKeys.all, 'details'] as const,
  article: (id: string) => [...timelineKeys.all, 'article', id] as const,
};

export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

async function fetchJson(url: string, signal: AbortSignal, received?: () => void): Promise<unknown> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  received?.();
  try {
    return await response.json();
  } catch {
    throw new Error(`${url} is not valid JSON.`);
  }
}

function contractError(url: string, path: readonly PropertyKey[], message: string): Error {
  const where = path.length ? ` at ${path.map(String).join('.')}` : '';
  return new Error(`${url} does not match the data contract${where}: ${message}.`);
}

type Schemas = typeof import('../model/schema');

/**
 * The schemas, loaded only to say what is wrong with a file: the quick checks
 * pass every good file, so the schema library stays out of the page's first
 * download and start. zod is set up for the page's Content-Security-Policy
 * before any schema is built.
 */
async function loadSchemas(): Promise<Schemas> {
  await import('./zodWithoutEval');
  return import('../model/schema');
}

async function validated<T>(url: string, json: unknown, schemaOf: (schemas: Schemas) => z.ZodType<T>, quickCheck?: (json: unknown) => json is T): Promise<T> {
  // The quick check passes what the schema would; the schema itself runs only to name what is wrong.
  if (quickCheck?.(json)) return json;
  const parsed = schemaOf(await loadSchemas()).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw contractError(url, issue?.path ?? [], issue?.message ?? 'invalid');
  }
  return parsed.data;
}

async function fetchValidated<T>(url: string, schemaOf: (schemas: Schemas) => z.ZodType<T>, signal: AbortSignal, quickCheck: (json: unknown) => json is T): Promise<T> {
  return validated(url, await fetchJson(url, signal), schemaOf, quickCheck);
}

/** The index from index.json's columns; an error naming the file and the column when they do not hold one. */
async function readIndex(url: string, json: unknown): Promise<TimelineIndex> {
  if (!passesIndexColumnsCheck(json)) {
    const columns = await validated(url, json, (s) => s.indexColumnsSchema);
    const problem = indexColumnsProblem(columns);
    throw contractError(url, problem ? [problem.path] : [], problem?.message ?? 'invalid');
  }
  return decodeIndex(json);
}

export function timelineIndexQuery() {
  return queryOptions({
    queryKey: timelineKeys.index(),
    // The explorer shows each happening once: merged events in place of the articles' own.
    queryFn: async ({ signal }) => {
      const url = dataUrl(DATA_FILES.index);
      const json = await fetchJson(url, signal, () => markOnce(LOAD_MARKS.received));
      markOnce(LOAD_MARKS.parsed);
      const index = await readIndex(url, json);
      const told = indexAsTold(index);
      markOnce(LOAD_MARKS.checked);
      return told;
    },
  });
}

/** Every event's details by the id the explorer shows it under. */
export function timelineDetailsQuery() {
  return queryOptions({
    queryKey: timelineKeys.details(),
    queryFn: async ({ signal }) => detailsById(await fetchValidated(dataUrl(DATA_FILES.details), (s) => s.timelineDetailsSchema, signal, passesDetailsQuickCheck)),
  });
}

export function articleTextQuery(articleId: string) {
  return queryOptions({
    queryKey: timelineKeys.article(articleId),
    queryFn: ({ signal }) => fetchValidated(dataUrl(DATA_FILES.articleText(articleId)), (s) => s.articleTextSchema, signal, passesArticleTextQuickCheck),
  });
}
