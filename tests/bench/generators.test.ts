// The benchmark's generators: the figures in docs/performance.md only mean
// something if the generated corpus is the same on every machine, looks like
// news to the compiler (every kind of date expression and actor, the stated
// lengths, the three ways of giving a publication date) and the generated data
// sets are valid data the explorer would accept.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus';
import { generateDataset } from '../../bench/dataset';
import { compileFolder } from '../../src/compiler/build/readSeeds';
import { datasetSchema } from '../../src/model/schema';

/** The body of an article as a reader sees it: front matter, title line and dateline left out. */
function bodyWords(text: string): number {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n\n').slice(text.startsWith('---') ? 0 : 1).join(' ');
  return body.split(/\s+/).filter(Boolean).length;
}

describe('generateCorpus', () => {
  const files = generateCorpus(300, 7);
  const articles = files.filter((f) => !f.name.endsWith('.json'));

  it('gives the same files for the same seed and different ones for another seed', () => {
    expect(generateCorpus(300, 7)).toEqual(files);
    const other = generateCorpus(300, 8);
    expect(other.map((f) => f.text)).not.toEqual(files.map((f) => f.text));
  });

  it('writes the number of articles asked for, a third of them with a sidecar of their own', () => {
    expect(articles).toHaveLength(300);
    const sidecars = files.filter((f) => f.name.endsWith('.meta.json'));
    expect(sidecars).toHaveLength(100);
    for (const sidecar of sidecars) {
      expect(articles.some((a) => a.name === sidecar.name.replace('.meta.json', '.txt'))).toBe(true);
      expect(JSON.parse(sidecar.text).published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(articles.filter((a) => a.text.startsWith('---\n'))).toHaveLength(100);
    expect(articles.filter((a) => /\(Newswire\) - /.test(a.text))).toHaveLength(100);
  });

  it('keeps article bodies between 200 and 1,500 words, most of them short as news is', () => {
    const lengths = articles.map((a) => bodyWords(a.text)).sort((a, b) => a - b);
    expect(lengths[0]).toBeGreaterThanOrEqual(200);
    // The last paragraph may run a sentence or two past the drawn length.
    expect(lengths.at(-1)).toBeLessThanOrEqual(1_600);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median).toBeGreaterThan(300);
    expect(median).toBeLessThan(700);
    expect(lengths.at(-1)).toBeGreaterThan(1_000);
  });

  it('uses every family of date expression the compiler reads', () => {
    const all = articles.map((a) => a.text).join('\n');
    const families: Record<string, RegExp> = {
      'full date, month first': /\bon (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/,
      'full date, day first': /\bon \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
      'abbreviated month': /\bon (Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b/,
      'month and year': /\bin (January|March|June|October) \d{4}\b/,
      'year alone': /\bin \d{4}[ ,.]/,
      decade: /\bin the \d{3}0s\b/,
      season: /\bin the (spring|summer|autumn|winter) of \d{4}\b/,
      weekday: /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
      relative: /\b(last month|last year|last week|earlier this year|two weeks ago|a year ago)\b/,
      'range of years': /\bfrom \d{4} to \d{4}\b/,
      'range of months': /\bbetween [A-Z][a-z]+ and [A-Z][a-z]+ \d{4}\b/,
      since: /\bsince \d{4}\b/,
    };
    for (const [family, pattern] of Object.entries(families)) expect(all, family).toMatch(pattern);
  });

  it('is about 3 MB for 1,000 articles, the size the compile target is stated for', () => {
    const bytes = generateCorpus(1_000, 1)
      .filter((f) => !f.name.endsWith('.json'))
      .reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
    expect(bytes / 1e6).toBeGreaterThan(2.5);
    expect(bytes / 1e6).toBeLessThan(4);
  });

  it('compiles without errors into dated events with actors of every kind', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'generated-corpus-'));
    try {
      for (const file of generateCorpus(24, 3)) await fs.writeFile(path.join(dir, file.name), file.text);
      const { dataset } = await compileFolder(dir);
      expect(dataset.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
      expect(dataset.articles).toHaveLength(24);
      // Every article has dated events, and its publication date was found whichever way it was given.
      for (const article of dataset.articles) expect(article.eventCount, article.file).toBeGreaterThan(0);
      expect(new Set(dataset.articles.map((a) => a.publishedBasis))).toContain('stated');
      const kinds = new Set(dataset.actors.map((a) => a.kind));
      for (const kind of ['country', 'person', 'organization'] as const) expect(kinds).toContain(kind);
      const precisions = new Set(dataset.events.map((e) => e.date.precision));
      for (const precision of ['day', 'month', 'season', 'year', 'decade'] as const) expect(precisions).toContain(precision);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('generateDataset', () => {
  const dataset = generateDataset(2_000, 5);

  it('is a valid data set with the events and articles asked for', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.events).toHaveLength(2_000);
    expect(dataset.articles).toHaveLength(200);
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(2_000);
  });

  it('is the same for the same seed', () => {
    expect(generateDataset(2_000, 5)).toEqual(dataset);
    expect(generateDataset(2_000, 6).events.map((e) => e.date.start)).not.toEqual(dataset.events.map((e) => e.date.start));
  });

  it('points every passage at the sentence it quotes in its article', () => {
    const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
    for (const event of dataset.events) {
      for (const source of event.sources) {
        const text = texts.get(source.articleId);
        expect(text, event.id).toBeDefined();
        expect(text!.slice(source.start, source.end)).toBe(source.quote);
      }
    }
  });

  it('spreads events over decades, in date order, at several precisions, points and spans, with known actors', () => {
    const starts = dataset.events.map((e) => e.date.start);
    expect([...starts].sort()).toEqual(starts);
    const years = new Set(starts.map((s) => s.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(25);
    expect(new Set(dataset.events.map((e) => e.date.precision))).toEqual(new Set(['day', 'month', 'year']));
    expect(new Set(dataset.events.map((e) => e.kind))).toEqual(new Set(['point', 'span']));
    const actorIds = new Set(dataset.actors.map((a) => a.id));
    for (const event of dataset.events) for (const id of event.actors) expect(actorIds.has(id), id).toBe(true);
    expect(new Set(dataset.actors.map((a) => a.kind))).toEqual(new Set(['country', 'person', 'organization', 'group']));
  });
});
