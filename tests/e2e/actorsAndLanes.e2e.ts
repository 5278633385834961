// The actor filter and lanes by actor on the built site over the seed: counts
// that tell what checking an actor keeps, people and bodies under their
// country, the finder, Clear, one colour per actor wherever it shows, and one
// timeline row per actor (per checked actor) that can be shared as a link.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, useSite } from './harness';
import { overlappingPairs } from './overlaps';

function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}
function filter(page: Page): Locator {
  return page.getByRole('group', { name: 'Actors' });
}
const checkbox = (page: Page, name: string) => filter(page).getByRole('checkbox', { name, exact: true });
const lane = (page: Page, name: string) => timeline(page).getByRole('group', { name, exact: true });
const meeting = /(moscow|meeting).*23 December 2022$/i;
const statement = /(pashinyan|peacekeep|accus).*22 December 2022$/i;

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await timeline(page).waitFor();
}

/** The computed colour of the first element matched. */
const colorOf = (locator: Locator) => locator.first().evaluate((element) => getComputedStyle(element).backgroundColor);

describe('actor filter (desktop)', () => {
  const site = useSite({ width: 1280, height: 900 });

  it('each actor shows how many events checking it keeps, and checking it keeps exactly that many', async () => {
    const { page } = site;
    await open(page, site.url);
    for (const name of ['Russia', 'Armenia', 'Nikol Pashinyan']) {
      const box = checkbox(page, name);
      const description = await box.evaluate((input) => document.getElementById(input.getAttribute('aria-describedby')!)!.textContent!);
      const [, count] = description.match(/^(\d+) events?$/)!;
      await box.check();
      await expect.poll(() => timeline(page).locator('button.event').count()).toBe(Number(count));
      await box.uncheck();
    }
  });

  it('people and bodies are listed under their country', async () => {
    const { page } = site;
    await open(page, site.url);
    const armenia = filter(page).getByRole('list', { name: 'In Armenia' });
    await armenia.getByRole('checkbox', { name: 'Nikol Pashinyan' }).waitFor();
    const russia = filter(page).getByRole('list', { name: 'In Russia' });
    await russia.getByRole('checkbox', { name: 'Russian Foreign Ministry' }).waitFor();
    expect(await armenia.getByRole('checkbox', { name: 'Russian Foreign Ministry' }).count()).toBe(0);
  });

  it('the finder narrows the list by name, keeping the country over a match, and emptying it brings everyone back', async () => {
    const { page } = site;
    await open(page, site.url);
    const all = await filter(page).getByRole('checkbox').count();
    const finder = filter(page).getByRole('searchbox', { name: 'Find an actor' });
    await finder.fill('lavr');
    await checkbox(page, 'Sergey Lavrov').waitFor();
    await checkbox(page, 'Russia').waitFor();
    expect(await checkbox(page, 'Armenia').count()).toBe(0);
    expect(await filter(page).getByRole('checkbox').count()).toBe(2);
    await finder.fill('nobody by this name');
    await filter(page).getByText(/No actor matches/).waitFor();
    await finder.fill('');
    await expect.poll(() => filter(page).getByRole('checkbox').count()).toBe(all);
  });

  it('Clear unchecks every actor and brings back every event', async () => {
    const { page } = site;
    await open(page, site.url);
    const all = await timeline(page).locator('button.event').count();
    const clear = filter(page).getByRole('button', { name: 'Clear' });
    expect(await clear.isDisabled()).toBe(true);
    await checkbox(page, 'Soviet Union').check();
    await checkbox(page, 'Nikol Pashinyan').check();
    await expect.poll(() => timeline(page).locator('button.event').count()).toBe(2);
    await clear.click();
    await expect.poll(() => timeline(page).locator('button.event').count()).toBe(all);
    expect(await filter(page).getByRole('checkbox', { checked: true }).count()).toBe(0);
    expect(page.url()).not.toMatch(/actors=/);
  });

  it('an actor has one colour in the filter, over its lane, on its marks, in the passage panel and the list, and keeps it after a reload', async () => {
    const { page } = site;
    await open(page, `${site.url}?lanes=actor`);
    const swatch = (name: string) => filter(page).locator('.filter-item', { has: page.getByRole('checkbox', { name, exact: true }) }).locator('.swatch');
    const colors = new Set<string>();
    for (const name of ['Armenia', 'Russia', 'Azerbaijan']) {
      const color = await colorOf(swatch(name));
      colors.add(color);
      expect(await colorOf(lane(page, name).locator('.lane-label .swatch'))).toBe(color);
      const marks = await lane(page, name).locator('.mark').evaluateAll((all) => all.map((m) => getComputedStyle(m).getPropertyValue('--kind').trim()));
      expect(marks.length).toBeGreaterThan(0);
      const laneColor = await lane(page, name).locator('.lane-label').evaluate((label) => getComputedStyle(label).getPropertyValue('--kind').trim());
      for (const mark of marks) expect(mark).toBe(laneColor);
    }
    expect(colors.size).toBe(3);
    // The same colour beside the actor's name in the passage panel and in the list.
    await timeline(page).getByRole('button', { name: meeting }).first().click();
    const panel = page.locator('section.panel');
    await panel.waitFor();
    for (const name of ['Armenia', 'Russia']) {
      expect(await colorOf(panel.locator('.chip', { hasText: new RegExp(`^${name}$`) }).locator('.swatch'))).toBe(await colorOf(swatch(name)));
    }
    await page.goto(`${site.url}?view=list`);
    const list = page.getByRole('region', { name: 'Event list' });
    await list.waitFor();
    expect(await colorOf(list.locator('.list-actor', { hasText: /^Russia(, )?$/ }).locator('.swatch'))).toBe(await colorOf(swatch('Russia')));
    await page.goto(`${site.url}?lanes=actor`);
    await timeline(page).waitFor();
    const before = await colorOf(swatch('Russia'));
    await page.reload();
    await timeline(page).waitFor();
    expect(await colorOf(swatch('Russia'))).toBe(before);
  });
});

