// The dev server over a seeds folder of its own: `npm start` prints where the
// page is and nothing alarming, and adding and editing an article while the
// page is open updates the timeline in place, without a reload.
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from './harness';

const root = path.resolve(import.meta.dirname, '../..');
const SEED = '000_30beba559cdab82b';

const HARBOUR = (day: string) => `---
title: Harbour crane collapses in Portmere
published: 2024-05-10
---
A harbour crane collapsed in Portmere on ${day}, halting work at the container terminal.
`;

describe('the dev server', () => {
  let seeds: string;
  let server: ViteDevServer;
  let browser: Browser;

  beforeAll(async () => {
    seeds = await mkdtemp(path.join(tmpdir(), 'dev-seeds-'));
    await copyFile(path.join(root, 'seeds', `${SEED}.txt`), path.join(seeds, `${SEED}.txt`));
    await copyFile(path.join(root, 'seeds', `${SEED}.meta.json`), path.join(seeds, `${SEED}.meta.json`));
    process.env.SEEDS_DIR = seeds;
    server = await createServer({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      configLoader: 'runner',
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    await server.listen();
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    delete process.env.SEEDS_DIR;
    await rm(seeds, { recursive: true, force: true });
  });

  it('shows an added article and an edit to it without reloading the page', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(server.resolvedUrls!.local[0]!);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: /23 December 2022/ }).first().waitFor({ timeout: 15_000 });

    await writeFile(path.join(seeds, 'portmere-crane.md'), HARBOUR('Wednesday'));
    await timeline.getByRole('button', { name: /crane collapsed.*8 May 2024/i }).waitFor({ timeout: 15_000 });

    await writeFile(path.join(seeds, 'portmere-crane.md'), HARBOUR('Tuesday'));
    await timeline.getByRole('button', { name: /crane collapsed.*7 May 2024/i }).waitFor({ timeout: 15_000 });
    expect(await timeline.getByRole('button', { name: /8 May 2024/ }).count()).toBe(0);
    expect(loads).toBe(1);
    // The page as the server sends it now carries the edited article in its first view (drawn from the latest compile).
    const html = await (await page.request.get(server.resolvedUrls!.local[0]!)).text();
    expect(html).toMatch(/<div id="root" data-first-view="fresh">[\s\S]*aria-label="[^"]*crane collapsed[^"]*7 May 2024"/i);
    expect(html).not.toMatch(/8 May 2024/);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('npm start prints the URL to open and no warning', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    // Its own process group, so the server and the watcher npm starts end with it.
    const child = spawn('npm', ['start', '--', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, SEEDS_DIR: seeds, NO_COLOR: '1', FORCE_COLOR: '0' },
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL after 40 s:\n${output}`)), 40_000);
        // Both the URL and the seeds' compile summary (which may come first or second).
        const check = () => {
          if (/Local:\s+http:\/\/127\.0\.0\.1:\d+\//.test(output) && /compiled \d+ article\(s\)/.test(output)) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on('data', check);
        child.stderr.on('data', check);
      });
      expect(output).toContain(`http://127.0.0.1:${port}/`);
      expect(output).toMatch(/compiled \d+ article\(s\)/);
      // Past npm's echo of the command: the banner, the URL and the compile summary, not fifty lines of warnings.
      const printed = output.split('\n').filter((line) => !line.startsWith('> ') && line.trim() !== '');
      expect(printed.join('\n')).not.toMatch(/\(!\)|configLoader|deprecat|[1-9]\d* warning/i);
      expect(printed.length).toBeLessThan(10);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  }, 60_000);
});
