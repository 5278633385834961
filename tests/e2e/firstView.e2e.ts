// The first view built into the page (src/ui/firstViewPage.tsx): the page as
// served already holds the timeline's first frame, the browser paints it
// before any script runs, and the app takes it over with the same events at
// the same places, keeping the focus and a click given to it meanwhile. The
// data is held back where a test needs the moment before the app is ready.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_VIEW } from '../../src/ui/firstViewport';
import { useSite } from './harness';

const VIEWPORT = { width: FIRST_VIEW.viewportWidth, height: FIRST_VIEW.viewportHeight };

/** Each event, cluster and tick of the timeline: its name and its box, rounded to the pixel. */
async function drawn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('section[aria-label="Timeline"] button, .timeline-axis text')].map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.getAttribute('aria-label') ?? element.textContent} @ ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
    }),
  );
}

/** Holds index.json back until `release` is called: the page shows its first view, the app waits. */
async function holdIndex(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/index.json', async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}

const tookOver = (page: Page) => page.waitForSelector('#root:not([data-first-view])', { state: 'attached' });

describe('the first view built into the page', () => {
  const site = useSite(VIEWPORT);

  it('is in the HTML as served, and is what the app then draws, event for event and pixel for pixel', async () => {
    const { page, context } = site;
    const html = await (await page.request.get(site.url)).text();
    // The events with their names are in the markup itself, and the page's policy allows its one inline script and style.
    expect(html).toMatch(/<section aria-label="Timeline"[^>]*>[\s\S]*<button[^>]*data-event-id=/);
    expect(html).toMatch(/Content-Security-Policy" content="[^"]*script-src &#39;self&#39; &#39;sha256-/);

    // Without any script: what the browser paints from the HTML and the stylesheet alone.
    const still = await context.browser()!.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    try {
      const bare = await still.newPage();
      await bare.goto(site.url);
      const events = bare.locator('section[aria-label="Timeline"] button.event');
      expect(await events.count()).toBeGreaterThanOrEqual(6);
      await events.first().waitFor({ state: 'visible' });
      const first = await drawn(bare);

      await page.goto(site.url);
      // The app's own buttons (React's, with their handlers), at the same places with the same names.
      expect(await drawn(page)).toEqual(first);
    } finally {
      await still.close();
    }
  });

  it('is shown at once at its width, and keeps the focus and a click given to it before the app is ready', async () => {
    const { page } = site;
    const release = await holdIndex(page);
    await page.goto(site.url, { waitUntil: 'commit' });
    const events = page.getByRole('region', { name: 'Timeline' }).locator('button.event');
    await events.first().waitFor();
    // Measured in the page as it is: the width the view was laid out for is the timeline's width here.
    expect(await page.locator('#root').getAttribute('data-first-view')).toBe('fresh');
    const name = (await events.nth(1).getAttribute('aria-label'))!;
    // Tab reaches the timeline's one tab stop; the arrows are the app's, so the reader clicks the second event.
    await page.locator('section[aria-label="Timeline"]').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe(await events.first().getAttribute('aria-label'));
    await events.nth(1).click();

    release();
    await tookOver(page);
    // The click, made again on the app's button, opened the event's panel; the pressed button is the same event.
    await page.getByRole('button', { name, pressed: true }).waitFor();
    expect(page.url()).toMatch(/[?&]event=/);
  });

  it('keeps the focus where the reader left it when the app takes over', async () => {
    const { page } = site;
    const release = await holdIndex(page);
    await page.goto(site.url, { waitUntil: 'commit' });
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.locator('button.event').first().waitFor();
    await timeline.focus();
    await page.keyboard.press('Tab');
    const before = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    release();
    await tookOver(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(before);
    // The focused button is the app's own: the arrow key is handled (it goes to the next event).
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe(before);
  });
});

describe('the first view at another width', () => {
  const site = useSite({ width: 1000, height: 700 });

  it('hides the events it laid out for another width until the app draws them', async () => {
    const { page } = site;
    const release = await holdIndex(page);
    await page.goto(site.url, { waitUntil: 'commit' });
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.waitFor();
    expect(await page.locator('#root').getAttribute('data-first-view')).toBe('stale-width');
    expect(await timeline.locator('button.event').first().isVisible()).toBe(false);
    // The header and the toolbar are right at any width: they stay.
    expect(await page.getByRole('button', { name: 'Fit all' }).isVisible()).toBe(true);
    release();
    await tookOver(page);
    await timeline.locator('button.event').first().waitFor({ state: 'visible' });
  });
});
