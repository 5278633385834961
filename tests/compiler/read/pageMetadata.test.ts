// What a page says about itself, and where: each source of the title, the
// date and the address alone, then in their documented order, and values
// that must be refused.
import { parseHtmlDocument } from '../../../src/compiler/read/htmlText';
import { dayInUrl, readPageMetadata } from '../../../src/compiler/read/pageMetadata';

const page = (head: string, body = '<p>Text.</p>') => parseHtmlDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const meta = (key: string, value: string) => `<meta ${key.includes(':') ? 'property' : 'name'}="${key}" content="${value}">`;
const read = (head: string, body?: string, savedFrom: string | null = null) => readPageMetadata(page(head, body), savedFrom);

describe('the publication date', () => {
  it('from each source alone, named', () => {
    expect(read(ld({ '@type': 'NewsArticle', datePublished: '2023-04-02T22:10:00-04:00' })).published).toEqual({ value: '2023-04-02', from: 'JSON-LD datePublished' });
    expect(read(meta('article:published_time', '2023-04-02T10:00:00Z')).published).toEqual({ value: '2023-04-02', from: 'the article:published_time meta tag' });
    expect(read('<meta itemprop="datePublished" content="2023-04-02">').published).toEqual({ value: '2023-04-02', from: 'the datepublished meta tag' });
    expect(read(meta('DC.date.issued', '2023-04-02')).published?.value).toBe('2023-04-02');
    expect(read(meta('date', 'Sun, 02 Apr 2023 08:00:00 GMT')).published?.value).toBe('2023-04-02');
    expect(read('', '<article><p>By A. Writer <time datetime="2023-04-02T08:00">2 April</time></p><p>Text.</p></article>').published).toEqual({ value: '2023-04-02', from: 'a <time> element' });
    expect(read('<link rel="canonical" href="https://paper.example/2023/04/02/story">').published).toEqual({ value: '2023-04-02', from: 'the address (the canonical link)' });
  });

  it('in the documented order: JSON-LD, then the meta tags, then <time>, then the address', () => {
    const all = ld({ '@type': 'Article', datePublished: '2023-01-01' }) + meta('article:published_time', '2023-02-02') + '<link rel="canonical" href="https://x.example/2023/03/03/a">';
    expect(read(all, '<time datetime="2023-04-04">x</time>').published?.from).toBe('JSON-LD datePublished');
    expect(read(all.replace(/<script.*<\/script>/, ''), '<time datetime="2023-04-04">x</time>').published?.value).toBe('2023-02-02');
  });

  it('finds the article inside a JSON-LD @graph beside other objects', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Paper' }, { '@type': ['NewsArticle'], headline: 'H', datePublished: '2021-07-09' }] };
    expect(read(ld(graph)).published?.value).toBe('2021-07-09');
  });

  it('passes over a value it cannot read, says so, and takes the next source', () => {
    const result = read(ld({ '@type': 'NewsArticle', datePublished: 'last Tuesday' }) + meta('article:published_time', '2022-02-30') + meta('pubdate', '2022-03-01'));
    expect(result.published).toEqual({ value: '2022-03-01', from: 'the pubdate meta tag' });
    expect(result.problems).toEqual([
      'JSON-LD datePublished "last Tuesday" is not a date that can be read; ignored',
      'the article:published_time meta tag "2022-02-30" is not a date that can be read; ignored',
    ]);
  });

  it('says a JSON-LD block that is not JSON is ignored', () => {
    expect(read('<script type="application/ld+json">{ "datePublished": </script>').problems).toEqual(['a JSON-LD block is not valid JSON; ignored']);
  });

  it('does not take the date of a related story, a comment or the menu', () => {
    const body = `<nav><time datetime="2020-01-01">menu</time></nav><article><aside class="related"><time datetime="2020-02-02">other</time></aside>
      <div class="comments"><time datetime="2020-03-03">comment</time></div><p>Text <time datetime="2020-04-04">4 April</time>.</p></article>`;
    expect(read('', body).published?.value).toBe('2020-04-04');
    expect(read('', '<aside><time datetime="2020-02-02">x</time></aside><p>Text.</p>').published).toBeNull();
  });

  it('none when the page gives none', () => {
    expect(read('<title>A page</title>').published).toBeNull();
  });
});

describe('the title', () => {
  it('og:title first, then the JSON-LD headline, the h1, and <title> without the site name', () => {
    const h1 = '<article><h1>Flood barrier <em>opens</em></h1></article>';
    expect(read(meta('og:title', 'From OG') + ld({ '@type': 'NewsArticle', headline: 'From LD' }), h1).title).toEqual({ value: 'From OG', from: 'og:title' });
    expect(read(ld({ '@type': 'NewsArticle', headline: 'From LD' }), h1).title).toEqual({ value: 'From LD', from: 'JSON-LD headline' });
    expect(read('<title>Ignored</title>', h1).title).toEqual({ value: 'Flood barrier opens', from: 'the page headline (h1)' });
    expect(read('<title>Flood barrier opens on the river | The Riverside Post</title>').title).toEqual({ value: 'Flood barrier opens on the river', from: 'the <title> tag' });
    expect(read('<title>News - Home</title>').title?.value).toBe('News - Home');
  });
});

describe('the address', () => {
  it('the canonical link, og:url, the JSON-LD url, then the address the page was saved from', () => {
    expect(read('<link rel="canonical" href="https://a.example/x">' + meta('og:url', 'https://b.example/y')).source).toEqual({ value: 'https://a.example/x', from: 'the canonical link' });
    expect(read(meta('og:url', 'https://b.example/y')).source).toEqual({ value: 'https://b.example/y', from: 'og:url' });
    expect(read(ld({ '@type': 'NewsArticle', mainEntityOfPage: { '@id': 'https://c.example/z' } })).source).toEqual({ value: 'https://c.example/z', from: 'JSON-LD url' });
    expect(read('', undefined, 'https://d.example/w').source).toEqual({ value: 'https://d.example/w', from: 'the address it was saved from' });
  });

  it('resolves a relative canonical link against the address it was saved from', () => {
    expect(read('<link rel="canonical" href="/news/2022/05/06/a">', undefined, 'https://e.example/old?x=1').source?.value).toBe('https://e.example/news/2022/05/06/a');
  });

  it('refuses what is not a web address', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/relative/only']) {
      expect(read(`<link rel="canonical" href="${href}">`).source).toBeNull();
    }
  });
});

describe('dayInUrl', () => {
  it('reads a day in the path', () => {
    expect(dayInUrl('https://x.example/2022/12/22/story')).toBe('2022-12-22');
    expect(dayInUrl('https://x.example/news/2022-12-22-story.html')).toBe('2022-12-22');
    expect(dayInUrl('https://x.example/20221222/story')).toBe('2022-12-22');
  });

  it('leaves ids, months alone, impossible days and the query alone', () => {
    expect(dayInUrl('https://x.example/story/12345678')).toBeNull();
    expect(dayInUrl('https://x.example/2022/12/story')).toBeNull();
    expect(dayInUrl('https://x.example/2022/02/30/story')).toBeNull();
    expect(dayInUrl('https://x.example/story?d=2022/12/22')).toBeNull();
    expect(dayInUrl('https://x.example/1850/01/01/archive')).toBeNull();
  });
});
