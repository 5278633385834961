// The browser benchmark: builds the explorer once, serves copies of it over
// generated data sets (10,000 and 100,000 events) and the vis-timeline page
// over the same 10,000 events, and measures both in one headless Chromium:
// first on the user's clock (navigation to the first event, over a plain
// static server with and without compression, several fresh visits each; see
// userClock.ts), then the interactions.
// The explorer is driven only through its accessible roles (the "Timeline"
// region, its buttons, the "Actors" checkboxes), so the figures stay
// comparable whatever draws the timeline.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { compressedData } from '../src/compiler/build/compressedData';
import { outputFiles } from '../src/compiler/build/readSeeds';
import { DATA_FILES } from '../src/model/dataFiles';
import type { Dataset } from '../src/model/schema';
import { firstViewPage } from '../src/ui/firstViewPage';
import { CHROMIUM_ARGS } from '../tests/e2e/harness';
import { generateDataset } from './dataset';
import { staticServer } from './staticServer';
import { median, measureUserClock, type UserClockFigures } from './userClock';

/** Fresh visits per user-clock figure (the median is kept). */
const CLOCK_RUNS = 7;

const root = path.resolve(import.meta.dirname, '..');

export interface AppFigures {
  events: number;
  /** From the end of index.json's download to the first frame with event marks in the timeline. */
  firstDrawMs: number;
  /** index.json as it came over the wire (gzipped by the server), KB. */
  indexTransferKB: number;
  /** From the first draw until the events' details are loaded and applied (the export buttons come on); an upper bound, polled. */
  detailsReadyMs: number;
  /** From checking an actor to the first frame after the timeline stops changing. */
  actorCheckMs: number;
  /** p95 of the work per frame during zooming (see framesDuring); the target is ≤ 16 ms. */
  zoomFrameP95Ms: number;
  /** p95 of the work per frame during panning. */
  panFrameP95Ms: number;
  /** p95 of the rAF-to-rAF intervals; vsync-locked at 60 Hz, so never below ~16.7 ms. */
  zoomIntervalP95Ms: number;
  panIntervalP95Ms: number;
  /** Intervals longer than 1.5 times the median interval (frames the page failed to produce on time). */
  zoomDroppedFrames: number;
  panDroppedFrames: number;
  /** From clicking an event to the first frame showing its passage (article fetched over the network). */
  selectMs: number;
  /** Interactions that could not be measured, and why. */
  problems?: string[];
  /** Navigation to the first event, over a plain static server without and with gzip. */
  clock?: { plain: UserClockFigures; gzip: UserClockFigures };
}

export interface VisFigures {
  items: number;
  groups: number;
  firstDrawMs: number;
  filterMs: number;
  /** When the page drew its first item, ms from navigation (one visit). */
  drawnAtMs?: number;
  /** Navigation to the first item drawn, median of fresh visits, over a plain static server without and with gzip. */
  fromNavigationMs?: { plain: number; gzip: number; plainRuns: number[]; gzipRuns: number[] };
}

export interface BrowserFigures {
  initialJsGzipKB: number;
  chromium: string;
  app: AppFigures[];
  vis: VisFigures;
  /** The explorer over a compiled corpus (the compile benchmark's output), on the user's clock. */
  compiled?: { articles: number; events: number; plain: UserClockFigures; gzip: UserClockFigures };
}

async function initialJsGzipKB(dist: string): Promise<number> {
  const html = await fs.readFile(path.join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  let bytes = 0;
  for (const src of new Set(scripts)) bytes += gzipSync(await fs.readFile(path.join(dist, src))).length;
  return bytes / 1024;
}

async function writeData(site: string, dataset: Dataset): Promise<void> {
  const data = path.join(site, 'data');
  await fs.rm(data, { recursive: true, force: true });
  await fs.mkdir(path.join(data, 'articles'), { recursive: true });
  for (const [rel, body] of outputFiles(dataset)) await fs.writeFile(path.join(data, rel), body);
  await drawFirstView(site);
}

/** The page's first view drawn over the site's data, as `vite build` draws it over the seeds it compiles. */
async function drawFirstView(site: string): Promise<void> {
  const page = path.join(site, 'index.html');
  const index = await fs.readFile(path.join(site, 'data', DATA_FILES.index), 'utf8');
  const stylesheet = (href: string) => fs.readFile(path.join(site, href), 'utf8').catch(() => undefined);
  await fs.writeFile(page, await firstViewPage(await fs.readFile(page, 'utf8'), index, stylesheet));
}

async function serve(dir: string): Promise<PreviewServer> {
  return preview({ root, configFile: false, plugins: [compressedData()], logLevel: 'warn', build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0, open: false } });
}

