// The file-system shell around the pure compiler: lists a seeds folder, reads
// each article file with its sidecar (read/seedFile.ts picks the reader by the
// file's ending: text, saved web page or feed), reports bad files by name and
// line without letting them take good articles down, and writes the output.
import { promises as fs, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toDetails, toEventDetails } from '../../model/eventParts';
import { encodeIndex, type IndexColumns } from '../../model/indexColumns';
import { passesDetailsQuickCheck, passesIndexColumnsCheck } from '../../model/quickCheck';
import { DATA_FILES, datasetSchema, type Dataset, type Diagnostic, type TimelineDetails } from '../../model/schema';
import { parseActorOverrides, type ActorOverrides } from '../actors/extractActors';
import type { ArticleCompilation, ArticleInput } from '../events/compileArticle';
import { assembleDataset, createCorpusCache, type CorpusCache } from '../corpus/compileCorpus';
import { MERGES_FILE, parseMergeOverrides, type LoadedMergeOverrides } from '../corpus/mergeOverrides';
import { ACTORS_FILE, isSideFile, SIDECAR_SUFFIX } from '../read/sideFiles';
import { hash32 } from '../events/stableId';
import { createIndexJsonCache, indexJsonParts, type IndexJsonCache } from './indexJson';
import { decodeText } from '../read/decodeText';
import { isSeedFileName, isSingleArticleFile, readSeedFile, withOrigin, type ArticleOrigin, type SeedArticle } from '../read/seedFile';
import type { compileInPool as CompileInPool, StartedPool } from './compilePool';
import { compileOne, type CompileOutcome } from './compileWorker';
import { defaultWorkers, POOL_THRESHOLD } from './defaultWorkers';
import { articleEntry, hashOf, type DiskCache } from './diskCache';
import type { DatasetSummary } from './report';

const FOLDER_NOTES = /^(?:readme|licen[cs]e|changelog|contributing)$/i;
const READ_AHEAD = 64;

/** An article's compilation, with where a page or feed's fields came from for the compile line. */
export type SeedCompilation = ArticleCompilation & { origin?: ArticleOrigin | null };

export interface FolderCompilation {
  dataset: Dataset;
  compilations: ArticleCompilation[];
  /** Problems with files that are not articles' contents: unreadable, binary, duplicates, bad sidecars. */
  diagnostics: Diagnostic[];
  /** Articles whose compilation came from a cache (memory or disk) instead of being compiled again. */
  fromCache: number;
  /** Threads the articles were compiled on: 1 when they were compiled on the calling thread, or none needed compiling. */
  threads: number;
  /** With a disk cache: the key of everything the result depends on, to store the output under. */
  key?: string;
}

/** With a disk cache, when nothing changed since a compile whose output was stored: that output, and nothing compiled. */
export interface StoredFolder {
  /** The output, file by file, as stored. */
  reused: Map<string, Uint8Array>;
  /** What the shells print about it, stored beside it: the data set itself is not read back. */
  summary: DatasetSummary;
  key: string;
  fromCache: number;
  diagnostics: Diagnostic[];
}

/**
 * What one compile of a folder keeps for the next (the dev server holds one):
 * per article file, what reading it gave and its compilation, with the file's
 * stamp (times and size of it and its sidecar) so an unchanged file is not even
 * read again; the corpus pass's cache; the output's cache. A compile with it
 * gives exactly what a fresh compile gives.
 */
export interface CompileCache {
  files: Map<string, CachedArticle>;
  corpus: CorpusCache;
  output: OutputCache;
}

interface CachedArticle {
  /** Null when the file could not be stat'ed: then it is read every time. */
  stamp: string | null;
  /** The articles the file holds: one, or a feed's items. */
  inputs: SeedArticle[];
  /** What reading the file said (decoding, sidecar problems). */
  diagnostics: Diagnostic[];
  /** By article id. */
  compiled?: Map<string, { input: SeedArticle; overridesKey: string; key: string; compilation: SeedCompilation }>;
}

