// The corpus views over the fixture story (eight invented articles about one
// dispute): the site is built from tests/fixtures/story, and Chromium opens a
// merged event with all its sources, the denial and the dates the sources
// disagree on, walks to other events from the passage and with Previous/Next,
// and narrows the timeline to chosen articles.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsAsTold } from '../../src/model/mergedView';
import { toIndex } from '../../src/model/eventParts';
import type { Dataset, TimelineEvent, TimelineIndex } from '../../src/model/schema';
import { buildSite, useSite } from './harness';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'story-site-'));
const distDir = path.join(work, 'dist');
let index: TimelineIndex;
/** The events as the explorer shows them: each merged happening once, in place of the articles' own. */
let told: TimelineEvent[];

beforeAll(async () => {
  await buildSite(path.join(root, 'tests/fixtures/story'), distDir);
  const dataset = JSON.parse(readFileSync(path.join(distDir, 'data/timeline.json'), 'utf8')) as Dataset;
  index = toIndex(dataset);
  told = eventsAsTold(dataset);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function panel(page: Page): Locator {
  return page.locator('section.panel');
}

function eventWith(quote: string): TimelineEvent {
  const event = told.find((e) => e.sources.some((s) => s.quote.includes(quote)));
  if (!event) throw new Error(`no event quotes ${quote}`);
  return event;
}

const title = (id: string) => index.articles.find((a) => a.id === id)!.title;

describe('the fixture story in the browser', () => {
  const site = useSite({ width: 1280, height: 800 }, distDir);

  it('lists every source of a merged event, shows the denial with who says it, and opens each passage', async () => {
    const { page } = site;
    const closure = eventWith('Kestrin closed the Orlo corridor to Halvorian trucks');
    expect(closure.sources.length).toBeGreaterThanOrEqual(4);
    await page.goto(`${site.url}?event=${encodeURIComponent(closure.id)}`);
    const sources = panel(page).getByRole('region', { name: 'Sources' });
    await sources.waitFor();
    await expect(sources.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(`${closure.sources.length} sources report this`);
    const items = sources.locator('.source-list > li');
    await expect(items.count()).resolves.toBe(closure.sources.length);
    for (const s of closure.sources) await expect(sources.getByRole('button', { name: title(s.articleId), exact: true }).count()).resolves.toBe(1);
    // The brief dates it "on Monday", the analysis "March 6": each as that source gives it.
    await expect(items.filter({ hasText: title('201_corridor_closed_brief') }).textContent()).resolves.toMatch(/wire\.example\.org.*“on Monday”.*Halvorian Transport Ministry said/);

    const contradiction = panel(page).locator('.disagreement', { hasText: 'contradict' });
    await expect(contradiction.textContent()).resolves.toMatch(/says “The Kestrin Foreign Ministry said on Tuesday that the country had not closed the Orlo corridor/);
    await expect(contradiction.locator('li').count()).resolves.toBe(closure.sources.length);
    await expect(panel(page).locator('.merge-why').textContent()).resolves.toMatch(/articles report this/);

    // Opening another source shows that article with its own sentence marked.
    await sources.getByRole('button', { name: title('202_kestrin_denies'), exact: true }).click();
    await expect(panel(page).locator('.article-pane h3').textContent()).resolves.toBe(title('202_kestrin_denies'));
    await expect(panel(page).locator('.article-text mark').textContent()).resolves.toMatch(/had not closed the Orlo corridor on Monday/);
  });

  it('shows the dates the sources disagree on, each with its source', async () => {
    const { page } = site;
    const march = eventWith('Thousands of people marched');
    await page.goto(`${site.url}?event=${encodeURIComponent(march.id)}`);
    const dates = panel(page).locator('.disagreement', { hasText: 'different dates' });
    await dates.waitFor();
    const text = await dates.textContent();
    expect(text).toContain('halvorcourier.example.com (Thousands march in Halvor City over corridor closure) says 7 March 2023 (“on Tuesday”)');
    expect(text).toMatch(/meridianreview\.example\.net \(Analysis: [^)]*\) says 8 March 2023 \(“on Wednesday”\)/);
    expect(text).toContain('(Trucks roll again as Orlo corridor reopens) says 7 March 2023 (“March 7”) — according to police');
  });

  it('marks the article’s other events, opens one on click, and steps through events with Previous and Next', async () => {
    const { page } = site;
    const vienna = eventWith('met in Vienna');
    await page.goto(`${site.url}?event=${encodeURIComponent(vienna.id)}`);
    const others = panel(page).locator('.article-text button.other-event');
    await others.first().waitFor();
    // The Vienna article also reports the Geneva meeting and the battalions: both are marked.
    await expect(others.count()).resolves.toBeGreaterThanOrEqual(2);
    const geneva = eventWith('met in Geneva');
    await others.filter({ hasText: 'met in Geneva' }).click();
    await page.waitForURL((url) => url.searchParams.get('event') === geneva.id);
    await expect(panel(page).locator('.article-text mark').textContent()).resolves.toMatch(/met in Geneva/);

    const at = told.findIndex((e) => e.id === geneva.id);
    await panel(page).getByRole('button', { name: 'Next event →' }).click();
    await page.waitForURL((url) => url.searchParams.get('event') === told[at + 1]!.id);
    await panel(page).getByRole('button', { name: '← Previous event' }).click();
    await page.waitForURL((url) => url.searchParams.get('event') === geneva.id);
  });

  it('narrows the timeline to the checked articles, in the URL, and back to all', async () => {
    const { page } = site;
    await page.goto(site.url);
    const list = page.locator('details.article-list');
    await list.locator('summary').click();
    const row = list.locator('li', { hasText: title('205_geneva_talks_brief') });
    await expect(row.textContent()).resolves.toMatch(/wire\.example\.org · .*9 Mar(ch)? 2023 · 1 event/);
    await row.getByRole('checkbox').check();
    await page.waitForURL((url) => url.searchParams.get('articles') === '205_geneva_talks_brief');
    await expect(page.locator('.app-header .counts').textContent()).resolves.toMatch(new RegExp(`^1 of ${told.length} events`));
    await list.locator('li', { hasText: title('206_vienna_defence') }).getByRole('checkbox').check();
    await page.waitForURL((url) => url.searchParams.get('articles') === '205_geneva_talks_brief,206_vienna_defence');
    const shown = told.filter((e) => e.sources.some((s) => s.articleId === '205_geneva_talks_brief' || s.articleId === '206_vienna_defence')).length;
    await expect(page.locator('.app-header .counts').textContent()).resolves.toMatch(new RegExp(`^${shown} of ${told.length} events`));
    await list.getByRole('button', { name: 'Show all articles' }).click();
    await page.waitForURL((url) => !url.searchParams.has('articles'));
    await expect(page.locator('.app-header .counts').textContent()).resolves.toMatch(new RegExp(`^${told.length} events`));
  });
});