describe('lanes by actor (desktop)', () => {
  const site = useSite({ width: 1280, height: 900 });

  it('the toggle gives each actor a row named by it, an event shows in each of its actors’ rows, and the link keeps the lanes', async () => {
    const { page } = site;
    await open(page, site.url);
    expect(await timeline(page).getByRole('group').count()).toBe(0);
    const toggle = page.getByRole('button', { name: 'Lanes by actor' });
    await toggle.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lanes')).toBe('actor');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await lane(page, 'Nikol Pashinyan').getByRole('button', { name: statement }).waitFor();
    // The Moscow meeting is Armenia's and Russia's (the ministry only announced it): it is in Russia's row.
    await lane(page, 'Russia').getByRole('button', { name: meeting }).waitFor();
    // The Pashinyan statement names him, Armenia and Russia: it is drawn in each of those rows (or in a cluster there).
    const lanes = await timeline(page).getByRole('group').evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label')));
    expect(lanes).toEqual(expect.arrayContaining(['Armenia', 'Russia', 'Nikol Pashinyan', 'Soviet Union']));
    const frames = await timeline(page).getByRole('group').evaluateAll((groups) =>
      groups.map((g) => [...g.querySelectorAll('button, .lane-label')].map((b) => b.getBoundingClientRect()).reduce(
        (box, r) => ({ top: Math.min(box.top, r.top), bottom: Math.max(box.bottom, r.bottom) }), { top: Infinity, bottom: -Infinity })),
    );
    for (let i = 1; i < frames.length; i++) expect(frames[i]!.top).toBeGreaterThanOrEqual(frames[i - 1]!.bottom - 1);
    expect(await overlappingPairs(timeline(page).locator('button.event'))).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-lanes.png') });

    const link = page.url();
    const other = await site.context.newPage();
    await other.goto(link);
    await timeline(other).getByRole('group', { name: 'Nikol Pashinyan' }).waitFor();
    await other.close();

    await toggle.click();
    await expect.poll(() => timeline(page).getByRole('group').count()).toBe(0);
    await page.goBack();
    await lane(page, 'Nikol Pashinyan').waitFor();
  });

  it('with actors checked there is one row per checked actor, holding its members’ events too', async () => {
    const { page } = site;
    await open(page, `${site.url}?lanes=actor`);
    await checkbox(page, 'Armenia').check();
    await checkbox(page, 'Russia').check();
    await expect.poll(() => timeline(page).getByRole('group').evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label')))).toEqual(['Armenia', 'Russia']);
    await lane(page, 'Armenia').getByRole('button', { name: statement }).waitFor();
    await lane(page, 'Armenia').getByRole('button', { name: meeting }).waitFor();
    await lane(page, 'Russia').getByRole('button', { name: meeting }).waitFor();
    // Clicking the event in its second row selects it like anywhere else.
    await lane(page, 'Russia').getByRole('button', { name: meeting }).click();
    await page.getByRole('region', { name: /Armenia bows out of Moscow meeting/ }).waitFor();
    expect(await lane(page, 'Armenia').getByRole('button', { name: meeting }).getAttribute('aria-pressed')).toBe('true');
  });

  it('in a lane, Right steps to the next event of that lane', async () => {
    const { page } = site;
    await open(page, `${site.url}?lanes=actor&actors=nikol-pashinyan,russia`);
    const row = lane(page, 'Russia');
    await row.getByRole('button', { name: meeting }).waitFor();
    const first = row.locator('button[data-event-id]').first();
    const firstName = await first.getAttribute('aria-label');
    await first.focus();
    const focusedNow = () => page.evaluate(() => ({
      name: document.activeElement?.getAttribute('aria-label'),
      lane: document.activeElement?.closest('[role=group]')?.getAttribute('aria-label'),
    }));
    await page.keyboard.press('ArrowRight');
    const next = await focusedNow();
    // Another event of the same row, not one of another actor's row.
    expect(next.lane).toBe('Russia');
    expect(next.name).not.toBe(firstName);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedNow()).toEqual({ name: firstName, lane: 'Russia' });
  });
});
