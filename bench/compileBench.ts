// The compile benchmark: writes a generated corpus to a temporary folder,
// runs `npm run compile` over it as a user does (a process of its own, timed
// from its start to its exit, without the cache and then twice with it),
// compiles it in this process the way the CLI does (read, compile, validate
// and serialise the output files), then, in a process of its own as the dev
// server runs, the way the dev server does (a first compile filling its cache,
// then articles edited and recompiled with the cache), and prints the figures. Run alone with
// `npx tsx bench/compileBench.ts [--articles N] [--seed S] [--json FILE] [--out DIR]`
// (--out keeps the compiled site data, for the browser benchmark).
import { execFile } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileToFiles } from '../src/compiler/build/compileToFiles';
import { compileFolder, createCompileCache, outputFiles, outputParts, writeOutput } from '../src/compiler/build/readSeeds';
import { DATA_FILES } from '../src/model/schema';
import { generateCorpus } from './corpus';

export interface CompileFigures {
  articles: number;
  inputMB: number;
  events: number;
  seconds: number;
  /** Reading and compiling the articles one by one, before the corpus-level pass. */
  articleSeconds: number;
  /** The corpus-level pass (actors and events merged across articles) and the output files. */
  corpusSeconds: number;
  articlesPerSecond: number;
  peakRssMB: number;
  /**
   * Of it: the process of the CLI-style compile, and the process of the dev server's (its first compile and the
   * edits). Each runs in a process of its own, as the CLI and the dev server do: in one process the first compile's
   * garbage, not yet collected, stood beside the second's worker threads and added 150-200 MB to the peak.
   */
  peakRssCliMB: number;
  peakRssDevMB: number;
  /** The dev server's first compile, which also fills its cache (read, compile, corpus pass, output pieces). */
  devStartSeconds: number;
  /** Median of several one-article edits recompiled with the cache. */
  incrementalMs: number;
  /** Where that edit's time goes, medians: reading the folder and compiling the edited article; the corpus pass; the output pieces. */
  incrementalPartsMs: { article: number; corpus: number; output: number };
  /** index.json, what the explorer downloads before its first draw: as written, and gzipped as served. */
  indexKB: number;
  indexGzipKB: number;
  /** details.json, fetched after the first draw: as written, and gzipped. */
  detailsKB: number;
  detailsGzipKB: number;
  articleFilesKB: number;
  largestArticleFileKB: number;
  /** `npm run compile` without the cache, from process start to exit, median of the runs; and each run. */
  cliSeconds: number;
  cliRunsSeconds: number[];
  /** Threads the CLI compiled on. */
  cliThreads: number;
  /** The compile step of a build with nothing changed since the last (cache on disk): median, ms; and each run. */
  unchangedMs: number;
  unchangedRunsMs: number[];
  /** The same after one article is edited: that article compiled, the rest read back, the corpus pass run; ms. */
  oneEditedMs: number;
  /** `npm run compile` with nothing changed, process start included, s. */
  cliUnchangedSeconds: number;
  /** Set when the compile failed: the figures after the failure are NaN. */
  error?: string;
}

const root = path.resolve(import.meta.dirname, '..');

/** Runs `npm run compile` as a user does (the launcher and the CLI's bundle, a process of its own) and times it from spawn to exit. */
export function timeCli(args: string[]): Promise<{ seconds: number; stdout: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(root, 'src/compiler/build/launchCli.mjs'), 'cli', ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && error.code !== 1) reject(new Error(`npm run compile failed: ${stderr || error.message}`));
      else resolve({ seconds: (performance.now() - started) / 1000, stdout });
    });
  });
}

/**
 * This process's peak resident memory, MB: the kernel's high-water mark of its own memory (VmHWM) where there is
 * one. getrusage's maxRSS is not the process's own in a child: Linux carries the parent's high-water mark over at
 * exec, so a child started by a process of 400 MB reports 400 MB at least.
 */
