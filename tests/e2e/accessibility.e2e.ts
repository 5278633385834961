// Accessibility and screenshots of each main view on the built site, at
// desktop width and at 375 px: axe-core checks the page as a screen reader
// and keyboard user meet it (no serious or critical violation), and the
// screenshots the README shows are saved from the same views.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, useSite } from './harness';

const ARTICLE_TITLE = /Armenia bows out of Moscow meeting/;

/** Serious and critical violations, one line each: rule, impact, what it says and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

type View = 'timeline' | 'panel' | 'list';

async function show(page: Page, url: string, view: View): Promise<void> {
  await page.goto(view === 'list' ? `${url}?view=list` : url);
  if (view === 'list') {
    await page.getByRole('list').filter({ hasText: /1991/ }).first().waitFor();
    return;
  }
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.waitFor();
  if (view === 'panel') {
    await timeline.getByRole('button', { name: /(moscow|meeting).*23 December 2022$/i }).first().click();
    await page.getByRole('region', { name: ARTICLE_TITLE }).locator('mark').first().waitFor();
  }
}

for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['mobile', { width: 375, height: 800 }]] as const) {
  describe(`each view passes axe (${device}, ${viewport.width} px)`, () => {
    const site = useSite(viewport);

    for (const view of ['timeline', 'panel', 'list'] as const) {
      it(`the ${view === 'panel' ? 'timeline with the passage panel open' : `${view} view`} has no serious or critical violation`, async () => {
        const { page } = site;
        await show(page, site.url, view);
        // Settle transitions and fonts before the check and the picture.
        await page.waitForTimeout(150);
        await page.screenshot({ path: path.join(screenshotDir, `${device}-${view}.png`) });
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

describe('the lanes and a cluster pass axe (desktop)', () => {
  const site = useSite({ width: 1280, height: 800 });

  it('lanes by actor, with clusters in the busy lanes, have no serious or critical violation', async () => {
    const { page } = site;
    await page.goto(`${site.url}?lanes=actor`);
    await page.getByRole('region', { name: 'Timeline' }).getByRole('group').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
