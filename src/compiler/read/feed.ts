// A news feed as articles, one per item: RSS 2.0, RSS 1.0 (RDF), Atom and
// JSON Feed, parsed by feedsmith. Each item's text is its full content where
// the feed carries it (content:encoded, Atom content, content_html), else its
// summary, read as untrusted HTML (htmlText.ts) and led by the item's title;
// its date is the item's own, its address the item's link.
import { parseFeed } from 'feedsmith';
import { dayOfStatedDate } from './publishedDate';
import { htmlText, inlineText, parseHtmlFragment } from './htmlText';
import { webAddress, type Found } from './pageMetadata';
import { withHeadline, type ReadText } from './webPage';

export type FeedFormat = 'RSS feed' | 'RSS 1.0 feed' | 'Atom feed' | 'JSON Feed';

export interface FeedItem extends ReadText {
  /** 1-based place of the item in the feed, for messages. */
  number: number;
}

export type FeedReading = { format: FeedFormat; items: FeedItem[]; problems: string[] } | { error: string };

type Loose = Record<string, unknown>;

const FORMATS: Record<string, FeedFormat> = { rss: 'RSS feed', rdf: 'RSS 1.0 feed', atom: 'Atom feed', json: 'JSON Feed' };

export function readFeed(text: string): FeedReading {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { error: /unrecognized/i.test(why) ? 'not an RSS, Atom or JSON feed' : `the feed cannot be read (${why})` };
  }
  const format = FORMATS[parsed.format];
  if (!format) return { error: `a ${parsed.format} file, not a news feed` };
  const feed = (parsed.feed ?? {}) as Loose;
  const raw = list(format === 'Atom feed' ? feed.entries : feed.items);
  const base = webAddress(string(feed.link) ?? string(feed.home_page_url), null);
  const items: FeedItem[] = [];
  const problems: string[] = [];
  raw.forEach((entry, i) => {
    const item = readItem(format, entry, base);
    if (item.text.trim() === (item.title?.value ?? '')) problems.push(`item ${i + 1}${item.title ? ` (“${item.title.value.slice(0, 60)}”)` : ''} has no text; skipped`);
    else items.push({ ...item, number: i + 1 });
  });
  return { format, items, problems };
}

function readItem(format: FeedFormat, item: Loose, base: string | null): ReadText {
  const problems: string[] = [];
  const dated = (value: unknown, from: string): Found | null => {
    const text = string(value);
    if (text === null) return null;
    const day = dayOfStatedDate(text);
    if (day === null) problems.push(`${from} "${text.slice(0, 40)}" is not a date that can be read; ignored`);
    return day === null ? null : { value: day, from };
  };
  const firstOf = (...candidates: Array<() => Found | null>) => candidates.reduce<Found | null>((got, next) => got ?? next(), null);
  let title: Found | null;
  let body: string;
  let published: Found | null;
  let source: Found | null;
  if (format === 'Atom feed') {
    const content = item.content as Loose | undefined;
    const summary = item.summary as Loose | undefined;
    title = named(textOf(item.title as Loose | undefined), 'the entry title');
    body = textOf(content) || textOf(summary);
    published = firstOf(() => dated(item.published, 'the entry’s published date'), () => dated(item.updated, 'the entry’s updated date'));
    const links = list(item.links);
    const link = links.find((l) => l.rel === undefined || l.rel === 'alternate') ?? links[0];
    source = named(webAddress(string(link?.href), base), 'the entry link');
  } else if (format === 'JSON Feed') {
    title = named(string(item.title), 'the item title');
    const html = string(item.content_html);
    body = html !== null ? htmlText(parseHtmlFragment(html)) : plain(string(item.content_text) ?? string(item.summary) ?? '');
    published = firstOf(() => dated(item.date_published, 'the item’s date_published'), () => dated(item.date_modified, 'the item’s date_modified'));
    source = firstOf(() => named(webAddress(string(item.url), base), 'the item url'), () => named(webAddress(string(item.external_url), base), 'the item external_url'));
  } else {
    const content = (item.content as Loose | undefined)?.encoded;
    title = named(string(item.title) === null ? null : inlineText(string(item.title)!), 'the item title');
    body = htmlText(parseHtmlFragment(string(content) ?? string(item.description) ?? ''));
    const dc = item.dc as Loose | undefined;
    published = firstOf(() => dated(item.pubDate, 'the item’s pubDate'), () => dated(Array.isArray(dc?.dates) ? (dc.dates as unknown[])[0] : dc?.date, 'the item’s dc:date'));
    const guid = item.guid as Loose | undefined;
    source = firstOf(
      () => named(webAddress(string(item.link), base), 'the item link'),
      () => (guid && guid.isPermaLink !== false ? named(webAddress(string(guid.value), base), 'the item guid') : null),
    );
  }
  return { text: withHeadline(title?.value ?? null, body), title, published, source, problems };
}

function named(value: string | null, from: string): Found | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? { value: text, from } : null;
}

/** An Atom text construct: plain text, or HTML and XHTML read as untrusted markup. */
function textOf(construct: Loose | undefined): string {
  const value = string(construct?.value);
  if (value === null) return '';
  return construct?.type === 'html' || construct?.type === 'xhtml' ? htmlText(parseHtmlFragment(value)) : plain(value);
}

/** Plain text as paragraphs: blank lines kept, other runs of space collapsed. */
function plain(text: string): string {
  return text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '').join('\n\n');
}

function string(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function list(value: unknown): Loose[] {
  return Array.isArray(value) ? value.filter((x): x is Loose => typeof x === 'object' && x !== null) : [];
}
