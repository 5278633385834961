// Untrusted links: a shared URL may name ids the data lacks, a window that is
// no range, values nobody defined, 100 KB parameters or the same one twice.
// The built site must stay up, apply what it can, and say in a notice what it
// could not. Ids are read from the built index, never written here.
import { decodeIndex, type IndexColumns } from '../../src/model/indexColumns';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineIndex } from '../../src/model/schema';
import { useSite } from './harness';

const distDir = path.resolve(import.meta.dirname, '../..', process.env.E2E_DIST_DIR ?? 'dist');
const HUGE = 'x'.repeat(100 * 1024);

let index: TimelineIndex;
beforeAll(() => {
  index = decodeIndex(JSON.parse(readFileSync(path.join(distDir, 'data/index.json'), 'utf8')) as IndexColumns);
});

/** The actor directly involved in the fewest events: checking it must leave some events out. */
function narrowActor() {
  const direct = (id: string) => index.events.filter((event) => event.actors.includes(id)).length;
  return [...index.actors].filter((actor) => direct(actor.id) > 0).sort((a, b) => direct(a.id) - direct(b.id))[0]!;
}

function notice(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
}

/** Events on the timeline or in the list: the page is up and showing data. */
async function shownEvents(page: Page): Promise<number> {
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const list = page.getByRole('region', { name: 'Event list' });
  await timeline.or(list).first().waitFor();
  return (await timeline.isVisible()) ? timeline.locator('button.event').count() : list.getByRole('listitem').count();
}

/**
 * Opens the site with this query string. Servers cap a request line (Node at
 * 16 KB), so a longer link is answered with the built page by the test itself,
 * as a host that takes long URLs would.
 */
async function openLink(page: Page, url: string, search: string): Promise<void> {
  if (search.length > 8000) {
    const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
    await page.route((target) => target.search.length > 8000, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  }
  await page.goto(`${url}${search}`);
}

describe('untrusted links', () => {
  const site = useSite({ width: 1280, height: 800 });

  it('a clean link shows no notice', async () => {
    const { page } = site;
    const actor = narrowActor();
    const days = index.events.map((event) => event.date.start.slice(0, 10)).sort();
    await openLink(page, site.url, `?actors=${actor.id}&axis=linear&from=${days[0]}&to=${days.at(-1)}&view=list&q=the&lanes=actor`);
    expect(await shownEvents(page)).toBeGreaterThan(0);
    expect(await notice(page).count()).toBe(0);
  });

  it('unknown event and actor ids: the known actor is checked, the rest is named in the notice until the reader moves on', async () => {
    const { page } = site;
    const actor = narrowActor();
    await openLink(page, site.url, `?event=no-such-event&actors=${actor.id},ghost-actor&axis=linear`);
    await notice(page).waitFor();
    expect(await shownEvents(page)).toBeGreaterThan(0);
    await expect(page.getByRole('checkbox', { name: actor.name, exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.locator('.counts').textContent()).resolves.toMatch(/^\d+ of \d+ events/);
    await expect(page.getByRole('group', { name: 'Axis' }).getByRole('button', { name: 'Linear' }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await page.locator('section.panel').count()).toBe(0);
    const text = await notice(page).textContent();
    expect(text).toContain('unknown event “no-such-event”');
    expect(text).toContain('unknown actor “ghost-actor”');
    expect(text).not.toContain(`“${actor.id}”`);

    // Opening an event (or a cluster) writes a clean URL: what could not be used is gone from it, and so is the notice.
    await page.getByRole('region', { name: 'Timeline' }).locator('button.event').first().click();
    await notice(page).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.getAll('actors')).toEqual([actor.id]);
    expect(page.url()).not.toMatch(/no-such-event|ghost-actor/);
  });

  it('a malformed or reversed window is ignored and named, and the event in the same link opens', async () => {
    const { page } = site;
    const event = index.events[Math.floor(index.events.length / 2)]!;
    await openLink(page, site.url, `?from=2022-13-01&to=2022-01-01&event=${encodeURIComponent(event.id)}`);
    await notice(page).waitFor();
    expect(await notice(page).textContent()).toContain('the window 2022-13-01…2022-01-01 is not a valid range');
    await expect(page.locator('section.panel').getByRole('heading', { level: 2 }).textContent()).resolves.toBe(event.label);
    expect(await shownEvents(page)).toBeGreaterThan(0);

    await openLink(page, site.url, '?from=2022-12-25&to=2022-12-10');
    await notice(page).waitFor();
    expect(await notice(page).textContent()).toContain('the window 2022-12-25…2022-12-10 is not a valid range');
    expect(await shownEvents(page)).toBeGreaterThan(0);

    await openLink(page, site.url, '?to=2022-12-10');
    await notice(page).waitFor();
    expect(await notice(page).textContent()).toContain('the window needs both a start and an end');
  });

  it('unknown axis, view and lanes values are named, and the page keeps its defaults', async () => {
    const { page } = site;
    await openLink(page, site.url, '?axis=curved&view=gallery&lanes=country');
    await notice(page).waitFor();
    const text = await notice(page).textContent();
    for (const part of ['unknown axis “curved”', 'unknown view “gallery”', 'unknown lanes “country”']) expect(text).toContain(part);
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    expect(await shownEvents(page)).toBeGreaterThan(0);
  });

  it('100 KB parameters are refused without being read, and the rest of the link applies', async () => {
    const { page } = site;
    await openLink(page, site.url, `?q=${HUGE}&view=list`);
    await notice(page).waitFor();
    expect(await notice(page).textContent()).toContain('the search is too long (102,400 characters)');
    // The list view applies; the search does not, so every event is listed and the search box is empty.
    expect(await shownEvents(page)).toBe(index.events.length);
    await expect(page.getByRole('searchbox', { name: 'Search events' }).inputValue()).resolves.toBe('');

    await openLink(page, site.url, `?event=${HUGE}&axis=linear`);
    await notice(page).waitFor();
    const text = (await notice(page).textContent())!;
    expect(text).toContain('the event is too long (102,400 characters)');
    // The notice stays short whatever the link held.
    expect(text.length).toBeLessThan(300);
    await expect(page.getByRole('group', { name: 'Axis' }).getByRole('button', { name: 'Linear' }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await shownEvents(page)).toBeGreaterThan(0);
  });

  it('a repeated parameter: the first is used, and the notice says so', async () => {
    const { page } = site;
    const actor = narrowActor();
    await openLink(page, site.url, `?view=list&view=timeline&actors=${actor.id}&actors=ghost`);
    await notice(page).waitFor();
    const text = await notice(page).textContent();
    expect(text).toContain('view was given 2 times (the first was used)');
    expect(text).toContain('actors was given 2 times');
    await page.getByRole('region', { name: 'Event list' }).waitFor();
    await expect(page.getByRole('checkbox', { name: actor.name, exact: true }).isChecked()).resolves.toBe(true);
  });

  it('an id with a broken escape is named as written, the notice passes axe, and Dismiss hides it with the page still up', async () => {
    const { page } = site;
    await openLink(page, site.url, '?event=%E0%A4%A');
    await notice(page).waitFor();
    expect(await notice(page).textContent()).toContain('unknown event “%E0%A4%A”');
    const axe = await new AxeBuilder({ page }).include('.link-notice').analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`), 'the notice is accessible').toEqual([]);
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice(page).count()).toBe(0);
    expect(await shownEvents(page)).toBeGreaterThan(0);
  });
});
