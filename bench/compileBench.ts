// The compile benchmark: writes a generated corpus to a temporary folder,
// compiles it the way `npm run compile` does (read, compile, validate and
// serialise the output files), then the way the dev server does (a first
// compile filling its cache, then one article edited and recompiled with the
// cache), and prints the figures. Run alone with
// `npx tsx bench/compileBench.ts [--articles N] [--seed S] [--json FILE]`.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileFolder, createCompileCache, outputFiles, outputParts } from '../src/compiler/build/readSeeds';
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
  /** The dev server's first compile, which also fills its cache (read, compile, corpus pass, output pieces). */
  devStartSeconds: number;
  /** Median of several one-article edits recompiled with the cache. */
  incrementalMs: number;
  /** index.json, what the explorer downloads before its first draw: as written, and gzipped as served. */
  indexKB: number;
  indexGzipKB: number;
  /** details.json, fetched after the first draw: as written, and gzipped. */
  detailsKB: number;
  detailsGzipKB: number;
  articleFilesKB: number;
  largestArticleFileKB: number;
  /** Set when the compile failed: the figures after the failure are NaN. */
  error?: string;
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

export async function runCompileBench(count: number, seed: number, edits = 3): Promise<CompileFigures> {
  const { dir, bytes } = await writeCorpus(count, seed);
  const started = performance.now();
  const cache = createCompileCache();
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
    devStartSeconds: NaN,
    incrementalMs: NaN,
    indexKB: NaN,
    indexGzipKB: NaN,
    detailsKB: NaN,
    detailsGzipKB: NaN,
    articleFilesKB: NaN,
    largestArticleFileKB: NaN,
  };
  try {
    const onArticle = () => {
      lastArticle = performance.now();
      compiled++;
    };
    // As `npm run compile` does it: no cache.
    const { dataset } = await compileFolder(dir, { onArticle });
    const files = outputFiles(dataset);
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

    // The dev server's first compile fills its cache, and it keeps the output as pieces.
    const devStarted = performance.now();
    outputParts((await compileFolder(dir, { cache })).dataset, cache.output);
    figures.devStartSeconds = (performance.now() - devStarted) / 1000;
    // The dev server's path: one article edited, the rest come from the cache; the output is
    // validated and put together as the dev server keeps it (each file joined when fetched).
    const names = (await fs.readdir(dir)).filter((n) => !n.endsWith('.json')).sort();
    const times: number[] = [];
    for (let k = 0; k < edits; k++) {
      const name = names[Math.floor((k * names.length) / edits)]!;
      await fs.appendFile(path.join(dir, name), `\nThe council met again on March ${k + 3}, 2019, officials said.\n`);
      const t0 = performance.now();
      const again = await compileFolder(dir, { cache });
      outputParts(again.dataset, cache.output);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    figures.incrementalMs = times[Math.floor(times.length / 2)] ?? NaN;
  } catch (error) {
    // The figures up to the failure still count; the message says where it broke.
    figures.error = `${error instanceof Error ? error.message : String(error)} (after ${compiled} of ${count} articles were compiled)`;
  } finally {
    figures.articleSeconds = compiled === count ? (lastArticle - started) / 1000 : NaN;
    figures.peakRssMB = process.resourceUsage().maxRSS / 1024;
    await fs.rm(dir, { recursive: true, force: true });
  }
  return figures;
}

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const figures = await runCompileBench(Number(argument('--articles', '1000')), Number(argument('--seed', '1')), Number(argument('--edits', '3')));
  const json = argument('--json', '');
  if (json) await fs.writeFile(json, JSON.stringify(figures));
  const f = (n: number, d = 1) => n.toFixed(d);
  console.log(
    `compile: ${figures.articles} articles, ${f(figures.inputMB, 2)} MB, ${figures.events} events in ${f(figures.seconds, 2)} s ` +
      `(articles ${f(figures.articleSeconds, 2)} s, corpus pass and output ${f(figures.corpusSeconds, 2)} s) ` +
      `(${f(figures.articlesPerSecond, 0)} articles/s), peak RSS ${f(figures.peakRssMB, 0)} MB; ` +
      `dev server: first compile ${f(figures.devStartSeconds, 2)} s, one edited article recompiles in ${f(figures.incrementalMs, 0)} ms`,
  );
  if (figures.error) console.log(`compile FAILED: ${figures.error}`);
  console.log(
    `payload: index.json ${f(figures.indexKB, 0)} KB (${f(figures.indexGzipKB, 0)} KB gzipped); details.json ${f(figures.detailsKB, 0)} KB (${f(figures.detailsGzipKB, 0)} KB gzipped); article files ${f(figures.articleFilesKB, 0)} KB in all, largest ${f(figures.largestArticleFileKB, 1)} KB`);
}
