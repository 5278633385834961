// One file of a seeds folder as the articles it holds, whatever its format:
// a .txt or .md article as written; a saved web page (.html, .htm) through
// the article extractor; a feed (.rss, .atom, .xml, or a JSON Feed's .json)
// as one article per item. The reader is chosen by the file's ending. Pure:
// the folder reader (build/readSeeds.ts) and the page's worker
// (ui/compileWorker.ts) call it on a file's bytes, so both give the same
// articles and the same messages.
import type { Article, Diagnostic } from '../../model/schema';
import { decodeText } from './decodeText';
import { TooDeepError } from './htmlText';
import { readFeed } from './feed';
import type { Found } from './pageMetadata';
import { checkIsoDay } from './publishedDate';
import { readWebPage, type ReadText } from './webPage';

/** Articles written as text. */
export const TEXT_EXTENSIONS = ['.txt', '.md'];
/** Saved web pages. */
export const PAGE_EXTENSIONS = ['.html', '.htm'];
/** Feeds; a .json file counts only when it is a JSON Feed (actors.json and sidecars are not). */
export const FEED_EXTENSIONS = ['.rss', '.atom', '.xml', '.json'];

/**
 * The largest page or feed read. Real pages, scripts and all, are rarely above
 * 3 MB; a larger one is most likely not an article, and would hold the DOM
 * parser for seconds. The page's worker applies it to every file.
 */
export const MAX_MARKUP_BYTES = 10 * 1024 * 1024;

/** The fields a sidecar gives (already parsed by the shell). */
export interface SidecarFields {
  file: string;
  published?: string;
  title?: string;
  source?: string;
}

/** Where an article that was not written as text came from, and where each of its fields was found. */
export interface ArticleOrigin {
  format: 'web page' | 'RSS feed' | 'RSS 1.0 feed' | 'Atom feed' | 'JSON Feed';
  title: string | null;
  published: string | null;
  source: string | null;
}

/** What the compiler is given for one article (compileArticle's input, without the actor overrides). */
export interface SeedArticle {
  id: string;
  /** The file name, and for a feed's item `feed.rss#3`. */
  file: string;
  raw: string;
  sidecar: SidecarFields | null;
  /** Null for an article written as text. */
  origin: ArticleOrigin | null;
}

