// Untrusted article text stays text: the site is built over a temporary seeds
// folder whose articles carry markup, event handlers, javascript: and data:
// source URLs and HTML entities, and Chromium opens their events. Every payload
// would set window.__injected or the document's title if it ran. One build
// serves every test in this file.
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, useSite } from './harness';

const work = mkdtempSync(path.join(os.tmpdir(), 'hostile-site-'));
const seedsDir = path.join(work, 'seeds');
const distDir = path.join(work, 'dist');

const COUNCIL_TITLE = "<script>document.title='pwned'</script>Council <b>approves</b> levy &amp; budget";
const COUNCIL_SOURCE = "javascript:window.__injected='source'";
const BANNER = "<script>window.__injected='script'</script>";
const LEAFLET = `<img src=x onerror="window.__injected='img'">`;
const ENTITIES = '&lt;b&gt;nothing&lt;/b&gt;';
const COUNCIL = `---
title: ${COUNCIL_TITLE}
source: ${COUNCIL_SOURCE}
published: 2023-05-12
---
HARBOURTON, May 12 (Newswire) - The city council approved a revised budget on Thursday after a protester unfurled a banner reading ${BANNER} in the public gallery.

On March 3, 2023, <b>councillors</b> debated the <i>levy</i> while a leaflet showing ${LEAFLET} was handed out at the door.

Mayor Ellen Varga said the vote on April 20 was "a fair deal &amp; a fair price", adding that ${ENTITIES} had been hidden from residents.
`;

const STRIKE_TITLE = `Dockers end strike <svg onload="window.__injected='svg'">`;
const STRIKE_SOURCE = "data:text/html,<script>window.__injected='data'</script>";
const NOTICE_LINK = `<a href="javascript:window.__injected='anchor'">read this</a>`;
const STRIKE = `---
title: ${STRIKE_TITLE}
source: ${STRIKE_SOURCE}
published: 2023-06-02
---
PORT ELLIS, June 2 (Newswire) - Dock workers ended a nine-day strike on Wednesday, the union said in a notice headed ${NOTICE_LINK}.

Talks broke down on May 22, 2023, when managers walked out, a spokesman said &#60;iframe src=javascript:alert(1)&#62;.
`;

