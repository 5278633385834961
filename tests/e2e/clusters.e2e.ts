// Clusters on the built site, over a made-up record of thousands of events
// served in place of the seed's data: zoomed out, a crowded stretch keeps its
// most important events labelled and merges the rest into a "+N more" button
// that says how many events it holds and when; opening one zooms to its
// events, which split apart; the keyboard moves through clusters and events
// in time order; only what is in the window is in the page.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { denseIndex, serveIndex } from './denseData';
import { useSite } from './harness';
import { overlappingPairs } from './overlaps';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CLUSTER = /^\+(\d+) more events, (.+)$/;

function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}

/** The first "5 March 2021" in a name, as UTC ms. */
function firstDay(name: string): number {
  const m = name.match(/(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/);
  if (!m) throw new Error(`no day in “${name}”`);
  return Date.UTC(Number(m[3]), MONTHS.indexOf(m[2]!), Number(m[1]));
}

async function names(page: Page): Promise<string[]> {
  return timeline(page).locator('button.event').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
}

const clusterCounts = (all: string[]) => all.map((n) => n.match(CLUSTER)).filter((m) => m !== null).map((m) => Number(m![1]));
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('clusters (desktop)', () => {
  const site = useSite({ width: 1280, height: 900 });

  it('zoomed out, 5,000 events draw as a few clusters whose counts add up, named by count and dates, none overlapping', async () => {
    const { page } = site;
    await serveIndex(page, denseIndex(5000));
    await page.goto(site.url);
    await timeline(page).getByRole('button', { name: CLUSTER }).first().waitFor();
    const all = await names(page);
    expect(all.length).toBeLessThan(200);
    const counts = clusterCounts(all);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.reduce((a, b) => a + b, 0) + (all.length - counts.length)).toBe(5000);
    for (const name of all.filter((n) => CLUSTER.test(n))) expect(name).toMatch(/^\+\d+ more events, \d{1,2} \w+ \d{4} – \d{1,2} \w+ \d{4}$/);
    // "+N more" is written on the mark, and starts its name.
    const first = timeline(page).getByRole('button', { name: CLUSTER }).first();
    expect(await first.textContent()).toBe(`+${(await first.getAttribute('aria-label'))!.match(CLUSTER)![1]} more`);
    expect(await overlappingPairs(timeline(page).locator('button.event')), 'buttons overlap').toEqual([]);
  });

  it('opening an event drawn alone, and closing it, leaves every mark in its row and every cluster as it was', async () => {
    const { page } = site;
    await serveIndex(page, denseIndex(5000));
    await page.goto(site.url);
    await timeline(page).getByRole('button', { name: CLUSTER }).first().waitFor();
    // Each drawn button by name with its row; left and width stretch with the room the panel leaves.
    const rows = () => timeline(page).locator('button.event').evaluateAll((buttons) => buttons.map((b) => `${b.getAttribute('aria-label')} @ ${(b as HTMLElement).style.top}`).sort());
    const before = await rows();
    const single = timeline(page).locator('button.event[aria-pressed]').nth(1);
    const name = (await single.getAttribute('aria-label'))!;
    await single.click();
    await page.locator('.panel').waitFor();
    await expect.poll(() => timeline(page).getByRole('button', { name, exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await rows()).toEqual(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => timeline(page).getByRole('button', { name, exact: true }).getAttribute('aria-pressed')).toBe('false');
    expect(await rows()).toEqual(before);
  });

  it('clicking a cluster zooms to its dates and its events split, down to single events named by label and day', async () => {
    const { page } = site;
    await serveIndex(page, denseIndex(5000));
    await page.goto(`${site.url}?axis=linear`);
    await timeline(page).getByRole('button', { name: CLUSTER }).first().waitFor();
    let biggest = Math.max(...clusterCounts(await names(page)));
    for (let round = 0; round < 12 && biggest > 0; round++) {
      const cluster = timeline(page).getByRole('button', { name: CLUSTER }).first();
      const name = (await cluster.getAttribute('aria-label'))!;
      const [, count, range] = name.match(CLUSTER)!;
      const [from] = range!.split(' – ');
      await cluster.click();
      await expect.poll(() => names(page)).not.toContain(name);
      // The window now starts at most a few days before the cluster's first event.
      const windowFrom = Date.parse(new URL(page.url()).searchParams.get('from')!);
      expect(windowFrom).toBeLessThanOrEqual(firstDay(from!));
      const counts = clusterCounts(await names(page));
      expect(Math.max(0, ...counts)).toBeLessThan(Number(count));
      biggest = Math.max(0, ...counts);
    }
    expect(biggest).toBe(0);
    const singles = await names(page);
    expect(singles.length).toBeGreaterThan(0);
    for (const name of singles) expect(name).toMatch(/\(\d+\), \d{1,2} \w+ \d{4}$/);
  });

  it('the arrow keys alone reach every event: Right goes to the next event or its cluster, and from a cluster into it', async () => {
    const { page } = site;
    // Ten events a day for twelve days: too many to label at once, few enough to walk.
    await serveIndex(page, denseIndex(120, 12));
    await page.goto(`${site.url}?axis=linear`);
    await timeline(page).getByRole('button', { name: CLUSTER }).first().waitFor();
    await timeline(page).locator('button.event').first().focus();
    const visited = [await focusedName(page)];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('ArrowRight');
      const name = await focusedName(page);
      if (name === visited[visited.length - 1]) break;
      visited.push(name);
    }
    const events = visited.filter((name) => !CLUSTER.test(name));
    expect(visited.some((name) => CLUSTER.test(name))).toBe(true);
    expect(new Set(events).size).toBe(events.length);
    expect(events).toHaveLength(120);
    const days = events.map(firstDay);
    for (let i = 1; i < days.length; i++) expect(days[i]!).toBeGreaterThanOrEqual(days[i - 1]!);
  });

  it('Enter on a cluster zooms to it and puts the focus on its first event; Left on a cluster goes to its last', async () => {
    const { page } = site;
    await serveIndex(page, denseIndex(5000));
    await page.goto(`${site.url}?axis=linear`);
    const first = timeline(page).getByRole('button', { name: CLUSTER }).first();
    await first.waitFor();
    const cluster = (await first.getAttribute('aria-label'))!;
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.has('from')).toBe(true);
    const landed = await focusedName(page);
    expect(landed).not.toBe(cluster);
    expect(firstDay(landed)).toBe(firstDay(cluster));

    await page.getByRole('button', { name: 'Fit all' }).click();
    const again = timeline(page).getByRole('button', { name: CLUSTER }).first();
    await again.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.has('from')).toBe(true);
    // The cluster's last event ends its date range: the focus is on it, or on the cluster that holds it at this zoom.
    const lastDay = firstDay(cluster.split(' – ')[1]!);
    const landedLast = await focusedName(page);
    if (CLUSTER.test(landedLast)) {
      const [from, to] = landedLast.split(' – ');
      expect(firstDay(from!)).toBeLessThanOrEqual(lastDay);
      expect(firstDay(to!)).toBeGreaterThanOrEqual(lastDay);
    } else expect(firstDay(landedLast)).toBe(lastDay);
  });

  it('a search marks the one cluster that holds the match, dims the others, and opening it leads to the marked event', async () => {
    const { page } = site;
    await serveIndex(page, denseIndex(5000));
    await page.goto(`${site.url}?axis=linear`);
    await timeline(page).getByRole('button', { name: CLUSTER }).first().waitFor();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('(4321)');
    await expect.poll(() => timeline(page).locator('.cluster.is-match').count()).toBe(1);
    const clusters = await timeline(page).locator('.cluster').count();
    expect(await timeline(page).locator('.cluster.is-dimmed').count()).toBe(clusters - 1);
    const target = timeline(page).getByRole('button', { name: /\(4321\), \d/ });
    for (let i = 0; i < 12 && (await target.count()) === 0; i++) {
      await timeline(page).locator('.cluster.is-match').click();
      await page.waitForTimeout(50);
    }
    expect(await target.getAttribute('class')).toMatch(/\bis-match\b/);
  });

  it('a cluster of events dated alike (300 of them "in 1994") opens as a list under the timeline, whose items open their passages', async () => {
    const { page } = site;
    const sentences = Array.from({ length: 300 }, (_, i) => `Committee ${i} was founded in 1994.`);
    const text = sentences.join(' ');
    let at = 0;
    const events = sentences.map((quote, i) => {
      const start = at;
      at += quote.length + 1;
      return {
        id: `founded-${i}`,
        label: `Committee ${i} founded`,
        actors: [],
        date: { start: '1994-01-01', end: '1994-12-31', precision: 'year' as const, text: 'in 1994' },
        kind: 'point' as const,
        dateReason: { rule: 'year', expression: 'in 1994' },
        attribution: null,
        duration: null,
        importance: { score: 0.5, reasons: [] },
        sources: [{ articleId: 'yearbook', start, end: start + quote.length, quote }],
      };
    });
    const article = { id: 'yearbook', title: 'The 1994 yearbook', published: '1995-01-10', publishedBasis: 'stated' as const, publishedFrom: 'front matter', source: null, file: 'yearbook.md', eventCount: 300 };
    await serveIndex(page, { schemaVersion: 1, articles: [article], actors: [], events, diagnostics: [] });
    await page.route('**/data/articles/yearbook.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ id: 'yearbook', text }) }));
    await page.goto(site.url);
    // The key events and the stretch's most important ones are drawn; the rest are counted.
    const cluster = timeline(page).getByRole('button', { name: /^\+\d+ more events, 1994$/ });
    const count = Number((await cluster.getAttribute('aria-label'))!.match(CLUSTER)![1]);
    expect(count).toBeGreaterThan(250);
    expect(count + (await timeline(page).locator('button[data-event-id]').count())).toBe(300);
    await cluster.click();
    // Zooming would not spread them: the list names them all, a hundred at a time, and takes the focus.
    const list = timeline(page).getByRole('region', { name: `${count} events, 1994` });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`${count} events, 1994`);
    expect(await list.getByRole('listitem').count()).toBe(100);
    await list.getByRole('button', { name: `Show 100 more of ${count - 100}` }).click();
    expect(await list.getByRole('listitem').count()).toBe(200);
    const item = list.getByRole('button', { name: /^Committee \d+ founded/ }).nth(150);
    const [, n] = (await item.textContent())!.match(/^Committee (\d+) founded/)!;
    await item.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(`founded-${n}`);
    await expect.poll(() => page.locator('mark').first().textContent()).toBe(sentences[Number(n)]);
    // The selected event is drawn on its own beside the cluster of the others.
    await timeline(page).getByRole('button', { name: new RegExp(`^Committee ${n} founded, 1994$`) }).waitFor();
    // Escape closes the list and gives the focus back to the cluster.
    await list.getByRole('button', { name: /^Committee \d+ founded/ }).nth(151).focus();
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe(`+${count - 1} more events, 1994`);
  });

  it('with 100,000 events the page holds only what the window shows', async () => {
    const { page } = site;
    await serveIndex(page, denseIndex(100_000, 3650));
    await page.goto(site.url);
    await timeline(page).getByRole('button', { name: CLUSTER }).first().waitFor({ timeout: 30_000 });
    const all = await names(page);
    expect(all.length).toBeLessThan(200);
    expect(clusterCounts(all).reduce((a, b) => a + b, 0) + all.filter((n) => !CLUSTER.test(n)).length).toBe(100_000);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => clusterCounts(await names(page)).reduce((a, b) => a + b, 0)).toBeLessThan(100_000);
    expect((await names(page)).length).toBeLessThan(200);
  });
});
