// The compile's cache on disk, so `npm run build` and `npm run compile` skip
// what has not changed since the last compile (the dev server keeps its own in
// memory). Two kinds of entry, in a folder named after the compiler's version
// (compilerVersion.ts), so a compiler edited in any way finds none of them:
//
// - one per article, keyed by everything its compilation depends on (its id
//   and file name, its text, its sidecar's fields, the user's actors.json):
//   its compilation, in V8's serialisation format;
// - one per folder, keyed by all its articles' keys, merges.json and what
//   reading the files reported: the output files it gave and the summary the
//   shells print (report.ts), so a build with nothing changed does no corpus
//   pass either, and reads no data set back.
//
// Entries are written to a temporary name and renamed, so a compile that is
// stopped, or two at once, never leave a half-written entry; an entry that
// cannot be read is treated as absent.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { ArticleCompilation, ArticleInput } from '../events/compileArticle';
import { compilerVersion, PROJECT_ROOT } from './compilerVersion';
import type { DatasetSummary } from './report';

/** Where the shells keep the cache unless told otherwise. */
export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules/.cache/timeline-compile');
/** Folder results kept (the newest by time written); each is about the size of the output. */
const RESULTS_KEPT = 3;

export interface DiskCache {
  /** This compiler's folder inside the cache folder. */
  readonly dir: string;
  readonly articlesDir: string;
  articleKey(input: ArticleInput, overridesJson: string): string;
  readArticle(key: string): Promise<ArticleCompilation | undefined>;
  writeArticle(key: string, compilation: ArticleCompilation): Promise<void>;
  readResult(key: string): Promise<CachedResult | undefined>;
  writeResult(key: string, summary: DatasetSummary, files: ReadonlyMap<string, string | Uint8Array>): Promise<void>;
}

export interface CachedResult {
  summary: DatasetSummary;
  /** The output files as written, relative path -> bytes. */
  files: Map<string, Uint8Array>;
}

export function hashOf(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex').slice(0, 32);
}

/** The path of an article's entry: shared with the worker threads, which write their own entries. */
export function articleEntry(articlesDir: string, key: string): string {
  return path.join(articlesDir, `${key}.v8`);
}

/** Writes to a temporary name and renames, so no reader ever sees half a file. */
export async function writeAtomically(file: string, body: Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await fs.writeFile(partial, body);
  await fs.rename(partial, file);
}

/**
 * Opens (and makes) the cache for this compiler under `root`, removing what
 * other compiler versions left there. `version` is for tests: by default the
 * hash of the compiler's sources.
 */
export async function openDiskCache(root: string = DEFAULT_CACHE_DIR, version?: string): Promise<DiskCache> {
  version ??= await compilerVersion();
  const dir = path.join(path.resolve(root), version);
  const articlesDir = path.join(dir, 'articles');
  const resultsDir = path.join(dir, 'results');
  await fs.mkdir(articlesDir, { recursive: true });
  await fs.mkdir(resultsDir, { recursive: true });
  for (const other of await fs.readdir(path.dirname(dir))) {
    if (other !== version) await fs.rm(path.join(path.dirname(dir), other), { recursive: true, force: true });
  }

  return {
    dir,
    articlesDir,
    articleKey(input, overridesJson) {
      return hashOf([input.id, input.file, input.raw, JSON.stringify(input.sidecar ?? null), overridesJson]);
    },
    async readArticle(key) {
      try {
        // Stored as the worker threads send it back: { compilation }.
        const entry = v8.deserialize(await fs.readFile(articleEntry(articlesDir, key))) as { compilation?: ArticleCompilation };
        return entry.compilation;
      } catch {
        return undefined;
      }
    },
    async writeArticle(key, compilation) {
      await writeAtomically(articleEntry(articlesDir, key), v8.serialize({ compilation }));
    },
    async readResult(key) {
      let body: Buffer;
      try {
        body = await fs.readFile(path.join(resultsDir, `${key}.bin`));
      } catch {
        return undefined;
      }
      try {
        // [header length: 4 bytes][header JSON: the summary, files' names and lengths][files]
        const headerLength = body.readUInt32LE(0);
        const header = JSON.parse(body.subarray(4, 4 + headerLength).toString('utf8')) as { summary: DatasetSummary; files: Array<[string, number]> };
        let at = 4 + headerLength;
        const files = new Map<string, Uint8Array>();
        for (const [name, length] of header.files) files.set(name, body.subarray(at, (at += length)));
        if (at !== body.length || !header.summary) return undefined;
        return { summary: header.summary, files };
      } catch {
        return undefined;
      }
    },
    async writeResult(key, summary, files) {
      const bodies = [...files].map(([name, body]) => [name, typeof body === 'string' ? Buffer.from(body, 'utf8') : body] as const);
      const header = Buffer.from(JSON.stringify({ summary, files: bodies.map(([name, body]) => [name, body.length]) }), 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32LE(header.length, 0);
      await writeAtomically(path.join(resultsDir, `${key}.bin`), Buffer.concat([length, header, ...bodies.map(([, body]) => body)]));
      // Keep the newest few: each is about as large as the output itself.
      const entries = await Promise.all(
        (await fs.readdir(resultsDir)).filter((name) => name.endsWith('.bin')).map(async (name) => ({ name, time: (await fs.stat(path.join(resultsDir, name))).mtimeMs })),
      );
      entries.sort((a, b) => b.time - a.time);
      for (const old of entries.slice(RESULTS_KEPT)) await fs.rm(path.join(resultsDir, old.name), { force: true });
    },
  };
}
