// Accessibility and screenshots of every view on the built site over the
// seed, at 1440 px and at 375 px: axe-core, with every one of its rules on
// (label-content-name-mismatch and the enhanced contrast included), finds
// nothing serious or critical, as a screen reader, keyboard and speech-input
// user meets the page; and the screenshots the README shows are saved from
// the same views.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { screenshotDir, useSite } from './harness';

const ARTICLE_TITLE = /Armenia bows out of Moscow meeting/;

/** Each view: its link, what to wait for, and the name of its screenshot (if the README shows it). */
const VIEWS: { name: string; query: string; ready: (page: Page) => Promise<void>; shot?: string }[] = [
  { name: 'the timeline', query: '', ready: (page) => page.locator('button[data-event-id]').first().waitFor(), shot: 'timeline' },
  {
    name: 'the timeline with the panel open',
    query: '',
    ready: async (page) => {
      await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /(moscow|meeting).*23 December 2022$/i }).first().click();
      await page.getByRole('region', { name: ARTICLE_TITLE }).locator('mark').first().waitFor();
    },
    shot: 'panel',
  },
  { name: 'the list', query: '?view=list', ready: (page) => page.getByRole('list').filter({ hasText: /1991/ }).first().waitFor(), shot: 'list' },
  { name: 'the key events', query: '?show=key', ready: (page) => page.locator('button[data-event-id]').first().waitFor() },
  { name: 'lanes by actor', query: '?lanes=actor', ready: (page) => page.getByRole('region', { name: 'Timeline' }).getByRole('group').first().waitFor() },
  { name: 'an article opened from the search', query: '?q=Lachin&read=000_30beba559cdab82b', ready: (page) => page.locator('.article-pane mark').first().waitFor() },
  { name: 'an empty window', query: '?axis=linear&from=2005-01-01&to=2005-12-31', ready: (page) => page.getByRole('button', { name: 'Jump to the nearest events' }).waitFor() },
  { name: 'the embedded view', query: '?embed=1', ready: (page) => page.locator('button[data-event-id]').first().waitFor() },
];

for (const [device, viewport] of [['desktop', { width: 1440, height: 900 }], ['mobile', { width: 375, height: 800 }]] as const) {
  describe(`every view passes axe (${device}, ${viewport.width} px)`, () => {
    const site = useSite(viewport);

    for (const view of VIEWS) {
      it(`${view.name} has no serious or critical violation`, async () => {
        const { page } = site;
        await page.goto(`${site.url}${view.query}`);
        await view.ready(page);
        // Settle transitions and fonts before the check and the picture.
        await page.waitForTimeout(150);
        if (view.shot) await page.screenshot({ path: path.join(screenshotDir, `${device}-${view.shot}.png`) });
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}
