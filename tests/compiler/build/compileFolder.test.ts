// The compiler shell over real files: a temporary seeds folder holding the real
// seed, its sidecar, and articles written for these tests.
import { mkdtemp, writeFile, copyFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileFolder, outputFiles, writeOutput } from '../../../src/compiler/build/readSeeds';
import { decodeIndex } from '../../../src/model/indexColumns';
import { DATA_FILES, datasetSchema, indexColumnsSchema, timelineIndexSchema } from '../../../src/model/schema';

const SEED = '000_30beba559cdab82b';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seeds-'));
  await copyFile(path.resolve('seeds', `${SEED}.txt`), path.join(dir, `${SEED}.txt`));
  await copyFile(path.resolve('seeds', `${SEED}.meta.json`), path.join(dir, `${SEED}.meta.json`));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FLOOD = `---
title: River bursts its banks in Valdora
source: https://example.org/valdora-flood
published: 2024-04-18
---
VALDORA - The Arlen river burst its banks on Tuesday after three days of rain, flooding the old town.

Mayor Ines Corbel said on Wednesday that the clean-up would begin on Monday.
`;

describe('compileFolder', () => {
  it('compiles every article of the folder with the fields the evaluation needs', async () => {
    await writeFile(path.join(dir, 'valdora-flood.md'), FLOOD);
    const { dataset } = await compileFolder(dir);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.articles.map((a) => [a.id, a.published, a.publishedBasis])).toEqual([
      [SEED, '2022-12-22', 'stated'],
      ['valdora-flood', '2024-04-18', 'stated'],
    ]);
    const flood = dataset.articles[1]!;
    expect(flood.title).toBe('River bursts its banks in Valdora');
    expect(flood.source).toBe('https://example.org/valdora-flood');
    for (const e of dataset.events) {
      for (const s of e.sources) {
        const text = dataset.articles.find((a) => a.id === s.articleId)!.text;
        expect(text.slice(s.start, s.end)).toBe(s.quote);
      }
      expect(e.date.start <= e.date.end).toBe(true);
    }
    const floodDays = dataset.events.filter((e) => e.sources[0]!.articleId === 'valdora-flood').map((e) => e.date.start);
    // Tuesday before a Thursday 18 April 2024 article; Monday after it.
    expect(floodDays).toEqual(expect.arrayContaining(['2024-04-16', '2024-04-17', '2024-04-22']));
  });

  it("dates the seed's four headline events from its own text", async () => {
    const { dataset } = await compileFolder(dir);
    const seen = dataset.events.map((e) => `${e.date.start}/${e.date.precision}`);
    expect(seen).toEqual(expect.arrayContaining(['1991-01-01/year', '2020-09-01/season', '2022-12-12/day', '2022-12-23/day']));
  });

  it('reports a bad file by name and still compiles the good ones', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '   \n\n');
    await writeFile(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    await writeFile(path.join(dir, `${SEED}.md`), 'Same id as the seed.\n');
    await writeFile(path.join(dir, '.DS_Store'), 'junk');
    await writeFile(path.join(dir, 'cover.jpg'), 'junk');
    const { dataset } = await compileFolder(dir);
    expect(dataset.articles.map((a) => a.id)).toEqual([SEED]);
    const messages = dataset.diagnostics.map((d) => `${d.level} ${d.file}: ${d.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^warning empty\.txt: .*empty/),
      expect.stringMatching(/^error photo\.txt: .*binary/),
      expect.stringMatching(new RegExp(`^error ${SEED}\\.(md|txt): same article id .* as ${SEED}\\.(md|txt)`)),
    ]));
    expect(messages.some((m) => m.includes('.DS_Store') || m.includes('cover.jpg'))).toBe(false);
  });

  it('skips a README or LICENSE beside the articles with an info line, not as an article', async () => {
    await writeFile(path.join(dir, 'README.md'), '# About these articles\n\nCollected on Dec. 12, 2022 for the Karabakh desk.\n');
    await writeFile(path.join(dir, 'LICENSE.txt'), 'Copyright 2023. All rights reserved.\n');
    await writeFile(path.join(dir, 'readme-roundup.md'), '---\npublished: 2023-01-05\n---\nRoundup\n\nThe talks resumed on Monday.\n');
    const { dataset } = await compileFolder(dir);
    expect(dataset.articles.map((a) => a.id)).toEqual(['000_30beba559cdab82b', 'readme-roundup']);
    expect(dataset.diagnostics).toEqual(expect.arrayContaining([
      expect.objectContaining({ level: 'info', file: 'README.md', message: expect.stringMatching(/not an article; skipped/) }),
      expect.objectContaining({ level: 'info', file: 'LICENSE.txt' }),
    ]));
  });

  it('names the line of a bad published date and infers one instead', async () => {
    await writeFile(path.join(dir, 'bad-date.md'), '---\ntitle: Budget vote\npublished: 2022-02-30\n---\nThe council voted on March 3, 2022.\n');
    const { dataset } = await compileFolder(dir);
    const article = dataset.articles.find((a) => a.id === 'bad-date')!;
    expect(article).toMatchObject({ published: '2022-03-03', publishedBasis: 'inferred' });
    expect(dataset.diagnostics).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'bad-date.md', line: 3, message: expect.stringContaining('not a real calendar day') }),
    ]));
  });

  it('writes the index without texts and one text file per article', async () => {
    const { dataset } = await compileFolder(dir);
    const out = path.join(dir, 'out');
    await writeOutput(out, outputFiles(dataset));
    const index = timelineIndexSchema.parse(decodeIndex(indexColumnsSchema.parse(JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')))));
    expect('text' in index.articles[0]!).toBe(false);
    const text = JSON.parse(await readFile(path.join(out, DATA_FILES.articleText(SEED)), 'utf8'));
    expect(text.text).toBe(await readFile(path.resolve('seeds', `${SEED}.txt`), 'utf8'));
    const full = datasetSchema.parse(JSON.parse(await readFile(path.join(out, 'timeline.json'), 'utf8')));
    expect(full.events.length).toBe(index.events.length);
  });

  it("honours the user's actors.json: an alias merges the extractor's own actor, kinds and membership apply", async () => {
    await writeFile(path.join(dir, 'harlow.md'), [
      '---', 'title: Harlow dock expansion approved', 'published: 2024-02-10', '---',
      'The Harlow Dock Company said on Friday that Mayor Ida Brandt had approved the expansion of the eastern quay.',
      '', 'In March, Harlow Docks will begin dredging the channel, Brandt said.', '',
    ].join('\n'));
    await writeFile(path.join(dir, 'actors.json'), JSON.stringify({
      aliases: { 'harlow-dock-company': ['Harlow Docks'] },
      memberOf: { 'ida-brandt': ['harlow-dock-company'] },
      kinds: { 'harlow-dock-company': 'group' },
    }));
    const { dataset } = await compileFolder(dir);
    const byId = new Map(dataset.actors.map((a) => [a.id, a]));
    expect(byId.get('harlow-dock-company')).toMatchObject({ kind: 'group', aliases: expect.arrayContaining(['Harlow Docks']) });
    expect(byId.get('ida-brandt')?.memberOf).toEqual(['harlow-dock-company']);
    expect(dataset.actors.some((a) => a.name === 'Harlow Docks')).toBe(false);
    const dredging = dataset.events.find((e) => e.date.start === '2024-03-01')!;
    expect(dredging.actors).toContain('harlow-dock-company');
  });

  it('reports a malformed actors.json by name and compiles without it', async () => {
    await writeFile(path.join(dir, 'actors.json'), '{ "aliases": [1, 2');
    const { dataset } = await compileFolder(dir);
    expect(dataset.articles).toHaveLength(1);
    expect(dataset.diagnostics).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'actors.json', level: 'warning', message: expect.stringContaining('not valid JSON') }),
    ]));
  });
});
