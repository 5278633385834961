// The folder reader over saved pages and feeds beside text articles: every
// reader is chosen by the file's ending, the compile line says where each
// page's fields were found, and a clash of ids is refused by name.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileFolder, type SeedCompilation } from '../../../src/compiler/build/readSeeds';
import { formatArticleLine } from '../../../src/compiler/build/report';
import { datasetSchema } from '../../../src/model/schema';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pages-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('compileFolder over pages and feeds', () => {
  it('reads .html, .htm, RSS, Atom and JSON Feed files beside a .txt, and says where each page got its fields', async () => {
    await copyFile(path.resolve('seeds/000_30beba559cdab82b.txt'), path.join(dir, 'seed.txt'));
    await copyFile(path.join(fixtures, 'pages/harbour-strike.html'), path.join(dir, 'harbour-strike.html'));
    await copyFile(path.join(fixtures, 'pages/library-reopens.html'), path.join(dir, 'library.htm'));
    await copyFile(path.join(fixtures, 'feeds/valley-news.rss'), path.join(dir, 'valley-news.rss'));
    await copyFile(path.join(fixtures, 'feeds/science-desk.atom'), path.join(dir, 'science-desk.atom'));
    await copyFile(path.join(fixtures, 'feeds/city-hall.json'), path.join(dir, 'city-hall.json'));
    await writeFile(path.join(dir, 'actors.json'), '{}');
    const lines: string[] = [];
    const { dataset } = await compileFolder(dir, { onArticle: (_d, _t, c: SeedCompilation) => lines.push(formatArticleLine(c)) });
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.articles.map((a) => [a.file, a.published, a.publishedFrom]).sort()).toEqual([
      ['city-hall.json#1', '2023-09-01', 'the item’s date_published'],
      ['city-hall.json#2', '2023-08-30', 'the item’s date_published'],
      ['harbour-strike.html', '2023-05-15', 'the article:published_time meta tag'],
      ['library.htm', '2021-06-14', 'the address (the canonical link)'],
      ['science-desk.atom#1', '2024-02-20', 'the entry’s published date'],
      ['science-desk.atom#2', '2024-02-18', 'the entry’s updated date'],
      ['science-desk.atom#3', '2024-02-15', 'the entry’s published date'],
      // The seed has no sidecar here: its date is inferred, as for any text article without one.
      ['seed.txt', '2022-12-31', 'latest year in text'],
      ['valley-news.rss#1', '2023-11-07', 'the item’s pubDate'],
      ['valley-news.rss#2', '2023-11-06', 'the item’s pubDate'],
    ]);
    // Counts are the extraction's business; the line's words about the page are this reader's.
    expect(lines.find((l) => l.startsWith('  harbour-strike.html:'))).toMatch(/^ {2}harbour-strike\.html: \d+ events, \d+ actors, published 2023-05-15 \(from the article:published_time meta tag\); web page: title from og:title, source from og:url$/);
    expect(lines.find((l) => l.startsWith('  valley-news.rss#1:'))).toMatch(/published 2023-11-07 \(from the item’s pubDate\); RSS feed: title from the item title, source from the item link(;|$)/);
    expect(dataset.diagnostics).toEqual([
      expect.objectContaining({ level: 'info', file: 'seed.txt' }),
      { level: 'warning', file: 'valley-news.rss', line: null, message: 'item 3 (“Photo gallery: autumn in the valley”) has no text; skipped' },
    ]);
  });

  it('refuses a feed item whose id another article has, naming both', async () => {
    await copyFile(path.join(fixtures, 'feeds/city-hall.json'), path.join(dir, 'city-hall.json'));
    await writeFile(path.join(dir, 'city-hall-council-backs-the-east-tram.md'), '---\npublished: 2023-09-02\n---\nTram vote\n\nThe council voted on Thursday.');
    const { dataset } = await compileFolder(dir);
    expect(dataset.articles.map((a) => a.file).sort()).toEqual(['city-hall-council-backs-the-east-tram.md', 'city-hall.json#2']);
    expect(dataset.diagnostics).toContainEqual({ level: 'error', file: 'city-hall.json#1', line: null, message: 'article id "city-hall-council-backs-the-east-tram" is taken by city-hall-council-backs-the-east-tram.md; skipped (rename one of them)' });
  });
});
