// The first view, built into the page: the explorer as it looks on arrival
// (the header, the filter's frame, the toolbar, the axis and the events of the
// fitted window with their labels) rendered at build time from the index the
// page will load, for the viewport in firstViewport.ts, and written into
// index.html. The browser paints it before any script has loaded; the app
// then takes over (takeOverFirstView.ts) with the same markup in one commit.
//
// The page's Content-Security-Policy allows no inline style attribute, so
// each element's style becomes a numbered attribute and one rule in a <style>
// element, and the one small inline script (which hides the drawn events when
// the page is not at the width they were laid out for, or the URL asks for
// another view, and keeps a click made before the app is ready) is allowed by
// its hash, as the style element is.
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { indexAsTold } from '../model/mergedView';
import { decodeIndex } from '../model/indexColumns';
import { passesIndexColumnsCheck } from '../model/quickCheck';
import type { TimelineIndex } from '../model/schema';
import { Explorer } from './Explorer';
import { FIRST_VIEW, FIRST_VIEW_ATTRIBUTE, InitialWidthsContext, PENDING_CLICK_ATTRIBUTE } from './firstViewport';
import { createQueryClient } from './queryClient';

/** Each styled element's rule in the first view's style element. */
const STYLE_ATTRIBUTE = 'data-fv';
const END_MARK = '<!--/first-view-->';

/**
 * Runs as the parser reaches it, right after the first view: the layout it
 * reads (the timeline's width) is the page's real one, the stylesheet being
 * in. A URL with a state of its own (a filter, a window, an event) hides the
 * view below the header; another width hides the drawn events only (the
 * frame around them is right at any width). Clicks before the app runs are
 * remembered, to be made again on the app's own buttons. It takes itself out
 * of the page: the page's body holds no script once it has run.
 */
const INLINE_SCRIPT = `(function(){var c=document.currentScript;if(c)c.remove();var r=document.getElementById('root'),s=r.querySelector('.timeline-scroll');r.setAttribute('${FIRST_VIEW_ATTRIBUTE}',location.search&&location.search!=='?'?'stale-url':s&&s.clientWidth!==${FIRST_VIEW.timelineWidth}?'stale-width':'fresh');r.addEventListener('click',function(e){var b=e.target&&e.target.closest&&e.target.closest('button');if(b&&r.getAttribute('${FIRST_VIEW_ATTRIBUTE}')==='fresh')r.setAttribute('${PENDING_CLICK_ATTRIBUTE}',String(Array.prototype.indexOf.call(r.querySelectorAll('button'),b)))})})();`;

/** The index as the app reads it (api.ts): decoded from its columns, merged events in place of their members. */
function toldIndex(json: unknown): TimelineIndex | null {
  if (!passesIndexColumnsCheck(json)) return null;
  return indexAsTold(decodeIndex(json));
}

/** The explorer's markup over `index` at the first view's viewport, with the URL's default state. */
export function renderFirstView(index: TimelineIndex): string {
  return renderToStaticMarkup(
    <QueryClientProvider client={createQueryClient()}>
      <InitialWidthsContext.Provider value={{ timeline: FIRST_VIEW.timelineWidth }}>
        <Explorer index={index} />
      </InitialWidthsContext.Provider>
    </QueryClientProvider>,
  );
}

function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Moves every style attribute of `markup` into one rule each (the same style shares one): the markup and the rules. */
export function extractStyles(markup: string): { markup: string; css: string } {
  const numbers = new Map<string, number>();
  const out = markup.replace(/ style="([^"]*)"/g, (_all, style: string) => {
    let n = numbers.get(style);
    if (n === undefined) numbers.set(style, (n = numbers.size));
    return ` ${STYLE_ATTRIBUTE}="${n}"`;
  });
  // `<` never appears in a declaration the app writes; escaped anyway, so no text can close the element.
  const css = [...numbers].map(([style, n]) => `[${STYLE_ATTRIBUTE}="${n}"]{${unescapeAttribute(style).replace(/</g, '\\3c ')}}`).join('\n');
  return { markup: out, css };
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

/** The policy's `name` directive as 'self' and `hashes` (the page's own files, and the inline elements it allows). */
function allowHash(policy: string, name: string, hashes: readonly string[]): string {
  return policy.replace(new RegExp(`${name} 'self'[^;]*`), () => [`${name} 'self'`, ...hashes].join(' '));
}

/** Reads one of the page's stylesheets by the address the page gives it; undefined where it cannot. */
export type StylesheetReader = (href: string) => string | undefined | Promise<string | undefined>;

/**
 * The page's stylesheets written into it: the first view is painted from the
 * HTML alone, without waiting for a request that the script and the index
 * share the connection with. A sheet that points at other files (`url()`,
 * `@import`, relative to where it was) stays a link.
 */
async function inlineStylesheets(page: string, read: StylesheetReader): Promise<string> {
  let out = page;
  for (const link of page.match(/<link rel="stylesheet"[^>]*>/g) ?? []) {
    const href = /href="([^"]+)"/.exec(link)?.[1];
    const css = href === undefined ? undefined : await read(href);
    if (css === undefined || /url\(|@import|<\/style/i.test(css)) continue;
    out = out.replace(link, () => `<style data-first-view-sheet>${css}</style>`);
  }
  return out;
}

/** The hashes, for the policy, of each inline element of `tag` in the page (the first view's, whose content is its own). */
async function inlineHashes(page: string, tag: 'script' | 'style'): Promise<string[]> {
  const contents = [...page.matchAll(new RegExp(`<${tag}(?: data-first-view[a-z-]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
  return Promise.all(contents.map(sha256));
}

/**
 * `html` (the built or served index.html, with or without a first view
 * already) with the first view of the index in `indexText` (index.json as
 * written), and its stylesheets written in where `stylesheet` reads them.
 * Without a readable index it is the page without a first view: the app
 * then says what is wrong, as it does without one.
 */
export async function firstViewPage(html: string, indexText: string, stylesheet?: StylesheetReader): Promise<string> {
  let index: TimelineIndex | null;
  try {
    index = toldIndex(JSON.parse(indexText));
  } catch {
    index = null;
  }
  const view = index ? extractStyles(renderFirstView(index)) : null;
  const root = view
    ? `<div id="root" ${FIRST_VIEW_ATTRIBUTE}="fresh">${view.markup}</div><script>${INLINE_SCRIPT}</script>${END_MARK}`
    : '<div id="root"></div>';
  const at = html.indexOf('<div id="root"');
  const end = html.includes(END_MARK) ? html.indexOf(END_MARK) + END_MARK.length : html.indexOf('</div>', at) + '</div>'.length;
  if (at < 0 || end < at) throw new Error('index.html has no <div id="root"> to draw the first view into');
  let page = html.slice(0, at) + root + html.slice(end);
  page = page.replace(/<style data-first-view>[\s\S]*?<\/style>\s*/, '');
  if (view) page = page.replace('</head>', () => `<style data-first-view>${view.css}</style>\n  </head>`);
  if (view && stylesheet) page = await inlineStylesheets(page, stylesheet);
  const [scripts, styles] = await Promise.all([inlineHashes(page, 'script'), inlineHashes(page, 'style')]);
  return page.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_all, open: string, policy: string, close: string) => {
    // The build writes the policy's quotes as &#39;: read as text, written back the same way.
    const next = allowHash(allowHash(unescapeAttribute(policy.replace(/&#39;/g, "'")), 'script-src', scripts), 'style-src', styles);
    return `${open}${next.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;')}${close}`;
  });
}