export interface SeedFileReading {
  articles: SeedArticle[];
  diagnostics: Diagnostic[];
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** True for a file name one of the readers takes (the shell still passes over hidden files and helper files). */
export function isSeedFileName(name: string): boolean {
  const ext = extensionOf(name);
  return [...TEXT_EXTENSIONS, ...PAGE_EXTENSIONS, ...FEED_EXTENSIONS].includes(ext);
}

/** True for a file that holds one article whose id is its name (a feed's items are named after their titles). */
export function isSingleArticleFile(name: string): boolean {
  const ext = extensionOf(name);
  return TEXT_EXTENSIONS.includes(ext) || PAGE_EXTENSIONS.includes(ext);
}

export function readSeedFile(name: string, bytes: Uint8Array, sidecar: SidecarFields | null = null): SeedFileReading {
  const diagnostics: Diagnostic[] = [];
  const ext = extensionOf(name);
  const id = name.slice(0, name.length - ext.length);
  const markup = !TEXT_EXTENSIONS.includes(ext);
  const large = markup ? tooLarge(name, bytes.length) : null;
  if (large) return { articles: [], diagnostics: [large] };
  // A .json that is not a JSON Feed is some other file beside the articles: passed over, as before feeds were read.
  if (ext === '.json' && !looksLikeJsonFeed(bytes)) return { articles: [], diagnostics };
  const text = decodeText(bytes, name, diagnostics);
  if (text === null) return { articles: [], diagnostics };
  if (text.trim() === '') {
    diagnostics.push({ level: 'warning', file: name, line: null, message: 'the file is empty; skipped' });
    return { articles: [], diagnostics };
  }
  if (TEXT_EXTENSIONS.includes(ext)) return { articles: [{ id, file: name, raw: text, sidecar, origin: null }], diagnostics };
  try {
    return { articles: readMarkup(name, id, ext, text, sidecar, diagnostics), diagnostics };
  } catch (error) {
    // Markup too deep to parse, or a bug in a reader: this file is skipped, the others are read.
    const why = error instanceof TooDeepError ? error.message : `the reader failed: ${error instanceof Error ? error.message : String(error)}; please report it`;
    diagnostics.push({ level: 'error', file: name, line: null, message: `cannot read the ${PAGE_EXTENSIONS.includes(ext) ? 'page' : 'feed'} (${why}); skipped` });
    return { articles: [], diagnostics };
  }
}

function readMarkup(name: string, id: string, ext: string, text: string, sidecar: SidecarFields | null, diagnostics: Diagnostic[]): SeedArticle[] {
  if (PAGE_EXTENSIONS.includes(ext)) {
    const page = readWebPage(text);
    for (const problem of page.problems) diagnostics.push({ level: 'warning', file: name, line: null, message: problem });
    if (!hasBody(page)) {
      diagnostics.push({ level: 'warning', file: name, line: null, message: 'no article text found in the page; skipped' });
      return [];
    }
    return [asArticle(id, name, 'web page', page, sidecar, diagnostics)];
  }

  const feed = readFeed(text);
  if ('error' in feed) {
    diagnostics.push({ level: 'error', file: name, line: null, message: `${feed.error}; skipped` });
    return [];
  }
  for (const problem of feed.problems) diagnostics.push({ level: 'warning', file: name, line: null, message: problem });
  if (feed.items.length === 0) diagnostics.push({ level: 'warning', file: name, line: null, message: `the ${feed.format} has no items with text` });
  const taken = new Set<string>();
  return feed.items.map((item) => {
    let itemId = `${id}-${slug(item.title?.value ?? '') || `item-${item.number}`}`;
    for (let n = 2; taken.has(itemId.toLowerCase()); n++) itemId = `${itemId.replace(/-\d+$/, '')}-${n}`;
    taken.add(itemId.toLowerCase());
    const file = `${name}#${item.number}`;
    for (const problem of item.problems) diagnostics.push({ level: 'warning', file, line: null, message: problem });
    return asArticle(itemId, file, feed.format, item, null, diagnostics);
  });
}

/** The message for a file over MAX_MARKUP_BYTES, or null. The page's worker holds every file to it, text too. */
export function tooLarge(name: string, size: number): Diagnostic | null {
  if (size <= MAX_MARKUP_BYTES) return null;
  const text = TEXT_EXTENSIONS.includes(extensionOf(name));
  const limit = `${megabytes(MAX_MARKUP_BYTES)} ${text ? 'the page reads' : 'a page or feed may be'}`;
  const advice = text ? 'add it to the seeds folder and build instead' : "save the article's text as .txt instead";
  return { level: 'error', file: name, line: null, message: `the file is ${megabytes(size)}, more than the ${limit}; skipped (${advice})` };
}

function hasBody(page: ReadText): boolean {
  const headline = page.title?.value ?? '';
  return page.text.slice(page.text.startsWith(headline) ? headline.length : 0).trim() !== '';
}

/**
 * The compiler's input for an article read from markup: the text, and the
 * fields found in the page as a sidecar would give them. A real sidecar beside
 * the file is the reader's own correction, so its fields win.
 */
function asArticle(id: string, file: string, format: ArticleOrigin['format'], read: ReadText, sidecar: SidecarFields | null, diagnostics: Diagnostic[]): SeedArticle {
  const origin: ArticleOrigin = { format, title: read.title?.from ?? null, published: read.published?.from ?? null, source: read.source?.from ?? null };
  const fields: SidecarFields = { file };
  const pick = (key: 'title' | 'published' | 'source', found: Found | null) => {
    const own = sidecar?.[key];
    if (own !== undefined && key === 'published' && checkIsoDay(own) !== null) {
      diagnostics.push({ level: 'warning', file: sidecar!.file, line: null, message: `published: ${checkIsoDay(own)}; the page's own date is used` });
    } else if (own !== undefined) {
      fields[key] = own;
      origin[key] = 'sidecar';
      return;
    }
    if (found) fields[key] = found.value;
  };
  pick('title', read.title);
  pick('published', read.published);
  pick('source', read.source);
  return { id, file, raw: read.text, sidecar: fields, origin };
}

/**
 * The compilation of an article read from markup, told as the page told it:
 * a date stated by the page says where on the page, and a message's line
 * (a line of the text read from the page, not of the file) goes into its words.
 */
export function withOrigin<C extends { article: Article; diagnostics: Diagnostic[] }>(compilation: C, origin: ArticleOrigin | null): C {
  if (!origin) return compilation;
  const article = compilation.article.publishedBasis === 'stated' && origin.published ? { ...compilation.article, publishedFrom: origin.published } : compilation.article;
  const diagnostics = compilation.diagnostics.map((d) => (d.line === null ? d : { ...d, line: null, message: `${d.message} (line ${d.line} of the text read from the ${origin.format})` }));
  return { ...compilation, article, diagnostics };
}

/** Where an article's fields came from, for the compile line: "web page: title from og:title, source from the canonical link". */
export function describeOrigin(origin: ArticleOrigin | null): string {
  if (!origin) return '';
  const parts = [origin.title && `title from ${origin.title}`, origin.source ? `source from ${origin.source}` : 'no source address'].filter(Boolean);
  return `${origin.format}: ${parts.join(', ')}`;
}

/** An item's id part from its title: lower-case words of letters and digits, at most 30 characters. */
function slug(title: string): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let out = '';
  for (const word of words) {
    if (out.length + word.length + 1 > 30) break;
    out = out ? `${out}-${word}` : word;
  }
  return out;
}

function looksLikeJsonFeed(bytes: Uint8Array): boolean {
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const version = (json as { version?: unknown } | null)?.version;
    return typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(version);
  } catch {
    return false;
  }
}

/** A size as people read it: "12.3 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
