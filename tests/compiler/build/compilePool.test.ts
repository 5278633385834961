// The compile on every core: the per-article work on worker threads must give
// byte for byte what one thread gives, on the fixture folders and on a
// generated corpus large enough that the pool starts on its own.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../../bench/corpus';
import { compileFolder, outputFiles } from '../../../src/compiler/build/readSeeds';
import { compileInPool, defaultWorkers, POOL_THRESHOLD, startPool, stopPool, type StartedPool } from '../../../src/compiler/build/compilePool';
import { compileOne } from '../../../src/compiler/build/compileWorker';
import type Tinypool from 'tinypool';
import { DATA_FILES } from '../../../src/model/schema';

async function filesOf(dir: string, workers?: number) {
  const seen: string[] = [];
  const { dataset, threads } = await compileFolder(dir, { workers, onArticle: (_done, _total, c) => seen.push(c.article.file) });
  return { files: outputFiles(dataset), seen, threads };
}

describe('the compile pool', () => {
  for (const folder of ['tests/fixtures/corpus', 'tests/fixtures/story', 'tests/fixtures/heldout']) {
    it(`gives byte for byte what one thread gives on ${folder}, article lines in the files' order`, async () => {
      const one = await filesOf(path.resolve(folder), 1);
      const pooled = await filesOf(path.resolve(folder), 2);
      expect([one.threads, pooled.threads]).toEqual([1, 2]);
      expect([...pooled.files.keys()]).toEqual([...one.files.keys()]);
      for (const [rel, body] of one.files) expect(pooled.files.get(rel), rel).toBe(body);
      expect(pooled.seen).toEqual(one.seen);
      expect(one.seen).toEqual([...one.seen].sort());
    }, 60_000);
  }

  it('starts by itself over a folder of many articles and still gives what one thread gives', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pool-'));
    try {
      const files = generateCorpus(POOL_THRESHOLD + 12, 5);
      for (const file of files) await writeFile(path.join(dir, file.name), file.text);
      const one = await filesOf(dir, 1);
      const auto = await filesOf(dir);
      expect(auto.seen).toHaveLength(POOL_THRESHOLD + 12);
      expect(auto.threads).toBe(defaultWorkers());
      for (const [rel, body] of one.files) expect(auto.files.get(rel), rel).toBe(body);
      expect(auto.files.size).toBe(one.files.size);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
  // `npm run compile` starts its pool ahead and stops it once the articles are compiled, before the corpus pass.
  it('tells when the articles are compiled, so a pool started ahead can be stopped before the corpus pass', async () => {
    const folder = path.resolve('tests/fixtures/story');
    const one = await filesOf(folder, 1);
    const pool = startPool(2);
    let stopping: Promise<void> | undefined;
    const seen: string[] = [];
    let seenWhenCompiled = -1;
    try {
      const { dataset, threads } = await compileFolder(folder, {
        workers: 2,
        pool,
        onArticle: (_done, _total, c) => seen.push(c.article.file),
        onCompiled: () => {
          seenWhenCompiled = seen.length;
          stopping = stopPool(pool);
        },
      });
      expect(threads).toBe(2);
      expect(seenWhenCompiled).toBe(one.seen.length);
      expect(stopping).toBeDefined();
      const files = outputFiles(dataset);
      expect([...files.keys()]).toEqual([...one.files.keys()]);
      for (const [rel, body] of one.files) expect(files.get(rel), rel).toBe(body);
    } finally {
      await (stopping ?? stopPool(pool));
    }
  }, 60_000);

  // The workers' bundle keeps the patterns' Unicode classes (\p{Lu}, \p{L}) as written rather than rebuilding each
  // pattern at every call; names that start with a capital beyond ASCII are read only by those classes.
  it('reads names with capitals beyond ASCII on worker threads as on one thread', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pool-unicode-'));
    try {
      await writeFile(path.join(dir, 'ferry-strike.md'), [
        '---', 'title: Ferry strike ends in Østrelund after nine days', 'published: 2021-03-08', '---',
        'Élodie Marsk, the mayor of Østrelund, said on Monday that the ferry strike had ended after nine days.', '',
        'The ÖKV union voted on March 5, 2021 to accept a pay offer from the operators, according to Ýrsa Lind, its chairwoman.', '',
        'Łucja Brenn, who led the talks for the port authority, met the operators on Friday.', '',
      ].join('\n'));
      await writeFile(path.join(dir, 'ferry-fares.md'), [
        '---', 'title: Østrelund ferries raise fares', 'published: 2021-04-02', '---',
        'The Ærø Line said on Thursday that fares between Østrelund and Kalvø would rise by 6 percent from May 1.', '',
        'Élodie Marsk, the mayor, criticised the rise in a statement on Friday.', '',
      ].join('\n'));
      const one = await filesOf(dir, 1);
      const pooled = await filesOf(dir, 2);
      expect([one.threads, pooled.threads]).toEqual([1, 2]);
      expect([...pooled.files.keys()]).toEqual([...one.files.keys()]);
      for (const [rel, body] of one.files) expect(pooled.files.get(rel), rel).toBe(body);
      const actors = (JSON.parse(pooled.files.get(DATA_FILES.dataset)!) as { actors: Array<{ name: string }> }).actors.map((a) => a.name);
      expect(actors).toEqual(expect.arrayContaining(['Élodie Marsk', 'Ýrsa Lind']));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a thread that dies', () => {
  it('takes no article down: its batch is compiled on this thread, by the compile the caller gives', async () => {
    // Threads that die on every batch (out of memory, a crash in the engine), in a pool as startPool gives one.
    const dying = { run: () => Promise.reject(new Error('thread died')), destroy: async () => {} } as unknown as Tinypool;
    const pool: StartedPool = { workers: 2, pool: Promise.resolve(dying) };
    const inputs = generateCorpus(6, 3)
      .filter((file) => file.name.endsWith('.md'))
      .map((file) => ({ id: file.name.replace(/\.md$/, ''), file: file.name, raw: file.text }));
    const here: string[] = [];
    const outcomes = await compileInPool(inputs, undefined, 2, {
      pool,
      compileHere: (input, overrides) => {
        here.push(input.file);
        return compileOne(input, overrides);
      },
    });
    expect(here.sort()).toEqual(inputs.map((input) => input.file).sort());
    expect(outcomes.map((outcome) => ('compilation' in outcome ? outcome.compilation.article.id : outcome.error))).toEqual(inputs.map((input) => input.id));
    expect(outcomes.every((outcome) => 'compilation' in outcome && outcome.compilation.events.length > 0)).toBe(true);
  });
});

describe('the output files', () => {
  it('refuse a data set the schema refuses, naming the field, however it is broken', async () => {
    const { dataset } = await compileFolder(path.resolve('tests/fixtures/story'));
    const breaks: Array<(d: typeof dataset) => void> = [
      (d) => void (d.events[0]!.date.precision = 'week' as never),
      (d) => void (d.events[0]!.dateReason = undefined as never),
      (d) => void (d.events[1]!.sources[0]!.quote = 7 as never),
      (d) => void (d.articles[0]!.text = null as never),
      (d) => void (d.merged![0]!.members = ['only-one']),
      (d) => void (d.actors[0]!.kind = 'planet' as never),
    ];
    expect(() => outputFiles(dataset)).not.toThrow();
    for (const breakIt of breaks) {
      const broken = structuredClone(dataset);
      breakIt(broken);
      expect(() => outputFiles(broken)).toThrow(/expected|Invalid|too small|at least/i);
    }
  });
});
