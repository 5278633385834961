// The overview strip and touch on the built site: the brush shows the visible
// window and moves or resizes it with the mouse, the keyboard and a finger;
// on a touch screen one finger pans the timeline and two fingers pinch to
// zoom without the page scrolling; at 375 px the passage opens as a bottom
// sheet.
import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useSite } from './harness';

const DAY = 86_400_000;
const ARTICLE_TITLE = /Armenia bows out of Moscow meeting/;

function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}
const brush = (page: Page) => page.getByRole('slider', { name: 'Visible window' });
const meeting = (page: Page) => timeline(page).getByRole('button', { name: /(moscow|meeting).*23 December 2022$/i }).first();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "5 March 2017" for a UTC day. */
function longDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function windowDays(page: Page): { from: number; to: number; span: number } | null {
  const p = new URL(page.url()).searchParams;
  if (!p.get('from') || !p.get('to')) return null;
  const from = Date.parse(p.get('from')!);
  const to = Date.parse(p.get('to')!);
  return { from, to, span: (to - from) / DAY + 1 };
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await timeline(page).waitFor();
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

async function mouseDrag(page: Page, from: { x: number; y: number }, dx: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y, { steps: 4 });
  await page.mouse.move(from.x + dx, from.y, { steps: 4 });
  await page.mouse.up();
}

