// The per-article compile on every core: a pool of worker threads (tinypool)
// each running compileWorker.ts over batches of articles. The workers load one
// plain JavaScript file, bundled from the compiler's sources by esbuild once
// per compiler version and kept in the system's temporary folder, so a worker
// starts in a few tens of milliseconds whatever runs the main thread (tsx, a
// Vite config, vitest) and needs no TypeScript loader of its own.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { build } from 'esbuild';
import Tinypool from 'tinypool';
import type { ActorOverrides } from '../actors/extractActors';
import type { ArticleInput } from '../events/compileArticle';
import { compilerVersion } from './compilerVersion';
import { NODE_BUNDLE } from './nodeBundle.mjs';
// Types only: the compiler itself is loaded here only if a thread dies (below), so starting a pool loads none of it.
import type { CompileBatch, CompileOutcome } from './compileWorker';

const WORKER_SOURCE = path.join(import.meta.dirname, 'compileWorker.ts');

export { defaultWorkers, POOL_THRESHOLD } from './defaultWorkers';

/**
 * Each thread is a fresh V8 isolate that spends about as much CPU optimising the
 * compiler on the engine's background threads as the optimised code saves it
 * over a few hundred articles, and half of that is optimising functions again:
 * the optimising compiler copies array methods (map, filter, some, forEach)
 * into each function that calls them, specialised to the kinds of array met so
 * far, and an array of another kind (an empty literal where arrays of objects
 * went before) throws the whole function away to be optimised again. Without
 * the copies the methods run as the engine's own built-ins, which take arrays
 * of every kind: over a cold compile three deoptimisations in four and near
 * half the background CPU are gone, the warm code is as fast, the output the
 * same. The setting is the process's (V8 has no per-thread flags), so it is
 * set here, once, before the pool's threads start.
 */
let optimiserSet = false;
export function leanOptimiser(): void {
  if (optimiserSet) return;
  optimiserSet = true;
  v8.setFlagsFromString('--no-turbo-inline-array-builtins');
}

const bundles = new Map<string, Promise<string>>();

/** The worker as one JavaScript file for this compiler version, bundled on first use. */
export function workerBundle(): Promise<string> {
  return compilerVersion().then((version) => {
    let bundle = bundles.get(version);
    if (!bundle) {
      bundle = writeBundle(path.join(os.tmpdir(), `timeline-compile-worker-${version}.mjs`));
      bundles.set(version, bundle);
    }
    return bundle;
  });
}

async function writeBundle(file: string): Promise<string> {
  try {
    await fs.access(file);
    return file;
  } catch {
    // Not there yet: bundle beside it and rename, so a second process never loads a half-written file.
  }
  const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
  await build({ ...NODE_BUNDLE, entryPoints: [WORKER_SOURCE], bundle: true, outfile: partial, logLevel: 'error' });
  await fs.rename(partial, file);
  await removeStaleBundles(path.dirname(file), path.basename(file));
  return file;
}

/** Bundles of other compiler versions left a day ago or more (a compile running now may still use a newer one). */
async function removeStaleBundles(dir: string, keep: string): Promise<void> {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (name === keep || !/^timeline-compile-worker-[0-9a-f]+\.mjs$/.test(name)) continue;
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (stat && stat.mtimeMs < dayAgo) await fs.rm(file, { force: true });
  }
}

/** A pool whose threads are starting or started, ahead of the articles it is given. */
export interface StartedPool {
  workers: number;
  pool: Promise<Tinypool>;
}

/**
 * Starts `workers` threads, each loading the compiler at once (an empty batch
 * each), so they start while the caller reads the files. Stop it with stopPool.
 */
export function startPool(workers: number): StartedPool {
  leanOptimiser();
  const pool = workerBundle().then((filename) => {
    const started = new Tinypool({ filename, minThreads: workers, maxThreads: workers, idleTimeout: 0 });
    for (let k = 0; k < workers; k++) started.run({ inputs: [] } satisfies CompileBatch).catch(() => undefined);
    return started;
  });
  // A pool that could not start is found out by compileInPool, which starts its own.
  pool.catch(() => undefined);
  return { workers, pool };
}

export async function stopPool(started: StartedPool): Promise<void> {
  await (await started.pool.catch(() => undefined))?.destroy();
}

/**
 * Compiles `inputs` on `workers` threads and gives each article's outcome in
 * the inputs' order. `onOutcome` is called as each article's batch comes
 * back, in no particular order, for a progress line. A started pool of as
 * many threads is used (and left running) instead of a new one.
 */
export async function compileInPool(
  inputs: readonly ArticleInput[],
  overrides: ActorOverrides | undefined,
  workers: number,
  options: {
    cacheFiles?: Array<string | null>;
    onOutcome?: (index: number, outcome: CompileOutcome) => void;
    pool?: StartedPool;
    /**
     * The compile of one article on this thread, for a batch whose thread died, given by a caller that has it
     * loaded already and cannot load it later (the dev server and the build: Vite closes the runner that loaded
     * the config). Without it, it is loaded when first needed.
     */
    compileHere?: (input: ArticleInput, overrides: ActorOverrides | undefined) => CompileOutcome;
  } = {},
): Promise<CompileOutcome[]> {
  const { cacheFiles, onOutcome } = options;
  const ahead = options.pool?.workers === workers ? await options.pool.pool.catch(() => undefined) : undefined;
  leanOptimiser();
  const pool = ahead ?? new Tinypool({ filename: await workerBundle(), minThreads: workers, maxThreads: workers, idleTimeout: 0 });
  try {
    // Small batches keep the threads evenly loaded to the end and the progress line moving;
    // each costs one message each way.
    const size = Math.max(1, Math.min(16, Math.ceil(inputs.length / (workers * 8))));
    const outcomes: CompileOutcome[] = new Array(inputs.length);
    const batches: Promise<void>[] = [];
    for (let start = 0; start < inputs.length; start += size) {
      const batch: CompileBatch = { inputs: inputs.slice(start, start + size), overrides, cacheFiles: cacheFiles?.slice(start, start + size) };
      batches.push(
        (pool.run(batch) as Promise<Uint8Array[]>)
          .then((done) => done.map((bytes) => v8.deserialize(bytes) as CompileOutcome))
          // A thread that died (out of memory, a crash in the engine) takes no article down: its batch is compiled here.
          .catch(async () => {
            const compileOne = options.compileHere ?? (await import('./compileWorker')).compileOne;
            return batch.inputs.map((input) => compileOne(input, overrides));
          })
          .then((done) => {
            done.forEach((outcome, k) => {
              outcomes[start + k] = outcome;
              onOutcome?.(start + k, outcome);
            });
          }),
      );
    }
    await Promise.all(batches);
    return outcomes;
  } finally {
    if (!ahead) await pool.destroy();
  }
}
