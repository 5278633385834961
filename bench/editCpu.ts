// The dev server's recompile after one edit, in CPU time, for comparing two
// versions of the compiler on a shared machine, where wall times follow the
// other work more than the code: the benchmark's generated articles compiled
// once with the dev server's cache (on its worker threads), then articles
// edited one after another (a sentence appended, as the compile benchmark's
// edit) and recompiled with the cache, each edit's CPU time taken with
// process.cpuUsage() and split into reading the folder and compiling the
// edited article, the corpus pass, and the output pieces. Prints the medians
// and the load. Run alone with
// `npx tsx bench/editCpu.ts [--articles N] [--seed S] [--edits E] [--root DIR]`;
// --root measures the compiler of another checkout (say a worktree of main)
// on the same articles, so the two can be run alternately in the same minutes.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ReadSeeds from '../src/compiler/build/readSeeds';
import { argument, writeCorpus } from './compileBench';
import { median } from './userClock';

export interface EditCpu {
  /** Median CPU ms per edit, and of its parts. */
  cpuMs: number;
  articleCpuMs: number;
  corpusCpuMs: number;
  outputCpuMs: number;
  /** Median wall ms per edit. */
  wallMs: number;
  edits: number;
  /** Load average over the last minute at the end. */
  load: number;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export async function measureEdits(root: string, count: number, seed: number, edits: number): Promise<EditCpu> {
  const seeds: typeof ReadSeeds = await import(pathToFileURL(path.join(root, 'src/compiler/build/readSeeds.ts')).href);
  const { dir } = await writeCorpus(count, seed);
  try {
    const cache = seeds.createCompileCache();
    seeds.outputParts((await seeds.compileFolder(dir, { cache })).dataset, cache.output);
    const names = (await fs.readdir(dir)).filter((n) => !n.endsWith('.json')).sort();
    const rows: Array<{ cpu: number; article: number; corpus: number; output: number; wall: number }> = [];
    for (let k = 0; k < edits; k++) {
      const name = names[Math.floor((k * names.length) / edits)]!;
      await fs.appendFile(path.join(dir, name), `\nThe council met again on March ${(k % 25) + 3}, 2019, officials said.\n`);
      const c0 = cpuMs();
      const t0 = performance.now();
      let compiledCpu = c0;
      const again = await seeds.compileFolder(dir, { cache, onCompiled: () => (compiledCpu = cpuMs()) });
      const assembledCpu = cpuMs();
      seeds.outputParts(again.dataset, cache.output);
      const c1 = cpuMs();
      rows.push({ cpu: c1 - c0, article: compiledCpu - c0, corpus: assembledCpu - compiledCpu, output: c1 - assembledCpu, wall: performance.now() - t0 });
    }
    return {
      cpuMs: median(rows.map((r) => r.cpu)),
      articleCpuMs: median(rows.map((r) => r.article)),
      corpusCpuMs: median(rows.map((r) => r.corpus)),
      outputCpuMs: median(rows.map((r) => r.output)),
      wallMs: median(rows.map((r) => r.wall)),
      edits,
      load: os.loadavg()[0]!,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(argument('--root', path.join(import.meta.dirname, '..')));
  const r = await measureEdits(root, Number(argument('--articles', '1000')), Number(argument('--seed', '1')), Number(argument('--edits', '15')));
  const f = (n: number) => n.toFixed(0);
  console.log(
    `one-edit recompile of ${root}: CPU ${f(r.cpuMs)} ms per edit (reading and the article ${f(r.articleCpuMs)}, corpus pass ${f(r.corpusCpuMs)}, output ${f(r.outputCpuMs)}), ` +
      `wall ${f(r.wallMs)} ms, medians of ${r.edits} edits, load ${r.load.toFixed(1)}`,
  );
}