const urlOf = (server: PreviewServer): string => server.resolvedUrls!.local[0]!;

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
}

export interface Frames {
  /** rAF timestamp to rAF timestamp, ms. */
  intervals: number[];
  /** Work per frame, ms (see framesDuring). */
  work: number[];
  /** Intervals longer than 1.5 times the median interval. */
  dropped: number;
}

/**
 * Records every frame while `act` runs. Headless Chromium is vsync-locked at
 * 60 Hz, so rAF-to-rAF intervals never go below ~16.7 ms and cannot show
 * whether a frame's work fits in 16 ms; they are kept (and late frames counted
 * as dropped), but the frame figure is the work per frame: from the frame's
 * rAF timestamp (when the frame was due, before its input events and rAF
 * callbacks run) to the moment its rendering is done. The end is taken by
 * posting a message on a MessageChannel from inside our rAF callback: the
 * message is a task, so it runs only after the rest of the frame (the app's
 * rAF callbacks, style, layout, paint) has finished on the main thread. A
 * long task that holds the frame up counts, as does a task queued ahead of our
 * message (a render React scheduled from the frame's input): the figure is
 * how long after the frame was due the main thread is free again, which must
 * stay under 16 ms for the next frame to be on time. On an idle page it reads
 * 1-1.5 ms. Chrome tracing (devtools.timeline, main-thread slices summed per
 * frame) was weighed and not used: it ties slices to frames by event names
 * that change between Chromium versions, and tracing slows the page it
 * measures; this costs one message per frame. Neither counts raster and
 * compositing on other threads.
 */
async function framesDuring(page: Page, act: () => Promise<void>): Promise<Frames> {
  await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchWork: number[]; benchRecording: boolean };
    w.benchFrames = [];
    w.benchWork = [];
    w.benchRecording = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<number>) => {
      w.benchWork[event.data] = performance.now() - w.benchFrames[event.data]!;
    };
    const tick = (t: number) => {
      channel.port2.postMessage(w.benchFrames.push(t) - 1);
      if (w.benchRecording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const { stamps, work } = await page.evaluate(async () => {
    const w = window as unknown as { benchFrames: number[]; benchWork: number[]; benchRecording: boolean };
    w.benchRecording = false;
    // Let the last frame finish and its message arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { stamps: w.benchFrames, work: w.benchWork };
  });
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const typical = median(intervals);
  return {
    intervals,
    work: work.filter((ms): ms is number => typeof ms === 'number'),
    dropped: intervals.filter((ms) => ms > 1.5 * typical).length,
  };
}

/** Runs `act` in the page and resolves at the first frame after the region stops changing for three frames. */
async function settleAfter(page: Page, selector: string, act: 'click-first-actor' | 'click-first-event'): Promise<number> {
  return page.evaluate(
    async ({ selector, act }) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      const watched = document.querySelector(selector)!;
      let last = -1;
      const observer = new MutationObserver(() => (last = performance.now()));
      observer.observe(watched, { subtree: true, childList: true, attributes: true, characterData: true });
      let target: HTMLElement | null;
      if (act === 'click-first-actor') {
        const actors = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent?.trim() === 'Actors');
        target = actors?.querySelector('input[type="checkbox"]') ?? null;
      } else {
        target = document.querySelector('section[aria-label="Timeline"] button[aria-pressed]');
      }
      if (!target) throw new Error(`nothing to ${act}`);
      const started = performance.now();
      target.click();
      let settledAt = started;
      for (let quiet = 0, frames = 0; quiet < 3 && frames < 600; frames++) {
        const now = await frame();
        const passage = act === 'click-first-event' ? document.querySelector('mark') : null;
        if (act === 'click-first-event' && !passage) continue;
        if (last >= settledAt || settledAt === started) {
          settledAt = now;
          quiet = 0;
        } else quiet++;
      }
      observer.disconnect();
      return settledAt - started;
    },
    { selector, act },
  );
}

