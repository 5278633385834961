// The list view and the search on the built site: the same filtered events as
// a chronological list that opens the passage and prints without controls,
// and a search that marks matches and sets the rest aside, kept in the URL.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, useSite } from './harness';

const ARTICLE_TITLE = /Armenia bows out of Moscow meeting/;
const list = (page: Page) => page.getByRole('region', { name: 'Event list' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const params = (page: Page) => new URL(page.url()).searchParams;

describe('list and search (desktop)', () => {
  const site = useSite({ width: 1280, height: 800 });

  it('List shows every event in time order with its date, actors and passage, and an item opens the passage', async () => {
    const { page } = site;
    await page.goto(site.url);
    await timeline(page).waitFor();
    const onTimeline = await timeline(page).locator('button.event').count();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
    await list(page).waitFor();
    expect(params(page).get('view')).toBe('list');

    const items = list(page).getByRole('listitem');
    expect(await items.count()).toBe(onTimeline);
    const names = await list(page).getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    expect(names[0]).toMatch(/1991$/);
    expect(names[names.length - 1]).toMatch(/23 December 2022$/);
    const meetingItem = items.filter({ has: page.getByRole('button', { name: /(moscow|meeting).*23 December 2022$/i }) });
    expect(await meetingItem.textContent()).toMatch(/Russia/);
    expect(await meetingItem.textContent()).toMatch(/meeting scheduled for Friday in Moscow/);

    await meetingItem.getByRole('button').click();
    const panel = page.getByRole('region', { name: ARTICLE_TITLE });
    await panel.locator('mark').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-list.png') });

    // The view survives a reload, and the actor filter applies to the list too.
    await page.reload();
    await list(page).waitFor();
    await page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { name: 'Russia', exact: true }).check();
    await expect.poll(() => items.count()).toBeLessThan(onTimeline);
  });

  it('printing the list leaves out the filter, the switches and the search', async () => {
    const { page } = site;
    await page.goto(`${site.url}?view=list`);
    await list(page).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('group', { name: 'Actors' }).isVisible()).toBe(false);
    expect(await page.getByRole('searchbox', { name: 'Search events' }).isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: 'View' }).isVisible()).toBe(false);
    expect(await list(page).getByRole('listitem').first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-print.png'), fullPage: true });
  });

  it('searching for a word of a passage marks the matching events and dims or hides the rest', async () => {
    const { page } = site;
    await page.goto(site.url);
    await timeline(page).waitFor();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('ecologists');
    await expect.poll(() => params(page).get('q')).toBe('ecologists');
    await expect.poll(() => page.getByText(/\d+ match(es)? for “ecologists”/).count()).toBe(1);

    const occupation = timeline(page).getByRole('button', { name: /\b1991$/ }).first();
    // What does not match steps back: its mark fades, its words stay readable (axe checks their contrast).
    const opacity = (locator: typeof occupation) => locator.locator('.mark').evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(await opacity(occupation)).toBeLessThan(0.5);
    const matched = timeline(page).locator('.event.is-match');
    expect(await matched.count()).toBeGreaterThanOrEqual(1);
    expect(await opacity(matched.first())).toBeGreaterThan(0.8);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-search.png') });

    await page.getByRole('button', { name: 'List' }).click();
    await list(page).waitFor();
    expect(await list(page).getByRole('button', { name: /\b1991$/ }).count()).toBe(0);
    const marks = await list(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(1);
    for (const mark of marks) expect(mark.toLowerCase()).toBe('ecologists');

    // A shared link brings the same search back.
    const other = await site.context.newPage();
    await other.goto(page.url());
    await list(other).waitFor();
    expect(await other.getByRole('searchbox', { name: 'Search events' }).inputValue()).toBe('ecologists');
    await other.close();
  });

  it('a word found only outside the passages (Lachin) is named with a link that opens the article there, the word marked', async () => {
    const { page } = site;
    await page.goto(`${site.url}?q=Lachin`);
    await timeline(page).waitFor();
    const line = page.locator('.search-elsewhere');
    await expect.poll(() => line.textContent()).toMatch(/^“Lachin” also appears outside the events’ passages, in Armenia bows out of Moscow meeting.* \((\d+) times\)\.$/);
    await line.getByRole('link').click();
    await expect.poll(() => params(page).get('read')).not.toBeNull();
    const reader = page.getByRole('region', { name: ARTICLE_TITLE });
    const marks = reader.locator('.article-pane mark');
    await marks.first().waitFor();
    for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toBe('lachin');
    // The first one is in view inside the article pane.
    const [pane, word] = [await reader.locator('.article-pane').boundingBox(), await marks.first().boundingBox()];
    expect(word!.y).toBeGreaterThanOrEqual(pane!.y);
    expect(word!.y + word!.height).toBeLessThanOrEqual(pane!.y + pane!.height);
    await page.keyboard.press('Escape');
    await expect.poll(() => params(page).get('read')).toBeNull();
  });
});