function peakRss(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: getrusage's figure.
  }
  return process.resourceUsage().maxRSS / 1024;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function writeCorpus(count: number, seed: number): Promise<{ dir: string; bytes: number }> {
  // A folder of its own, so two runs at once do not write over each other's articles.
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `timeline-bench-corpus-${count}-${seed}-`));
  let bytes = 0;
  for (const file of generateCorpus(count, seed)) {
    await fs.writeFile(path.join(dir, file.name), file.text);
    if (!file.name.endsWith('.json')) bytes += Buffer.byteLength(file.text);
  }
  return { dir, bytes };
}

/** `npm run compile` as a user runs it, and the compile step with the cache on disk (see CompileFigures). */
async function timeCommand(dir: string): Promise<Pick<CompileFigures, 'cliSeconds' | 'cliRunsSeconds' | 'cliThreads' | 'unchangedMs' | 'unchangedRunsMs' | 'oneEditedMs' | 'cliUnchangedSeconds' | 'error'>> {
  const cliOut = await fs.mkdtemp(path.join(os.tmpdir(), 'timeline-bench-out-'));
  const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'timeline-bench-cache-'));
  let cliError: string | undefined;
  const cli = { cliSeconds: NaN, cliRunsSeconds: [] as number[], cliThreads: NaN, unchangedMs: NaN, unchangedRunsMs: [] as number[], oneEditedMs: NaN, cliUnchangedSeconds: NaN };
  try {
    // Once to warm the disk cache and the worker bundle (built once per compiler version), then timed.
    await timeCli(['--seeds', dir, '--out', cliOut, '--quiet', '--no-cache']);
    for (let k = 0; k < 3; k++) cli.cliRunsSeconds.push((await timeCli(['--seeds', dir, '--out', cliOut, '--quiet', '--no-cache'])).seconds);
    cli.cliSeconds = medianOf(cli.cliRunsSeconds);
    // The build's compile step with the cache: filled once, then nothing changed.
    await compileToFiles(dir, { cacheDir });
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      const again = await compileToFiles(dir, { cacheDir });
      cli.unchangedRunsMs.push(performance.now() - t0);
      if (!again.reused) throw new Error('a compile with nothing changed did not reuse the stored output');
    }
    cli.unchangedMs = medianOf(cli.unchangedRunsMs);
    await timeCli(['--seeds', dir, '--out', cliOut, '--quiet', '--cache-dir', cacheDir]);
    cli.cliUnchangedSeconds = (await timeCli(['--seeds', dir, '--out', cliOut, '--quiet', '--cache-dir', cacheDir])).seconds;
    const name = (await fs.readdir(dir)).filter((n) => !n.endsWith('.json')).sort()[0]!;
    await fs.appendFile(path.join(dir, name), '\nThe council met again on March 2, 2019, officials said.\n');
    const t0 = performance.now();
    await compileToFiles(dir, { cacheDir });
    cli.oneEditedMs = performance.now() - t0;
  } catch (error) {
    cliError = `npm run compile: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await fs.rm(cliOut, { recursive: true, force: true });
    await fs.rm(cacheDir, { recursive: true, force: true });
  }
  return { ...cli, ...(cliError ? { error: cliError } : {}) };
}

export async function runCompileBench(count: number, seed: number, edits = 3, keepOut?: string): Promise<CompileFigures> {
  const { dir, bytes } = await writeCorpus(count, seed);
  const started = performance.now();
  let lastArticle = started;
  let compiled = 0;
  const figures: CompileFigures = {
    articles: count,
    inputMB: bytes / 1e6,
    events: NaN,
    seconds: NaN,
    articleSeconds: NaN,
    corpusSeconds: NaN,
    articlesPerSecond: NaN,
    peakRssMB: NaN,
    peakRssCliMB: NaN,
    peakRssDevMB: NaN,
    devStartSeconds: NaN,
    incrementalMs: NaN,
    incrementalPartsMs: { article: NaN, corpus: NaN, output: NaN },
    indexKB: NaN,
    indexGzipKB: NaN,
    detailsKB: NaN,
    detailsGzipKB: NaN,
    articleFilesKB: NaN,
    largestArticleFileKB: NaN,
    cliSeconds: NaN,
    cliRunsSeconds: [],
    cliThreads: NaN,
    unchangedMs: NaN,
    unchangedRunsMs: [],
    oneEditedMs: NaN,
    cliUnchangedSeconds: NaN,
  };
  try {
    const onArticle = () => {
      lastArticle = performance.now();
      compiled++;
    };
    // As `npm run compile` does it: no cache. In a function of its own, so that its data set and files are
    // let go once measured, as the CLI's are when it exits: the dev server's compile below holds neither.
    const asTheCli = async () => {
      const { dataset, threads } = await compileFolder(dir, { onArticle });
      const files = outputFiles(dataset);
      figures.cliThreads = threads;
      if (keepOut) await writeOutput(keepOut, files);
      const ended = performance.now();
      figures.seconds = (ended - started) / 1000;
      figures.corpusSeconds = (ended - lastArticle) / 1000;
      figures.events = dataset.events.length;
      figures.articlesPerSecond = dataset.articles.length / figures.seconds;
      let articleBytes = 0;
      let largest = 0;
      for (const [rel, body] of files) {
        if (!rel.startsWith('articles/')) continue;
        const size = Buffer.byteLength(body);
        articleBytes += size;
        largest = Math.max(largest, size);
      }
      figures.indexKB = Buffer.byteLength(files.get(DATA_FILES.index)!) / 1024;
      figures.indexGzipKB = gzipSync(files.get(DATA_FILES.index)!).length / 1024;
      figures.detailsKB = Buffer.byteLength(files.get(DATA_FILES.details)!) / 1024;
      figures.detailsGzipKB = gzipSync(files.get(DATA_FILES.details)!).length / 1024;
      figures.articleFilesKB = articleBytes / 1024;
      figures.largestArticleFileKB = largest / 1024;
    };
    await asTheCli();

    // The peak of the CLI-style compile, before the dev server's compile runs in a process of its own.
    figures.peakRssCliMB = peakRss();
    const dev = await devServerInChild(dir, edits);
    Object.assign(figures, dev);
  } catch (error) {
    // The figures up to the failure still count; the message says where it broke.
    figures.error = `${error instanceof Error ? error.message : String(error)} (after ${compiled} of ${count} articles were compiled)`;
  } finally {
    figures.articleSeconds = compiled === count ? (lastArticle - started) / 1000 : NaN;
    if (Number.isNaN(figures.peakRssCliMB)) figures.peakRssCliMB = peakRss();
    figures.peakRssMB = Math.max(figures.peakRssCliMB, figures.peakRssDevMB);
  }
  // After the in-process figures, so the peak memory above is the compile's own.
  const { cliThreads: _threads, error: commandError, ...command } = await timeCommand(dir);
  Object.assign(figures, command);
  if (commandError) figures.error = figures.error ? `${figures.error}; ${commandError}` : commandError;
  await fs.rm(dir, { recursive: true, force: true });
  return figures;
}

type DevFigures = Pick<CompileFigures, 'devStartSeconds' | 'incrementalMs' | 'incrementalPartsMs' | 'peakRssDevMB'>;

/**
 * The dev server's path: a first compile filling its cache (the output kept as pieces), then articles edited one
 * after another and recompiled with the cache, the output validated and put together as the dev server keeps it
 * (each file joined when fetched); with the peak memory of the process.
 */
async function devServer(dir: string, edits: number): Promise<DevFigures> {
  const cache = createCompileCache();
  const devStarted = performance.now();
  outputParts((await compileFolder(dir, { cache })).dataset, cache.output);
  const devStartSeconds = (performance.now() - devStarted) / 1000;
  const names = (await fs.readdir(dir)).filter((n) => !n.endsWith('.json')).sort();
  const times: number[] = [];
  const parts = { article: [] as number[], corpus: [] as number[], output: [] as number[] };
  for (let k = 0; k < edits; k++) {
    const name = names[Math.floor((k * names.length) / edits)]!;
    await fs.appendFile(path.join(dir, name), `\nThe council met again on March ${k + 3}, 2019, officials said.\n`);
    const t0 = performance.now();
    let compiledAt = t0;
    const again = await compileFolder(dir, { cache, onCompiled: () => (compiledAt = performance.now()) });
    const assembledAt = performance.now();
    outputParts(again.dataset, cache.output);
    const t1 = performance.now();
    times.push(t1 - t0);
    parts.article.push(compiledAt - t0);
    parts.corpus.push(assembledAt - compiledAt);
    parts.output.push(t1 - assembledAt);
  }
  return {
    devStartSeconds,
    incrementalMs: medianOf(times),
    incrementalPartsMs: { article: medianOf(parts.article), corpus: medianOf(parts.corpus), output: medianOf(parts.output) },
    peakRssDevMB: peakRss(),
  };
}

/** devServer in a process of its own (this file with --dev-server, under the same loader), as the dev server runs. */
function devServerInChild(dir: string, edits: number): Promise<DevFigures> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...process.execArgv, import.meta.filename, '--dev-server', dir, '--edits', String(edits)], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`the dev server's compile failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop()!) as DevFigures);
    });
  });
}