describe('overview strip (desktop)', () => {
  const site = useSite({ width: 1280, height: 800 });

  it('the brush covers the visible window and says its dates; events are drawn along the strip', async () => {
    const { page } = site;
    await open(page, `${site.url}?axis=linear`);
    const strip = await box(page.locator('.overview'));
    const whole = await box(brush(page));
    expect(whole.width).toBeGreaterThan(strip.width * 0.9);
    expect(await page.locator('.overview-mark').count()).toBeGreaterThanOrEqual(3);

    await open(page, `${site.url}?axis=linear&from=2022-12-10&to=2022-12-25`);
    expect(await brush(page).getAttribute('aria-valuetext')).toBe('10 December 2022 to 25 December 2022');
    const narrow = await box(brush(page));
    expect(narrow.width).toBeLessThan(strip.width * 0.1);
    // December 2022 is at the end of a 1991–2022 strip.
    expect(narrow.x).toBeGreaterThan(strip.x + strip.width * 0.8);
  });

  it('the selected event is marked on the strip at its place, and the mark goes when the panel closes', async () => {
    const { page } = site;
    await open(page, `${site.url}?axis=linear`);
    expect(await page.locator('.overview-selected').count()).toBe(0);
    await timeline(page).getByRole('button', { name: /\b1991$/ }).first().click();
    const strip = await box(page.locator('.overview'));
    const early = await box(page.locator('.overview-selected'));
    expect(early.x).toBeLessThan(strip.x + strip.width * 0.1);
    await meeting(page).click();
    await expect.poll(async () => (await box(page.locator('.overview-selected'))).x).toBeGreaterThan(strip.x + strip.width * 0.9);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.overview-selected').count()).toBe(0);
  });

  it('opening an event squeezes the strip\'s marks into the narrower strip without drawing them again, each still under its events', async () => {
    const { page } = site;
    // The default axis: compressed stretches on the strip, which narrow with the rest.
    await open(page, site.url);
    await page.locator('.overview-mark').first().waitFor();
    // Each mark's place as a share of the strip between its margins (24 px each side).
    const places = async () => {
      const strip = await box(page.locator('.overview'));
      const marks = await page.locator('.overview-mark').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
      return { strip, marks, shares: marks.map((m) => ((m.left + m.right) / 2 - strip.x - 24) / (strip.width - 48)) };
    };
    const closed = await places();
    await page.evaluate(() => {
      (window as unknown as { stripMarks: Element[] }).stripMarks = [...document.querySelectorAll('.overview-mark')];
    });
    // An event after the compressed stretches: its place depends on their width.
    await meeting(page).click();
    await page.locator('.overview-selected').waitFor();
    const opened = await places();
    expect(opened.strip.width).toBeLessThan(closed.strip.width - 100);
    // The same marks, not drawn again, inside the narrower strip, each at the same share of it.
    expect(await page.evaluate(() => (window as unknown as { stripMarks: Element[] }).stripMarks.every((n) => n.isConnected))).toBe(true);
    expect(opened.marks.length).toBe(closed.marks.length);
    expect(Math.min(...opened.marks.map((m) => m.left))).toBeGreaterThanOrEqual(opened.strip.x);
    expect(Math.max(...opened.marks.map((m) => m.right))).toBeLessThanOrEqual(opened.strip.x + opened.strip.width);
    opened.shares.forEach((share, i) => expect(Math.abs(share - closed.shares[i]!)).toBeLessThan(0.005));
    // The selected event's place on the strip (drawn with the brush's scale) is over the mark that counts it.
    const selected = await page.locator('.overview-selected').evaluate((n) => {
      const r = n.getBoundingClientRect();
      return r.left + r.width / 2;
    });
    expect(Math.min(...opened.marks.map((m) => Math.abs((m.left + m.right) / 2 - selected)))).toBeLessThanOrEqual(3);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.overview-selected').count()).toBe(0);
    expect((await places()).shares).toEqual(closed.shares);
  });

  it('dragging the brush pans, dragging its edges resizes, and a press on the strip moves the window there', async () => {
    const { page } = site;
    await open(page, `${site.url}?axis=linear&from=2015-01-01&to=2018-12-31`);
    const start = windowDays(page)!;
    let b = await box(brush(page));
    await mouseDrag(page, { x: b.x + b.width / 2, y: b.y + b.height / 2 }, -60);
    await expect.poll(() => windowDays(page)!.from).toBeLessThan(start.from);
    expect(Math.abs(windowDays(page)!.span - start.span)).toBeLessThanOrEqual(2);
    expect(await brush(page).getAttribute('aria-valuetext')).toMatch(/^\d+ \w+ 201\d to \d+ \w+ 201\d$/);

    // The grips at the edges, drawn apart from the middle, resize it.
    const moved = windowDays(page)!;
    b = await box(brush(page).locator('.brush-grip-end'));
    await mouseDrag(page, { x: b.x + b.width / 2, y: b.y + b.height / 2 }, 40);
    await expect.poll(() => windowDays(page)!.to).toBeGreaterThan(moved.to);
    expect(windowDays(page)!.from).toBe(moved.from);

    const wider = windowDays(page)!;
    b = await box(brush(page).locator('.brush-grip-start'));
    await mouseDrag(page, { x: b.x + b.width / 2, y: b.y + b.height / 2 }, 30);
    await expect.poll(() => windowDays(page)!.from).toBeGreaterThan(wider.from);
    expect(windowDays(page)!.to).toBe(wider.to);

    // A press near the strip's start brings 1991 into the timeline.
    const strip = await box(page.locator('.overview'));
    await page.mouse.click(strip.x + 30, strip.y + strip.height / 2);
    await timeline(page).getByRole('button', { name: /\b1991$/ }).first().waitFor();
  });

  it('the brush is a slider: the arrow keys move the window, Shift with them resizes it, Home goes to the start', async () => {
    const { page } = site;
    await open(page, `${site.url}?axis=linear&from=2015-01-01&to=2018-12-31`);
    await brush(page).focus();
    const start = windowDays(page)!;
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => windowDays(page)!.from).toBeLessThan(start.from);
    expect(windowDays(page)!.span).toBe(start.span);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => windowDays(page)!.from).toBeGreaterThan(start.from);

    const before = windowDays(page)!;
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => windowDays(page)!.span).toBeGreaterThan(before.span);
    const grown = windowDays(page)!;
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => windowDays(page)!.span).toBeLessThan(grown.span);
    const { from, to } = windowDays(page)!;
    expect(await brush(page).getAttribute('aria-valuetext')).toBe(`${longDay(from)} to ${longDay(to)}`);
    await page.keyboard.press('Home');
    await timeline(page).getByRole('button', { name: /\b1991$/ }).first().waitFor();
  });
});

/** One touch event with the given fingers down, at viewport coordinates. */
async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
}

