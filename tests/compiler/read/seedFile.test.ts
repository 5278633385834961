// One file as the articles it holds, the reader chosen by the file's ending:
// what each gives the compiler, and the files refused with a message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileArticle } from '../../../src/compiler/events/compileArticle';
import { describeOrigin, MAX_MARKUP_BYTES, readSeedFile, withOrigin } from '../../../src/compiler/read/seedFile';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const PAGE = '<html><head><meta property="og:title" content="Pier reopens"><meta property="article:published_time" content="2023-06-02"><link rel="canonical" href="https://pier.example/reopens"></head><body><article><h1>Pier reopens</h1><p>The pier in Saltby reopened on Thursday after repairs that began in March, the council said.</p></article></body></html>';

describe('readSeedFile reads', () => {
  it('a text article as written', () => {
    const { articles, diagnostics } = readSeedFile('flood.md', bytes('---\ntitle: Flood\n---\nText.'));
    expect(articles).toEqual([{ id: 'flood', file: 'flood.md', raw: '---\ntitle: Flood\n---\nText.', sidecar: null, origin: null }]);
    expect(diagnostics).toEqual([]);
  });

  it('a saved page as its text, with its fields as a sidecar would give them and where each came from', () => {
    const { articles } = readSeedFile('pier.HTM', bytes(PAGE));
    expect(articles).toEqual([{
      id: 'pier',
      file: 'pier.HTM',
      raw: 'Pier reopens\n\nThe pier in Saltby reopened on Thursday after repairs that began in March, the council said.',
      sidecar: { file: 'pier.HTM', title: 'Pier reopens', published: '2023-06-02', source: 'https://pier.example/reopens' },
      origin: { format: 'web page', title: 'og:title', published: 'the article:published_time meta tag', source: 'the canonical link' },
    }]);
    expect(describeOrigin(articles[0]!.origin)).toBe('web page: title from og:title, source from the canonical link');
  });

  it('a feed as one article per item, named after the feed and the item title, each file name giving the item', () => {
    const { articles } = readSeedFile('valley-news.rss', readFileSync(path.join(fixtures, 'feeds/valley-news.rss')));
    expect(articles.map((a) => [a.id, a.file, a.sidecar?.published])).toEqual([
      ['valley-news-denholm-school-gets-a-new-roof', 'valley-news.rss#1', '2023-11-07'],
      ['valley-news-bus-route-12-returns-to-the', 'valley-news.rss#2', '2023-11-06'],
    ]);
  });

  it('items of one title under distinct ids, and an item without a title by its number', () => {
    const item = (title: string) => `<item>${title ? `<title>${title}</title>` : ''}<description>The market opened on Monday in the square.</description></item>`;
    const { articles } = readSeedFile('f.xml', bytes(`<rss version="2.0"><channel><title>F</title>${item('Market day')}${item('Market day')}${item('')}</channel></rss>`));
    expect(articles.map((a) => a.id)).toEqual(['f-market-day', 'f-market-day-2', 'f-item-3']);
  });

  it("a sidecar's fields before the page's, and the page's date when the sidecar's is impossible", () => {
    const { articles, diagnostics } = readSeedFile('pier.html', bytes(PAGE), { file: 'pier.meta.json', title: 'My title', published: '2023-02-30' });
    expect(articles[0]!.sidecar).toEqual({ file: 'pier.html', title: 'My title', published: '2023-06-02', source: 'https://pier.example/reopens' });
    expect(articles[0]!.origin).toMatchObject({ title: 'sidecar', published: 'the article:published_time meta tag' });
    expect(diagnostics).toEqual([{ level: 'warning', file: 'pier.meta.json', line: null, message: 'published: "2023-02-30" is not a real calendar day; the page\'s own date is used' }]);
  });
});

describe('readSeedFile refuses, with a message naming the file', () => {
  it('a page or feed over the size limit, before reading it', () => {
    const big = new Uint8Array(MAX_MARKUP_BYTES + 1).fill(0x20);
    expect(readSeedFile('huge.html', big)).toEqual({ articles: [], diagnostics: [{ level: 'error', file: 'huge.html', line: null, message: "the file is 10 MB, more than the 10 MB a page or feed may be; skipped (save the article's text as .txt instead)" }] });
  });

  it('an empty file, a binary one, a page without text, a file that is no feed, markup nested too deep', () => {
    const only = (name: string, content: Uint8Array) => readSeedFile(name, content).diagnostics.map((d) => `${d.level}: ${d.file}: ${d.message}`);
    expect(only('empty.html', bytes('  \n'))).toEqual(['warning: empty.html: the file is empty; skipped']);
    expect(only('image.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toEqual(['error: image.html: looks like a binary file (NUL bytes), not text; skipped']);
    expect(only('menu.html', bytes('<html><body><nav><a href="/">Home</a></nav></body></html>'))).toEqual(['warning: menu.html: no article text found in the page; skipped']);
    expect(only('sitemap.xml', bytes('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>'))).toEqual(['error: sitemap.xml: not an RSS, Atom or JSON feed; skipped']);
    expect(only('deep.html', bytes(`<p>${'<b>'.repeat(6000)}x`))).toEqual(['error: deep.html: cannot read the page (its elements nest more than 5,000 deep, which no article does); skipped']);
  });

  it('passes over a .json that is not a JSON Feed without a word, as before feeds were read', () => {
    expect(readSeedFile('notes.json', bytes('{"a": 1}'))).toEqual({ articles: [], diagnostics: [] });
    expect(readSeedFile('broken.json', bytes('{"a": '))).toEqual({ articles: [], diagnostics: [] });
  });
});

describe('withOrigin', () => {
  it("says where on the page the date came from, and puts a line of the extracted text into the message's words", () => {
    // A run-on paragraph of 1,500 characters: the compiler warns at its line.
    const runOn = `<p>${'the stalls, '.repeat(125)}and the market opened on Monday</p>`;
    const [article] = readSeedFile('pier.html', bytes(PAGE.replace('</article>', `${runOn}</article>`))).articles;
    const compiled = withOrigin(compileArticle(article!), article!.origin);
    expect(compiled.article).toMatchObject({ published: '2023-06-02', publishedBasis: 'stated', publishedFrom: 'the article:published_time meta tag' });
    expect(compiled.diagnostics).toEqual([expect.objectContaining({ level: 'warning', file: 'pier.html', line: null, message: expect.stringMatching(/read in 2 pieces .* \(line 5 of the text read from the web page\)$/) })]);
    const plain = compileArticle({ id: 'x', file: 'x.txt', raw: 'Pier reopens\n\nThe pier reopened on Thursday.', sidecar: { file: 'x.meta.json', published: '2023-06-02' } });
    expect(withOrigin(plain, null)).toBe(plain);
  });
});
