// Moving through time on the built site: the sparse axis that shows 1991 and
// the December week at once, the linear axis, zooming with the wheel, the
// buttons and the keys, panning by dragging and with the arrows, Fit all, and
// the visible window in the URL.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, useSite } from './harness';

const DAY = 86_400_000;

function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}
const occupation = (page: Page) => timeline(page).getByRole('button', { name: /\b1991$/ }).first();
const autumn = (page: Page) => timeline(page).getByRole('button', { name: /autumn 2020$/ }).first();
const protest = (page: Page) => timeline(page).getByRole('button', { name: /since 12 December 2022$/ }).first();
const statement = (page: Page) => timeline(page).getByRole('button', { name: /(pashinyan|peacekeep|accus).*22 December 2022$/i }).first();
const meeting = (page: Page) => timeline(page).getByRole('button', { name: /(moscow|meeting).*23 December 2022$/i }).first();

/** Where an event's mark begins on screen. */
async function markLeft(button: Locator): Promise<number> {
  const box = await button.locator('.mark').boundingBox();
  if (!box) throw new Error('the mark is not on screen');
  return box.x;
}

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The visible window's span in days, from the URL; null when it fits all. */
function spanDays(page: Page): number | null {
  const p = params(page);
  const from = p.get('from');
  const to = p.get('to');
  return from && to ? (Date.parse(to) - Date.parse(from)) / DAY + 1 : null;
}

async function axisLabels(page: Page): Promise<string[]> {
  return timeline(page).locator('.timeline-axis text').allTextContents();
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await timeline(page).waitFor();
}

