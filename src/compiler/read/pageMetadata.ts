// What a saved web page says about itself: its title, its publication date and
// its address, each with where on the page it was found, so the compile line
// can say so. Read from the parsed page before the article extractor changes
// it (the extractor drops the JSON-LD scripts). The order of each list is the
// documented one (docs/data-format.md): the first source that gives a usable
// value wins, and a value that cannot be read is a problem named, then passed.
import { dayOfStatedDate } from './publishedDate';
import { inlineText, isHidden } from './htmlText';

export interface Found {
  value: string;
  /** Where on the page, for people: "og:title", "JSON-LD datePublished", "the canonical link". */
  from: string;
}

export interface PageMetadata {
  title: Found | null;
  published: Found | null;
  source: Found | null;
  /** Values that were there but could not be used, in words. */
  problems: string[];
}

/** JSON-LD types that are the article itself (schema.org's Article and its kinds). */
const ARTICLE_TYPES = /^(?:\w+:)?(?:(?:\w*News)?Article|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting|ScholarlyArticle|TechArticle|OpinionNewsArticle)$/;

/**
 * Meta tags that carry the publication date, after `article:published_time`:
 * Open Graph's variant, schema.org microdata, Dublin Core, and the names
 * newsroom systems and analytics tags use. Lower case; matched on the tag's
 * name, property or itemprop.
 */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'citation_publication_date',
  'sailthru.date',
  'parsely-pub-date',
];

/** Boxes beside the story whose dates belong to other stories. */
const BESIDE_THE_STORY = /\b(?:related|more|recommend|popular|trending|sidebar|comment|teaser|promo|newsletter|footer)/i;

export function readPageMetadata(document: Document, savedFrom: string | null): PageMetadata {
  const problems: string[] = [];
  const meta = metaTags(document);
  const ld = jsonLd(document, problems);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t))) ?? ld.find((o) => typeof o.datePublished === 'string');

  const title = first([
    () => found(meta.get('og:title'), 'og:title'),
    () => found(typeof article?.headline === 'string' ? article.headline : undefined, 'JSON-LD headline'),
    () => found(headline(document), 'the page headline (h1)'),
    () => found(titleTag(document), 'the <title> tag'),
  ]);

  const dated = (value: string | undefined, from: string): Found | null => {
    if (value === undefined || value.trim() === '') return null;
    const day = dayOfStatedDate(value);
    if (day === null) problems.push(`${from} "${value.trim().slice(0, 40)}" is not a date that can be read; ignored`);
    return day === null ? null : { value: day, from };
  };
  const address = canonicalAddress(document, meta, article, savedFrom);
  const published = first([
    () => dated(typeof article?.datePublished === 'string' ? article.datePublished : undefined, 'JSON-LD datePublished'),
    ...DATE_META.map((name) => () => dated(meta.get(name), `the ${name} meta tag`)),
    () => {
      const time = timeElement(document);
      return time ? dated(time.getAttribute('datetime') ?? time.textContent ?? '', 'a <time> element') : null;
    },
    () => (address ? found(dayInUrl(address.value), `the address (${address.from})`) : null),
    () => (savedFrom && savedFrom !== address?.value ? found(dayInUrl(savedFrom), 'the address it was saved from') : null),
  ]);
  return { title, published, source: address, problems };
}

function found(value: string | null | undefined, from: string): Found | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? { value: text, from } : null;
}

function first(candidates: Array<() => Found | null>): Found | null {
  for (const candidate of candidates) {
    const value = candidate();
    if (value) return value;
  }
  return null;
}

/** Every meta tag's content by its lower-cased name, property or itemprop; the first tag of a name wins. */
function metaTags(document: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const tag of Array.from(document.querySelectorAll('meta'))) {
    const content = tag.getAttribute('content');
    if (content === null) continue;
    for (const key of ['property', 'name', 'itemprop']) {
      const name = tag.getAttribute(key)?.trim().toLowerCase();
      if (name && !out.has(name)) out.set(name, content);
    }
  }
  return out;
}