export function createCompileCache(): CompileCache {
  return { files: new Map(), corpus: createCorpusCache(), output: createOutputCache() };
}

export interface CompileFolderOptions {
  /** Reuses what an earlier compile of the folder found where the files did not change (the dev server passes one). */
  cache?: CompileCache;
  /** Called after each article, in the files' order, for a progress line. */
  onArticle?: (done: number, total: number, compilation: SeedCompilation) => void;
  /** Reuses compilations (and whole results) stored by earlier compiles of any folder, and stores this one's (diskCache.ts). */
  diskCache?: DiskCache;
  /** Threads for the per-article compile; by default one per core when there are many articles to compile, else none. */
  workers?: number;
  /** A pool started ahead (startPool), used if the articles are compiled on as many threads; the caller stops it. */
  pool?: StartedPool;
  /**
   * The pool's compile (compilePool.ts), given by a caller that cannot load it later: Vite reads its config (and the
   * plugin that compiles the seeds) through a module runner it closes once the config is read, so an import made
   * there at compile time fails. Others leave it out and the pool is loaded when a compile first needs it.
   */
  inPool?: typeof CompileInPool;
  /**
   * Called once every article to compile is compiled, before the corpus pass: a caller that owns a pool stops it
   * there, so its threads' memory is given back before the output is put together.
   */
  onCompiled?: () => void;
}

