// The Vite plugin that makes seeds/ part of the build: `vite build` writes the
// compiled data set into dist/data/ (compiling on every core, and only the
// articles the cache on disk does not hold already), and the dev server serves it from memory,
// recompiles when an article changes (only that article: the rest come from
// the cache) and tells the open page to refetch, without a reload. Served
// files are gzipped for browsers that accept it, once per compile. The page
// carries the explorer's first view over the data it will load
// (ui/firstViewPage.tsx): drawn from the compile the page is built with, and
// in the dev server from the latest compile, at every load of the page.
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { DATA_FILES, type Dataset } from '../../model/schema';
import { firstViewPage } from '../../ui/firstViewPage';
import { acceptsGzip, gzipBody, MIN_COMPRESSED_BYTES, sendGzipped } from './compressedData';
// Loaded with the config, not when a compile needs it: Vite closes the module runner that reads the config, and with
// it any later import from this plugin's modules (readSeeds.ts).
import { compileInPool } from './compilePool';
import { compileToFiles } from './compileToFiles';
import { DEFAULT_CACHE_DIR } from './diskCache';
import { progressLine } from './progressLine';
import { compileFolder, createCompileCache, outputParts } from './readSeeds';
import { formatArticleLine, formatDiagnostic, shownDiagnostics, summarise, summaryOf, type DatasetSummary } from './report';

export interface TimelineDataOptions {
  seedsDir: string;
  /** Warnings fail `vite build`. */
  strict?: boolean;
  /** The compile cache's folder for `vite build`; false for none. */
  cacheDir?: string | false;
}

export const DATA_CHANGED_EVENT = 'timeline:data-changed';
const DATA_PREFIX = 'data/';