type LdObject = Record<string, unknown>;

/** The objects of the page's JSON-LD blocks, with those inside @graph and arrays; a block that is not JSON is a problem. */
function jsonLd(document: Document, problems: string[]): LdObject[] {
  const out: LdObject[] = [];
  const scripts = Array.from(document.querySelectorAll('script')).filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json');
  for (const script of scripts) {
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      problems.push('a JSON-LD block is not valid JSON; ignored');
      continue;
    }
    const stack: unknown[] = [json];
    while (stack.length > 0 && out.length < 200) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...[...item].reverse());
      else if (item && typeof item === 'object') {
        out.push(item as LdObject);
        const graph = (item as LdObject)['@graph'];
        if (graph) stack.push(graph);
      }
    }
  }
  return out;
}

function types(o: LdObject): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

/** The story's own h1: inside the article or main element when there is one. */
function headline(document: Document): string | null {
  const h1 = document.querySelector('article h1') ?? document.querySelector('main h1') ?? document.querySelector('h1');
  return h1 ? inlineText(h1.innerHTML) : null;
}

/** The <title>, less a trailing site name ("Bridge to close | The Daily Gazette"). */
function titleTag(document: Document): string | null {
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!title) return null;
  const parts = title.split(/\s+[|–—·»]\s+|\s+-\s+/);
  return parts.length > 1 && parts[0]!.length >= 10 ? parts[0]! : title;
}

/** The publication's <time>: one marked as such, else the first one in the story outside boxes beside it. */
function timeElement(document: Document): Element | null {
  const marked = document.querySelector('time[itemprop="datePublished"], time[pubdate]');
  if (marked) return marked;
  const scope = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  if (!scope) return null;
  for (const time of Array.from(scope.querySelectorAll('time'))) {
    if (!besideTheStory(time)) return time;
  }
  return null;
}

function besideTheStory(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const tag = e.localName.toLowerCase();
    if (tag === 'aside' || tag === 'nav' || tag === 'footer' || isHidden(e)) return true;
    if (BESIDE_THE_STORY.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/** The article's address: the canonical link, og:url, the JSON-LD article's url, or the address the page was saved from; http(s) only. */
function canonicalAddress(document: Document, meta: Map<string, string>, article: LdObject | undefined, savedFrom: string | null): Found | null {
  const canonical = Array.from(document.querySelectorAll('link')).find((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const page = article?.mainEntityOfPage;
  const ldAddress = typeof article?.url === 'string' ? article.url : typeof page === 'string' ? page : typeof (page as LdObject | undefined)?.['@id'] === 'string' ? ((page as LdObject)['@id'] as string) : undefined;
  return first([
    () => found(webAddress(canonical?.getAttribute('href'), savedFrom), 'the canonical link'),
    () => found(webAddress(meta.get('og:url'), savedFrom), 'og:url'),
    () => found(webAddress(ldAddress, savedFrom), 'JSON-LD url'),
    () => found(webAddress(savedFrom, null), 'the address it was saved from'),
  ]);
}

/** An http(s) address, a relative one resolved against the page's own; anything else (javascript:, data:, a file) is no address. */
export function webAddress(value: string | null | undefined, base: string | null): string | null {
  if (!value?.trim()) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A day in an address's path: /2022/12/22/, /2022-12-22-, /20221222/. Years 1990 to 2099, so ids and prices are not read as dates. */
export function dayInUrl(address: string): string | null {
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/)((?:199|20\d)\d)[/-](\d{1,2})[/-](\d{1,2})(?=$|[/\-_.])/.exec(path) ?? /(?:^|\/)((?:199|20\d)\d)(\d{2})(\d{2})(?=$|[/\-_.])/.exec(path);
  return m ? dayOfStatedDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`) : null;
}
