// Adding articles in the built site, with nothing installed: real Chromium
// drops two articles into the page (one a saved web page), sees their events,
// reloads and still sees them, opens the event one of them shares with the
// built article as one merged event, removes one, and downloads the rest as a
// seeds folder. Bad files get the compiler's messages; a hostile page runs and
// loads nothing; a full storage quota is said, and loses nothing kept before.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../src/compiler/events/compileArticle';
import { readSeedFile, withOrigin } from '../../src/compiler/read/seedFile';
import { screenshotDir, useSite } from './harness';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const PAGE_NAME = 'harbour-strike.html';
const PAGE = readFileSync(path.join(fixtures, 'pages', PAGE_NAME));
// The built seed's Moscow meeting, told again in other words by another outlet.
const MOSCOW_NAME = 'moscow-talks.txt';
const MOSCOW = Buffer.from(`---
title: Yerevan stays away from Moscow peace meeting
published: 2022-12-22
---
Yerevan stays away from Moscow peace meeting

Armenia will not attend a meeting in Moscow on Friday that was meant to prepare a peace agreement with Azerbaijan, the Russian Foreign Ministry said on Thursday.

The ministry said Foreign Minister Sergey Lavrov had told his Azerbaijani counterpart of the decision by phone.
`);

/** The labels the compiler gives a file's events, to look for them in the page. */
function labelsOf(name: string, bytes: Uint8Array): string[] {
  return readSeedFile(name, bytes).articles.flatMap((input) => withOrigin(compileArticle(input), input.origin).events.map((e) => e.label));
}

function dialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Add articles' });
}

async function openPanel(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add articles' }).click();
  await dialog(page).getByRole('heading', { name: /Your articles/ }).waitFor();
  return dialog(page);
}

/** Drops files on the drop zone as a person dragging them from the desktop would. */
async function drop(page: Page, files: Array<{ name: string; bytes: Uint8Array; type: string }>): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return transfer;
  }, files.map((f) => ({ name: f.name, type: f.type, base64: Buffer.from(f.bytes).toString('base64') })));
  await dialog(page).getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
}

async function counts(page: Page): Promise<string> {
  return (await page.locator('.counts').textContent()) ?? '';
}

async function waitForArticles(page: Page, n: number): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('.counts')?.textContent?.includes(`· ${want} article`), n);
}

async function listLabels(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const list = page.locator('.event-list');
  await list.waitFor();
  const text = (await list.textContent()) ?? '';
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  return text;
}