beforeAll(async () => {
  mkdirSync(seedsDir);
  writeFileSync(path.join(seedsDir, 'council-levy.md'), COUNCIL);
  writeFileSync(path.join(seedsDir, 'port-strike.md'), STRIKE);
  await buildSite(seedsDir, distDir);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}

function panel(page: Page): Locator {
  return page.locator('section.panel');
}

/** Records every Content-Security-Policy violation from the first line the page runs. */
async function watchPolicy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

/** What the payloads would have changed, and every element or attribute they could have smuggled in. */
async function injectionTraces(page: Page) {
  return page.evaluate(() => {
    const body = document.body;
    const all = [...body.querySelectorAll('*')];
    const handlers = all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    const urls = all.flatMap((el) =>
      ['href', 'src', 'action', 'formaction', 'xlink:href', 'data']
        .map((name) => el.getAttribute(name))
        .filter((value): value is string => value !== null)
        .filter((value) => !/^(https?:|blob:)/i.test(value) && /^\s*[a-z][a-z0-9+.-]*:/i.test(value)),
    );
    return {
      injected: (window as unknown as { __injected?: unknown }).__injected ?? null,
      title: document.title,
      // Links the page makes itself stay on the page: "Skip to timeline" (#main), an article opened from the search (/?read=…).
      elements: [...body.querySelectorAll('script, img, iframe, object, embed, b, i, a:not([href^="http"]):not([href^="#"]):not([href^="/"]), svg[onload]')].map((el) => el.outerHTML),
      handlers,
      unsafeUrls: urls,
      violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
    };
  });
}

// The page is named after the corpus (an article's title, as text); a payload would have made it "pwned".
const clean = { injected: null, title: expect.stringMatching(/^(?!pwned).* · News timeline explorer$/), elements: [], handlers: [], unsafeUrls: [], violations: [] };

describe('untrusted article text', () => {
  const site = useSite({ width: 1280, height: 800 }, distDir);

  it('the built page ships a Content-Security-Policy that allows no inline script but its own, by hash, first in <head>', async () => {
    const { page } = site;
    // The one inline script the page is built with (the first view's, src/ui/firstViewPage.tsx), as served.
    const html = await (await page.request.get(site.url)).text();
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
    expect(inline).toHaveLength(1);
    await page.goto(site.url);
    await timeline(page).waitFor();
    const policy = await page.evaluate(() => {
      const meta = document.head.firstElementChild;
      return meta?.getAttribute('http-equiv') === 'Content-Security-Policy' ? meta.getAttribute('content') : null;
    });
    expect(policy).not.toBeNull();
    const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('script-src')).toEqual(["'self'", ...inline]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('shows markup, handlers and entities in the timeline and the panel as the characters written, and runs none of it', async () => {
    const { page } = site;
    await watchPolicy(page);
    await page.goto(site.url);
    await timeline(page).waitFor();
    // An entity is not decoded: the label of the 20 April event reads "&amp;" (or as much of it as the label keeps).
    await expect(timeline(page).getByRole('button', { name: /&amp.*20 April 2023$/ }).count()).resolves.toBe(1);

    await timeline(page).getByRole('button', { name: /3 March 2023$/ }).first().click();
    await expect(panel(page).locator('.article-pane h3').textContent()).resolves.toBe(COUNCIL_TITLE);
    const text = panel(page).locator('.article-text');
    await text.getByText(LEAFLET, { exact: false }).waitFor();
    for (const written of [BANNER, LEAFLET, ENTITIES, '<b>councillors</b>', '"a fair deal &amp; a fair price"']) {
      expect(await text.textContent(), written).toContain(written);
    }
    // A javascript: source is shown as text, never as a link.
    await expect(panel(page).getByText(COUNCIL_SOURCE, { exact: true }).count()).resolves.toBe(1);
    expect(await panel(page).getByRole('link').count()).toBe(0);
    expect(await injectionTraces(page)).toEqual(clean);

    await page.keyboard.press('Escape');
    await timeline(page).getByRole('button', { name: /22 May 2023$/ }).first().click();
    await expect(panel(page).locator('.article-pane h3').textContent()).resolves.toBe(STRIKE_TITLE);
    await panel(page).locator('.article-text').getByText(NOTICE_LINK, { exact: false }).waitFor();
    expect(await panel(page).locator('.article-text').textContent()).toContain('&#60;iframe src=javascript:alert(1)&#62;');
    await expect(panel(page).getByText(STRIKE_SOURCE, { exact: true }).count()).resolves.toBe(1);
    expect(await panel(page).getByRole('link').count()).toBe(0);
    expect(await injectionTraces(page)).toEqual(clean);
  });

  it('the list view and the search show the same text literally and run nothing', async () => {
    const { page } = site;
    await watchPolicy(page);
    await page.goto(`${site.url}?view=list&q=${encodeURIComponent('<script>')}`);
    const list = page.getByRole('region', { name: 'Event list' });
    await list.waitFor();
    // The search for "<script>" finds the sentence with the banner: the markup is searchable text.
    expect(await list.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
    expect(await list.textContent()).toContain('<script>');
    expect(await injectionTraces(page)).toEqual(clean);
  });

  it('the policy itself refuses a script that does get into the page', async () => {
    const { page } = site;
    await watchPolicy(page);
    await page.goto(site.url);
    await timeline(page).waitFor();
    // The test adds an inline script by hand, as an injection would: the browser must refuse to run it.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = "window.__injected = 'inline'";
      document.body.append(script);
    });
    const traces = await injectionTraces(page);
    expect(traces.injected).toBeNull();
    expect(traces.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    // Chromium reports the refusal in the console too; that error is this test's point, not a fault.
    site.errors.splice(0, site.errors.length, ...site.errors.filter((e) => !/Content Security Policy/i.test(e)));
  });
});
