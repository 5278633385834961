// Exporting on the built site: the download buttons give the events in view
// (after the actor filter and the search) as CSV, JSON and TimelineJS3 JSON.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness';

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

describe('export (desktop)', () => {
  const site = useSite({ width: 1280, height: 800 });

  it('CSV, JSON and TimelineJS hold the events in view, in time order', async () => {
    const { page } = site;
    await page.goto(site.url);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.waitFor();
    const shown = await timeline.locator('button.event').count();

    const csv = await downloaded(page, 'Download CSV');
    expect(csv.name).toBe('events.csv');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('event_id,label,start,end,precision,date_text,actors,article_title,outlet,source_url,published,quote');
    expect(lines).toHaveLength(shown + 1);
    expect(lines[1]).toMatch(/,1991-01-01,1991-12-31,year,/);

    const json = JSON.parse((await downloaded(page, 'Download JSON')).text);
    expect(json.schemaVersion).toBe(1);
    expect(json.events).toHaveLength(shown);
    expect(json.articles[0].title).toMatch(/Armenia bows out of Moscow meeting/);

    const tl = await downloaded(page, 'Download TimelineJS JSON');
    expect(tl.name).toBe('events.timelinejs.json');
    const doc = JSON.parse(tl.text);
    expect(doc.events).toHaveLength(shown);
    expect(doc.events[0].start_date).toEqual({ year: 1991 });
    expect(doc.events.at(-1).start_date).toEqual({ year: 2022, month: 12, day: 23 });
    expect(doc.events.at(-1).text.headline).toMatch(/Moscow|meeting/i);
  });

  it('exports only what the filter and the search leave', async () => {
    const { page } = site;
    await page.goto(`${site.url}?actors=russia&q=meeting`);
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    const json = JSON.parse((await downloaded(page, 'Download JSON')).text);
    expect(json.events.length).toBeGreaterThanOrEqual(1);
    for (const event of json.events) {
      const words = `${event.label} ${event.sources.map((s: { quote: string }) => s.quote).join(' ')}`.toLowerCase();
      expect(words).toContain('meeting');
    }
    const csv = (await downloaded(page, 'Download CSV')).text.trimEnd().split('\r\n');
    expect(csv).toHaveLength(json.events.length + 1);
    // The 1991 occupation involves neither Russia nor a meeting.
    expect(csv.some((line) => line.includes(',1991-01-01,'))).toBe(false);
  });
});
