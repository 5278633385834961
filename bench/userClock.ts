// The user's clock: from navigation start (the moment the user asks for the
// page) to the first frame that shows an event on the timeline, in a fresh
// browser context each time (nothing cached), and where that time goes. The
// phases come from the Navigation and Resource Timing entries the browser
// keeps and from the User Timing marks the app leaves on its way to the first
// draw (src/ui/loadMarks.ts); a build without those marks still gets the
// total, the download and the time after the data.
import type { Browser, Page } from 'playwright-core';
import { LOAD_MARKS } from '../src/ui/loadMarks';

/**
 * Where the time to the first event goes, ms. The page and the index load
 * side by side (the page preloads the index), so the download overlaps the
 * page's own; the rest follow one another on the page's main thread.
 */
export interface Phases {
  /** Navigation start to the page and its scripts and styles in. */
  page: number;
  /** Then to the app's script running (the browser parses, compiles and runs it). */
  boot: number;
  /** The index's own download, from its request to its last byte. */
  download: number;
  /** From the response in the app's hands to the index read into memory (JSON parsed). */
  parse: number;
  /** Then to the index checked against the data contract and decoded into events. */
  validation: number;
  /** Then to the first frame's marks placed (lookups, the time index, the layout of what is on screen). */
  layout: number;
  /** Then to the first frame with events painted (the DOM written, style, layout and paint); NaN where the page's first view was painted before the app ran. */
  render: number;
  /** Navigation start to the app's timeline committed (over a first view built into the page: the moment it took it over). */
  appReady: number;
}

export interface UserClockFigures {
  url: string;
  runs: number;
  /** Median of navigation start to the first frame with an event painted, ms. */
  firstEventMs: number;
  /** Every run's figure, in the order measured. */
  firstEventRunsMs: number[];
  /** Median of navigation start to the app's timeline committed and answering, ms (the first event may come before it, drawn into the page). */
  appReadyMs: number;
  /** Median of the end of the index's download to the first event painted (the benchmark's older figure), ms. */
  afterDataMs: number;
  /** Median of each phase, ms (NaN where the build leaves no mark for it). */
  phases: Phases;
  /** The data the first draw needs as it came over the wire, KB (gzipped when the server compresses). */
  indexTransferKB: number;
  /** The same, as the app reads it, KB. */
  indexDecodedKB: number;
}

/** What the page logs once the first event is painted. */
export const FIRST_EVENT_MESSAGE = 'bench:first-event';

/** What the page logs once the app is ready (its ready mark is left). */
const APP_READY_MESSAGE = 'bench:app-ready';

/** The marks the app leaves; read by name, so a build without them still measures. */
const MARKS = LOAD_MARKS;

interface OneRun {
  firstEvent: number;
  pageIn: number;
  indexStart: number;
  indexEnd: number;
  indexTransfer: number;
  indexDecoded: number;
  marks: Record<string, number>;
}