describe('adding articles in the page', () => {
  const site = useSite({ width: 1280, height: 900 });

  it('drops two articles, sees their events, keeps them over a reload, merges one with a built event, removes one, downloads the folder', async () => {
    const { page } = site;
    await page.goto(site.url);
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    expect(await counts(page)).toContain('· 1 article ·');

    await openPanel(page);
    await drop(page, [
      { name: MOSCOW_NAME, bytes: MOSCOW, type: 'text/plain' },
      { name: PAGE_NAME, bytes: PAGE, type: 'text/html' },
    ]);
    const panel = dialog(page);
    await panel.getByText(`${PAGE_NAME}: added`).waitFor({ timeout: 60_000 });
    await panel.getByText(`${MOSCOW_NAME}: added`).waitFor();
    // The compiler's own line, as the command line prints it.
    await panel.getByText(/^harbour-strike\.html: \d+ events, \d+ actors, published 2023-05-15 \(from the article:published_time meta tag\); web page: title from og:title, source from og:url/).first().waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'add-articles.png') });
    const axe = await new AxeBuilder({ page }).include('.add-articles').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await panel.getByRole('button', { name: 'Close' }).click();
    await waitForArticles(page, 3);

    const strikeLabels = labelsOf(PAGE_NAME, PAGE);
    expect(strikeLabels.length).toBeGreaterThanOrEqual(3);
    const listed = await listLabels(page);
    for (const label of strikeLabels) expect(listed).toContain(label.replace(/…$/, ''));

    // Kept in the browser: a reload brings them back.
    await page.reload();
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    await waitForArticles(page, 3);
    expect(await listLabels(page)).toContain(strikeLabels[0]!.replace(/…$/, ''));

    // The Moscow meeting, told by the built article and the added one, is one event with two sources.
    // The week of the meeting, where its events stand apart.
    await page.goto(`${site.url}?from=2022-12-19&to=2022-12-26`);
    await waitForArticles(page, 3);
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /(moscow|meeting).*23 December 2022$/i }).first().click();
    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.waitFor();
    await expect(sources.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('2 sources report this');
    expect(await sources.textContent()).toContain('Yerevan stays away from Moscow peace meeting');
    await page.keyboard.press('Escape');

    // Remove one; the other stays, here and after a reload.
    await openPanel(page);
    await dialog(page).getByRole('button', { name: `Remove ${MOSCOW_NAME}` }).click();
    await dialog(page).getByRole('heading', { name: 'Your articles (1)' }).waitFor();
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await waitForArticles(page, 2);
    await page.reload();
    await waitForArticles(page, 2);

    // The reader's articles as a seeds folder.
    await openPanel(page);
    const [file] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name: /Download all as a seeds folder/ }).click()]);
    expect(file.suggestedFilename()).toBe('seeds.zip');
    const zip = unzipSync(new Uint8Array(readFileSync((await file.path())!)));
    expect(Object.keys(zip)).toEqual([`seeds/${PAGE_NAME}`]);
    expect(Buffer.from(zip[`seeds/${PAGE_NAME}`]!).equals(PAGE)).toBe(true);
  });

  it("gives a bad file the compiler's message, adds the good one beside it, and adds pasted text", async () => {
    const { page } = site;
    await page.goto(site.url);
    await openPanel(page);
    await drop(page, [
      { name: 'photo.html', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), type: 'text/html' },
      { name: 'huge.html', bytes: new Uint8Array(10 * 1024 * 1024 + 100).fill(0x20), type: 'text/html' },
      { name: MOSCOW_NAME, bytes: MOSCOW, type: 'text/plain' },
    ]);
    const panel = dialog(page);
    await panel.getByText('photo.html: not added').waitFor({ timeout: 60_000 });
    await panel.getByText('error: photo.html: looks like a binary file (NUL bytes), not text; skipped').waitFor();
    await panel.getByText(/^error: huge\.html: the file is 10 MB, more than the 10 MB a page or feed may be; skipped/).waitFor();
    await panel.getByText(`${MOSCOW_NAME}: added`).waitFor();

    await panel.getByLabel('Title').fill('Harbour ferry returns');
    await panel.getByLabel('Publication date').fill('2023-06-01');
    await panel.getByLabel('Text').fill('The ferry to Skarn island ran again on Tuesday after a month of repairs, the harbour office said.');
    await panel.getByRole('button', { name: 'Add text' }).click();
    await panel.getByText('harbour-ferry-returns.txt: added').waitFor();
    await panel.getByText(/^harbour-ferry-returns\.txt: 1 events, \d+ actors, published 2023-06-01$/).first().waitFor();
    await panel.getByRole('heading', { name: 'Your articles (2)' }).waitFor();
    await panel.getByRole('button', { name: 'Close' }).click();
    await waitForArticles(page, 3);
    expect(await listLabels(page)).toContain(labelsOf('x.txt', new TextEncoder().encode('---\ntitle: Harbour ferry returns\npublished: 2023-06-01\n---\nHarbour ferry returns\n\nThe ferry to Skarn island ran again on Tuesday after a month of repairs, the harbour office said.\n'))[0]!.replace(/…$/, ''));
  });

  it('reads a hostile page as text: nothing in it runs or loads', async () => {
    const { page } = site;
    const probe = `${site.url}hostile-probe`;
    const requested: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('hostile-probe')) requested.push(request.url());
    });
    page.on('dialog', (d) => {
      requested.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(site.url);
    await openPanel(page);
    const hostile = readFileSync(path.join(fixtures, 'pages/hostile-page.html'), 'utf8').replaceAll('http://127.0.0.1:9', probe);
    await drop(page, [{ name: 'hostile-page.html', bytes: Buffer.from(hostile), type: 'text/html' }]);
    await dialog(page).getByText('hostile-page.html: added').waitFor({ timeout: 60_000 });
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await waitForArticles(page, 2);
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /quarry|blast|charge|blasting/i }).first().click();
    const passage = page.getByRole('region', { name: /Quarry blast rattles windows/ });
    await passage.waitFor();
    await passage.getByText('<script>this stays text</script>', { exact: false }).waitFor();
    await page.waitForTimeout(300);
    expect(requested).toEqual([]);
    expect(await page.evaluate(() => (globalThis as { __hostilePageRan?: boolean }).__hostilePageRan)).toBeUndefined();
  });

  it('says when the browser storage is full, and keeps what was kept before', async () => {
    const { page } = site;
    // The one part simulated: a full disk. Chromium's quota override (DevTools' Storage.overrideQuotaForOrigin)
    // does not reach the private contexts these tests run in, so once armed, IndexedDB's put fails the way
    // a full quota makes it fail, with a QuotaExceededError.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((globalThis as { __storageFull?: boolean }).__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.goto(site.url);
    await openPanel(page);
    await drop(page, [{ name: MOSCOW_NAME, bytes: MOSCOW, type: 'text/plain' }]);
    await dialog(page).getByText(`${MOSCOW_NAME}: added`).waitFor({ timeout: 60_000 });
    await page.evaluate(() => ((globalThis as { __storageFull?: boolean }).__storageFull = true));
    await drop(page, [{ name: PAGE_NAME, bytes: PAGE, type: 'text/html' }]);
    await dialog(page).getByText(`${PAGE_NAME}: not added`).waitFor({ timeout: 60_000 });
    await dialog(page).getByText(/The browser's storage for this site is full, so harbour-strike\.html was not kept\. Remove some of your articles, or download them as a seeds folder, and try again\./).waitFor();
    await dialog(page).getByRole('heading', { name: 'Your articles (1)' }).waitFor();
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    // Only what was kept is shown, so nothing vanishes at the next reload.
    await waitForArticles(page, 2);
    await page.reload();
    await waitForArticles(page, 2);
  });
});
