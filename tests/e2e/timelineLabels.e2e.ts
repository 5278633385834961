// How the timeline draws its labels and its edges, on a site built over one
// invented article: a plant founded "in the 1800s", run by one manager since
// 2017 (a bar over nearly the whole of a linear window, its short label under
// it), a sale in March 2024 and talks going on through the spring. Chromium
// checks that a label of one line under its bar takes only the bar's row, that
// a label cut at two lines ends in "…" with the whole of it in the name, and
// that the sparse axis opens where the decade does, with no days before it.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, useSite } from './harness';
import { overlappingPairs } from './overlaps';

const work = mkdtempSync(path.join(os.tmpdir(), 'labels-site-'));
const seedsDir = path.join(work, 'seeds');
const distDir = path.join(work, 'dist');

const PLANT = `---
title: Kessel Road plant changes hands
source: https://example.org/kessel-road
published: 2024-03-08
---
VARNBY, March 8 (Newswire) - The Kessel Road plant was sold on Wednesday to a regional cooperative, its owners said.

The plant was founded in the 1800s by a family of tanners from the coast.

Ida Brask has run it since 2017.

Workers held a meeting on March 4, 2024, to discuss the sale with the cooperative and the mayor of Varnby, Lisbet Oram, and the union said the talks about wages and the future of the night shift at the plant would go on through the spring and into the summer.

The cooperative signed a letter of intent on February 27, 2024.
`;

beforeAll(async () => {
  mkdirSync(seedsDir);
  writeFileSync(path.join(seedsDir, 'kessel-plant.md'), PLANT);
  await buildSite(seedsDir, distDir);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}

async function rect(locator: Locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
}

/** Labels whose words run past their two lines, hidden by the clamp. */
async function hiddenWords(page: Page): Promise<string[]> {
  return timeline(page)
    .locator('button[data-event-id] .event-label')
    .evaluateAll((labels) => labels.filter((l) => l.scrollHeight > l.clientHeight + 1).map((l) => l.textContent ?? ''));
}

describe('labels and edges of the timeline', () => {
  const site = useSite({ width: 1280, height: 800 }, distDir);

  it('a label of one line under a long bar takes the bar\'s row only: the next event is drawn right below, nothing overlaps', async () => {
    const { page } = site;
    await page.goto(`${site.url}?axis=linear&from=2016-12-01&to=2024-03-31`);
    const bar = timeline(page).getByRole('button', { name: /since 2017, since 2017$/ });
    await expect(bar.getAttribute('class')).resolves.toMatch(/\blabel-below\b/);
    const [button, label] = [await rect(bar), await rect(bar.locator('.event-label'))];
    // One line, drawn inside the bar's own button, which is one row tall.
    expect(label.bottom - label.top).toBeLessThan(20);
    expect(label.top).toBeGreaterThanOrEqual(button.top);
    expect(label.bottom).toBeLessThanOrEqual(button.bottom + 0.5);
    expect(button.bottom - button.top).toBeLessThan(36);
    // The event after it in time is in the very next row, not one row further down.
    const next = await rect(timeline(page).getByRole('button', { name: /27 February 2024$/ }));
    expect(next.top - button.top).toBeLessThanOrEqual(36);
    expect(next.top).toBeGreaterThanOrEqual(label.bottom);
    expect(await overlappingPairs(timeline(page).locator('button[data-event-id] .event-label, button.event .mark')), 'labels or marks overlap').toEqual([]);
  });

  it('a label cut at two lines ends in "…" and hides no words past it; the name and the title hold all of it', async () => {
    const { page } = site;
    await page.goto(site.url);
    const spring = timeline(page).getByRole('button', { name: /spring 2024$/ });
    const name = (await spring.getAttribute('aria-label'))!;
    const drawn = (await spring.locator('.event-label').textContent())!;
    expect(drawn).toMatch(/…$/);
    expect(name.startsWith(drawn.slice(0, -1))).toBe(true);
    expect(name.length).toBeGreaterThan(drawn.length);
    await expect(spring.getAttribute('title')).resolves.toBe(name);
    expect(await hiddenWords(page), 'words hidden past the second line with no "…"').toEqual([]);
    // Opened, the panel's heading is the whole label.
    await spring.click();
    const heading = (await page.locator('section.panel').getByRole('heading', { level: 2 }).textContent())!;
    expect(heading).toBe(name.replace(/, spring 2024$/, ''));
    expect(heading.length).toBeGreaterThan(drawn.length);
  });

  it('the sparse axis opens where the decade does: no days of the year before it, the bar at the axis\'s start', async () => {
    const { page } = site;
    await page.goto(site.url);
    await expect(page.getByRole('button', { name: 'Sparse' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const ticks = await timeline(page).locator('svg.timeline-axis text').allTextContents();
    for (const tick of ticks) expect(tick, 'a tick before the first event').not.toMatch(/1799/);
    const decade = await rect(timeline(page).getByRole('button', { name: /1800s$/ }).locator('.mark'));
    const canvas = await rect(timeline(page).locator('.timeline-canvas'));
    // The drawing's own margin, no time before the bar.
    expect(decade.left - canvas.left).toBeLessThanOrEqual(25);
  });
});

// The seed's own timeline, whose key events have bold labels beside their marks, at three widths.
for (const viewport of [{ width: 1440, height: 900 }, { width: 1280, height: 800 }, { width: 375, height: 800 }]) {
  describe(`the seed's labels at ${viewport.width} px`, () => {
    const site = useSite(viewport);

    it('hide no words past their two lines: a label cut short says so with "…"', async () => {
      const { page } = site;
      for (const query of ['', '?axis=linear']) {
        await page.goto(`${site.url}${query}`);
        await timeline(page).locator('button[data-event-id]').first().waitFor();
        expect(await hiddenWords(page), `words hidden past the second line (${query || 'sparse'})`).toEqual([]);
      }
      // Nor once selected: the selected label is drawn heavier in the room it was laid out in.
      const plain = timeline(page).locator('button[data-event-id]:not(.is-key)');
      for (const id of await plain.evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.eventId!))) {
        await timeline(page).locator(`button[data-event-id="${id}"]`).click();
        await timeline(page).locator(`button[data-event-id="${id}"].is-selected`).waitFor();
        expect(await hiddenWords(page), `words hidden with ${id} selected`).toEqual([]);
        await page.keyboard.press('Escape');
      }
    });
  });
}