export function timelineData(options: TimelineDataOptions): Plugin {
  const seedsDir = path.resolve(options.seedsDir);
  const cache = createCompileCache();
  let config: ResolvedConfig;
  // Each file as the pieces of its text; a file is joined when it is first fetched after a compile.
  let files = new Map<string, string[]>();
  let joined = new Map<string, string>();
  let gzipped = new Map<string, Promise<Buffer>>();
  const body = (rel: string): string | undefined => {
    let text = joined.get(rel);
    if (text === undefined) {
      const parts = files.get(rel);
      if (parts === undefined) return undefined;
      text = parts.join('');
      joined.set(rel, text);
    }
    return text;
  };
  /** What `vite build` emits. */
  let built = new Map<string, string | Uint8Array>();
  let failure: string | null = null;
  let pending: Promise<void> | null = null;

  /** Logs what a compile found: each article's line, each problem, the summary. */
  function report(summary: DatasetSummary, lines: string[], started: number, note = ''): void {
    const logger = config.logger;
    for (const line of lines) logger.info(line);
    // Clock checks are logged, never put in the data (it must not depend on when it was built).
    const printed = shownDiagnostics(summary);
    for (const d of printed) {
      if (d.level === 'error') logger.error(formatDiagnostic(d));
      else if (d.level === 'warning') logger.warn(formatDiagnostic(d));
    }
    logger.info(`${summarise(summary, performance.now() - started)}${note}`);
  }

  /** The dev server's compile: in memory, each unchanged article taken from the last compile. */
  async function compile(): Promise<Dataset> {
    const started = performance.now();
    const { dataset } = await compileFolder(seedsDir, { cache, inPool: compileInPool });
    report(summaryOf(dataset), [], started);
    files = outputParts(dataset, cache.output);
    joined = new Map();
    gzipped = new Map();
    return dataset;
  }

  /** `vite build`'s compile: on every core, unchanged articles (or the whole output) from the cache on disk. */
  async function compileForBuild(): Promise<DatasetSummary> {
    const started = performance.now();
    const lines: string[] = [];
    const progress = progressLine(process.stderr);
    const result = await compileToFiles(seedsDir, {
      cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR,
      inPool: compileInPool,
      onArticle: (done, total, c) => {
        lines.push(formatArticleLine(c));
        if (total > 20) progress?.update(done, total);
      },
    }).finally(() => progress?.clear());
    if (result.reused) lines.push('  nothing changed since a compile stored in the cache: its output is used again');
    report(result.summary, lines, started, result.fromCache > 0 ? `; ${result.fromCache} unchanged article(s) taken from the cache` : '');
    built = result.files;
    return result.summary;
  }

  async function recompile(server: ViteDevServer): Promise<void> {
    try {
      await compile();
      failure = null;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      config.logger.error(`timeline data: ${failure}`);
    }
    server.hot.send({ type: 'custom', event: DATA_CHANGED_EVENT, data: { failure } });
  }

  return {
    name: 'timeline-data',
    configResolved(resolved) {
      config = resolved;
    },
    // The index is what the first draw waits for: the browser asks for it while the page's script still
    // loads and starts, instead of once the script has run (the app's fetch then takes the preloaded response).
    async transformIndexHtml(html) {
      const tags = [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: `${config.base.startsWith('/') ? config.base : './'}${DATA_PREFIX}${DATA_FILES.index}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        },
      ];
      // The build draws the first view once the page is complete (firstViewInBuild); the dev server here, from its latest compile.
      if (config.command !== 'serve') return tags;
      await pending;
      const index = failure ? undefined : body(DATA_FILES.index);
      return { html: index === undefined ? html : await firstViewPage(html, index), tags };
    },
    async buildStart() {
      if (config.command !== 'build') return;
      const shown = shownDiagnostics(await compileForBuild());
      const errors = shown.filter((d) => d.level === 'error').length;
      const warnings = shown.filter((d) => d.level === 'warning').length;
      if (options.strict && errors + warnings > 0) {
        this.error(`strict build: ${errors} error(s) and ${warnings} warning(s) in ${seedsDir}`);
      }
    },
    generateBundle() {
      for (const [rel, source] of built) this.emitFile({ type: 'asset', fileName: `${DATA_PREFIX}${rel}`, source });
    },
    configureServer(server) {
      pending = recompile(server);
      server.watcher.add(seedsDir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(seedsDir + path.sep)) return;
        // Edits arrive in bursts (save = write + rename); coalesce them into one compile.
        const previous = pending ?? Promise.resolve();
        pending = previous.then(() => recompile(server));
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
      server.middlewares.use(async (req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const base = config.base.startsWith('/') ? config.base : '/';
        const at = url.indexOf(`/${DATA_PREFIX}`);
        if (at < 0 || !url.startsWith(base)) return next();
        await pending;
        const rel = decodeURIComponent(url.slice(at + 1 + DATA_PREFIX.length));
        res.setHeader('Cache-Control', 'no-store');
        if (failure) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify({ error: failure }));
          return;
        }
        const text = body(rel);
        if (text === undefined) {
          res.statusCode = 404;
          res.end(`no compiled data file ${rel}`);
          return;
        }
        if (text.length >= MIN_COMPRESSED_BYTES && acceptsGzip(req)) {
          let body = gzipped.get(rel);
          if (!body) gzipped.set(rel, (body = gzipBody(text)));
          sendGzipped(res, await body, 'application/json; charset=utf-8');
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(text);
      });
    },
  };
}

/**
 * Draws the explorer's first view into the built index.html, over the
 * index.json the build emits, and writes the stylesheet into the page: after
 * every other change to the page (its scripts, its Content-Security-Policy),
 * which it extends with the hashes of the inline style elements and script.
 */
export function firstViewInBuild(): Plugin {
  return {
    name: 'timeline-first-view',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      const data = bundle[`${DATA_PREFIX}${DATA_FILES.index}`];
      if (page?.type !== 'asset' || data?.type !== 'asset') return;
      // The stylesheet goes into the page with the first view, which is painted from the HTML alone.
      const stylesheet = (href: string) => {
        const asset = bundle[href.replace(/^\.?\//, '')];
        return asset?.type === 'asset' ? String(asset.source) : undefined;
      };
      page.source = await firstViewPage(String(page.source), String(data.source), stylesheet);
    },
  };
}
