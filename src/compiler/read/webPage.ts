// A saved web page as an article: the story's text without the page around
// it (navigation, advertising, related links, comments, share buttons), found
// by Mozilla's Readability, the extractor of Firefox's reader view; its title,
// publication date and address from the page's metadata (pageMetadata.ts).
// The text starts with the headline, as a .txt article does, and is what the
// compiler reads and the explorer's panel shows: every offset points into it.
import { Readability } from '@mozilla/readability';
import { htmlText, parseHtmlDocument, treeDepth } from './htmlText';
import { readPageMetadata, webAddress, type Found } from './pageMetadata';

export interface ReadText {
  /** The article's text: the headline, a blank line, the body's paragraphs. */
  text: string;
  title: Found | null;
  published: Found | null;
  source: Found | null;
  /** What could not be used, in words, for the compile output. */
  problems: string[];
}

/** The address a browser's "Save page as…" (and `npm run add`) writes at the top: `<!-- saved from url=(0043)https://… -->`. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i;

/** Below this many characters, what the extractor kept is not the story: the page is read whole, less its furniture. */
const TOO_SHORT = 80;

/** Deeper than this, the extractor (which recurses and slows with depth) is not run: the page is read whole. */
const EXTRACTOR_DEPTH = 400;

/** Parts of a page that are never the story, for when the extractor finds none. */
const FURNITURE = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

export function readWebPage(html: string): ReadText {
  const saved = SAVED_FROM.exec(html.slice(0, 4096));
  const savedFrom = saved ? webAddress(saved[1], null) : null;
  const document = parseHtmlDocument(html);
  // Before the extractor runs: it removes the scripts, JSON-LD among them.
  const metadata = readPageMetadata(document, savedFrom);
  const standfirst = standfirstOf(document);
  let body = '';
  try {
    const content = treeDepth(document) <= EXTRACTOR_DEPTH ? new Readability<Node>(document, { serializer: (node) => node }).parse()?.content : null;
    if (content) body = htmlText(content);
  } catch {
    // The extractor gave up on this markup: the page is read whole below.
  }
  if (body.length < TOO_SHORT) body = wholePageText(html);
  // The extractor often leaves the summary under the headline with the page's header: it is the story's.
  if (standfirst && !body.includes(standfirst)) body = body ? `${standfirst}\n\n${body}` : standfirst;
  const title = metadata.title?.value ?? null;
  return { text: withHeadline(title, body), title: metadata.title, published: metadata.published, source: metadata.source, problems: metadata.problems };
}

/** Class names of the summary printed under a headline. */
const STANDFIRST = /\b(?:standfirst|dek|deck|summary|sub-?head(?:line)?|subtitle|strapline|lede|intro|description|excerpt)\b/i;
/** Class names of what else sits under a headline: the byline, the date, the share buttons. */
const NOT_STANDFIRST = /byline|author|date|time|meta|share|social|credit|tag|caption/i;

/**
 * The summary right under the story's headline: a paragraph, or an element
 * named as one, among the next few after the h1, of sentence length.
 */
function standfirstOf(document: Document): string | null {
  const h1 = document.querySelector('article h1') ?? document.querySelector('main h1') ?? document.querySelector('h1');
  let next = h1?.nextElementSibling ?? null;
  for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
    const name = `${next.getAttribute('class') ?? ''} ${next.getAttribute('id') ?? ''}`;
    if ((next.localName !== 'p' && !STANDFIRST.test(name)) || NOT_STANDFIRST.test(name) || next.querySelector('time')) continue;
    const text = htmlText(next).replace(/\s+/g, ' ').trim();
    if (/^by\s/i.test(text)) continue;
    if (text.length >= 30 && text.length <= 400) return text;
  }
  return null;
}

/** The page's main part (article, main or body) without navigation, headers, footers, asides and forms. */
function wholePageText(html: string): string {
  const document = parseHtmlDocument(html);
  const main = document.querySelector('article') ?? document.querySelector('main, [role="main"]') ?? document.body;
  if (!main) return '';
  for (const element of Array.from(main.querySelectorAll(FURNITURE))) {
    // The story's own header holds its headline and date line: only the page's go.
    if (element.localName === 'header' && element.closest('article')) continue;
    element.remove();
  }
  return htmlText(main);
}

/**
 * The headline, then the body; a body that already opens with it keeps it
 * once, and a headline run into the first paragraph (an old layout's bold
 * title before its text) is set apart.
 */
export function withHeadline(title: string | null, body: string): string {
  if (!title) return body;
  const firstParagraph = body.split('\n\n', 1)[0] ?? '';
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (fold(firstParagraph) === fold(title)) return body;
  if (firstParagraph.startsWith(`${title} `)) return `${title}\n\n${body.slice(title.length + 1)}`;
  return body ? `${title}\n\n${body}` : title;
}
