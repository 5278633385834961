// The reader's own articles in the page: kept in IndexedDB, compiled in the
// compiler's worker (compileWorker.ts) together with the built data, and put
// in the place of the built data in the app's query cache, so every view shows
// them as if they had been built. Loaded with the "Add articles" panel, or at
// start when the browser keeps some.
import type { QueryClient } from '@tanstack/react-query';
import type { Zippable } from 'fflate';
import { del, entries, set } from 'idb-keyval';
import { detailsById } from '../model/eventParts';
import { indexAsTold } from '../model/mergedView';
import type { CompileRequest, CompileResponse, CompileResult, UserFile } from './compileMessages';
import { dataUrl, timelineKeys } from './api';
import { download } from './ExportButtons';
import { userArticleStore } from './userArticleStore';

export interface StoredArticle extends UserFile {
  /** When it was added (ISO), for the list. */
  added: string;
}

/** The endings the readers take. */
export const ACCEPTED_FILES = '.txt,.md,.html,.htm,.rss,.atom,.xml,.json';

export async function listStored(): Promise<StoredArticle[]> {
  const all = await entries<string, StoredArticle>(userArticleStore());
  return all.map(([, value]) => value).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Keeps one file; a full storage quota becomes a message that says what to do. */
export async function keep(file: StoredArticle): Promise<void> {
  try {
    await set(file.name, file, userArticleStore());
  } catch (error) {
    const name = (error as { name?: string })?.name;
    if (name === 'QuotaExceededError') {
      throw new Error(`The browser's storage for this site is full, so ${file.name} was not kept. Remove some of your articles, or download them as a seeds folder, and try again.`, { cause: error });
    }
    throw new Error(`${file.name} could not be kept in this browser (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
}

export async function forget(name: string): Promise<void> {
  await del(name, userArticleStore());
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: CompileResult) => void; reject: (e: Error) => void }>();

function compiler(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./compileWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<CompileResponse>) => {
    const response = event.data;
    const pending = waiting.get(response.id);
    waiting.delete(response.id);
    if (response.ok) pending?.resolve(response.result);
    else pending?.reject(new Error(response.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const pending of waiting.values()) pending.reject(new Error(`the compiler stopped (${event.message || 'it could not be loaded'})`));
    waiting.clear();
    worker = null;
  };
  return worker;
}

/** Compiles the files with the built data, in the worker. */
export function compileWithBuilt(files: UserFile[], reload = false): Promise<CompileResult> {
  const id = nextId++;
  const request: CompileRequest = { id, dataUrl: new URL(dataUrl(''), document.baseURI).href, files, reload };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    compiler().postMessage(request);
  });
}

/** The indexes this module put in the cache, to tell them from the built one coming back (a dev-server recompile). */
const ours = new WeakSet<object>();
let shownTexts: string[] = [];
let watching = false;

/** Puts a compile's data in the place of the built data, for every view at once. */
export async function showCompiled(client: QueryClient, result: CompileResult): Promise<void> {
  // A fetch of the built data still in flight must not land over this.
  await client.cancelQueries({ queryKey: timelineKeys.index() });
  await client.cancelQueries({ queryKey: timelineKeys.details() });
  const index = indexAsTold(result.index);
  ours.add(index);
  client.setQueryData(timelineKeys.index(), index);
  client.setQueryData(timelineKeys.details(), detailsById(result.details));
  for (const id of shownTexts) if (!result.texts.some((t) => t.id === id)) client.removeQueries({ queryKey: timelineKeys.article(id) });
  for (const text of result.texts) {
    // There is no file to fetch these from: they stay in the cache as long as the page.
    client.setQueryDefaults(timelineKeys.article(text.id), { gcTime: Infinity });
    client.setQueryData(timelineKeys.article(text.id), text);
  }
  shownTexts = result.texts.map((t) => t.id);
  watchBuiltData(client);
}

/** Back to the built data alone, when the reader's last article is removed. */
export async function showBuiltOnly(client: QueryClient): Promise<void> {
  for (const id of shownTexts) client.removeQueries({ queryKey: timelineKeys.article(id) });
  shownTexts = [];
  await client.invalidateQueries({ queryKey: timelineKeys.all });
}

/** Compiles what the browser keeps and shows it; with nothing kept, the built data. */
export async function showStored(client: QueryClient, reload = false): Promise<CompileResult | null> {
  const stored = await listStored();
  if (stored.length === 0) {
    if (shownTexts.length > 0) await showBuiltOnly(client);
    return null;
  }
  const result = await compileWithBuilt(stored, reload);
  await showCompiled(client, result);
  return result;
}

/** When the built data is fetched again (the dev server recompiled the seeds), the reader's articles join it again. */
function watchBuiltData(client: QueryClient): void {
  if (watching) return;
  watching = true;
  client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const key = event.query.queryKey;
    if (key.length !== 2 || key[0] !== timelineKeys.index()[0] || key[1] !== timelineKeys.index()[1]) return;
    const data = event.query.state.data as object | undefined;
    if (data && !ours.has(data)) void showStored(client, true).catch(() => undefined);
  });
}

/** All the reader's files as a zip of a seeds folder, to build from. */
export async function downloadSeedsFolder(files: StoredArticle[]): Promise<void> {
  const { zipSync } = await import('fflate');
  const tree: Zippable = Object.fromEntries(files.map((f) => [`seeds/${f.name}`, [f.bytes, { mtime: new Date(f.added) }]]));
  download('seeds.zip', 'application/zip', zipSync(tree));
}