/** A page whose evaluated functions run as written (tsx names functions with a helper the page lacks). */
async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  return context.newPage();
}

async function measureApp(browser: Browser, url: string, events: number): Promise<AppFigures> {
  const page = await newPage(browser);
  page.setDefaultTimeout(120_000);
  await page.addInitScript(() => {
    const w = window as unknown as { benchFirstDraw?: number };
    // The app's own first draw: a first view built into the page (painted before the data) does not count.
    const observer = new MutationObserver(() => {
      if (document.querySelector('#root:not([data-first-view]) section[aria-label="Timeline"] button')) {
        observer.disconnect();
        requestAnimationFrame(() => (w.benchFirstDraw = performance.now()));
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-first-view'] });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { benchFirstDraw?: number }).benchFirstDraw !== undefined);
  const { firstDrawMs, indexTransferKB } = await page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('data/index.json')) as PerformanceResourceTiming;
    return { firstDrawMs: (window as unknown as { benchFirstDraw: number }).benchFirstDraw - entry.responseEnd, indexTransferKB: entry.encodedBodySize / 1024 };
  });
  // The events' details load after the first draw; the export buttons wait for them. Interactions are measured
  // once they are in, so their arrival is timed here as a figure of its own and not inside a zoom frame.
  await page.getByRole('button', { name: 'Download CSV' }).and(page.locator(':not([disabled])')).waitFor();
  const detailsReadyMs = await page.evaluate(() => performance.now() - (window as unknown as { benchFirstDraw: number }).benchFirstDraw);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const box = (await timeline.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height - 10, 60);
  await page.mouse.move(x, y);

  const zoomFrames = await framesDuring(page, async () => {
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, i < 20 ? -120 : 120);
  });
  const panFrames = await framesDuring(page, async () => {
    await page.mouse.down();
    for (let i = 0; i < 40; i++) await page.mouse.move(x + (i < 20 ? -i : i - 40) * 12, y);
    await page.mouse.up();
    for (let i = 0; i < 20; i++) await page.mouse.wheel(i < 10 ? 150 : -150, 0);
  });

  const problems: string[] = [];
  const attempt = async (what: string, measure: () => Promise<number>): Promise<number> => {
    try {
      return await measure();
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return NaN;
    }
  };
  const actorCheckMs = await attempt('check an actor', () => settleAfter(page, 'section[aria-label="Timeline"]', 'click-first-actor'));
  const selectMs = await attempt('select an event', async () => {
    // Zoomed out the timeline may show only clusters: open them (each zooms in) until single events show.
    for (let i = 0; i < 40 && (await timeline.locator('button[aria-pressed]').count()) === 0; i++) {
      await timeline.locator('button:not([aria-pressed])').first().click();
      await page.waitForTimeout(300);
    }
    return settleAfter(page, 'body', 'click-first-event');
  });
  await page.context().close();
  return {
    events,
    firstDrawMs,
    indexTransferKB,
    detailsReadyMs,
    actorCheckMs,
    zoomFrameP95Ms: p95(zoomFrames.work),
    panFrameP95Ms: p95(panFrames.work),
    zoomIntervalP95Ms: p95(zoomFrames.intervals),
    panIntervalP95Ms: p95(panFrames.intervals),
    zoomDroppedFrames: zoomFrames.dropped,
    panDroppedFrames: panFrames.dropped,
    selectMs,
    ...(problems.length ? { problems } : {}),
  };
}

async function measureVis(browser: Browser, url: string): Promise<VisFigures> {
  const page = await newPage(browser);
  page.setDefaultTimeout(300_000);
  // Told by a console message, not by polling: see measureUserClock.
  const done = page.waitForEvent('console', { predicate: (message) => message.text() === 'bench:vis-result', timeout: 300_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await done;
  const result = (await page.evaluate(() => window.visResult)) as VisFigures | { error: string };
  await page.context().close();
  if ('error' in result) throw new Error(`vis-timeline page: ${result.error}`);
  return result;
}

/** vis-timeline on the user's clock: navigation to its first item drawn, in fresh contexts; the first visit warms Chromium and is not counted. */
async function visFromNavigation(browser: Browser, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const result = await measureVis(browser, url);
    if (i > 0) times.push(Math.round(result.drawnAtMs!));
  }
  return times;
}

/** Both user clocks of a site: over a plain static server, then one that gzips. */
async function clocks(browser: Browser, dir: string, log: (line: string) => void, what: string): Promise<{ plain: UserClockFigures; gzip: UserClockFigures }> {
  const out = {} as { plain: UserClockFigures; gzip: UserClockFigures };
  for (const gzip of [false, true]) {
    const server = await staticServer(dir, { gzip });
    try {
      log(`the user's clock over ${what}, ${gzip ? 'gzipped' : 'uncompressed'}…`);
      out[gzip ? 'gzip' : 'plain'] = await measureUserClock(browser, server.url, CLOCK_RUNS);
    } finally {
      await server.close();
    }
  }
  return out;
}

/** vis-timeline's items for the same events: one group per event's first actor. */
function visItems(dataset: Dataset): string {
  const used = new Set(dataset.events.map((e) => e.actors[0] ?? 'none'));
  const groups = dataset.actors.filter((a) => used.has(a.id)).map((a) => ({ id: a.id, content: a.name }));
  const items = dataset.events.map((e) => ({
    id: e.id,
    group: e.actors[0] ?? 'none',
    content: e.label,
    start: e.date.start,
    ...(e.kind === 'span' || e.date.end !== e.date.start ? { end: e.date.end } : {}),
  }));
  return JSON.stringify({ items, groups });
}

export async function runBrowserBench(eventCounts: number[], log: (line: string) => void = console.log, compiledData?: string): Promise<BrowserFigures> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'timeline-bench-'));
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    log('building the explorer and the vis-timeline page…');
    const site = path.join(work, 'site');
    await build({ root, configFile: path.join(root, 'vite.config.ts'), configLoader: 'runner', logLevel: 'warn', build: { outDir: site, emptyOutDir: true } });
    const visSite = path.join(work, 'vis');
    await build({ root: path.join(root, 'bench/vis'), configFile: false, base: './', logLevel: 'warn', build: { outDir: visSite, emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
    const initialJs = await initialJsGzipKB(site);

    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    const app: AppFigures[] = [];
    let vis: VisFigures | undefined;
    let compiled: BrowserFigures['compiled'];
    if (compiledData) {
      const copy = path.join(work, 'site-compiled');
      await fs.cp(site, copy, { recursive: true });
      await fs.cp(compiledData, path.join(copy, 'data'), { recursive: true });
      await drawFirstView(copy);
      const index = await fs.readFile(path.join(compiledData, 'timeline.json'), 'utf8');
      const { articles, events } = JSON.parse(index) as { articles: unknown[]; events: unknown[] };
      compiled = { articles: articles.length, events: events.length, ...(await clocks(browser, copy, log, `the compiled ${articles.length} articles`)) };
    }
    for (const count of eventCounts) {
      const dataset = generateDataset(count);
      const copy = path.join(work, `site-${count}`);
      await fs.cp(site, copy, { recursive: true });
      await writeData(copy, dataset);
      const clock = await clocks(browser, copy, log, `${count} events`);
      const server = await serve(copy);
      servers.push(server);
      log(`measuring the explorer over ${count} events…`);
      app.push({ ...(await measureApp(browser, urlOf(server), count)), clock });
      if (!vis) {
        await fs.writeFile(path.join(visSite, 'items.json'), visItems(dataset));
        const visServer = await serve(visSite);
        servers.push(visServer);
        log(`measuring vis-timeline over ${count} items…`);
        vis = await measureVis(browser, urlOf(visServer));
        const fromNavigation = { plain: NaN, gzip: NaN, plainRuns: [] as number[], gzipRuns: [] as number[] };
        for (const gzip of [false, true]) {
          const server = await staticServer(visSite, { gzip });
          try {
            log(`vis-timeline on the user's clock, ${gzip ? 'gzipped' : 'uncompressed'}…`);
            const runs = await visFromNavigation(browser, server.url, CLOCK_RUNS);
            fromNavigation[gzip ? 'gzipRuns' : 'plainRuns'] = runs;
            fromNavigation[gzip ? 'gzip' : 'plain'] = median(runs);
          } finally {
            await server.close();
          }
        }
        vis.fromNavigationMs = fromNavigation;
      }
    }
    return { initialJsGzipKB: initialJs, chromium: browser.version(), app, vis: vis!, ...(compiled ? { compiled } : {}) };
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    await fs.rm(work, { recursive: true, force: true });
  }
}
