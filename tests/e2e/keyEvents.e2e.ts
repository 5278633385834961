// The story as a reader meets it, on the site built over the fixture story of
// twelve invented articles about a fire at a battery plant (tests/fixtures/
// story2): key events named first, readable labels, zoom that never gets
// lost, the panel that shows the event first, search over the whole text,
// exports that carry their sources, the publication days on the axis and the
// files a published site needs. Events are found from the compiled data (by
// importance, by sources), never by a hard-coded id or label, because the
// compiler keeps improving them. The README's story screenshots and the
// site's social preview image are saved from here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsAsTold } from '../../src/model/mergedView';
import { exportedEventsSchema, type Dataset, type TimelineEvent } from '../../src/model/schema';
import { corpusTitle } from '../../src/timeline/corpusTitle';
import { importanceOrder, keyEventIds } from '../../src/timeline/importanceRank';
import { outletOf } from '../../src/timeline/outlet';
import { buildSite, screenshotDir, useSite } from './harness';
import { overlappingPairs } from './overlaps';
import { seriousViolations } from './axe';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'story2-site-'));
const distDir = path.join(work, 'dist');
let dataset: Dataset;
/** The events as the explorer shows them: each merged happening once. */
let told: TimelineEvent[];

beforeAll(async () => {
  await buildSite(path.join(root, 'tests/fixtures/story2'), distDir);
  dataset = JSON.parse(readFileSync(path.join(distDir, 'data/timeline.json'), 'utf8')) as Dataset;
  told = eventsAsTold(dataset);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
/** The events drawn on the timeline (the axis also holds the publication days' marks). */
const drawnEvents = (page: Page) => timeline(page).locator('button[data-event-id]');
const eventButton = (page: Page, id: string) => timeline(page).locator(`button[data-event-id="${id}"]`);
const panel = (page: Page) => page.locator('section.panel');
const mostSources = () => [...told].sort((a, b) => b.sources.length - a.sources.length)[0]!;

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await timeline(page).waitFor();
  await drawnEvents(page).first().waitFor();
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

/** The timeline leaves this many pixels at each end before its first and after its last instant. */
const MARGIN = 24;

/** Where each drawn event is: its row (top) and its place along the time axis (0 at its first instant, 1 at its last). */
async function positions(page: Page): Promise<Map<string, { top: number; at: number }>> {
  const frame = await box(timeline(page).locator('.timeline-canvas'));
  const list = await drawnEvents(page).evaluateAll((all) =>
    all.map((b) => {
      const mark = b.querySelector('.mark')!.getBoundingClientRect();
      return { id: (b as HTMLElement).dataset.eventId!, top: b.getBoundingClientRect().top, x: (mark.left + mark.right) / 2 };
    }),
  );
  return new Map(list.map((p) => [p.id, { top: Math.round(p.top - frame.y), at: (p.x - frame.x - MARGIN) / (frame.width - 2 * MARGIN) }]));
}

/** The event drawn as the longest bar: the one whose dates run longest. */
const longestBar = () =>
  [...told].filter((e) => e.kind !== 'point' || e.date.precision !== 'day').sort((a, b) => Date.parse(b.date.end) - Date.parse(b.date.start) - (Date.parse(a.date.end) - Date.parse(a.date.start)))[0]!;

/**
 * The longest bar's label shows its words (none cut off by the two-line clamp, on lines of a useful width),
 * inside the timeline's frame, and no label or mark on the timeline overlaps another.
 */
async function expectLongestBarReadable(page: Page, minWidth: number): Promise<void> {
  const event = longestBar();
  const label = eventButton(page, event.id).locator('.event-label');
  await expect(label.textContent()).resolves.toContain(event.label);
  const b = await box(label);
  expect(b.width, 'the label has a useful line').toBeGreaterThanOrEqual(minWidth);
  expect(await label.evaluate((el) => el.scrollHeight <= el.clientHeight + 1), 'words cut off').toBe(true);
  const frame = await box(timeline(page).locator('.timeline-canvas'));
  expect(b.x).toBeGreaterThanOrEqual(frame.x);
  expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width);
  const drawn = timeline(page).locator('button[data-event-id] .event-label, button.event .mark');
  expect(await overlappingPairs(drawn), 'labels or marks overlap').toEqual([]);
}

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile((await download.path())!, 'utf8');
}

