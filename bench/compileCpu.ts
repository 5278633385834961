// The compile's CPU time on one thread, for comparing two versions of the
// compiler on a shared machine, where wall times follow the other work more
// than the code: the benchmark's generated articles compiled in this process
// the way the CLI does on one thread (read, compile each article, the corpus
// pass, the output files), timed with process.cpuUsage(), first in a fresh
// process (cold: V8 has optimised nothing yet, as in each worker thread of
// `npm run compile`) and then again in the same process (warm). Run alone with
// `npx tsx bench/compileCpu.ts [--articles N] [--seed S] [--warm R] [--root DIR]`;
// --root measures the compiler of another checkout (say a worktree of main) on
// the same articles, so the two can be run alternately in the same minutes.
// The engine is set as that checkout's pool sets it for its threads.
// On Linux each run's CPU is also split between this thread (the compile's
// JavaScript, interpreted or optimised, and its share of garbage collection)
// and the engine's background threads (the optimising compiler, concurrent garbage
// collection), which a fresh thread keeps busy while it warms up.
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ReadSeeds from '../src/compiler/build/readSeeds';
import { writeCorpus } from './compileBench';

export interface CpuRun {
  /** Reading and compiling the articles one by one, CPU s. */
  articles: number;
  /** The corpus pass (actors and events merged across articles), CPU s. */
  corpus: number;
  /** The output files: quick checks, JSON, CPU s. */
  output: number;
  /** Load average over the last minute when the run ended. */
  load: number;
  /** The whole run's CPU on this thread and on the engine's background threads, s; absent where /proc is not there. */
  threads?: { own: number; background: number };
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** CPU seconds so far of this process's main thread and of all its other threads, from /proc; null elsewhere. */
function threadSeconds(): { own: number; background: number } | null {
  try {
    let own = 0;
    let background = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command's closing bracket: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      if (tid === String(process.pid)) own += seconds;
      else background += seconds;
    }
    return { own, background };
  } catch {
    return null;
  }
}

/** One compile of `dir` on this thread, its parts timed in CPU seconds. */
async function timeRun(readSeeds: typeof ReadSeeds, dir: string): Promise<CpuRun & { events: number }> {
  const threadsBefore = threadSeconds();
  const start = cpuSeconds();
  let articlesDone = start;
  const result = await readSeeds.compileFolder(dir, {
    workers: 1,
    onArticle: (done, total) => {
      if (done === total) articlesDone = cpuSeconds();
    },
  });
  const corpusDone = cpuSeconds();
  readSeeds.outputFiles(result.dataset);
  const end = cpuSeconds();
  const threadsAfter = threadSeconds();
  const threads = threadsBefore && threadsAfter ? { own: threadsAfter.own - threadsBefore.own, background: threadsAfter.background - threadsBefore.background } : undefined;
  return { articles: articlesDone - start, corpus: corpusDone - articlesDone, output: end - corpusDone, load: os.loadavg()[0]!, events: result.dataset.events.length, ...(threads ? { threads } : {}) };
}

export async function runCompileCpu(count: number, seed: number, warmRuns: number, root: string): Promise<{ events: number; cold: CpuRun; warm: CpuRun[] }> {
  const readSeeds = (await import(pathToFileURL(path.join(root, 'src/compiler/build/readSeeds.ts')).href)) as typeof ReadSeeds;
  // The engine's settings the checkout's pool gives its threads, so one thread here runs as each of them does.
  const pool = (await import(pathToFileURL(path.join(root, 'src/compiler/build/compilePool.ts')).href)) as { leanOptimiser?: () => void };
  pool.leanOptimiser?.();
  const { dir } = await writeCorpus(count, seed);
  try {
    const cold = await timeRun(readSeeds, dir);
    const warm: CpuRun[] = [];
    for (let k = 0; k < warmRuns; k++) warm.push(await timeRun(readSeeds, dir));
    return { events: cold.events, cold, warm };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(argument('--root', path.join(import.meta.dirname, '..')));
  const count = Number(argument('--articles', '1000'));
  const { events, cold, warm } = await runCompileCpu(count, Number(argument('--seed', '1')), Number(argument('--warm', '3')), root);
  const line = (run: CpuRun) =>
    `articles ${run.articles.toFixed(2)} s, corpus pass ${run.corpus.toFixed(2)} s, output ${run.output.toFixed(2)} s` +
    (run.threads ? `; this thread ${run.threads.own.toFixed(2)} s, background threads ${run.threads.background.toFixed(2)} s` : '') +
    ` (load ${run.load.toFixed(1)})`;
  console.log(`compile CPU on one thread, ${count} articles, ${events} events, compiler of ${root}:`);
  console.log(`  cold (fresh process): ${line(cold)}`);
  warm.forEach((run, k) => console.log(`  warm ${k + 1}: ${line(run)}`));
}
