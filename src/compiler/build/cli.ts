// `npm run compile -- --seeds DIR --out DIR [--strict] [--quiet] [--no-cache] [--cache-dir DIR]`
// Compiles a folder of articles (on every core when there are many, reusing
// what the cache on disk holds for unchanged articles) and prints a line per
// article and a summary; on a terminal, a progress line while it works.
// Exit status: 0 done; 1 errors in some files (or warnings with --strict), the
// good articles are still written; 2 bad usage, an unreadable seeds folder or
// an output folder that cannot be written.
//
// A folder of many articles to compile gets its worker threads first thing,
// before this thread loads the compiler and reads the files: the threads'
// start overlaps both. So the compiler is imported only after that.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { StartedPool } from './compilePool';
import { compilerVersion } from './compilerVersion';
import { defaultWorkers, POOL_THRESHOLD } from './defaultWorkers';
import { DEFAULT_CACHE_DIR } from './diskCache';
import { progressLine } from './progressLine';
import { isSideFile } from '../read/sideFiles';
import { formatArticleLine, formatDiagnostic, shownDiagnostics, summarise } from './report';

interface CliOptions {
  seeds: string;
  out: string;
  strict: boolean;
  quiet: boolean;
  /** The cache's folder, or false for none. */
  cache: string | false;
}

const USAGE = 'usage: npm run compile -- --seeds DIR --out DIR [--strict] [--quiet] [--no-cache] [--cache-dir DIR]';
const FOLDER_OPTIONS = { '--seeds': 'seeds', '--out': 'out', '--cache-dir': 'cache' } as const;

function parseArgs(argv: string[]): CliOptions | string {
  const options: CliOptions = { seeds: 'seeds', out: '.data', strict: false, quiet: false, cache: DEFAULT_CACHE_DIR };
  let noCache = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--strict') options.strict = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--no-cache') noCache = true;
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg in FOLDER_OPTIONS) {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return `${arg} needs a folder\n${USAGE}`;
      options[FOLDER_OPTIONS[arg as keyof typeof FOLDER_OPTIONS]] = value;
    } else return `unknown option ${arg}\n${USAGE}`;
  }
  if (noCache) options.cache = false;
  return options;
}

/** Names that may be articles (a feed holds many, counted as one), beside what a seeds folder holds that is not. */
function countArticleFiles(dir: string): number {
  try {
    return readdirSync(dir).filter((name) => !isSideFile(name)).length;
  } catch {
    return 0;
  }
}

/**
 * The pool, started now when the compile will likely want it: many articles,
 * and no cache of this compiler's that holds articles (with one, most builds
 * compile few articles, and a needless pool would slow them).
 */
async function poolAhead(options: CliOptions): Promise<StartedPool | undefined> {
  if (defaultWorkers() < 2 || countArticleFiles(path.resolve(options.seeds)) < POOL_THRESHOLD) return undefined;
  if (options.cache !== false) {
    const stored = path.join(path.resolve(options.cache), await compilerVersion(), 'articles');
    try {
      if (readdirSync(stored).length > 0) return undefined;
    } catch {
      // No cache yet: every article is compiled.
    }
  }
  const { startPool } = await import('./compilePool');
  return startPool(defaultWorkers());
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(parsed);
    return parsed === USAGE ? 0 : 2;
  }
  const started = performance.now();
  const pool = await poolAhead(parsed);
  // Stopped as soon as the articles are compiled: the threads' memory is given back before the corpus pass and
  // the output, where the main thread's own memory is at its peak.
  let stopped: Promise<void> | undefined;
  // (A pool that fails to stop costs the output nothing: the process ends after it either way.)
  const stop = () => (stopped ??= pool ? import('./compilePool').then(({ stopPool }) => stopPool(pool)).catch(() => undefined) : Promise.resolve());
  try {
    return await compileAndWrite(parsed, started, pool, stop);
  } finally {
    await stop();
  }
}

async function compileAndWrite(parsed: CliOptions, started: number, pool: StartedPool | undefined, onCompiled: () => void): Promise<number> {
  const [{ compileToFiles }, { writeOutput }] = await Promise.all([import('./compileToFiles'), import('./readSeeds')]);
  // Only where a person watches: a terminal, not a pipe or a CI log.
  const progress = parsed.quiet ? null : progressLine(process.stderr);
  let result;
  try {
    result = await compileToFiles(path.resolve(parsed.seeds), {
      cacheDir: parsed.cache === false ? false : path.resolve(parsed.cache),
      pool,
      onCompiled,
      onArticle: (done, total, c) => {
        if (!parsed.quiet) {
          progress?.clear();
          console.log(formatArticleLine(c));
        }
        if (total > 20) progress?.update(done, total);
      },
    });
  } catch (error) {
    progress?.clear();
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  progress?.clear();
  const { summary } = result;
  if (result.reused && !parsed.quiet) console.log(`  nothing changed since a compile stored in the cache: its output is written again`);
  // Checks against the clock are printed, never stored: the data stays the same whenever it is built.
  const printed = shownDiagnostics(summary);
  for (const d of printed) {
    if (d.level !== 'info' || !parsed.quiet) console.error(formatDiagnostic(d));
  }
  let written: string[];
  try {
    written = await writeOutput(path.resolve(parsed.out), result.files);
  } catch (error) {
    console.error(`error: cannot write the output folder ${parsed.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 2;
  }
  const ms = performance.now() - started;
  console.log(`${summarise(summary, ms)}${result.fromCache > 0 ? `; ${result.fromCache} unchanged article(s) taken from the cache` : ''}`);
  console.log(`wrote ${written.length} files to ${parsed.out}`);
  const errors = printed.filter((d) => d.level === 'error').length;
  const warnings = printed.filter((d) => d.level === 'warning').length;
  if (errors > 0) return 1;
  if (parsed.strict && warnings > 0) {
    console.error(`--strict: ${warnings} warning(s) fail the build`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
