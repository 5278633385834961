// A seeded generator of compiled data sets for the browser benchmark: E
// events over thirty years from E/10 articles, 60 actors of every kind, dates
// of every precision and spans as well as points, each event's passage a real
// offset into its article's text. Valid against the app's schema.
import { SCHEMA_VERSION, type Actor, type Article, type Dataset, type Precision, type TimelineEvent } from '../src/model/schema';
import { between, pick, random } from './corpus';

const DAY = 86_400_000;
const START = Date.UTC(1994, 0, 1);
const SPAN_DAYS = 30 * 365;
const VERBS = ['Talks held in', 'Protest reported in', 'Ceasefire announced in', 'Inspection visit to', 'Strike called in', 'Floods hit', 'Election held in', 'Trade deal signed in'];
const PLACES = ['the capital', 'the northern port', 'the border region', 'the river valley', 'the eastern province', 'the mining town', 'the coastal city', 'the highlands'];

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function actors(): Actor[] {
  const list: Actor[] = [];
  for (let i = 0; i < 12; i++) list.push({ id: `country-${i}`, name: `Country ${String.fromCharCode(65 + i)}`, kind: 'country', aliases: [], memberOf: [] });
  for (let i = 0; i < 24; i++) list.push({ id: `person-${i}`, name: `Minister ${String.fromCharCode(65 + (i % 26))}. Person${i}`, kind: 'person', aliases: [], memberOf: [`country-${i % 12}`] });
  for (let i = 0; i < 16; i++) list.push({ id: `org-${i}`, name: `Organisation ${i}`, kind: 'organization', aliases: [], memberOf: i < 8 ? [`country-${i}`] : [] });
  for (let i = 0; i < 8; i++) list.push({ id: `group-${i}`, name: `Group ${i}`, kind: 'group', aliases: [], memberOf: [] });
  return list;
}

/** The date of an event at `ms` with `precision`: start, end and how the article wrote it. */
function dateAt(ms: number, precision: Precision): TimelineEvent['date'] {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (precision) {
    case 'year': return { start: `${y}-01-01`, end: `${y}-12-31`, precision, text: `in ${y}` };
    case 'month': return { start: iso(Date.UTC(y, m, 1)), end: iso(Date.UTC(y, m + 1, 0)), precision, text: `in ${d.toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${y}` };
    default: return { start: iso(ms), end: iso(ms), precision: 'day', text: `on ${iso(ms)}` };
  }
}

export function generateDataset(eventCount: number, seed = 1): Dataset {
  const rng = random(seed);
  const cast = actors();
  const articleCount = Math.max(1, Math.round(eventCount / 10));
  const texts: string[][] = Array.from({ length: articleCount }, () => []);
  const lengths = new Array<number>(articleCount).fill(0);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < eventCount; i++) {
    const articleIndex = i % articleCount;
    const articleId = `article-${String(articleIndex).padStart(5, '0')}`;
    const ms = START + Math.floor(rng() * SPAN_DAYS) * DAY;
    const r = rng();
    const precision: Precision = r < 0.75 ? 'day' : r < 0.92 ? 'month' : 'year';
    const span = precision === 'day' && rng() < 0.1;
    const date = dateAt(ms, precision);
    if (span) date.end = iso(ms + between(rng, 2, 60) * DAY);
    const who = [pick(rng, cast), pick(rng, cast)].map((a) => a.id);
    const label = `${pick(rng, VERBS)} ${pick(rng, PLACES)}`;
    const quote = `${label} ${date.text}, officials said.`;
    const start = lengths[articleIndex]!;
    texts[articleIndex]!.push(quote);
    lengths[articleIndex] = start + quote.length + 2;
    events.push({
      id: `e${i}`,
      label,
      actors: [...new Set(who)],
      date,
      kind: span ? 'span' : 'point',
      dateReason: { rule: precision === 'day' ? 'full-date' : `${precision}-year`, expression: date.text },
      attribution: null,
      duration: null,
      importance: { score: 0.5, reasons: [] },
      sources: [{ articleId, start, end: start + quote.length, quote }],
    });
  }
  events.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
  const articles: Article[] = texts.map((parts, k) => ({
    id: `article-${String(k).padStart(5, '0')}`,
    title: `Report ${k}`,
    published: '2024-01-01',
    publishedBasis: 'stated',
    publishedFrom: 'front matter',
    source: null,
    file: `article-${String(k).padStart(5, '0')}.txt`,
    eventCount: parts.length,
    text: parts.join('\n\n'),
  }));
  return { schemaVersion: SCHEMA_VERSION, articles, actors: cast, events, diagnostics: [] };
}
