// Where the per-article compile's time goes: the benchmark's generated articles
// compiled on this one thread by the worker threads' own bundle (the same
// JavaScript `npm run compile` runs, its engine set as the pool sets it), under
// the inspector's CPU profiler, the corpus pass left out of the profile. Prints
// the functions with the most time of their own (a pattern's time counted apart,
// as the profiler gives it), the source files (rule modules) with the most, and
// the share of regular expressions and garbage collection. Run alone with
// `npx tsx bench/compileProfile.ts [--articles N] [--seed S] [--top N] [--root DIR]`;
// --root profiles the compiler of another checkout on the same articles. A
// profile's shares are steadier than a loaded machine's times: compare two
// versions by them, and by bench/compileCpu.ts's CPU times. ("dispatch", with no
// file, is the profiler's own stop at the end.)
import { promises as fs, readFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ReadSeeds from '../src/compiler/build/readSeeds';
import type * as CompilePool from '../src/compiler/build/compilePool';
import type * as CompileWorker from '../src/compiler/build/compileWorker';
import { argument, writeCorpus } from './compileBench';

export interface ProfileRow {
  name: string;
  ms: number;
  /** Share of the whole profile. */
  share: number;
}

export interface CompileProfile {
  articles: number;
  events: number;
  totalMs: number;
  functions: ProfileRow[];
  files: ProfileRow[];
  regexpMs: number;
  garbageMs: number;
}

/** Which source file each line of the bundle comes from: esbuild opens each module with a comment naming its path. */
function moduleLines(bundle: string): (line: number) => string {
  const starts: Array<{ line: number; file: string }> = [];
  readFileSync(bundle, 'utf8').split('\n').forEach((text, line) => {
    const m = /^\/\/ (?:\S*\/)?((?:src|node_modules)\/\S+\.[cm]?[jt]sx?)$/.exec(text.trim());
    if (m) starts.push({ line, file: m[1]! });
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '?';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.line <= line) {
        found = starts[mid]!.file;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Self time by function and by source file, from a profile of code run from `bundle`. */
export function summariseProfile(profile: Profiler.Profile, bundle: string, top: number): Omit<CompileProfile, 'articles' | 'events'> {
  const fileOf = moduleLines(bundle);
  const bundleUrl = pathToFileURL(bundle).href;
  const selfMicros = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, k) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (deltas[k] ?? 0)));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  let regexp = 0;
  let garbage = 0;
  for (const node of profile.nodes) {
    const micros = selfMicros.get(node.id) ?? 0;
    if (micros === 0) continue;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    let name: string;
    let file: string;
    if (url === bundleUrl) {
      file = fileOf(lineNumber);
      name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1} of the bundle`;
    } else {
      // Patterns, the engine's own work, and code of Node or of the libraries outside the bundle.
      const where = url ? ` ${url.replace(/^.*\//, '')}:${lineNumber + 1}` : '';
      file = functionName.startsWith('RegExp:') ? '(regular expressions)' : `(${functionName || 'anonymous'}${where})`;
      name = functionName.startsWith('RegExp:') ? `/${functionName.slice(8, 80)}${functionName.length > 88 ? '…' : ''}/` : `${functionName || '(anonymous)'}${where}`;
    }
    if (functionName.startsWith('RegExp:')) regexp += micros;
    if (functionName === '(garbage collector)') garbage += micros;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    byFile.set(file, (byFile.get(file) ?? 0) + micros);
  }
  const rows = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return { totalMs: total / 1000, functions: rows(byFunction), files: rows(byFile), regexpMs: regexp / 1000, garbageMs: garbage / 1000 };
}

function post<T>(session: Session, method: string): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))));
}

export async function profileCompile(count: number, seed: number, top: number, root: string): Promise<CompileProfile> {
  const source = (file: string) => pathToFileURL(path.join(root, file)).href;
  const readSeeds = (await import(source('src/compiler/build/readSeeds.ts'))) as typeof ReadSeeds;
  const pool = (await import(source('src/compiler/build/compilePool.ts'))) as typeof CompilePool;
  pool.leanOptimiser();
  const bundle = await pool.workerBundle();
  const worker = (await import(pathToFileURL(bundle).href)) as typeof CompileWorker;
  const { dir } = await writeCorpus(count, seed);
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    let profile: Profiler.Profile | undefined;
    // The pool's place in the compile, taken by this thread: each article through the workers' bundle, profiled.
    const result = await readSeeds.compileFolder(dir, {
      workers: 2,
      inPool: async (inputs, overrides, _workers, options) => {
        await post(session, 'Profiler.start');
        const outcomes = inputs.map((input, k) => {
          const outcome = worker.compileOne(input, overrides);
          options?.onOutcome?.(k, outcome);
          return outcome;
        });
        profile = (await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop')).profile;
        return outcomes;
      },
    });
    if (!profile) throw new Error('no article was compiled');
    return { articles: count, events: result.dataset.events.length, ...summariseProfile(profile, bundle, top) };
  } finally {
    session.disconnect();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(argument('--root', path.join(import.meta.dirname, '..')));
  const top = Number(argument('--top', '20'));
  const p = await profileCompile(Number(argument('--articles', '1000')), Number(argument('--seed', '1')), top, root);
  const share = (ms: number) => `${((100 * ms) / p.totalMs).toFixed(1)}%`;
  const table = (rows: ProfileRow[]) => rows.map((r) => `  ${r.ms.toFixed(0).padStart(7)} ms ${`${(100 * r.share).toFixed(1)}%`.padStart(6)}  ${r.name}`).join('\n');
  console.log(`per-article compile on one thread, ${p.articles} articles, ${p.events} events, compiler of ${root}:`);
  console.log(`  profile ${(p.totalMs / 1000).toFixed(2)} s; regular expressions ${share(p.regexpMs)}, garbage collection ${share(p.garbageMs)}`);
  console.log(`the ${top} functions with the most time of their own (names as bundled):\n${table(p.functions)}`);
  console.log(`the ${top} source files with the most:\n${table(p.files)}`);
}
