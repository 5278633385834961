// Fetches one web page or feed for `npm run add`: follows redirects, stops at
// the size a page may have, waits a bounded time, and says in words why it
// could not (no answer, an error status, a PDF, too large). The bytes it
// returns are the page as UTF-8 with a note of where and when it was fetched.
import { MAX_MARKUP_BYTES, megabytes } from '../read/seedFile';

export interface FetchedPage {
  /** The address the page came from, after redirects. */
  url: string;
  /** The file ending its kind asks for: .html for a page, .rss, .atom, .xml or .json for a feed. */
  extension: string;
  /** UTF-8, with the fetch recorded at the top where the format allows a comment. */
  bytes: Uint8Array;
  /** Notes for the user (a charset that could not be read, say). */
  notes: string[];
}

export interface FetchOptions {
  timeoutMs: number;
  /** The fetch time written into the page; the clock by default. */
  now?: Date;
}

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.8,*/*;q=0.1';

/** The file ending for a content type, or null for a kind that is no page or feed. */
export function extensionForType(contentType: string, head: string): string | null {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return '.html';
  if (type === 'application/rss+xml') return '.rss';
  if (type === 'application/atom+xml') return '.atom';
  if (type === 'application/feed+json' || type === 'application/json') return '.json';
  if (type === 'application/xml' || type === 'text/xml' || type === 'application/rdf+xml') return /<feed[\s>]/.test(head) ? '.atom' : '.xml';
  // No type, or a generic one: what the first bytes look like.
  if (type === '' || type === 'text/plain' || type === 'application/octet-stream') {
    if (/^\s*(?:<!doctype html|<html)/i.test(head)) return '.html';
    if (/^\s*<\?xml/.test(head)) return /<feed[\s>]/.test(head) ? '.atom' : /<rss[\s>]/.test(head) ? '.rss' : '.xml';
  }
  return null;
}

export async function fetchPage(address: string, options: FetchOptions): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error('not a web address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`not a web address (${url.protocol} is not http or https)`);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'follow', signal: controller.signal, headers: { accept: ACCEPT, 'user-agent': 'news-timeline-explorer (npm run add)' } });
    } catch (error) {
      throw new Error(controller.signal.aborted ? `no answer within ${options.timeoutMs / 1000} s` : `could not connect (${describeNetworkError(error)})`, { cause: error });
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > MAX_MARKUP_BYTES) {
      await response.body?.cancel();
      throw new Error(`is ${megabytes(declared)}, more than the ${megabytes(MAX_MARKUP_BYTES)} a page may be`);
    }
    const raw = await readLimited(response, controller, options.timeoutMs);
    const contentType = response.headers.get('content-type') ?? '';
    const head = new TextDecoder().decode(raw.subarray(0, 2048));
    const extension = extensionForType(contentType, head);
    if (!extension) throw new Error(`is ${contentType.split(';')[0] || 'of no declared type'}, not a web page or a feed`);
    const notes: string[] = [];
    const text = decode(raw, charsetOf(contentType, head), notes);
    const fetchedUrl = response.url || url.href;
    return { url: fetchedUrl, extension, bytes: new TextEncoder().encode(withFetchRecord(text, extension, fetchedUrl, options.now ?? new Date())), notes };
  } finally {
    clearTimeout(timer);
  }
}

/** A file name from the address: its last path segment (or its host), in letters, digits and dashes. */
export function fileNameFor(address: string, extension: string): string {
  const url = new URL(address);
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const last = decodeURIComponent(segments[segments.length - 1] ?? '').replace(/\.(?:s?html?|php|aspx?|jsp|xml|rss|atom|json)$/i, '');
  const words = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g)?.join('-') ?? '';
  const base = (words(last) || words(url.hostname) || 'page').slice(0, 80).replace(/-+$/, '');
  return `${base}${extension}`;
}

/** The body, stopped as soon as it passes the size limit (a server may not say its length, or lie about it). */
async function readLimited(response: Response, controller: AbortController, timeoutMs: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > MAX_MARKUP_BYTES) {
        await reader.cancel();
        throw new Error(`is more than the ${megabytes(MAX_MARKUP_BYTES)} a page may be`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`did not finish within ${timeoutMs / 1000} s`, { cause: error });
    if (error instanceof Error && error.message.startsWith('is more than')) throw error;
    throw new Error(`the connection broke off after ${length.toLocaleString('en')} bytes (${describeNetworkError(error)})`, { cause: error });
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The charset the header or the page's own meta tag names. */
function charsetOf(contentType: string, head: string): string | null {
  return /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1] ?? null;
}

/** The page as text: in its declared charset, written out as UTF-8 (what the seeds folder reads). */
function decode(bytes: Uint8Array, charset: string | null, notes: string[]): string {
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      notes.push(`the page says it is in "${charset}", which cannot be read here; read as UTF-8`);
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Where and when the page was fetched, as a browser's "Save page as…" writes
 * the first (the page reader takes that address when the page names none).
 * XML takes the comments after its declaration; JSON has no comments, so a
 * JSON Feed is written as it came.
 */
export function withFetchRecord(text: string, extension: string, url: string, now: Date): string {
  if (extension === '.json') return text;
  const safeUrl = url.replace(/--/g, '%2D%2D');
  const record = `<!-- saved from url=(${String(safeUrl.length).padStart(4, '0')})${safeUrl} -->\n<!-- fetched ${now.toISOString()} by npm run add -->\n`;
  if (extension === '.html') return `${record}${text.replace(/^\uFEFF/, '')}`;
  const declaration = /^\uFEFF?\s*<\?xml[^>]*\?>\s*/.exec(text);
  return declaration ? `${declaration[0].trimEnd()}\n${record}${text.slice(declaration[0].length)}` : `${record}${text}`;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
