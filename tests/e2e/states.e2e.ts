// The explorer's states on the built site: loading while the data is on its
// way, empty when the data holds no events, and empty when a filter or a search
// matches nothing, each with a way out. (Data that fails to load is in
// robustnessData.e2e.ts.)
import { decodeIndex, encodeIndex, type IndexColumns } from '../../src/model/indexColumns';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness';

describe('loading and empty states', () => {
  const site = useSite({ width: 1280, height: 800 });

  // At the default URL the page shows the timeline built into it while the data comes (firstView.e2e.ts); a link
  // to another view (here the list) is not drawn in advance, and says it is loading.
  it('says the timeline is loading while the data is on its way, then shows the events', async () => {
    const { page } = site;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/index.json', async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto(`${site.url}?axis=linear`, { waitUntil: 'commit' });
    const loading = page.getByRole('status').filter({ hasText: /Loading/i });
    await loading.waitFor();
    release();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.waitFor();
    expect(await timeline.locator('button.event').count()).toBeGreaterThan(0);
    expect(await loading.count()).toBe(0);
  });

  it('says there are no events yet when the data holds none, and how to add some', async () => {
    const { page } = site;
    await page.route('**/data/index.json', async (route) => {
      const response = await route.fetch();
      const index = decodeIndex((await response.json()) as IndexColumns);
      await route.fulfill({ response, json: encodeIndex({ ...index, articles: [], events: [], merged: undefined }) });
    });
    await page.goto(site.url);
    const empty = page.getByRole('status').filter({ hasText: 'No events yet.' });
    await empty.waitFor();
    expect(await empty.textContent()).toMatch(/Add articles to the seeds folder/);
    expect(await page.getByRole('region', { name: 'Timeline' }).count()).toBe(0);
  });

  it('says no event involves the checked actors, and Clear filter brings them all back', async () => {
    const { page } = site;
    await page.goto(site.url);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.waitFor();
    const all = await timeline.locator('button.event').count();
    // Named in the article, but in no dated sentence: listed once all actors are shown.
    const actors = page.getByRole('group', { name: 'Actors' });
    expect(await actors.getByRole('checkbox', { name: 'Jeyhun Bayramov', exact: true }).count()).toBe(0);
    await actors.getByRole('button', { name: /^Show all actors/ }).click();
    await actors.getByRole('checkbox', { name: 'Jeyhun Bayramov', exact: true }).check();
    const empty = page.getByRole('status').filter({ hasText: 'No events involve the checked actors.' });
    await empty.waitFor();
    await empty.getByRole('button', { name: 'Clear filter' }).click();
    await timeline.waitFor();
    await expect.poll(() => timeline.locator('button.event').count()).toBe(all);
    expect(page.url()).not.toMatch(/actors=/);
  });

  it('says no event matches a search in the list, and Clear search empties it', async () => {
    const { page } = site;
    await page.goto(`${site.url}?view=list&q=${encodeURIComponent('zeppelin')}`);
    const empty = page.getByRole('status').filter({ hasText: /No events match “zeppelin”/ });
    await empty.waitFor();
    await empty.getByRole('button', { name: 'Clear search' }).click();
    const list = page.getByRole('region', { name: 'Event list' });
    await list.waitFor();
    expect(await list.getByRole('button').count()).toBeGreaterThan(0);
    expect(page.url()).not.toMatch(/q=/);
  });
});
