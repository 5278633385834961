// Feeds as articles, one per item, on feeds made for these tests: one of each
// kind (RSS 2.0, Atom, JSON Feed), each item's text compared whole, dated by
// the item; and the feeds that must be refused or cleaned.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFeed } from '../../../src/compiler/read/feed';

const feeds = path.resolve(import.meta.dirname, '../../fixtures/feeds');
const expected = (id: string) => readFileSync(path.join(feeds, 'expected', `${id}.txt`), 'utf8').trim();

function items(file: string) {
  const reading = readFeed(readFileSync(path.join(feeds, file), 'utf8'));
  if ('error' in reading) throw new Error(reading.error);
  return reading;
}

describe('one feed of each kind', () => {
  it('RSS 2.0: the full content where the item has it, else its description; the pubDate; the link', () => {
    const rss = items('valley-news.rss');
    expect(rss.format).toBe('RSS feed');
    expect(rss.items.map((i) => [i.number, i.published, i.source?.value])).toEqual([
      [1, { value: '2023-11-07', from: 'the item’s pubDate' }, 'https://valleynews.example/2023/11/07/school-roof'],
      [2, { value: '2023-11-06', from: 'the item’s pubDate' }, 'https://valleynews.example/2023/11/06/bus-route-12'],
    ]);
    expect(rss.items[0]!.text).toBe(expected('valley-news-denholm-school-gets-a-new-roof'));
    expect(rss.items[1]!.text).toBe(expected('valley-news-bus-route-12-returns-to-the'));
    // The third item is a title alone: nothing to read, and said so.
    expect(rss.problems).toEqual(['item 3 (“Photo gallery: autumn in the valley”) has no text; skipped']);
  });

  it('Atom: HTML, XHTML and text content; published, else updated; the alternate link', () => {
    const atom = items('science-desk.atom');
    expect(atom.format).toBe('Atom feed');
    expect(atom.items.map((i) => i.title?.value)).toEqual(['Telescope on Mount Arven sees first light', 'Seed bank adds 2,000 wheat varieties', 'Rare orchid found in city park']);
    expect(atom.items.map((i) => i.published)).toEqual([
      { value: '2024-02-20', from: 'the entry’s published date' },
      { value: '2024-02-18', from: 'the entry’s updated date' },
      { value: '2024-02-15', from: 'the entry’s published date' },
    ]);
    expect(atom.items.map((i) => i.text)).toEqual([
      expected('science-desk-telescope-on-mount-arven-sees'),
      expected('science-desk-seed-bank-adds-2-000-wheat'),
      expected('science-desk-rare-orchid-found-in-city-park'),
    ]);
    expect(atom.items[1]!.source?.value).toBe('https://sciencedesk.example/news/seed-bank-wheat');
  });

  it('JSON Feed: content_html or content_text; date_published; the url', () => {
    const json = items('city-hall.json');
    expect(json.format).toBe('JSON Feed');
    expect(json.items.map((i) => [i.published?.value, i.source?.value])).toEqual([
      ['2023-09-01', 'https://cityhall.example/bulletin/tram-line-vote'],
      ['2023-08-30', 'https://cityhall.example/bulletin/pool-hours'],
    ]);
    expect(json.items.map((i) => i.text)).toEqual([expected('city-hall-council-backs-the-east-tram'), expected('city-hall-longer-opening-hours-at')]);
  });

  it('keeps no script, frame, image, handler, form or javascript: address of the items', () => {
    const all = ['valley-news.rss', 'science-desk.atom', 'city-hall.json'].flatMap((f) => items(f).items.map((i) => i.text)).join('\n');
    expect(all).not.toMatch(/cookie|alert|steal|127\.0\.0\.1|javascript|iframe|evil|swf|<p|onclick/i);
  });
});

describe('feeds refused or cleaned', () => {
  it('refuses what is no feed, with the reason', () => {
    expect(readFeed('<html><body>A page</body></html>')).toEqual({ error: 'not an RSS, Atom or JSON feed' });
    expect(readFeed('{"title": "not a feed"}')).toEqual({ error: 'not an RSS, Atom or JSON feed' });
    expect('error' in readFeed('<rss version="2.0"><channel><item><title>Cut off')).toBe(true);
  });

  it('passes over an item date it cannot read and says so', () => {
    const reading = readFeed('<rss version="2.0"><channel><title>T</title><item><title>Pier reopens</title><pubDate>sometime soon</pubDate><description>The pier reopened on Monday.</description></item></channel></rss>');
    if ('error' in reading) throw new Error(reading.error);
    expect(reading.items[0]!.published).toBeNull();
    expect(reading.items[0]!.problems).toEqual(['the item’s pubDate "sometime soon" is not a date that can be read; ignored']);
  });

  it('takes an RSS item without a pubDate by its dc:date, and a JSON Feed item by date_modified', () => {
    const rss = readFeed('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><item><title>A</title><dc:date>2020-05-01T10:00:00Z</dc:date><description>Text of the item.</description></item></channel></rss>');
    const json = readFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', content_text: 'Text of the item.', date_modified: '2020-05-02' }] }));
    expect('error' in rss ? null : rss.items[0]!.published).toEqual({ value: '2020-05-01', from: 'the item’s dc:date' });
    expect('error' in json ? null : json.items[0]!.published).toEqual({ value: '2020-05-02', from: 'the item’s date_modified' });
  });
});
