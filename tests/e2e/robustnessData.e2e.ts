// Broken data on the built site: the index, the events' details or an article's text missing (404),
// cut off (not JSON) or of the wrong shape (valid JSON the contract refuses).
// Each gives a message that names the file and a Retry button, never a blank
// page; Retry recovers once the file is good again. The browser sees the broken
// body until the test mends the file, then the real one.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness';

type Breakage = { name: string; serve: (route: Route) => Promise<void>; says: RegExp };

const breakages = (wrongShape: string): Breakage[] => [
  { name: 'missing (404)', serve: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }), says: /answered 404/ },
  {
    name: 'truncated',
    serve: async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
    },
    says: /is not valid JSON/,
  },
  { name: 'of the wrong shape', serve: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: wrongShape }), says: /does not match the data contract/ },
];

/** Serves `serve`'s broken body for `pattern` until the returned mend() is called, the real file after. */
async function breakFile(page: Page, pattern: string, serve: (route: Route) => Promise<void>): Promise<() => void> {
  let broken = true;
  await page.route(pattern, (route) => (broken ? serve(route) : route.fallback()));
  return () => {
    broken = false;
  };
}

describe('broken data', () => {
  const site = useSite({ width: 1280, height: 800 });

  /** A 404 is also logged by Chromium as a failed resource; that is the case under test, not a fault of the page. */
  function forgiveFailedLoads() {
    site.errors.splice(0, site.errors.length, ...site.errors.filter((e) => !/Failed to load resource: .* 404/.test(e)));
  }

  for (const { name, serve, says } of breakages('{"articles": "none", "events": [{}]}')) {
    it(`the timeline index ${name}: an error naming the file with Retry, which recovers`, async () => {
      const { page } = site;
      const mend = await breakFile(page, '**/data/index.json', serve);
      await page.goto(site.url);
      const alert = page.getByRole('alert');
      // The fetch is retried twice before giving up, so the message waits on the retries.
      await alert.waitFor({ timeout: 15_000 });
      await expect(page.getByRole('heading', { name: 'News timeline explorer' }).isVisible()).resolves.toBe(true);
      await expect(alert.textContent()).resolves.toMatch(/The timeline could not be loaded/);
      expect(await alert.textContent()).toMatch(/index\.json/);
      expect(await alert.textContent()).toMatch(says);

      mend();
      await alert.getByRole('button', { name: 'Retry' }).click();
      const timeline = page.getByRole('region', { name: 'Timeline' });
      await timeline.waitFor();
      expect(await timeline.locator('button.event').count()).toBeGreaterThan(0);
      expect(await page.getByRole('alert').count()).toBe(0);
      forgiveFailedLoads();
    });
  }

  for (const { name, serve, says } of breakages('{"schemaVersion": 1, "events": [{"id": "x"}]}')) {
    it(`the events' details ${name}: the timeline stands, an alert names the file with Retry, which recovers`, async () => {
      const { page } = site;
      const mend = await breakFile(page, '**/data/details.json', serve);
      await page.goto(site.url);
      const timeline = page.getByRole('region', { name: 'Timeline' });
      await timeline.waitFor();
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent()).toMatch(/The passages could not be loaded/);
      expect(await alert.textContent()).toMatch(/details\.json/);
      expect(await alert.textContent()).toMatch(says);
      // What the index carries still works: events open with their article and passage.
      await timeline.getByRole('button', { pressed: false }).first().click();
      const panel = page.locator('section.panel');
      await panel.locator('.article-text mark').first().waitFor();
      expect(await panel.textContent()).toMatch(/could not be loaded/);
      await expect(page.getByRole('button', { name: 'Download CSV' }).isDisabled()).resolves.toBe(true);

      mend();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await panel.locator('.reason', { hasText: 'rule' }).waitFor();
      await expect.poll(() => page.getByRole('alert').count()).toBe(0);
      await expect(page.getByRole('button', { name: 'Download CSV' }).isEnabled()).resolves.toBe(true);
      forgiveFailedLoads();
    });
  }

  for (const { name, serve, says } of breakages('{"id": 42, "text": ["not", "text"]}')) {
    it(`an article's text ${name} while the index is fine: the panel says so with Retry, which recovers`, async () => {
      const { page } = site;
      const mend = await breakFile(page, '**/data/articles/*.json', serve);
      await page.goto(site.url);
      const timeline = page.getByRole('region', { name: 'Timeline' });
      await timeline.waitFor();
      const events = await timeline.locator('button.event').count();
      await timeline.locator('button.event').first().click();
      const panel = page.locator('section.panel');
      const alert = panel.getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent()).toMatch(/The article text could not be loaded/);
      expect(await alert.textContent()).toMatch(/articles\/.+\.json/);
      expect(await alert.textContent()).toMatch(says);
      // The rest of the page stands: the timeline and the panel's facts from the index.
      expect(await timeline.locator('button.event').count()).toBe(events);
      expect(await panel.getByRole('heading', { level: 2 }).textContent()).not.toBe('');

      mend();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await panel.locator('.article-text mark').first().waitFor();
      expect(await panel.getByRole('alert').count()).toBe(0);
      forgiveFailedLoads();
    });
  }
});