/** A command-line option's value, or the fallback. */
export function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename) && process.argv.includes('--dev-server')) {
  console.log(JSON.stringify(await devServer(argument('--dev-server', ''), Number(argument('--edits', '3')))));
} else if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const figures = await runCompileBench(Number(argument('--articles', '1000')), Number(argument('--seed', '1')), Number(argument('--edits', '3')), argument('--out', '') || undefined);
  const json = argument('--json', '');
  if (json) await fs.writeFile(json, JSON.stringify(figures));
  const f = (n: number, d = 1) => n.toFixed(d);
  console.log(
    `compile: ${figures.articles} articles, ${f(figures.inputMB, 2)} MB, ${figures.events} events in ${f(figures.seconds, 2)} s ` +
      `(articles ${f(figures.articleSeconds, 2)} s, corpus pass and output ${f(figures.corpusSeconds, 2)} s) ` +
      `(${f(figures.articlesPerSecond, 0)} articles/s), peak RSS ${f(figures.peakRssMB, 0)} MB (CLI-style compile ${f(figures.peakRssCliMB, 0)}, dev server ${f(figures.peakRssDevMB, 0)}); ` +
      `dev server: first compile ${f(figures.devStartSeconds, 2)} s, one edited article recompiles in ${f(figures.incrementalMs, 0)} ms ` +
      `(reading and the article ${f(figures.incrementalPartsMs.article, 0)} ms, corpus pass ${f(figures.incrementalPartsMs.corpus, 0)} ms, output ${f(figures.incrementalPartsMs.output, 0)} ms, medians)`,
  );
  console.log(
    `npm run compile: ${f(figures.cliSeconds, 2)} s from process start to exit (runs ${figures.cliRunsSeconds.map((x) => f(x, 2)).join(', ')}) on ${figures.cliThreads} threads; ` +
      `with the cache, nothing changed: compile step ${f(figures.unchangedMs, 0)} ms (runs ${figures.unchangedRunsMs.map((x) => f(x, 0)).join(', ')}), the whole command ${f(figures.cliUnchangedSeconds, 2)} s; one article edited: ${f(figures.oneEditedMs, 0)} ms`,
  );
  if (figures.error) console.log(`compile FAILED: ${figures.error}`);
  console.log(
    `payload: index.json ${f(figures.indexKB, 0)} KB (${f(figures.indexGzipKB, 0)} KB gzipped); details.json ${f(figures.detailsKB, 0)} KB (${f(figures.detailsGzipKB, 0)} KB gzipped); article files ${f(figures.articleFilesKB, 0)} KB in all, largest ${f(figures.largestArticleFileKB, 1)} KB`);
}
