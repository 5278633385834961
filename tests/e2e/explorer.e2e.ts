// The explorer on the built site over the real seeds: events visible with
// their dates, the passage panel, the actor filter, URL state, screenshots.
// Events are found by accessible name (date + keyword), never by hard-coded id,
// because the labels come from a compiler that keeps improving.
import path from 'node:path';
import type { Locator, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, useSite } from './harness';
import { overlappingPairs } from './overlaps';

const ARTICLE_TITLE = /Armenia bows out of Moscow meeting/;

function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}

/** The Moscow meeting: dated Friday 23 December 2022; its label names Moscow or the meeting. */
function moscowMeeting(page: Page): Locator {
  return timeline(page).getByRole('button', { name: /(moscow|meeting).*23 December 2022$/i }).first();
}

function pashinyanStatement(page: Page): Locator {
  return timeline(page).getByRole('button', { name: /(pashinyan|peacekeep|accus).*22 December 2022$/i }).first();
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await timeline(page).waitFor();
}

/** The article texts the page asks for from now on, until `stop`. */
function articleRequests(page: Page): { asked: string[]; stop: () => void } {
  const asked: string[] = [];
  const onRequest = (request: Request) => {
    if (/\/data\/articles\/[^/]+\.json/.test(request.url())) asked.push(request.url());
  };
  page.on('request', onRequest);
  return { asked, stop: () => page.off('request', onRequest) };
}

async function count(locator: Locator): Promise<number> {
  return locator.count();
}

