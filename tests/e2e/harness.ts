// Browser test harness: serves dist/ with Vite's preview server on a free
// local port, launches Chromium through playwright-core, gives each test a
// fresh context and page, and fails the test on any page or console error.
import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { compressedData } from '../../src/compiler/build/compressedData';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Site {
  /** The site's root URL, ending in a slash. */
  readonly url: string;
  readonly page: Page;
  readonly context: BrowserContext;
  /** Page errors and console errors seen in the current test. */
  readonly errors: string[];
}

/**
 * Registers the hooks for a suite and returns a handle whose fields are valid
 * inside tests. `viewport` sets the size of every test's page; `distDir`
 * serves another build (a suite that builds its own over other articles).
 */
export function useSite(viewport = { width: 1280, height: 800 }, distDir?: string): Site {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  const state = { url: '', page: undefined as Page | undefined, context: undefined as BrowserContext | undefined, errors: [] as string[] };

  beforeAll(async () => {
    const port = await freePort();
    // No config file: the built site is static, and the data plugin need not run again. Its data goes gzipped, as a host would send it.
    server = await preview({
      root,
      configFile: false,
      plugins: [compressedData()],
      logLevel: 'warn',
      // E2E_DIST_DIR serves another build (a branch's, a fixture's) with the same suite.
      build: { outDir: distDir ?? process.env.E2E_DIST_DIR ?? 'dist' },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    state.url = `http://127.0.0.1:${port}/`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    state.errors = [];
    state.context = await browser!.newContext({ viewport });
    // Fail in seconds, not half a minute, when something the test waits for never comes.
    state.context.setDefaultTimeout(10_000);
    state.page = await state.context.newPage();
    waitForTheApp(state.page);
    state.page.on('pageerror', (error) => state.errors.push(`page error: ${error.message}`));
    state.page.on('console', (message) => {
      if (message.type() === 'error') state.errors.push(`console error: ${message.text()}`);
    });
  });

  afterEach(async () => {
    await state.context?.close();
    expect(state.errors, 'the page logged errors').toEqual([]);
  });

  return {
    get url() {
      return state.url;
    },
    get page() {
      if (!state.page) throw new Error('the page exists only inside a test');
      return state.page;
    },
    get context() {
      if (!state.context) throw new Error('the context exists only inside a test');
      return state.context;
    },
    get errors() {
      return state.errors;
    },
  };
}

/**
 * The built page carries a first view of the timeline (src/ui/firstViewPage.tsx) that the app takes over once
 * the data is in. The tests drive the app: a navigation or reload returns once the app has taken over (the
 * first view itself is tested in firstView.e2e.ts). `waitUntil: 'commit'` returns at once, for a test that
 * holds the data back.
 */
function waitForTheApp(page: Page): void {
  const tookOver = () => page.waitForSelector('#root:not([data-first-view])', { state: 'attached' });
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (options?.waitUntil !== 'commit') await tookOver();
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    if (options?.waitUntil !== 'commit') await tookOver();
    return response;
  };
}

export const screenshotDir = path.join(root, 'docs/screenshots');

/** Builds the site over another folder of articles into `distDir`, as `SEEDS_DIR=… npm run build` would. */
export async function buildSite(seedsDir: string, distDir: string): Promise<void> {
  await promisify(execFile)(path.join(root, 'node_modules/.bin/vite'), ['build', '--configLoader', 'runner', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, SEEDS_DIR: seedsDir },
  });
}
