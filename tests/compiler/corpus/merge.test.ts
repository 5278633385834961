// Cross-article merging on real files: the fixture story (eight invented
// articles about one developing story, with gold merge groups written by
// reading them), the seed alone, and the merges.json overrides.
import { mkdtempSync, readFileSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileFolder } from '../../../src/compiler/build/readSeeds';
import { evaluateMerges, parseMergeGroups } from '../../../src/compiler/eval/evaluate';
import { mergeAcrossArticles, isNegated, dateCompatibility } from '../../../src/compiler/corpus/merge';
import { datasetSchema, type TimelineEvent } from '../../../src/model/schema';
import { eventsAsTold } from '../../../src/model/mergedView';

const STORY = path.resolve('tests/fixtures/story');
const gold = () => parseMergeGroups(JSON.parse(readFileSync(path.join(STORY, 'gold/merge-groups.json'), 'utf8')), 'merge-groups.json');

function sourceIn(event: TimelineEvent, article: string) {
  return event.sources.find((s) => s.articleId === article)!;
}

describe('merging across articles', () => {
  it('meets the targets on the fixture story: pairwise precision and recall >= 0.9', async () => {
    const { dataset } = await compileFolder(STORY);
    const score = evaluateMerges(dataset, gold());
    expect(score.found).toBe(score.mentions);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it("keeps every article's own events as the article gave them, and lists each merged happening beside them by its members", async () => {
    const { dataset, compilations } = await compileFolder(STORY);
    const own = compilations.flatMap((c) => c.events);
    expect(dataset.events.map((e) => [e.id, e.date.start, e.date.precision]).sort()).toEqual(own.map((e) => [e.id, e.date.start, e.date.precision]).sort());
    expect(dataset.events.every((e) => e.merge === undefined && new Set(e.sources.map((s) => s.articleId)).size === 1)).toBe(true);
    const ids = new Set(dataset.events.map((e) => e.id));
    expect(dataset.merged!.length).toBeGreaterThan(0);
    for (const m of dataset.merged!) {
      expect(m.members.every((id) => ids.has(id))).toBe(true);
      expect(m.members).toEqual([...new Set(m.sources.map((s) => s.eventId))]);
    }
    // The explorer's view: each member gives way to its merged event, everything else stays.
    const told = eventsAsTold(dataset);
    const memberCount = dataset.merged!.reduce((n, m) => n + m.members.length, 0);
    expect(told).toHaveLength(dataset.events.length - memberCount + dataset.merged!.length);
  });

  it('shows the corridor closure once, with each article as a source keeping its own passage, date and attribution', async () => {
    const { dataset } = await compileFolder(STORY);
    const closure = eventsAsTold(dataset).find((e) => e.sources.some((s) => s.quote.startsWith('Kestrin closed the Orlo corridor to Halvorian trucks')))!;
    expect(new Set(closure.sources.map((s) => s.articleId)).size).toBe(closure.sources.length);
    expect(closure.sources.map((s) => s.articleId)).toEqual(expect.arrayContaining(['201_corridor_closed_brief', '202_kestrin_denies', '203_courier_protest', '204_analysis_old_road']));
    expect(closure.date).toMatchObject({ start: '2023-03-06', precision: 'day' });
    const brief = sourceIn(closure, '201_corridor_closed_brief');
    expect(brief.date?.text).toBe('on Monday');
    expect(sourceIn(closure, '204_analysis_old_road').date?.text).toBe('March 6');
    // Each passage is still the slice of its own article.
    for (const s of closure.sources) {
      const text = dataset.articles.find((a) => a.id === s.articleId)!.text;
      expect(text.slice(s.start, s.end)).toBe(s.quote);
    }
    expect(closure.merge?.explanation).toMatch(/articles report this/);
    expect(closure.merge?.links.length).toBe(closure.sources.length - 1);
  });

  it('keeps a denial as its own version with who says it', async () => {
    const { dataset } = await compileFolder(STORY);
    const closure = eventsAsTold(dataset).find((e) => e.sources.some((s) => s.quote.startsWith('Kestrin closed the Orlo corridor to Halvorian trucks')))!;
    const claim = closure.disagreements?.find((d) => d.kind === 'claim');
    expect(claim).toBeDefined();
    const denial = claim!.versions.find((v) => /had not closed/.test(v.says))!;
    expect(closure.sources[denial.source]!.articleId).toBe('202_kestrin_denies');
    expect(closure.sources[denial.source]!.attribution?.text).toMatch(/Kestrin Foreign Ministry/);
  });

  it('joins the march reported on different days and shows both dates as a disagreement', async () => {
    const { dataset } = await compileFolder(STORY);
    const march = eventsAsTold(dataset).find((e) => e.sources.some((s) => s.quote.startsWith('Thousands of people marched')))!;
    expect(march.sources.map((s) => s.articleId)).toContain('204_analysis_old_road');
    expect(march.date.start).toBe('2023-03-07'); // two of three sources say Tuesday the 7th
    const dates = march.disagreements?.find((d) => d.kind === 'date');
    expect(dates?.versions.map((v) => v.says)).toEqual(expect.arrayContaining(['on Tuesday', 'on Wednesday']));
  });

  it('keeps distinct happenings apart: two meetings in one week, the same road closed in another year', async () => {
    const { dataset } = await compileFolder(STORY);
    const geneva = eventsAsTold(dataset).find((e) => e.sources.some((s) => s.quote.includes('met in Geneva')))!;
    const vienna = eventsAsTold(dataset).find((e) => e.sources.some((s) => s.quote.includes('met in Vienna')))!;
    expect(geneva.id).not.toBe(vienna.id);
    expect(vienna.sources).toHaveLength(1);
    const closures2021 = eventsAsTold(dataset).filter((e) => e.date.start.startsWith('2021'));
    expect(closures2021).toHaveLength(1);
    expect(closures2021[0]!.sources).toHaveLength(2);
  });

  it('never merges two events of one article, and leaves every single-article folder exactly as compiled', async () => {
    for (const dir of ['seeds', 'tests/fixtures/corpus']) {
      const { compilations } = await compileFolder(path.resolve(dir));
      for (const c of compilations) {
        expect(mergeAcrossArticles(c.events).events).toEqual(c.events);
      }
    }
  });

  it('gives the seed alone the same events as before merging existed', async () => {
    const { dataset, compilations } = await compileFolder(path.resolve('seeds'));
    expect(compilations).toHaveLength(1);
    expect(JSON.stringify(dataset.events.map((e) => e.id).sort())).toBe(JSON.stringify(compilations[0]!.events.map((e) => e.id).sort()));
    expect(dataset.events.every((e) => e.merge === undefined && e.disagreements === undefined && e.sources.every((s) => s.date === undefined))).toBe(true);
    expect(dataset.merged).toBeUndefined();
  });
});

describe('merges.json overrides', () => {
  function storyCopy(overrides: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'merge-overrides-'));
    cpSync(STORY, dir, { recursive: true });
    writeFileSync(path.join(dir, 'merges.json'), overrides);
    return dir;
  }

  it('splits an event out and joins two the rule kept apart', async () => {
    const { dataset: before } = await compileFolder(STORY);
    const closure = eventsAsTold(before).find((e) => e.sources.some((s) => s.quote.startsWith('Kestrin closed the Orlo corridor to Halvorian trucks')))!;
    const denialId = closure.sources.find((s) => s.articleId === '202_kestrin_denies')!.eventId!;
    const vienna = eventsAsTold(before).find((e) => e.sources.some((s) => s.quote.includes('met in Vienna')))!;
    const geneva = eventsAsTold(before).find((e) => e.sources.some((s) => s.quote.includes('met in Geneva')))!;
    const genevaId = geneva.sources.find((s) => s.articleId === '205_geneva_talks_brief')!.eventId!;
    const dir = storyCopy(JSON.stringify({ split: [denialId], join: [[vienna.id, genevaId]] }, null, 2));
    const { dataset } = await compileFolder(dir);
    const denial = eventsAsTold(dataset).find((e) => e.id === denialId)!;
    expect(denial.sources).toHaveLength(1);
    const joined = eventsAsTold(dataset).find((e) => e.sources.some((s) => s.eventId === vienna.id))!;
    expect(joined.sources.map((s) => s.eventId)).toEqual(expect.arrayContaining([vienna.id, genevaId]));
    expect(joined.merge?.links.some((l) => l.by === 'override')).toBe(true);
    expect(joined.merge?.explanation).toMatch(/merges\.json/);
  });

  it('names the file and line of a bad entry and still compiles every article', async () => {
    const dir = storyCopy('{\n  "split": [\n    "no-such-event"\n  ],\n  "join": [\n    ["a"]\n  ]\n}\n');
    const { dataset } = await compileFolder(dir);
    expect(dataset.articles).toHaveLength(8);
    const problem = dataset.diagnostics.find((d) => d.file === 'merges.json')!;
    expect(problem.line).toBe(6);
    expect(problem.message).toMatch(/join\.0/);

    const unknown = storyCopy('{\n  "split": [\n    "no-such-event"\n  ]\n}\n');
    const second = await compileFolder(unknown);
    expect(second.dataset.diagnostics).toContainEqual(expect.objectContaining({ file: 'merges.json', line: 3, message: expect.stringContaining('no-such-event') }));
  });

  it('reports broken JSON with its line', async () => {
    const dir = storyCopy('{\n  "split": [\n    "x",\n  ]\n}\n');
    const { dataset } = await compileFolder(dir);
    expect(dataset.diagnostics).toContainEqual(expect.objectContaining({ file: 'merges.json', line: 4 }));
    expect(eventsAsTold(dataset).some((e) => e.merge)).toBe(true);
  });
});

describe('merge features', () => {
  it('reads negation', () => {
    expect(isNegated('Kestrin has not closed the Orlo corridor')).toBe(true);
    expect(isNegated("the road hadn't been closed")).toBe(true);
    expect(isNegated('Kestrin closed the corridor')).toBe(false);
  });

  it('rules out dates that cannot be the same happening and weighs shared days above shared years', () => {
    const d = (start: string, end: string, precision: 'day' | 'year') => ({ start, end, precision, text: '' });
    expect(dateCompatibility(d('2021-01-01', '2021-12-31', 'year'), d('2023-01-01', '2023-12-31', 'year'))).toBeNull();
    expect(dateCompatibility(d('2023-03-06', '2023-03-06', 'day'), d('2023-03-20', '2023-03-20', 'day'))).toBeNull();
    expect(dateCompatibility(d('2023-03-06', '2023-03-06', 'day'), d('2023-03-06', '2023-03-06', 'day'))!).toBeGreaterThan(
      dateCompatibility(d('2023-01-01', '2023-12-31', 'year'), d('2023-01-01', '2023-12-31', 'year'))!,
    );
  });
});