describe('explorer (desktop)', () => {
  const site = useSite({ width: 1280, height: 800 });

  it('shows the seed events with their dates, from 1991 to the week of publication', async () => {
    const { page } = site;
    await open(page, site.url);
    // The page is named after the corpus: here, its one article.
    await expect(page.title()).resolves.toMatch(/^Armenia bows out of Moscow meeting.* · News timeline explorer$/);
    const events = timeline(page).locator('button.event');
    expect(await count(events)).toBeGreaterThanOrEqual(6);
    expect(await count(timeline(page).getByRole('button', { name: /\b1991$/ }))).toBeGreaterThanOrEqual(1);
    expect(await count(timeline(page).getByRole('button', { name: /autumn 2020$/ }))).toBeGreaterThanOrEqual(1);
    expect(await count(timeline(page).getByRole('button', { name: /12 December 2022$/ }))).toBeGreaterThanOrEqual(1);
    await moscowMeeting(page).waitFor();
  });

  it('keeps events of the same week apart and clickable', async () => {
    const { page } = site;
    await open(page, site.url);
    expect(await overlappingPairs(timeline(page).locator('button.event')), 'event buttons overlap').toEqual([]);
    // A trial click hits the button itself, not something drawn over it.
    await moscowMeeting(page).click({ trial: true });
    await pashinyanStatement(page).click({ trial: true });
  });

  it('clicking the Moscow meeting opens the event, with its sentence marked in its article below', async () => {
    const { page } = site;
    await open(page, site.url);
    await moscowMeeting(page).click();
    await expect(page.locator('section.panel').getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(/moscow|meeting/i);
    const panel = page.getByRole('region', { name: ARTICLE_TITLE });
    await panel.waitFor();
    await expect(panel.getByRole('heading', { level: 3 }).textContent()).resolves.toMatch(ARTICLE_TITLE);
    const mark = panel.locator('mark').first();
    await mark.waitFor();
    expect(await mark.textContent()).toMatch(/meeting scheduled for Friday in Moscow/);
    expect(await mark.isVisible()).toBe(true);
    expect(page.url()).toMatch(/[?&]event=/);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-desktop.png') });
  });

  it('resting the pointer on an event asks for its article before the click, and the click asks for nothing more', async () => {
    const { page } = site;
    const { asked, stop } = articleRequests(page);
    try {
      await open(page, site.url);
      await moscowMeeting(page).waitFor();
      expect(asked, 'no article is asked for before an event is pointed at').toEqual([]);
      await moscowMeeting(page).hover();
      await expect.poll(() => asked.length, { timeout: 5000 }).toBe(1);
      await moscowMeeting(page).click();
      await page.getByRole('region', { name: ARTICLE_TITLE }).locator('mark').first().waitFor();
      expect(asked).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it('the keyboard focus resting on an event asks for its article too', async () => {
    const { page } = site;
    const { asked, stop } = articleRequests(page);
    try {
      await open(page, site.url);
      await moscowMeeting(page).focus();
      await expect.poll(() => asked.length, { timeout: 5000 }).toBe(1);
    } finally {
      stop();
    }
  });

  it('Escape closes the panel', async () => {
    const { page } = site;
    await open(page, site.url);
    await moscowMeeting(page).click();
    const panel = page.getByRole('region', { name: ARTICLE_TITLE });
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(page.url()).not.toMatch(/event=/);
  });

  it('checking Russia hides an event without Russia and keeps one with it', async () => {
    const { page } = site;
    await open(page, site.url);
    // In the seed, the 1991 occupation involves Armenia and Azerbaijan, not Russia.
    const occupation = timeline(page).getByRole('button', { name: /\b1991$/ }).first();
    await occupation.waitFor();
    const before = await count(timeline(page).locator('button.event'));
    await page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { name: 'Russia', exact: true }).check();
    await occupation.waitFor({ state: 'detached' });
    await moscowMeeting(page).waitFor();
    expect(await count(timeline(page).locator('button.event'))).toBeLessThan(before);
    expect(page.url()).toMatch(/[?&]actors=russia/);
  });

  it('checking Armenia keeps Pashinyan’s statement through his membership', async () => {
    const { page } = site;
    await open(page, site.url);
    await page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { name: 'Armenia', exact: true }).check();
    await pashinyanStatement(page).waitFor();
  });

  it('a deep link restores the selection after a reload, and back/forward move through selections', async () => {
    const { page } = site;
    await open(page, site.url);
    await moscowMeeting(page).click();
    const panel = page.getByRole('region', { name: ARTICLE_TITLE });
    await panel.locator('mark').waitFor();
    const deepLink = page.url();
    expect(deepLink).toMatch(/\?event=/);

    await page.reload();
    await panel.locator('mark').waitFor();
    expect(await panel.locator('mark').first().textContent()).toMatch(/scheduled for Friday in Moscow/);
    expect(await moscowMeeting(page).getAttribute('aria-pressed')).toBe('true');

    // A fresh page on the deep link alone.
    const other = await site.context.newPage();
    await other.goto(deepLink);
    await other.getByRole('region', { name: ARTICLE_TITLE }).locator('mark').waitFor();
    await other.close();

    await pashinyanStatement(page).click();
    await expect.poll(() => panel.locator('mark').first().textContent()).toMatch(/Pashinyan/);
    await page.goBack();
    await expect.poll(() => panel.locator('mark').first().textContent()).toMatch(/scheduled for Friday in Moscow/);
    await page.goBack();
    await panel.waitFor({ state: 'detached' });
    await page.goForward();
    await panel.locator('mark').waitFor();
  });
});

describe('explorer by keyboard (desktop)', () => {
  const site = useSite({ width: 1280, height: 800 });

  /** The accessible name of whatever has the focus. */
  const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

  it('Right steps through the events in time order, Enter opens the passage with the focus on the event, Escape returns', async () => {
    const { page } = site;
    await open(page, site.url);
    await timeline(page).getByRole('button', { name: /\b1991$/ }).first().focus();
    const names = [await focusedName(page)];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('ArrowRight');
      names.push(await focusedName(page));
    }
    const order = [...new Set(names)];
    expect(order[0]).toMatch(/1991$/);
    expect(order[order.length - 1]).toMatch(/23 December 2022$/);
    const at = (pattern: RegExp) => order.findIndex((name) => pattern.test(name));
    expect(at(/1991$/)).toBeLessThan(at(/autumn 2020$/));
    expect(at(/autumn 2020$/)).toBeLessThan(at(/12 December 2022$/));
    expect(at(/12 December 2022$/)).toBeLessThan(at(/22 December 2022$/));
    // Moving between events is not moving the view.
    expect(page.url()).not.toMatch(/from=/);

    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: ARTICLE_TITLE });
    await panel.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await focusedName(page)).toMatch(/moscow|meeting/i);
    await expect.poll(() => page.getByText(/^Selected: .*23 December 2022$/).count()).toBe(1);

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await focusedName(page)).toMatch(/23 December 2022$/);
  });

  it('Tab stops once on the timeline’s events, at the one last visited, and the next Tab leaves them', async () => {
    const { page } = site;
    await open(page, site.url);
    // On one of the timeline's events (the publication days on its axis are a stop of their own).
    const inTimeline = () => page.evaluate(() => document.activeElement?.closest('[aria-label="Timeline"]') !== null && document.activeElement?.hasAttribute('data-lane-key'));
    await timeline(page).focus();
    await page.keyboard.press('Tab');
    expect(await inTimeline()).toBe(true);
    expect(await focusedName(page)).toMatch(/1991$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const visited = await focusedName(page);
    await page.keyboard.press('Tab');
    expect(await inTimeline()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe(visited);
  });

  it('stepping past the edge of a zoomed window moves the window to the next event', async () => {
    const { page } = site;
    await open(page, `${site.url}?axis=linear&from=2022-12-21&to=2022-12-25`);
    await pashinyanStatement(page).focus();
    // Back through the December week, the 2022 statements, then 2021, which lies outside the window.
    for (let i = 0; i < 6 && !/2021$/.test(await focusedName(page)); i++) await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toMatch(/2021$/);
    expect(await timeline(page).getByRole('button', { name: /2021$/ }).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('from')! < '2021-06-01').toBe(true);
  });
});

describe('explorer (mobile)', () => {
  const site = useSite({ width: 375, height: 800 });

  it('lays out on a narrow screen and opens the panel', async () => {
    const { page } = site;
    await open(page, site.url);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-mobile.png') });
    await moscowMeeting(page).click();
    await page.getByRole('region', { name: ARTICLE_TITLE }).locator('mark').waitFor();
    // Only the timeline scrolls sideways, never the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
