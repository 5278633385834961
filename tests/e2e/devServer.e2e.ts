// The dev server over a seeds folder of its own: adding and editing an article
// while the page is open updates the timeline in place, without a reload.
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
      configLoader: 'bundle',
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
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