describe('the story on a wide screen (1440 px)', () => {
  const site = useSite({ width: 1440, height: 900 }, distDir);

  it('names the key events with the strongest marks when everything is in view, and counts the rest as "+N more"', async () => {
    const { page } = site;
    await open(page, site.url);
    const key = keyEventIds(told);
    for (const id of key) {
      const button = eventButton(page, id);
      await expect(button.getAttribute('class')).resolves.toMatch(/\bis-key\b/);
      // The label is drawn, not only named.
      const label = await box(button.locator('.event-label'));
      expect(label.width).toBeGreaterThan(60);
    }
    const more = timeline(page).locator('button.cluster');
    expect(await more.count()).toBeGreaterThan(0);
    for (const text of await more.allTextContents()) expect(text).toMatch(/^\+\d+ more$/);
    // A merged event says how many sources report it.
    await expect(eventButton(page, mostSources().id).textContent()).resolves.toContain(`${mostSources().sources.length} sources`);
    expect(await overlappingPairs(timeline(page).locator('button.event')), 'marks overlap').toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'story-timeline.png') });
  });

  it('the bar that spans most of the window has its whole label, under it, overlapping nothing, with the panel closed or open', async () => {
    const { page } = site;
    await open(page, site.url);
    await expectLongestBarReadable(page, 200);
    await open(page, `${site.url}?event=${encodeURIComponent(mostSources().id)}`);
    await panel(page).getByRole('heading', { level: 2 }).waitFor();
    await expectLongestBarReadable(page, 200);
  });

  it('the Key events switch, kept in the URL, shows only the most important events, one by one, on one screen', async () => {
    const { page } = site;
    await open(page, site.url);
    await page.getByRole('button', { name: 'Key events' }).click();
    await page.waitForURL((url) => url.searchParams.get('show') === 'key');
    await expect.poll(() => timeline(page).locator('button.cluster').count()).toBe(0);
    const ids = await drawnEvents(page).evaluateAll((all) => all.map((b) => (b as HTMLElement).dataset.eventId!));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids.length).toBeLessThanOrEqual(12);
    expect(new Set(ids)).toEqual(new Set(importanceOrder(told).slice(0, ids.length).map((e) => e.id)));
    const frame = await box(timeline(page));
    expect(frame.y + frame.height).toBeLessThanOrEqual(900);
    await expect(page.getByRole('button', { name: 'Key events' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.screenshot({ path: path.join(screenshotDir, 'story-key-events.png') });
    // The site's social preview: the story's key events.
    await page.setViewportSize({ width: 1200, height: 630 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(root, 'public/social-preview.png') });
    await page.reload();
    await expect.poll(() => drawnEvents(page).count()).toBeGreaterThanOrEqual(3);
    expect(await timeline(page).locator('button.cluster').count()).toBe(0);
  });

  it('rows read in time order, and opening or closing the panel moves no event', async () => {
    const { page } = site;
    await open(page, site.url);
    const starts = new Map(told.map((e) => [e.id, e.date.start]));
    const boxes = await drawnEvents(page).evaluateAll((all) =>
      all.map((b) => {
        const r = b.getBoundingClientRect();
        return { id: (b as HTMLElement).dataset.eventId!, left: r.left, right: r.right, top: r.top };
      }),
    );
    // Of two events whose boxes share a stretch of the axis, the upper one is the earlier.
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.top < b.top && a.left < b.right && b.left < a.right) expect(starts.get(a.id)! <= starts.get(b.id)!, `${a.id} above ${b.id}`).toBe(true);
      }
    }
    const before = await positions(page);
    const target = mostSources();
    // The panel narrows the timeline: its marks take their places beside it in the click's own frame, not one
    // frame at the old width and then again once the narrower width has been measured.
    const drawn = await page.evaluate(async (id) => {
      const canvas = document.querySelector<HTMLElement>('section[aria-label="Timeline"] .timeline-canvas')!;
      const places = () => {
        const c = canvas.getBoundingClientRect();
        return [...canvas.querySelectorAll<HTMLElement>('button[data-event-id]')]
          .map((b) => `${b.dataset.eventId} ${Math.round(b.getBoundingClientRect().left - c.left)} ${Math.round(b.getBoundingClientRect().top - c.top)}`)
          .join('\n');
      };
      canvas.querySelector<HTMLElement>(`button[data-event-id="${CSS.escape(id)}"]`)!.click();
      // The click's update is committed in a microtask queued before this one.
      await Promise.resolve();
      const committed = places();
      for (let i = 0; i < 5; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { committed, settled: places() };
    }, target.id);
    expect(drawn.committed).toBe(drawn.settled);
    await panel(page).getByRole('heading', { level: 2 }).waitFor();
    await page.waitForTimeout(300);
    const beside = await positions(page);
    expect([...beside.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, p] of before) {
      expect(beside.get(id)!.top, `${id} changed row`).toBe(p.top);
      expect(Math.abs(beside.get(id)!.at - p.at), `${id} moved along the axis`).toBeLessThan(0.01);
    }
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    expect(await positions(page)).toEqual(before);
  });

  it('+ and - zoom around the selected event and keep it in view; the window never leaves the events', async () => {
    const { page } = site;
    const target = importanceOrder(told)[0]!;
    await open(page, `${site.url}?event=${encodeURIComponent(target.id)}`);
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    const p = new URL(page.url()).searchParams;
    expect(p.get('from')! <= target.date.start && target.date.start <= p.get('to')!).toBe(true);
    await expect(eventButton(page, target.id).isVisible()).resolves.toBe(true);
    for (let i = 0; i < 20; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
    const first = told.reduce((a, b) => (a < b.date.start ? a : b.date.start), '9999');
    const last = told.reduce((a, b) => (a > b.date.end ? a : b.date.end), '0000');
    const q = new URL(page.url()).searchParams;
    // Zoomed all the way out: everything, with a margin of days, not decades.
    expect(Date.parse(first) - Date.parse(q.get('from') ?? first)).toBeLessThan(400 * 86_400_000);
    expect(Date.parse(q.get('to') ?? last) - Date.parse(last)).toBeLessThan(400 * 86_400_000);
  });

  it('by keyboard, + and - keep the focus on the focused event, however far they zoom', async () => {
    const { page } = site;
    await open(page, site.url);
    const target = importanceOrder(told)[1]!;
    await eventButton(page, target.id).focus();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? document.activeElement?.className ?? '');
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('+');
      expect(await focused()).toBe(target.id);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('-');
      // Zoomed out, it may be counted in a "+N more": then that holds the focus.
      expect(await focused()).toMatch(new RegExp(`^(${target.id}|event cluster.*)$`));
    }
  });

  it('a window with no event says so and jumps to the nearest events', async () => {
    const { page } = site;
    const after = told.filter((e) => e.date.end < '2024-05-05' || e.date.start > '2024-05-25');
    expect(after).toHaveLength(told.length);
    await page.goto(`${site.url}?axis=linear&from=2024-05-05&to=2024-05-25`);
    const empty = page.getByRole('status').filter({ hasText: 'No events between 5 May 2024 and 25 May 2024.' });
    await empty.waitFor();
    await empty.getByRole('button', { name: 'Jump to the nearest events' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null)).not.toBeNull();
    await expect(empty.count()).resolves.toBe(0);
  });

  it('the overview strip has its own ticks, and a brush zoomed to days keeps 24 px of middle apart from its edges', async () => {
    const { page } = site;
    await open(page, `${site.url}?axis=linear`);
    const ticks = await page.locator('.overview-tick text').allTextContents();
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.some((t) => /^20\d\d$/.test(t))).toBe(true);
    await page.goto(`${site.url}?axis=linear&from=2024-03-05&to=2024-03-08`);
    await timeline(page).waitFor();
    const brush = page.getByRole('slider', { name: 'Visible window' });
    const b = await box(brush);
    const [start, end] = [await box(brush.locator('.brush-grip-start')), await box(brush.locator('.brush-grip-end'))];
    // The middle, between the grips, is at least 24 px wide.
    expect(end.x - (start.x + start.width)).toBeGreaterThanOrEqual(24);
    // Its middle moves the window, keeping its span.
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 - 40, b.y + b.height / 2, { steps: 4 });
    await page.mouse.up();
    const moved = new URL(page.url()).searchParams;
    expect(moved.get('from')! < '2024-03-05').toBe(true);
    expect((Date.parse(moved.get('to')!) - Date.parse(moved.get('from')!)) / 86_400_000).toBe(3);
    // An edge resizes it.
    const grip = await box(brush.locator('.brush-grip-end'));
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 + 60, grip.y + grip.height / 2, { steps: 4 });
    await page.mouse.up();
    const resized = new URL(page.url()).searchParams;
    expect((Date.parse(resized.get('to')!) - Date.parse(resized.get('from')!)) / 86_400_000).toBeGreaterThan(3);
  });

  it('the panel pins the event, with every source, over its article scrolled to the passage inside the pane', async () => {
    const { page } = site;
    const event = mostSources();
    await open(page, `${site.url}?event=${encodeURIComponent(event.id)}`);
    const heading = panel(page).getByRole('heading', { level: 2 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await expect(heading.textContent()).resolves.toBe(event.label);
    const sources = panel(page).getByRole('region', { name: 'Sources' }).locator('.source-list > li');
    await expect(sources.count()).resolves.toBe(event.sources.length);
    const byId = new Map(dataset.articles.map((a) => [a.id, a]));
    const texts = await sources.allTextContents();
    for (const s of event.sources) {
      const article = byId.get(s.articleId)!;
      expect(texts.some((t) => t.includes(article.title) && t.includes(outletOf(article)) && t.includes('published'))).toBe(true);
    }
    const mark = panel(page).locator('.article-pane mark.passage');
    await mark.waitFor();
    const [pane, passage, head] = [await box(panel(page).locator('.article-pane')), await box(mark), await box(heading)];
    // The event's label is at the top of the panel, the passage inside the article pane's view.
    expect(head.y).toBeLessThan(150);
    expect(passage.y).toBeGreaterThanOrEqual(pane.y);
    expect(passage.y + Math.min(passage.height, 40)).toBeLessThanOrEqual(pane.y + pane.height);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await panel(page).getByRole('button', { name: 'Next event →' }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'story-panel.png') });
  });

  it('search finds events by their passages, and a word found only elsewhere opens its article there', async () => {
    const { page } = site;
    const passages = told.flatMap((e) => [e.label, ...e.sources.map((s) => s.quote)]).join(' ').toLowerCase();
    // A word of one article that no label or passage holds.
    const elsewhere = dataset.articles
      .flatMap((a) => [...new Set(a.text.toLowerCase().match(/\b[a-z]{7,}\b/g) ?? [])].map((word) => ({ article: a, word })))
      .find(({ word }) => !passages.includes(word) && dataset.articles.filter((a) => a.text.toLowerCase().includes(word)).length === 1)!;
    await open(page, `${site.url}?q=${elsewhere.word}`);
    const line = page.locator('.search-elsewhere');
    await expect.poll(() => line.textContent()).toMatch(new RegExp(`“${elsewhere.word}” also appears outside the events’ passages, in ${elsewhere.article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await line.getByRole('link', { name: elsewhere.article.title }).click();
    await page.waitForURL((url) => url.searchParams.get('read') === elsewhere.article.id);
    const reader = page.getByRole('region', { name: elsewhere.article.title });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(elsewhere.article.title);
    const found = reader.locator('.article-pane mark').first();
    await found.waitFor();
    await expect(found.textContent()).resolves.toMatch(new RegExp(elsewhere.word, 'i'));
    const [pane, word] = [await box(reader.locator('.article-pane')), await box(found)];
    expect(word.y >= pane.y && word.y + word.height <= pane.y + pane.height).toBe(true);

    // A word in a passage makes its event match.
    const quoted = mostSources().sources[0]!.quote.split(/\s+/).find((w) => /^[a-z]{6,}$/i.test(w))!;
    await open(page, `${site.url}?q=${quoted}`);
    await expect.poll(() => page.locator('.app-header .counts').textContent()).toMatch(new RegExp(`[1-9]\\d* match(es)? for “${quoted}”`));
  });

  it('Skip to timeline is the first Tab stop and lands on an event; actors with no events wait behind Show all actors', async () => {
    const { page } = site;
    await open(page, site.url);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to timeline');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null)).not.toBeNull();

    const actors = page.getByRole('group', { name: 'Actors' });
    const used = new Set(told.flatMap((e) => e.actors));
    const idle = dataset.actors.filter((a) => !used.has(a.id) && !dataset.actors.some((m) => used.has(m.id) && m.memberOf.includes(a.id)));
    expect(idle.length).toBeGreaterThan(0);
    for (const a of idle) await expect(actors.getByRole('checkbox', { name: a.name, exact: true }).count()).resolves.toBe(0);
    await actors.getByRole('button', { name: `Show all actors (${idle.length} with no events)` }).click();
    for (const a of idle) await actors.getByRole('checkbox', { name: a.name, exact: true }).waitFor();
  });

  it('exports carry every source: CSV a row per event and source, TimelineJS the corpus and links, JSON the contract; Embed frames the view', async () => {
    const { page } = site;
    await open(page, site.url);
    await expect.poll(() => page.getByRole('button', { name: 'Download CSV' }).isEnabled()).toBe(true);
    const csv = (await downloaded(page, 'Download CSV')).trimEnd().split('\r\n');
    expect(csv[0]).toBe('event_id,label,start,end,precision,date_text,actors,article_title,outlet,source_url,published,quote');
    const rows = csv.slice(1);
    expect(rows).toHaveLength(told.reduce((n, e) => n + e.sources.length, 0));
    const byId = new Map(dataset.articles.map((a) => [a.id, a]));
    for (const e of told) {
      for (const s of e.sources) {
        const article = byId.get(s.articleId)!;
        expect(rows.some((r) => r.startsWith(`${e.id},`) && r.includes(article.source!) && r.includes(article.published)), `${e.id} from ${s.articleId}`).toBe(true);
      }
    }

    const tl = JSON.parse(await downloaded(page, 'Download TimelineJS JSON'));
    expect(tl.title.text.headline).toBe(corpusTitle(dataset));
    expect(tl.events).toHaveLength(told.length);
    const merged = tl.events.find((slide: { unique_id: string }) => slide.unique_id === mostSources().id);
    for (const s of mostSources().sources) expect(merged.text.text).toContain(`<a href="${byId.get(s.articleId)!.source}">`);
    const approximate = told.find((e) => e.date.precision !== 'day')!;
    expect(tl.events.find((slide: { unique_id: string }) => slide.unique_id === approximate.id).display_date).toBeTruthy();

    const json = exportedEventsSchema.parse(JSON.parse(await downloaded(page, 'Download JSON')));
    expect(new Set(json.events.map((e) => e.id))).toEqual(new Set(told.map((e) => e.id)));

    // Filters and search narrow the files.
    const actor = dataset.actors.find((a) => told.filter((e) => e.actors.includes(a.id)).length >= 2 && a.kind !== 'country')!;
    await open(page, `${site.url}?actors=${encodeURIComponent(actor.id)}`);
    await expect.poll(() => page.getByRole('button', { name: 'Download CSV' }).isEnabled()).toBe(true);
    const narrowed = (await downloaded(page, 'Download CSV')).trimEnd().split('\r\n').slice(1);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(rows.length);
    const groups = JSON.parse(await downloaded(page, 'Download TimelineJS JSON')).events.map((s: { group?: string }) => s.group);
    expect(new Set(groups)).toEqual(new Set([actor.name]));

    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page.getByRole('textbox', { name: 'Embed code for this view' }).inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?actors=[^"]*&amp;embed=1" title="[^"]+: timeline"/);
    await page.goto(code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    await timeline(page).waitFor();
    await expect(page.getByRole('group', { name: 'Actors' }).count()).resolves.toBe(0);
  });

  it('marks the day each article came out on the axis, apart from the events, its title on hover and focus', async () => {
    const { page } = site;
    await open(page, `${site.url}?axis=linear&from=2024-03-01&to=2024-03-31`);
    const marks = timeline(page).getByRole('toolbar', { name: 'Publication days' }).getByRole('button');
    const days = new Set(dataset.articles.map((a) => a.published).filter((d) => d >= '2024-03-01' && d <= '2024-03-31'));
    await expect(marks.count()).resolves.toBe(days.size);
    const first = [...dataset.articles].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.title < b.title ? -1 : 1))[0]!;
    const mark = marks.first();
    await expect(mark.getAttribute('aria-label')).resolves.toContain(first.title);
    // Above the events: in the axis band.
    const [m, e] = [await box(mark), await box(drawnEvents(page).first())];
    expect(m.y + m.height).toBeLessThanOrEqual(e.y);
    const tip = mark.locator('.pub-tip');
    await expect(tip.isVisible()).resolves.toBe(false);
    await mark.hover();
    await expect(tip.isVisible()).resolves.toBe(true);
    await page.mouse.move(0, 0);
    await mark.focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(marks.nth(1).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('read'));
  });

  it('the built page names the corpus, links its icon, manifest and preview image, and serves robots.txt', async () => {
    const { page } = site;
    await open(page, site.url);
    const title = `${corpusTitle(dataset)} · News timeline explorer`;
    await expect(page.title()).resolves.toBe(title);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe(title);
    await expect(page.locator('meta[property="og:description"]').getAttribute('content')).resolves.toMatch(/^\d+ dated events from 12 articles/);
    for (const file of ['favicon.svg', 'apple-touch-icon.png', 'icon-192.png', 'icon-512.png', 'social-preview.png', 'robots.txt']) {
      const response = await page.request.get(`${site.url}${file}`);
      expect(response.status(), file).toBe(200);
    }
    const manifest = await (await page.request.get(`${site.url}manifest.webmanifest`)).json();
    expect(manifest.name).toBe('News timeline explorer');
    expect(manifest.icons.map((i: { src: string }) => i.src)).toEqual(['favicon.svg', 'icon-192.png', 'icon-512.png']);
  });
});

describe('the story on a phone (375 px)', () => {
  const site = useSite({ width: 375, height: 800 }, distDir);

  it('labels take two readable lines, the page never scrolls sideways, and the panel opens as a sheet with the event on top', async () => {
    const { page } = site;
    await open(page, site.url);
    for (const id of keyEventIds(told)) {
      const label = eventButton(page, id).locator('.event-label');
      if ((await label.count()) === 0) continue;
      const b = await box(label);
      // At least a dozen characters a line, never wider than the screen.
      expect(b.width).toBeGreaterThanOrEqual(88);
      expect(b.width).toBeLessThanOrEqual(375);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectLongestBarReadable(page, 150);
    await page.screenshot({ path: path.join(screenshotDir, 'story-mobile.png') });
    await page.goto(`${site.url}?event=${encodeURIComponent(mostSources().id)}`);
    const heading = panel(page).getByRole('heading', { level: 2 });
    await heading.waitFor();
    await panel(page).locator('mark.passage').waitFor();
    const [sheet, head] = [await box(panel(page)), await box(heading)];
    expect(head.y - sheet.y).toBeLessThan(60);
    await page.screenshot({ path: path.join(screenshotDir, 'story-mobile-panel.png') });
  });
});

// The story's own views at both widths, under every axe rule (label-content-name-mismatch and enhanced
// contrast included); the other views (an article read from the search, an empty window, the embedded
// page) are checked over the seed in accessibility.e2e.ts, where the same components draw them.
for (const [device, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 375, height: 800 }]] as const) {
  describe(`the story's views pass axe (${device}, ${viewport.width} px)`, () => {
    const site = useSite(viewport, distDir);
    const views: [string, () => string][] = [
      ['the timeline', () => ''],
      ['the key events', () => '?show=key'],
      ['the open panel', () => `?event=${encodeURIComponent(mostSources().id)}`],
      ['the list', () => '?view=list'],
      ['lanes by actor', () => '?lanes=actor'],
    ];
    for (const [name, query] of views) {
      it(`${name} has no serious or critical violation`, async () => {
        const { page } = site;
        await page.goto(`${site.url}${query()}`);
        await page.locator('.timeline, .event-list').first().waitFor();
        await page.waitForTimeout(200);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}
