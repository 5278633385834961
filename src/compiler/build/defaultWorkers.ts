// How many threads the compile runs on, in a module of its own: the CLI asks
// before it loads the compiler, to start the pool first (cli.ts).
import os from 'node:os';

/** Below this many articles to compile, worker start-up costs more than it saves. */
export const POOL_THRESHOLD = 48;

/** Threads for the compile: one per core the process may use. */
export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism());
}
