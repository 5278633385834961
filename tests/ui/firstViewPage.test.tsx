// The first view written into the page at build time: the explorer's markup
// over the index the page will load, its styles moved where the page's
// Content-Security-Policy lets them be, the policy naming the one inline
// script and style by hash. (That the browser paints it and the app takes it
// over is tested in Chromium: tests/e2e/firstView.e2e.ts.)
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeIndex } from '../../src/model/indexColumns';
import { CONTENT_SECURITY_POLICY } from '../../src/compiler/build/contentSecurityPolicy';
import { extractStyles, firstViewPage } from '../../src/ui/firstViewPage';
import { sampleIndex } from '../timeline/sample';

const escaped = (text: string) => text.replace(/'/g, '&#39;');
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${escaped(CONTENT_SECURITY_POLICY)}">
    <title>News timeline explorer</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policyOf = (page: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)![1]!.replace(/&#39;/g, "'");

describe('firstViewPage', () => {
  it('writes the timeline with its events, named as the app names them, into #root', async () => {
    const page = await firstViewPage(PAGE, JSON.stringify(encodeIndex(sampleIndex)));
    expect(page).toMatch(/<div id="root" data-first-view="fresh"><div class="app">/);
    expect(page).toMatch(/<section aria-label="Timeline"/);
    expect(page).toMatch(/aria-label="Moscow meeting to prepare a peace agreement, 23 December 2022"/);
    // No inline style attribute is left: the policy would block it.
    expect(page).not.toMatch(/ style="/);
  });

  it('lets the policy allow its inline script and style element by their hashes, and nothing else inline', async () => {
    const page = await firstViewPage(PAGE, JSON.stringify(encodeIndex(sampleIndex)));
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const style = /<style data-first-view>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const policy = policyOf(page);
    expect(policy).toContain(`script-src 'self' ${hashOf(script)};`);
    expect(policy).toContain(`style-src 'self' ${hashOf(style)};`);
    expect(policy).not.toMatch(/unsafe-inline/);
  });

  it('draws a page that has a first view again over new data, as the dev server and the benchmark do', async () => {
    const once = await firstViewPage(PAGE, JSON.stringify(encodeIndex(sampleIndex)));
    const fewer = { ...sampleIndex, events: sampleIndex.events.filter((event) => !/Moscow/.test(event.label)), merged: undefined };
    const again = await firstViewPage(once, JSON.stringify(encodeIndex(fewer)));
    expect(again).toBe(await firstViewPage(PAGE, JSON.stringify(encodeIndex(fewer))));
    expect(again).not.toMatch(/Moscow meeting to prepare/);
    expect(again.match(/<div id="root"/g)).toHaveLength(1);
    expect(again.match(/<style data-first-view>/g)).toHaveLength(1);
  });

  it('leaves the page without a first view when the index cannot be read (the app then says why)', async () => {
    const once = await firstViewPage(PAGE, JSON.stringify(encodeIndex(sampleIndex)));
    for (const broken of ['{"events": 3}', 'not json']) {
      const page = await firstViewPage(once, broken);
      expect(page).toContain('<div id="root"></div>');
      expect(page).not.toMatch(/<script>|<style data-first-view>/);
      expect(policyOf(page)).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});

describe('firstViewPage with the stylesheet', () => {
  const linked = PAGE.replace('</head>', '<link rel="stylesheet" crossorigin href="./assets/app.css">\n<link rel="stylesheet" href="./assets/fonts.css">\n</head>');
  const sheets: Record<string, string> = { './assets/app.css': '.timeline{border:1px solid}', './assets/fonts.css': "@font-face{src:url(./a.woff2)}" };

  it('writes a stylesheet into the page, allowed by its hash, so the first view waits for no other file', async () => {
    const page = await firstViewPage(linked, JSON.stringify(encodeIndex(sampleIndex)), (href) => sheets[href]);
    expect(page).toContain('<style data-first-view-sheet>.timeline{border:1px solid}</style>');
    expect(page).not.toContain('href="./assets/app.css"');
    expect(policyOf(page)).toContain(hashOf('.timeline{border:1px solid}'));
    // A sheet that points at files relative to itself would lose them in the page: it stays a link.
    expect(page).toContain('<link rel="stylesheet" href="./assets/fonts.css">');
  });

  it('keeps a written-in sheet allowed when the page is drawn again', async () => {
    const once = await firstViewPage(linked, JSON.stringify(encodeIndex(sampleIndex)), (href) => sheets[href]);
    const again = await firstViewPage(once, JSON.stringify(encodeIndex(sampleIndex)));
    expect(again).toBe(once);
  });
});

describe('extractStyles', () => {
  it('moves each style into one rule, shared by the elements with the same style', () => {
    const { markup, css } = extractStyles('<p style="left:1px;top:2px">a</p><p style="left:1px;top:2px">b</p><i style="--kind:#123">c</i>');
    expect(markup).toBe('<p data-fv="0">a</p><p data-fv="0">b</p><i data-fv="1">c</i>');
    expect(css).toBe('[data-fv="0"]{left:1px;top:2px}\n[data-fv="1"]{--kind:#123}');
  });

  it('never lets a value close the style element', () => {
    const { css } = extractStyles('<p style="content:&quot;&lt;/style&gt;&quot;">a</p>');
    expect(css).not.toContain('</style');
  });
});