describe('moving through time (desktop)', () => {
  const site = useSite({ width: 1280, height: 800 });

  it('opens on a sparse axis where 1991, autumn 2020 and the December week are all readable, with a mark at each break', async () => {
    const { page } = site;
    await open(page, site.url);
    const axis = page.getByRole('group', { name: 'Axis' });
    expect(await axis.getByRole('button', { name: 'Sparse' }).getAttribute('aria-pressed')).toBe('true');
    expect(await timeline(page).locator('.axis-break').count()).toBeGreaterThanOrEqual(2);
    const frame = (await timeline(page).boundingBox())!;
    for (const event of [occupation(page), autumn(page), protest(page), statement(page), meeting(page)]) {
      const x = await markLeft(event);
      expect(x).toBeGreaterThanOrEqual(frame.x);
      expect(x).toBeLessThanOrEqual(frame.x + frame.width);
    }
    // Days of the same week stand apart: the 12th, the 22nd and the 23rd are at distinct places, in order.
    const [twelfth, twentySecond, twentyThird] = [await markLeft(protest(page)), await markLeft(statement(page)), await markLeft(meeting(page))];
    expect(twentySecond - twelfth).toBeGreaterThan(40);
    expect(twentyThird - twentySecond).toBeGreaterThan(4);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-sparse.png') });

    await axis.getByRole('button', { name: 'Linear' }).click();
    await expect.poll(() => params(page).get('axis')).toBe('linear');
    expect(await timeline(page).locator('.axis-break').count()).toBe(0);
    // On a linear axis over three decades the week collapses to one spot.
    expect(Math.abs((await markLeft(meeting(page))) - (await markLeft(statement(page))))).toBeLessThan(2);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-linear.png') });
  });

  it('no axis label is cut at the edge of the timeline or of the overview strip, and the first one names its year', async () => {
    const { page } = site;
    // A window opening on a day the axis ticks (every other day here): its tick sits at the drawing's very edge.
    for (const url of [site.url, `${site.url}?axis=linear&from=2022-12-10&to=2022-12-24`]) {
      await open(page, url);
      for (const svg of [timeline(page).locator('svg.timeline-axis'), page.locator('.overview svg')]) {
        const frame = (await svg.boundingBox())!;
        const labels = svg.locator('text');
        expect(await labels.count()).toBeGreaterThan(0);
        for (const label of await labels.all()) {
          const box = (await label.boundingBox())!;
          expect(box.x, `${await label.textContent()} starts inside`).toBeGreaterThanOrEqual(frame.x);
          expect(box.x + box.width, `${await label.textContent()} ends inside`).toBeLessThanOrEqual(frame.x + frame.width);
        }
      }
      expect((await axisLabels(page))[0]).toMatch(/\d{4}$/);
    }
  });

  it('the wheel over the December events zooms into them, days appear on the axis, and Fit all brings 1991 back', async () => {
    const { page } = site;
    await open(page, `${site.url}?axis=linear`);
    const entries = await page.evaluate(() => history.length);
    for (let i = 0; i < 20 && (spanDays(page) ?? Infinity) > 40; i++) {
      const box = (await meeting(page).locator('.mark').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const before = page.url();
      await page.mouse.wheel(0, -300);
      // The timeline redraws at each step; the URL takes the window once the wheel rests.
      await expect.poll(() => page.url()).not.toBe(before);
    }
    expect(spanDays(page)).toBeLessThanOrEqual(40);
    // A wheel gesture replaces the window in the history; Back does not replay its steps.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    const from = Date.parse(params(page).get('from')!);
    const to = Date.parse(params(page).get('to')!);
    expect(from).toBeLessThanOrEqual(Date.UTC(2022, 11, 23));
    expect(to).toBeGreaterThanOrEqual(Date.UTC(2022, 11, 23));
    await occupation(page).waitFor({ state: 'detached' });
    expect((await markLeft(meeting(page))) - (await markLeft(statement(page)))).toBeGreaterThan(10);
    expect((await axisLabels(page)).some((label) => /^\d{1,2} Dec$/.test(label))).toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-zoomed.png') });

    await page.getByRole('button', { name: 'Fit all' }).click();
    await occupation(page).waitFor();
    expect(params(page).has('from')).toBe(false);
    expect(await page.getByRole('button', { name: 'Fit all' }).isDisabled()).toBe(true);
  });

  it('the zoom buttons and the + and - keys change the span; the arrow keys on the timeline move it in time', async () => {
    const { page } = site;
    await open(page, `${site.url}?axis=linear`);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const afterButton = spanDays(page)!;
    expect(afterButton).toBeGreaterThan(0);

    await timeline(page).focus();
    await page.keyboard.press('+');
    await expect.poll(() => spanDays(page)!).toBeLessThan(afterButton);
    const zoomed = spanDays(page)!;
    const fromBefore = Date.parse(params(page).get('from')!);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => Date.parse(params(page).get('from')!)).toBeLessThan(fromBefore);
    expect(spanDays(page)).toBe(zoomed);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => Date.parse(params(page).get('from')!)).toBeGreaterThan(fromBefore);
    await page.keyboard.press('-');
    await expect.poll(() => spanDays(page)!).toBeGreaterThan(zoomed);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await occupation(page).waitFor();
  });

  it('dragging the timeline to the right shows earlier days', async () => {
    const { page } = site;
    await open(page, `${site.url}?axis=linear&from=2022-12-01&to=2022-12-31`);
    await meeting(page).waitFor();
    const canvas = (await timeline(page).locator('.timeline-canvas').boundingBox())!;
    // The axis strip at the top holds no event, so the press lands on the timeline itself.
    const y = canvas.y + 8;
    await page.mouse.move(canvas.x + 100, y);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 250, y, { steps: 5 });
    await page.mouse.move(canvas.x + 400, y, { steps: 5 });
    await page.mouse.up();
    // The drag redraws at each step; the URL takes the window when the button is released.
    await expect.poll(() => params(page).get('from')).not.toBe('2022-12-01');
    const from = params(page).get('from')!;
    expect(from < '2022-12-01').toBe(true);
    expect(spanDays(page)).toBe(31);
  });

  it('a link with a window opens on it; a malformed one shows everything', async () => {
    const { page } = site;
    await open(page, `${site.url}?from=2022-12-10&to=2022-12-25&axis=linear`);
    await meeting(page).waitFor();
    expect(await occupation(page).count()).toBe(0);
    expect((await axisLabels(page)).some((label) => /^12 Dec\b/.test(label))).toBe(true);

    await open(page, `${site.url}?from=2022-13-45&to=soon`);
    await occupation(page).waitFor();
    await meeting(page).waitFor();
    expect(await page.getByRole('button', { name: 'Fit all' }).isDisabled()).toBe(true);
  });
});