/** Gives the stored output instead of compiling (StoredFolder) only with a disk cache. */
export async function compileFolder(dir: string, options?: Omit<CompileFolderOptions, 'diskCache'>): Promise<FolderCompilation>;
export async function compileFolder(dir: string, options: CompileFolderOptions): Promise<FolderCompilation | StoredFolder>;
export async function compileFolder(dir: string, options: CompileFolderOptions = {}): Promise<FolderCompilation | StoredFolder> {
  const diagnostics: Diagnostic[] = [];
  let entries: string[];
  try {
    entries = (await fs.readdir(dir)).sort();
  } catch (error) {
    throw new Error(`cannot read the seeds folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }

  const overrides = await readActorOverrides(dir, entries, diagnostics);
  const byId = new Map<string, string>();
  const articleFiles: string[] = [];
  for (const name of entries) {
    if (isSideFile(name) || !isSeedFileName(name)) continue;
    // A feed's items are named after their titles: their ids are checked once read.
    if (!isSingleArticleFile(name)) {
      articleFiles.push(name);
      continue;
    }
    const id = name.slice(0, -path.extname(name).length);
    // A README or LICENSE describes the folder; it is no article.
    if (FOLDER_NOTES.test(id)) {
      diagnostics.push({ level: 'info', file: name, line: null, message: 'a note about the folder, not an article; skipped' });
      continue;
    }
    // Ids that differ only in case would share an output file on macOS and Windows disks.
    const earlier = byId.get(id.toLowerCase());
    if (earlier) {
      const earlierId = earlier.slice(0, -path.extname(earlier).length);
      diagnostics.push({
        level: 'error',
        file: name,
        line: null,
        message: earlierId === id
          ? `same article id "${id}" as ${earlier}; this file is skipped (rename one of them)`
          : `article id "${id}" differs from ${earlier} only in letter case, which some disks cannot tell apart; this file is skipped (rename one of them)`,
      });
      continue;
    }
    byId.set(id.toLowerCase(), name);
    articleFiles.push(name);
  }

  const overridesKey = hash32(JSON.stringify(overrides ?? null));
  const cache = options.cache?.files;
  const present = new Set(entries);
  // Reading is I/O-bound and compiling CPU-bound: read ahead in parallel batches, compile in order.
  const read: CachedArticle[] = [];
  for (let i = 0; i < articleFiles.length; i += READ_AHEAD) {
    const batch = articleFiles.slice(i, i + READ_AHEAD);
    read.push(...(await Promise.all(batch.map(async (name): Promise<CachedArticle> => {
      const stamp = cache ? stampOf(dir, name, present) : null;
      const cached = cache?.get(name);
      if (cached && stamp !== null && cached.stamp === stamp) return cached;
      const own: Diagnostic[] = [];
      const entry: CachedArticle = { stamp, inputs: await readArticle(dir, name, present, own), diagnostics: own, compiled: cached?.compiled };
      cache?.set(name, entry);
      return entry;
    }))));
  }
  // Messages keep the files' order, whatever order the reads finished in.
  for (const entry of read) diagnostics.push(...entry.diagnostics);
  const mergeDiagnostics: Diagnostic[] = [];
  const merges = await readMergeOverrides(dir, entries, mergeDiagnostics);
  const compiled = await compileEntries(read, { overrides, overridesKey, merges }, diagnostics, mergeDiagnostics, options);
  if (cache) {
    const listed = new Set(articleFiles);
    for (const name of [...cache.keys()]) if (!listed.has(name)) cache.delete(name);
  }
  if ('reused' in compiled) return { ...compiled, diagnostics: [...diagnostics, ...mergeDiagnostics] };
  diagnostics.push(...mergeDiagnostics);
  const dataset = assembleDataset(compiled.compilations, diagnostics, overrides, merges, options.cache?.corpus);
  return { dataset, compilations: compiled.compilations, diagnostics, fromCache: compiled.fromCache, threads: compiled.threads, ...(compiled.key ? { key: compiled.key } : {}) };
}

/** One article of a file, in the files' order: to compile, or skipped with the message saying why. */
type Item = { entry: CachedArticle; input: SeedArticle; key: string } | { skipped: Diagnostic };

/**
 * Each article's compilation, in the files' order: from the dev server's
 * memory cache, the disk cache, or compiled (on worker threads when there are
 * many). With a disk cache, a folder whose every input is as at a compile
 * whose output was stored gives that output back instead ('reused').
 */
async function compileEntries(
  read: CachedArticle[],
  { overrides, overridesKey, merges }: { overrides: ActorOverrides | undefined; overridesKey: string; merges: LoadedMergeOverrides | undefined },
  diagnostics: Diagnostic[],
  mergeDiagnostics: Diagnostic[],
  options: CompileFolderOptions,
): Promise<{ compilations: SeedCompilation[]; fromCache: number; threads: number; key?: string } | Omit<StoredFolder, 'diagnostics'>> {
  const items: Item[] = [];
  const ids = new Map<string, string>();
  for (const entry of read) {
    for (const input of entry.inputs) {
      // Two articles of one id would share an output file: a feed item named like another article, say.
      const earlier = ids.get(input.id.toLowerCase());
      if (earlier !== undefined) {
        items.push({ skipped: { level: 'error', file: input.file, line: null, message: `article id "${input.id}" is taken by ${earlier}; skipped (rename one of them)` } });
        continue;
      }
      ids.set(input.id.toLowerCase(), input.file);
      const compiled = entry.compiled?.get(input.id);
      // The same input object as last time (the file's stamp did not change): nothing to hash.
      const key = compiled?.input === input && compiled.overridesKey === overridesKey
        ? compiled.key
        : `${hash32(input.raw)}:${input.raw.length}:${JSON.stringify(input.sidecar ?? null)}:${JSON.stringify(input.origin)}:${overridesKey}`;
      if (compiled && compiled.key === key) {
        compiled.input = input;
        compiled.overridesKey = overridesKey;
      }
      items.push({ entry, input, key });
    }
  }
  const total = read.reduce((n, entry) => n + entry.inputs.length, 0);
  const articles = items.filter((item): item is Extract<Item, { input: SeedArticle }> => 'input' in item);
  const disk = options.diskCache;
  const overridesJson = JSON.stringify(overrides ?? null);
  const diskKeys = new Map(disk ? articles.map((item) => [item, disk.articleKey(item.input, `${overridesJson}\u0000${JSON.stringify(item.input.origin)}`)] as const) : []);
  const folderKey = disk
    ? hashOf(['folder', ...items.map((item) => ('input' in item ? diskKeys.get(item)! : JSON.stringify(item.skipped))), overridesJson, JSON.stringify(diagnostics), JSON.stringify(mergeDiagnostics), JSON.stringify(merges ?? null)])
    : undefined;
  if (disk && folderKey) {
    const hit = await disk.readResult(folderKey);
    if (hit) return { summary: hit.summary, reused: hit.files, key: folderKey, fromCache: articles.length };
  }
  // What compileArticle gave for each article (memory or disk cache, or compiled below); origin is applied after.
  const outcomes = new Map<Item, CompileOutcome>();
  const cachedCompilation = new Map<Item, SeedCompilation>();
  for (const item of articles) {
    const compiled = item.entry.compiled?.get(item.input.id);
    if (compiled && compiled.key === item.key) cachedCompilation.set(item, compiled.compilation);
  }
  if (disk) {
    const wanted = articles.filter((item) => !cachedCompilation.has(item));
    for (let k = 0; k < wanted.length; k += READ_AHEAD) {
      await Promise.all(wanted.slice(k, k + READ_AHEAD).map(async (item) => {
        const compilation = await disk.readArticle(diskKeys.get(item)!);
        if (compilation) outcomes.set(item, { compilation });
      }));
    }
  }

  // Articles are handed on in the files' order as soon as all before them are in, whatever order they finish in.
  const compilations: SeedCompilation[] = [];
  let next = 0;
  const advance = () => {
    for (; next < items.length; next++) {
      const item = items[next]!;
      if ('skipped' in item) {
        diagnostics.push(item.skipped);
        continue;
      }
      let compilation = cachedCompilation.get(item);
      if (!compilation) {
        const outcome = outcomes.get(item);
        if (!outcome) return;
        if ('error' in outcome) {
          // compileArticle guards its own stages; this is the last line, so one file never stops the build.
          diagnostics.push({ level: 'error', file: item.input.file, line: null, message: `the compiler failed on this file (${outcome.error}); skipped - please report it` });
          continue;
        }
        compilation = { ...withOrigin(outcome.compilation, item.input.origin), origin: item.input.origin };
        if (options.cache) (item.entry.compiled ??= new Map()).set(item.input.id, { input: item.input, overridesKey, key: item.key, compilation });
      }
      compilations.push(compilation);
      options.onArticle?.(compilations.length, total, compilation);
    }
  };
  advance();
  const missing = articles.filter((item) => !cachedCompilation.has(item) && !outcomes.has(item));
  const fromCache = articles.length - missing.length;
  const workers = options.workers ?? (missing.length >= POOL_THRESHOLD ? defaultWorkers() : 1);
  const pooled = workers > 1 && missing.length > 0;
  if (pooled) {
    // Loaded only when needed: the pool and the bundler would add to every small compile's start.
    const compileInPool = options.inPool ?? (await import('./compilePool')).compileInPool;
    await compileInPool(missing.map((item) => item.input), overrides, workers, {
      pool: options.pool,
      compileHere: compileOne,
      cacheFiles: disk ? missing.map((item) => articleEntry(disk.articlesDir, diskKeys.get(item)!)) : undefined,
      onOutcome: (k, outcome) => {
        outcomes.set(missing[k]!, outcome);
        advance();
      },
    });
  } else {
    const writes: Promise<void>[] = [];
    for (const item of missing) {
      const outcome = compileOne(item.input, overrides);
      outcomes.set(item, outcome);
      if (disk && 'compilation' in outcome) writes.push(disk.writeArticle(diskKeys.get(item)!, outcome.compilation).catch(() => {}));
      advance();
    }
    await Promise.all(writes);
  }
  options.onCompiled?.();
  return { compilations, fromCache, threads: pooled ? workers : 1, ...(folderKey ? { key: folderKey } : {}) };
}

async function readActorOverrides(dir: string, entries: string[], diagnostics: Diagnostic[]): Promise<ActorOverrides | undefined> {
  if (!entries.includes(ACTORS_FILE)) return undefined;
  const text = await readText(path.join(dir, ACTORS_FILE), ACTORS_FILE, diagnostics);
  if (text === null) return undefined;
  const json = parseJson(text, ACTORS_FILE, diagnostics);
  if (json === undefined) return undefined;
  const { overrides, problems } = parseActorOverrides(json);
  for (const message of problems) diagnostics.push({ level: 'warning', file: ACTORS_FILE, line: null, message });
  return overrides;
}

async function readMergeOverrides(dir: string, entries: string[], diagnostics: Diagnostic[]): Promise<LoadedMergeOverrides | undefined> {
  if (!entries.includes(MERGES_FILE)) return undefined;
  const text = await readText(path.join(dir, MERGES_FILE), MERGES_FILE, diagnostics);
  if (text === null) return undefined;
  const { loaded, diagnostics: found } = parseMergeOverrides(text);
  diagnostics.push(...found);
  return loaded ?? undefined;
}

/**
 * When the file (and its sidecar, if the folder has one) was last changed and
 * how long it is; null when it cannot be stat'ed (reading it will say why).
 */
function stampOf(dir: string, name: string, present: ReadonlySet<string>): string | null {
  const sidecar = sidecarOf(name);
  const files = present.has(sidecar) ? [name, sidecar] : [name];
  try {
    // Synchronous: a stat is a few microseconds, far less than a round trip through the thread pool.
    const stats = files.map((file) => statSync(path.join(dir, file), { bigint: true }));
    return stats.map((s) => `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`).join('|');
  } catch {
    return null;
  }
}

function sidecarOf(name: string): string {
  return `${name.slice(0, -path.extname(name).length)}${SIDECAR_SUFFIX}`;
}

async function readArticle(dir: string, name: string, present: ReadonlySet<string>, diagnostics: Diagnostic[]): Promise<SeedArticle[]> {
  const bytes = await readBytes(path.join(dir, name), name, diagnostics);
  if (bytes === null) return [];
  const sidecarName = sidecarOf(name);
  let sidecar: SeedArticle['sidecar'] = null;
  if (present.has(sidecarName)) {
    const text = await readText(path.join(dir, sidecarName), sidecarName, diagnostics);
    const json = text === null ? undefined : parseJson(text, sidecarName, diagnostics);
    if (json !== undefined) sidecar = readSidecar(json, sidecarName, diagnostics);
  }
  const { articles, diagnostics: found } = readSeedFile(name, bytes, sidecar);
  diagnostics.push(...found);
  return articles;
}

function readSidecar(json: unknown, file: string, diagnostics: Diagnostic[]): NonNullable<ArticleInput['sidecar']> {
  const out: NonNullable<ArticleInput['sidecar']> = { file };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    diagnostics.push({ level: 'warning', file, line: 1, message: 'a sidecar must be a JSON object like {"published": "2022-12-22"}; ignored' });
    return out;
  }
  for (const key of ['published', 'title', 'source'] as const) {
    const value = (json as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value === 'string') out[key] = value;
    else diagnostics.push({ level: 'warning', file, line: null, message: `"${key}" must be a string; ignored` });
  }
  return out;
}

function parseJson(text: string, file: string, diagnostics: Diagnostic[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : null;
    diagnostics.push({ level: 'warning', file, line, message: `not valid JSON (${message}); ignored` });
    return undefined;
  }
}

/** Reads and decodes a text file; returns null (with a diagnostic) for what cannot be read as text. */
async function readText(file: string, name: string, diagnostics: Diagnostic[]): Promise<string | null> {
  const bytes = await readBytes(file, name, diagnostics);
  return bytes === null ? null : decodeText(bytes, name, diagnostics);
}

/** Reads a file's bytes; returns null (with a diagnostic) for a file that cannot be read. */
async function readBytes(file: string, name: string, diagnostics: Diagnostic[]): Promise<Buffer | null> {
  try {
    // Read at once: a promise read of a small file is four trips through the thread pool, several times the CPU.
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ELOOP' ? 'a symbolic link loop'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'EISDIR' ? 'a folder, not a file'
      : code === 'ENOENT' ? 'it is gone: a broken symbolic link, or removed while compiling'
      : code ?? String(error);
    diagnostics.push({ level: 'error', file: name, line: null, message: `cannot read the file (${why}); skipped` });
    return null;
  }
}

/**
 * What serialising the output keeps between compiles, by object: each element's
 * JSON as it appears in timeline.json and in details.json, each article's own
 * file, which elements passed validation, and index.json's runs of events. Compiled objects are never
 * changed, so an element seen before needs neither again.
 */
export interface OutputCache {
  pretty: WeakMap<object, string>;
  details: WeakMap<object, string>;
  articleFile: WeakMap<object, string>;
  valid: WeakSet<object>;
  /** index.json's pieces, by runs of events (indexJson.ts). */
  index: IndexJsonCache;
}

export function createOutputCache(): OutputCache {
  return { pretty: new WeakMap(), details: new WeakMap(), articleFile: new WeakMap(), valid: new WeakSet(), index: createIndexJsonCache() };
}

/**
 * The files of the compiled output, relative path -> contents. With a cache,
 * elements validated and serialised by an earlier call are taken from it.
 */
export function outputFiles(dataset: Dataset, cache?: OutputCache): Map<string, string> {
  return new Map([...outputParts(dataset, cache)].map(([rel, parts]) => [rel, parts.length === 1 ? parts[0]! : parts.join('')]));
}

/**
 * The same files, each as the list of pieces that make its contents when
 * joined: the dev server keeps these and joins a file only when it is fetched,
 * so a recompile does not copy the whole data set into new strings.
 */
export function outputParts(dataset: Dataset, cache?: OutputCache): Map<string, string[]> {
  const files = new Map<string, string[]>();
  if (cache) {
    validate(dataset, cache.valid);
    files.set(DATA_FILES.dataset, [...prettyJson(dataset, cache.pretty), '\n']);
    // The index goes in columns (indexColumns.ts): written by runs of events, each kept while its events are the same.
    files.set(DATA_FILES.index, indexJsonParts(dataset, cache.index));
    files.set(DATA_FILES.details, compactJson(dataset, DETAILS_PARTS, cache.details));
  } else {
    // Nothing to reuse: the whole files in one go are quicker than pieces.
    const details = toDetails(dataset);
    const index = passesQuickChecks(dataset, details);
    if (!index) datasetSchema.parse(dataset);
    files.set(DATA_FILES.dataset, [`${JSON.stringify(dataset, null, 1)}\n`]);
    files.set(DATA_FILES.index, [index ? JSON.stringify(index) : indexJson(dataset)]);
    files.set(DATA_FILES.details, [JSON.stringify(details)]);
  }
  for (const a of dataset.articles) {
    const text = () => JSON.stringify({ id: a.id, text: a.text });
    files.set(DATA_FILES.articleText(a.id), [cache ? remembered(cache.articleFile, a, text) : text()]);
  }
  return files;
}

/**
 * The index in columns when the data set passes the app's quick checks (its
 * index in columns, its details and its article texts: together every field
 * of the data set), which are at least as strict as the schema and a few times
 * quicker; null sends the data set to the schema, whose message says what is wrong.
 */
function passesQuickChecks(dataset: Dataset, details: TimelineDetails): IndexColumns | null {
  try {
    const index = indexColumns(dataset);
    const texts = dataset.articles.every((a) => typeof a.text === 'string');
    return texts && passesIndexColumnsCheck(index) && passesDetailsQuickCheck(details) ? index : null;
  } catch {
    return null;
  }
}

/** index.json: the index the explorer draws first, in columns. */
export function indexJson(dataset: Dataset): string {
  return JSON.stringify(indexColumns(dataset));
}

/**
 * encodeIndex(toIndex(dataset)), read from the data set itself: the columns take only the fields toIndex keeps, so
 * the lean copy of every event and source it makes first (some 17,000 events for 1,000 articles) is not needed.
 */
function indexColumns(dataset: Dataset): IndexColumns {
  return encodeIndex(dataset);
}

/** Checks the data set against its schema, skipping elements that passed before. */
function validate(dataset: Dataset, valid: WeakSet<object>): void {
  const fresh = <T extends object>(list: T[]) => list.filter((x) => !valid.has(x));
  const unseen = {
    ...dataset,
    articles: fresh(dataset.articles),
    actors: fresh(dataset.actors),
    events: fresh(dataset.events),
    ...(dataset.merged ? { merged: fresh(dataset.merged) } : {}),
    diagnostics: fresh(dataset.diagnostics),
  };
  // On failure the whole data set is checked again, so the message gives the element's real position.
  if (!datasetSchema.safeParse(unseen).success) datasetSchema.parse(dataset);
  for (const list of [unseen.articles, unseen.actors, unseen.events, unseen.merged ?? [], unseen.diagnostics]) {
    for (const x of list) valid.add(x);
  }
}

function remembered(cache: WeakMap<object, string>, key: object, make: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    text = make();
    cache.set(key, text);
  }
  return text;
}

const isElement = (x: unknown): x is object => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * JSON.stringify(dataset, null, 1) in pieces: each array element's own text,
 * as it is laid out at its depth, and the text between them.
 */
function prettyJson(dataset: Dataset, pieces: WeakMap<object, string>): string[] {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(dataset) as Array<[string, unknown]>) {
    if (value === undefined) continue;
    parts.push(`${parts.length === 0 ? '{\n ' : ',\n '}${JSON.stringify(key)}: `);
    if (Array.isArray(value) && value.length > 0 && value.every(isElement)) {
      value.forEach((x, i) => {
        parts.push(i === 0 ? '[\n  ' : ',\n  ', remembered(pieces, x, () => nested(x)));
      });
      parts.push('\n ]');
    } else parts.push(JSON.stringify(value, null, 1).replaceAll('\n', '\n '));
  }
  parts.push(parts.length > 0 ? '\n}' : '{}');
  return parts;
}

/** An element's text as JSON.stringify lays it out two levels deep: cut from its text inside two arrays. */
function nested(x: object): string {
  const text = JSON.stringify([[x]], null, 1);
  return text.slice(NESTED_BEFORE.length, text.length - NESTED_AFTER.length);
}
const NESTED_BEFORE = '[\n [\n  ';
const NESTED_AFTER = '\n ]\n]';

/** How each top-level key of the data set appears in a compact file: each element as given, or left out (null). */
type Parts = Partial<Record<keyof Dataset, ((x: never) => unknown) | null>>;
const DETAILS_PARTS: Parts = { articles: null, actors: null, events: toEventDetails, merged: toEventDetails, diagnostics: null };

/** JSON.stringify(toIndex(dataset)) or toDetails(dataset) in pieces: each element's own text and the text between them. */
function compactJson(dataset: Dataset, shape: Parts, pieces: WeakMap<object, string>): string[] {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(dataset) as Array<[keyof Dataset, unknown]>) {
    const as = shape[key] as ((x: unknown) => unknown) | null | undefined;
    if (value === undefined || as === null) continue;
    parts.push(`${parts.length === 0 ? '{' : ','}${JSON.stringify(key)}:`);
    if (Array.isArray(value) && value.every(isElement)) {
      value.forEach((x, i) => {
        parts.push(i === 0 ? '[' : ',', remembered(pieces, x, () => JSON.stringify(as ? as(x) : x)));
      });
      parts.push(value.length === 0 ? '[]' : ']');
    } else parts.push(JSON.stringify(value));
  }
  parts.push(parts.length > 0 ? '}' : '{}');
  return parts;
}

export async function writeOutput(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<string[]> {
  await fs.rm(path.join(outDir, 'articles'), { recursive: true, force: true });
  await fs.mkdir(path.join(outDir, 'articles'), { recursive: true });
  // A thousand small files written at once: a promise write is four trips through the thread pool, several times the CPU.
  for (const [rel, contents] of files) writeFileSync(path.join(outDir, rel), contents);
  return [...files.keys()];
}