/** Fingers moving in steps from `from` to `to` (one point per finger). */
async function gesture(cdp: CDPSession, from: { x: number; y: number }[], to: { x: number; y: number }[], steps = 8): Promise<void> {
  await touch(cdp, 'touchStart', from);
  for (let s = 1; s <= steps; s++) {
    await touch(cdp, 'touchMove', from.map((p, i) => ({ x: p.x + ((to[i]!.x - p.x) * s) / steps, y: p.y + ((to[i]!.y - p.y) * s) / steps })));
  }
  await touch(cdp, 'touchEnd', []);
}

describe('touch and small screens (375 px, touch screen)', () => {
  const site = useSite({ width: 375, height: 800 });
  let context: BrowserContext | null = null;

  /** A phone-like page: touch events, a 375 px viewport. */
  async function phone(url: string): Promise<{ page: Page; cdp: CDPSession }> {
    context = await site.context.browser()!.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    // The suite's check for page errors covers this page too.
    page.on('pageerror', (error) => site.errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') site.errors.push(`console error: ${message.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await open(page, url);
    await timeline(page).scrollIntoViewIfNeeded();
    return { page, cdp };
  }

  afterEach(async () => {
    await context?.close();
    context = null;
  });

  it('one finger dragged right shows earlier days, and the page does not scroll meanwhile', async () => {
    const { page, cdp } = await phone(`${site.url}?axis=linear&from=2022-12-01&to=2022-12-31`);
    const canvas = await box(timeline(page).locator('.timeline-canvas'));
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const y = canvas.y + 10;
    await gesture(cdp, [{ x: canvas.x + 60, y }], [{ x: canvas.x + 260, y: y + 40 }]);
    await expect.poll(() => windowDays(page)!.from).toBeLessThan(Date.UTC(2022, 11, 1));
    expect(windowDays(page)!.span).toBe(31);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  });

  it('two fingers spread apart zoom in, pinched together zoom out', async () => {
    const { page, cdp } = await phone(`${site.url}?axis=linear&from=2022-06-01&to=2022-12-31`);
    const canvas = await box(timeline(page).locator('.timeline-canvas'));
    const y = canvas.y + 10;
    const middle = canvas.x + canvas.width / 2;
    const start = windowDays(page)!;
    await gesture(cdp, [{ x: middle - 30, y }, { x: middle + 30, y }], [{ x: middle - 120, y }, { x: middle + 120, y }]);
    await expect.poll(() => windowDays(page)!.span).toBeLessThan(start.span / 2);
    const zoomed = windowDays(page)!;
    await gesture(cdp, [{ x: middle - 120, y }, { x: middle + 120, y }], [{ x: middle - 40, y }, { x: middle + 40, y }]);
    await expect.poll(() => windowDays(page)!.span).toBeGreaterThan(zoomed.span * 2);
  });

  it('a finger drags the overview brush', async () => {
    const { page, cdp } = await phone(`${site.url}?axis=linear&from=2015-01-01&to=2018-12-31`);
    await brush(page).scrollIntoViewIfNeeded();
    const b = await box(brush(page));
    const start = windowDays(page)!;
    await gesture(cdp, [{ x: b.x + b.width / 2, y: b.y + b.height / 2 }], [{ x: b.x + b.width / 2 - 50, y: b.y + b.height / 2 }]);
    await expect.poll(() => windowDays(page)!.from).toBeLessThan(start.from);
  });

  it('a tap on an event opens the passage as a bottom sheet over the lower screen, the sentence in view, nothing wider than the screen', async () => {
    const { page } = await phone(site.url);
    await meeting(page).tap();
    const panel = page.locator('section.panel');
    const mark = panel.getByRole('region', { name: ARTICLE_TITLE }).locator('mark').first();
    await mark.waitFor();
    const sheet = await box(panel);
    expect(Math.round(sheet.y + sheet.height)).toBe(800);
    expect(sheet.y).toBeGreaterThan(800 * 0.3);
    expect(sheet.width).toBe(375);
    // The highlighted sentence is scrolled into view inside the sheet.
    const sentence = await box(mark);
    expect(sentence.y).toBeGreaterThanOrEqual(sheet.y);
    expect(sentence.y).toBeLessThan(800);
    // The timeline stays reachable above the sheet.
    const headingTop = await page.getByRole('heading', { level: 1 }).evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
    expect(headingTop).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await panel.getByRole('button', { name: /close/i }).first().tap();
    await panel.waitFor({ state: 'detached' });
  });
});
