// The text of untrusted HTML as the compiler reads articles: one paragraph per
// block (p, li, heading, quote, table row), paragraphs separated by a blank
// line, spaces collapsed as a browser would. Only text nodes are read, so
// nothing in the markup can act: scripts, styles, frames, embedded objects,
// form controls and images give no text, a link gives its words and never its
// address, and no resource is ever fetched (linkedom builds a DOM and nothing
// more; it runs the same in Node and in the page's worker).
import { parseHTML } from 'linkedom/worker';

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'video', 'audio', 'picture', 'img', 'map', 'button', 'select', 'textarea',
  'input', 'head', 'title', 'meta', 'link', 'nav', 'dialog',
  // A caption describes a picture, not the story; it would give the story's events twice.
  'figcaption',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** A paragraph of rule characters only ("* * *", "———") separates, it says nothing. */
const RULE = /^[\s\-–—_*=~•·.]+$/;
/** The site's copyright line. */
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;
/** What separates the links of a menu ("Home | News · Sport"). */
const SEPARATORS = /[\s|·•,;:/\\>»›-]+/g;

/**
 * Pages nest a few dozen elements deep. Far deeper markup is no article: the
 * parser slows down with depth and recurses through it, so thousands of
 * nested tags in a small file could stop the build. Refused before parsing.
 */
export const MAX_NESTING = 5000;

/** Elements that never hold others. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export class TooDeepError extends Error {}

/** How deep the markup's tags nest, counted from the tags as written (a quick upper bound: a tag left open counts as open). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (VOID.has(m[2]!.toLowerCase()) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

function checkNesting(html: string): void {
  if (html.length > MAX_NESTING * 3 && nestingDepth(html) > MAX_NESTING) {
    throw new TooDeepError(`its elements nest more than ${MAX_NESTING.toLocaleString('en')} deep, which no article does`);
  }
}

/** Parses a whole page; linkedom never runs its scripts or loads what it links. */
export function parseHtmlDocument(html: string): Document {
  checkNesting(html);
  return parseHTML(html).document as unknown as Document;
}

/** Parses a piece of HTML (a feed item's content) into the body of an empty page. */
export function parseHtmlFragment(html: string): Element {
  checkNesting(html);
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const body = document.body as unknown as Element;
  body.innerHTML = html;
  return body;
}

/** How deep the tree under a node goes, walked without recursion. */
export function treeDepth(root: Node): number {
  let deepest = 0;
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === ELEMENT) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** True for an element the page hides from everyone: its text is not part of what a reader sees. */
export function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');
}

/** The paragraphs of a node's text, joined by blank lines. Walks with a stack: a page nested ten thousand deep is read like any other. */
export function htmlText(root: Node): string {
  const paragraphs: string[] = [];
  let line = '';
  let pre = 0;
  // Links in the paragraph being read, and how much of its text they hold: a paragraph of links only is a menu.
  let inLink = 0;
  let links = 0;
  let linkText = '';
  const flush = () => {
    const menu = links >= 2 && linkText.replace(SEPARATORS, '').length >= line.replace(SEPARATORS, '').length;
    // Two line breaks in a row end a paragraph, as on the page.
    for (const block of menu ? [] : line.split(/\n[ \t]*\n/)) {
      const lines = block.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
      const paragraph = lines.join('\n');
      if (paragraph !== '' && !RULE.test(paragraph) && !(COPYRIGHT.test(paragraph) && paragraph.length < 200)) paragraphs.push(paragraph);
    }
    line = '';
    links = 0;
    linkText = '';
  };
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const raw = cleanCharacters(node.textContent ?? '');
      const text = pre > 0 ? raw : raw.replace(/[ \t\r\n\f]+/g, ' ');
      line += text;
      if (inLink > 0) linkText += text;
      continue;
    }
    const element = node as Element;
    const tag = node.nodeType === ELEMENT ? element.localName.toLowerCase() : '';
    if (exit) {
      if (BLOCKS.has(tag)) flush();
      if (tag === 'pre') pre--;
      if (tag === 'a') inLink--;
      continue;
    }
    if (node.nodeType === ELEMENT) {
      if (SKIPPED.has(tag) || isHidden(element)) continue;
      if (tag === 'br') {
        line += '\n';
        continue;
      }
      if (BLOCKS.has(tag)) flush();
      if (tag === 'pre') pre++;
      if (tag === 'a') {
        inLink++;
        links++;
      }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) continue; // comments, processing instructions
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return paragraphs.join('\n\n');
}

/** The text of a title or a short field given as HTML: its words on one line. */
export function inlineText(html: string): string {
  return htmlText(parseHtmlFragment(html)).replace(/\s+/g, ' ').trim();
}

/** No-break spaces read as spaces; soft hyphens and zero-width characters, invisible on the page, go. */
function cleanCharacters(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '');
}
