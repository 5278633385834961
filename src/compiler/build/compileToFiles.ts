// What `npm run compile` and `vite build` both do: compile a folder into the
// output files, with the cache on disk (diskCache.ts) unless told not to, and
// store the output for the next compile with the same inputs.
import type { Dataset } from '../../model/schema';
import type { ArticleCompilation } from '../events/compileArticle';
import type { compileInPool as CompileInPool, StartedPool } from './compilePool';
import { DEFAULT_CACHE_DIR, openDiskCache } from './diskCache';
import { compileFolder, outputFiles } from './readSeeds';
import { summaryOf, type DatasetSummary } from './report';

export interface CompileToFilesOptions {
  /** The cache's folder; false for none. */
  cacheDir?: string | false;
  workers?: number;
  /** A pool started ahead, for the articles to compile (readSeeds.ts); the caller stops it. */
  pool?: StartedPool;
  /** The pool's compile, for a caller that cannot load it when needed (readSeeds.ts). */
  inPool?: typeof CompileInPool;
  onArticle?: (done: number, total: number, compilation: ArticleCompilation) => void;
  /** Called once the articles are compiled, before the corpus pass (readSeeds.ts). */
  onCompiled?: () => void;
}

export interface CompiledFiles {
  /** The data set compiled; absent when the stored output was given back ('reused'), which reads no data set. */
  dataset?: Dataset;
  /** What the shells print about it (counts, diagnostics, publication dates). */
  summary: DatasetSummary;
  /** Relative path -> contents. */
  files: Map<string, string | Uint8Array>;
  /** True when nothing had changed since a stored compile: its output is given back and no article was compiled. */
  reused: boolean;
  /** Articles taken from the cache instead of compiled (all of them when 'reused'). */
  fromCache: number;
}

export async function compileToFiles(seedsDir: string, options: CompileToFilesOptions = {}): Promise<CompiledFiles> {
  const { cacheDir = DEFAULT_CACHE_DIR } = options;
  // A cache that cannot be opened (a read-only disk) costs time, never the build.
  const diskCache = cacheDir === false ? undefined : await openDiskCache(cacheDir).catch(() => undefined);
  const result = await compileFolder(seedsDir, { diskCache, workers: options.workers, pool: options.pool, inPool: options.inPool, onArticle: options.onArticle, onCompiled: options.onCompiled });
  if ('reused' in result) return { summary: result.summary, files: result.reused, reused: true, fromCache: result.fromCache };
  const files: Map<string, string | Uint8Array> = outputFiles(result.dataset);
  const summary = summaryOf(result.dataset);
  if (diskCache && result.key) await diskCache.writeResult(result.key, summary, files).catch(() => undefined);
  return { dataset: result.dataset, summary, files, reused: false, fromCache: result.fromCache };
}