/** One visit: a fresh context, so the page, its scripts and its data all come over the network. */
async function visit(browser: Browser, url: string, dataFile: RegExp): Promise<OneRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: 'window.__name = (f) => f;' });
    const page: Page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.addInitScript(({ message, ready, readyMark }: { message: string; ready: string; readyMark: string }) => {
      // The first frame with an event on the timeline: the commit that adds its button is seen by the
      // observer; the frame after it is painted once a message posted from its rAF callback arrives.
      const w = window as unknown as { benchFirstEvent?: number; benchFirstView?: boolean };
      // The app's ready mark, told the same way: a first view in the page is painted long before it.
      new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.name === readyMark)) console.debug(ready);
      }).observe({ type: 'mark', buffered: true });
      const observer = new MutationObserver(() => {
        if (!document.querySelector('section[aria-label="Timeline"] button')) return;
        observer.disconnect();
        w.benchFirstView = document.querySelector('#root[data-first-view]') !== null;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            w.benchFirstEvent = performance.now();
            console.debug(message);
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document, { subtree: true, childList: true });
    }, { message: FIRST_EVENT_MESSAGE, ready: APP_READY_MESSAGE, readyMark: MARKS.ready });
    // Told by a console message, not by polling the page: Playwright's polling evaluates its own script in
    // the page (some 50 ms of the main thread), which queued ahead of the frame's message delays it.
    const painted = page.waitForEvent('console', { predicate: (message) => message.text() === FIRST_EVENT_MESSAGE, timeout: 120_000 });
    const appReady = page.waitForEvent('console', { predicate: (message) => message.text() === APP_READY_MESSAGE, timeout: 120_000 });
    // A build without the mark (before it existed) is not waited for.
    appReady.catch(() => {});
    await page.goto(url, { waitUntil: 'commit' });
    await painted;
    // Over a first view the app takes over later: its marks are read once it has.
    if (await page.evaluate(() => (window as unknown as { benchFirstView?: boolean }).benchFirstView)) await appReady;
    return await page.evaluate(
      ({ source, flags }) => {
        const pattern = new RegExp(source, flags);
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const data = resources.find((e) => pattern.test(e.name));
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const scripts = resources.filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname));
        const marks: Record<string, number> = {};
        for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('timeline:') && !(m.name in marks)) marks[m.name] = m.startTime;
        return {
          firstEvent: (window as unknown as { benchFirstEvent: number }).benchFirstEvent,
          pageIn: Math.max(nav.responseEnd, ...scripts.map((e) => e.responseEnd)),
          indexStart: data?.requestStart || data?.startTime || NaN,
          indexEnd: data?.responseEnd ?? NaN,
          indexTransfer: (data?.encodedBodySize ?? NaN) / 1024,
          indexDecoded: (data?.decodedBodySize ?? NaN) / 1024,
          marks,
        };
      },
      { source: dataFile.source, flags: dataFile.flags },
    );
  } finally {
    await context.close();
  }
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function phasesOf(run: OneRun): Phases {
  const mark = (name: string) => run.marks[name] ?? NaN;
  const [started, received, parsed, checked, laidOut, ready] = [MARKS.started, MARKS.received, MARKS.parsed, MARKS.checked, MARKS.laidOut, MARKS.ready].map(mark) as [number, number, number, number, number, number];
  return {
    page: run.pageIn,
    boot: started - run.pageIn,
    download: run.indexEnd - run.indexStart,
    // A build without the marks: from the end of the download.
    parse: parsed - (Number.isNaN(received) ? run.indexEnd : received),
    validation: checked - parsed,
    layout: laidOut - checked,
    // A first view in the page is painted before the app has laid anything out.
    render: run.firstEvent > laidOut ? run.firstEvent - laidOut : NaN,
    appReady: ready,
  };
}

/**
 * Loads the page `runs` times, each in a fresh context, and gives the medians.
 * `dataFile` picks the first-draw data among the page's resources.
 */
export async function measureUserClock(browser: Browser, url: string, runs: number, dataFile = /\/data\/index\.(json|bin)$/): Promise<UserClockFigures> {
  const all: OneRun[] = [];
  // One visit first, not counted: Chromium's first page in a new browser pays for warming its own caches.
  await visit(browser, url, dataFile);
  for (let i = 0; i < runs; i++) all.push(await visit(browser, url, dataFile));
  const phases = all.map(phasesOf);
  const key = (k: keyof Phases) => median(phases.map((p) => p[k]));
  return {
    url,
    runs,
    firstEventMs: median(all.map((r) => r.firstEvent)),
    firstEventRunsMs: all.map((r) => Math.round(r.firstEvent)),
    appReadyMs: key('appReady'),
    afterDataMs: median(all.map((r) => r.firstEvent - r.indexEnd)),
    phases: { page: key('page'), boot: key('boot'), download: key('download'), parse: key('parse'), validation: key('validation'), layout: key('layout'), render: key('render'), appReady: key('appReady') },
    indexTransferKB: median(all.map((r) => r.indexTransfer)),
    indexDecodedKB: median(all.map((r) => r.indexDecoded)),
  };
}
