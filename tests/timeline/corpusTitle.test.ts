import { describe, expect, it } from 'vitest';
import type { TimelineIndex } from '../../src/model/schema';
import { APP_NAME, corpusDescription, corpusTitle, pageTitle, withPageMeta } from '../../src/timeline/corpusTitle';
import { embedSnippet, embedUrl } from '../../src/timeline/embedSnippet';
import { httpUrl, outletOf } from '../../src/timeline/outlet';
import { sampleIndex } from './sample';

const article = (id: string, title: string, published: string, source: string | null) => ({
  id, title, published, publishedBasis: 'stated' as const, publishedFrom: 'front matter', source, file: `${id}.md`, eventCount: 1,
});
const event = (id: string, score: number, articleIds: string[]) => ({
  id,
  label: id,
  actors: [],
  kind: 'point' as const,
  date: { start: '2024-03-05', end: '2024-03-05', precision: 'day' as const },
  importance: { score },
  sources: articleIds.map((articleId) => ({ articleId, start: 0, end: 1 })),
});
/** Three outlets; the main event is first reported by the brief (same day as the feature, earlier id). */
const story: Pick<TimelineIndex, 'articles' | 'events' | 'merged'> = {
  articles: [
    article('b_feature', 'Inside the plant that burned', '2024-03-06', 'https://herald.example.com/1'),
    article('a_brief', 'Four dead in plant fire', '2024-03-06', 'https://www.wire.example.org/2'),
    article('c_later', 'Inquiry opens into plant fire', '2024-03-19', null),
  ],
  events: [event('minor', 0.3, ['c_later']), event('fire-feature', 0.8, ['b_feature']), event('fire-brief', 0.8, ['a_brief'])],
  merged: [{ ...event('fire', 1, ['b_feature', 'a_brief', 'c_later']), members: ['fire-feature', 'fire-brief'] }],
};

describe('corpusTitle', () => {
  it('corpusTitle names one article by its title, a story by the first headline of its most important event', () => {
    expect(corpusTitle(sampleIndex)).toBe('Talks collapse in Moscow');
    expect(corpusTitle(story)).toBe('Four dead in plant fire');
    expect(corpusTitle({ articles: [], events: [] })).toBeNull();
    expect(pageTitle(story)).toBe(`Four dead in plant fire · ${APP_NAME}`);
    expect(pageTitle({ articles: [], events: [] })).toBe(APP_NAME);
  });

  it('corpusDescription counts the events as shown (merged once) and names the outlets', () => {
    expect(corpusDescription(story)).toBe(
      '2 dated events from 3 articles (herald.example.com, wire.example.org, Inquiry opens into plant fire), each tied to the passage it came from.',
    );
  });

  it('withPageMeta writes the title and preview text into the page, escaped, and makes the image absolute with a site URL', () => {
    const html = '<title>News timeline explorer</title><meta name="description" content="x" /><meta property="og:title" content="x" /><meta property="og:description" content="x" /><meta property="og:image" content="./social-preview.png" />';
    const titled = { ...story, articles: story.articles.map((a) => (a.id === 'a_brief' ? { ...a, title: 'Fire & "smoke" <b>' } : a)) };
    const page = withPageMeta(html, titled, 'https://news.example.org/fire');
    expect(page).toContain(`<title>Fire &amp; &quot;smoke&quot; &lt;b&gt; · ${APP_NAME}</title>`);
    expect(page).toContain(`<meta property="og:title" content="Fire &amp; &quot;smoke&quot; &lt;b&gt; · ${APP_NAME}" />`);
    expect(page).toMatch(/<meta property="og:description" content="2 dated events from 3 articles/);
    expect(page).toContain('<meta property="og:image" content="https://news.example.org/fire/social-preview.png" />');
    expect(withPageMeta(html, story)).toContain('content="./social-preview.png"');
  });
});

describe('outlet and embed', () => {
  it('outletOf names the host without www, or the title when there is no http(s) link; httpUrl refuses other schemes', () => {
    expect(outletOf(story.articles[1])).toBe('wire.example.org');
    expect(outletOf(story.articles[2])).toBe('Inquiry opens into plant fire');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('https://a.example/x')).toBe('https://a.example/x');
  });

  it('embedSnippet frames the very view, with embed=1, its title escaped', () => {
    expect(embedUrl('https://x.example/app/?event=e1&embed=1')).toBe('https://x.example/app/?event=e1&embed=1');
    const snippet = embedSnippet('https://x.example/app/?event=e1&q=a%20b', 'Fire & smoke: timeline');
    expect(snippet).toBe(
      '<iframe src="https://x.example/app/?event=e1&amp;q=a+b&amp;embed=1" title="Fire &amp; smoke: timeline" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
  });
});
