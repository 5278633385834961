// Saved web pages as articles, on pages made for these tests: the seed article
// in a news site's page, five other layouts, and a hostile page. Each gives
// the story's text alone (compared whole with the text it was made from), the
// right date from the right place, and nothing that runs or loads.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { compileArticle } from '../../../src/compiler/events/compileArticle';
import { readSeedFile, withOrigin } from '../../../src/compiler/read/seedFile';
import { readWebPage, withHeadline } from '../../../src/compiler/read/webPage';

const pages = path.resolve(import.meta.dirname, '../../fixtures/pages');
const fixture = (name: string) => readFileSync(path.join(pages, name), 'utf8');

describe('the seed article saved as a news site page', () => {
  it('compiles to the same events, dates and actors as the .txt', () => {
    const page = readSeedFile('000_30beba559cdab82b.html', readFileSync(path.join(pages, '000_30beba559cdab82b.html'))).articles[0]!;
    const fromPage = withOrigin(compileArticle(page), page.origin);
    const seeds = path.resolve(import.meta.dirname, '../../../seeds');
    const sidecar = JSON.parse(readFileSync(path.join(seeds, '000_30beba559cdab82b.meta.json'), 'utf8')) as { published: string };
    const fromText = compileArticle({ id: '000_30beba559cdab82b', file: '000_30beba559cdab82b.txt', raw: readFileSync(path.join(seeds, '000_30beba559cdab82b.txt'), 'utf8'), sidecar: { file: 'meta.json', published: sidecar.published } });
    const told = (c: typeof fromText) => c.events.map((e) => ({ label: e.label, date: e.date, kind: e.kind, actors: e.actors }));
    expect(fromText.events.length).toBe(10);
    expect(told(fromPage)).toEqual(told(fromText));
    expect(fromPage.actors).toEqual(fromText.actors);
    expect(fromPage.article).toMatchObject({
      published: '2022-12-22',
      publishedBasis: 'stated',
      publishedFrom: 'JSON-LD datePublished',
      source: 'https://meridian.example/world/europe/armenia-bows-out-of-moscow-meeting',
      title: 'Armenia bows out of Moscow meeting with Azerbaijan on preparing peace agreement',
    });
    // Every passage points into the extracted text, which the panel shows.
    for (const e of fromPage.events) expect(fromPage.article.text.slice(e.sources[0]!.start, e.sources[0]!.end)).toBe(e.sources[0]!.quote);
  });

  it('leaves the site around the story out: menus, share buttons, captions, advertising, related stories, newsletter, comments', () => {
    const { text } = readWebPage(fixture('000_30beba559cdab82b.html'));
    for (const junk of ['Home', 'Subscribe', 'Share on social', 'Copy link', 'Photo: Agency', 'Advertisement', 'Related stories', 'Talks resume', 'morning briefing', 'reader_42', 'All rights reserved', 'Storm warnings', 'Skip to content']) {
      expect(text).not.toContain(junk);
    }
    expect(text.split('\n\n').slice(0, 2)).toEqual([
      'Armenia bows out of Moscow meeting with Azerbaijan on preparing peace agreement',
      "Russian Foreign Minister Sergey Lavrov informs his Azerbaijani counterpart of Armenia's decision in phone call.",
    ]);
  });
});

describe('five page layouts', () => {
  const cases = [
    { name: 'bridge-closure', layout: 'HTML5 article, a "most read" box first', published: ['2024-01-17', 'a <time> element'], title: 'the page headline (h1)', source: 'the canonical link' },
    { name: 'harbour-strike', layout: 'div soup with ads, share bar and newsletter box', published: ['2023-05-15', 'the article:published_time meta tag'], title: 'og:title', source: 'og:url' },
    { name: 'library-reopens', layout: 'blog with comments and a sidebar', published: ['2021-06-14', 'the address (the canonical link)'], title: 'the <title> tag', source: 'the canonical link' },
    { name: 'vaccine-rollout', layout: 'wire copy with a JSON-LD @graph', published: ['2022-10-12', 'JSON-LD datePublished'], title: 'og:title', source: 'JSON-LD url' },
    { name: 'council-election', layout: 'an old table layout with <font> and <br><br>', published: ['2019-03-08', 'the date meta tag'], title: 'og:title', source: null },
  ];
  it.each(cases)('$name ($layout): the story text alone, dated from the right place', ({ name, published, title, source }) => {
    const read = readWebPage(fixture(`${name}.html`));
    expect(read.text).toBe(readFileSync(path.join(pages, 'expected', `${name}.txt`), 'utf8').trim());
    expect(read.published).toEqual({ value: published[0], from: published[1] });
    expect(read.title?.from).toBe(title);
    expect(read.source?.from ?? null).toBe(source);
    expect(read.problems).toEqual([]);
  });
});

describe('a hostile page', () => {
  let server: Server;
  const requests: string[] = [];
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('runs nothing and loads nothing: no script, handler, frame, image, style or link reaches the network', async () => {
    const html = fixture('hostile-page.html').replaceAll('http://127.0.0.1:9', origin);
    const reading = readSeedFile('hostile-page.html', new TextEncoder().encode(html));
    // Give anything that was started a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toEqual([]);
    expect((globalThis as { __hostilePageRan?: boolean }).__hostilePageRan).toBeUndefined();
    expect(reading.articles[0]!.raw).toBe([
      'Quarry blast rattles windows in Brenholt',
      'A blast at the Brenholt quarry on Tuesday rattled windows across the village, residents said.',
      "The quarry's owner, Halvard Stone, said the charge had been twice the usual size by mistake and that blasting would stop until Friday.",
      // Escaped markup in the page is text on the page, and stays text.
      '<script>this stays text</script> and so does &amp;.',
    ].join('\n\n'));
    expect(reading.articles[0]!.raw).not.toContain(origin);
  });
});

describe('pages the extractor cannot read', () => {
  it('a short page is read whole, less its menus and footer', () => {
    const read = readWebPage('<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><h1>Ferry resumes</h1><p>The ferry ran again on Monday.</p><footer>Footer text</footer></body></html>');
    expect(read.text).toBe('Ferry resumes\n\nThe ferry ran again on Monday.');
  });

  it('a page deeper than the extractor goes is read whole', () => {
    const read = readWebPage(`<html><head><title>Deep page of a strange site</title></head><body>${'<div>'.repeat(600)}<p>The dam was finished on Monday, the engineers said.</p>${'</div>'.repeat(600)}</body></html>`);
    expect(read.text).toBe('Deep page of a strange site\n\nThe dam was finished on Monday, the engineers said.');
  });
});

describe('withHeadline', () => {
  it('puts the headline first, once', () => {
    expect(withHeadline('Ferry resumes', 'The ferry ran.')).toBe('Ferry resumes\n\nThe ferry ran.');
    expect(withHeadline('Ferry resumes', 'Ferry resumes!\n\nThe ferry ran.')).toBe('Ferry resumes!\n\nThe ferry ran.');
    expect(withHeadline('Ferry resumes', 'Ferry resumes The ferry ran.')).toBe('Ferry resumes\n\nThe ferry ran.');
    expect(withHeadline(null, 'The ferry ran.')).toBe('The ferry ran.');
  });
});
