// The dev server's recompile on real files: a folder compiled once with a
// cache, then changed (an article edited, a sidecar edited, an article added
// and one removed) and compiled again with that cache, must give byte for byte
// what a fresh compile of the changed folder gives, and must not compile the
// articles that did not change again.
import { appendFile, cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileFolder, createCompileCache, outputFiles, outputParts, type CompileCache } from '../../../src/compiler/build/readSeeds';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'incremental-'));
  await cp(path.resolve('tests/fixtures/story'), dir, { recursive: true });
  await cp(path.resolve('tests/fixtures/corpus/102_lakeside_truce.txt'), path.join(dir, '102_lakeside_truce.txt'));
  await cp(path.resolve('tests/fixtures/corpus/102_lakeside_truce.meta.json'), path.join(dir, '102_lakeside_truce.meta.json'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The output of a compile with the cache, as the dev server keeps it (pieces joined) and as files. */
async function recompile(cache: CompileCache) {
  const result = await compileFolder(dir, { cache });
  const parts = outputParts(result.dataset, cache.output);
  const files = outputFiles(result.dataset, cache.output);
  expect(new Map([...parts].map(([rel, p]) => [rel, p.join('')]))).toEqual(files);
  return { ...result, files };
}

async function fresh() {
  return outputFiles((await compileFolder(dir)).dataset);
}

describe('recompiling a folder with the cache', () => {
  it('gives what a fresh compile gives after an article is edited, and compiles only that article again', async () => {
    const cache = createCompileCache();
    const before = await recompile(cache);
    expect(before.files).toEqual(await fresh());
    const edited = path.join(dir, '203_courier_protest.md');
    await appendFile(edited, '\nCourier unions in Selmar said on March 9 that they would hold a second march on March 14, 2023.\n');
    const after = await recompile(cache);
    expect(after.files).toEqual(await fresh());
    expect(after.files.get('timeline.json')).not.toBe(before.files.get('timeline.json'));
    expect(after.files.get('timeline.json')).toContain('a second march on March 14');
    // The other articles' compilations are the ones of the first compile.
    const firstBy = new Map(before.compilations.map((c) => [c.article.id, c]));
    for (const c of after.compilations) {
      if (c.article.id === '203_courier_protest') expect(c).not.toBe(firstBy.get(c.article.id));
      else expect(c).toBe(firstBy.get(c.article.id));
    }
  });

  it('keeps the actors of the last compile after an edit that names only actors already known, and follows one that names a new actor', async () => {
    const cache = createCompileCache();
    const before = await recompile(cache);
    const edited = path.join(dir, '203_courier_protest.md');
    // Halvoria is named by other articles of the folder: the corpus's actors come out as they were.
    await appendFile(edited, '\nCourier unions said on March 9 that Halvoria would hear their case on March 16, 2023.\n');
    const known = await recompile(cache);
    expect(known.files).toEqual(await fresh());
    expect(known.dataset.actors).toBe(before.dataset.actors);
    // A person no article named before is a new actor of the corpus.
    await appendFile(edited, '\nUnion leader Mira Solvik said on March 10, 2023 that the couriers would march again.\n');
    const added = await recompile(cache);
    expect(added.files).toEqual(await fresh());
    expect(added.dataset.actors).not.toBe(before.dataset.actors);
    expect(added.dataset.actors.map((a) => a.name)).toContain('Mira Solvik');
  });

  it('gives what a fresh compile gives after a sidecar is edited, an article added and one removed', async () => {
    const cache = createCompileCache();
    await recompile(cache);
    await writeFile(path.join(dir, '102_lakeside_truce.meta.json'), JSON.stringify({ published: '2021-05-02', title: 'Truce holds at the lake' }));
    let after = await recompile(cache);
    expect(after.files).toEqual(await fresh());
    expect(after.dataset.articles.find((a) => a.id === '102_lakeside_truce')!.title).toBe('Truce holds at the lake');

    await rm(path.join(dir, '205_geneva_talks_brief.md'));
    await writeFile(path.join(dir, '207_port_reopens.md'), '---\npublished: 2023-03-20\n---\nThe port of Selmar reopened to Halvorian trucks on Monday, the harbour authority said.\n');
    after = await recompile(cache);
    expect(after.files).toEqual(await fresh());
    expect(after.dataset.articles.map((a) => a.id)).toContain('207_port_reopens');
    expect(after.dataset.articles.map((a) => a.id)).not.toContain('205_geneva_talks_brief');
    expect(after.files.has('articles/205_geneva_talks_brief.json')).toBe(false);
  });

  it('compiles every article again when actors.json changes, and still gives what a fresh compile gives', async () => {
    const cache = createCompileCache();
    const before = await recompile(cache);
    await writeFile(path.join(dir, 'actors.json'), JSON.stringify({ aliases: { Halvoria: ['Halvor City'] } }));
    const after = await recompile(cache);
    expect(after.files).toEqual(await fresh());
    const firstBy = new Map(before.compilations.map((c) => [c.article.id, c]));
    for (const c of after.compilations) expect(c).not.toBe(firstBy.get(c.article.id));
  });

  it('gives what a fresh compile gives after each of a run of edits, additions, a rename, a removal and a text put back', async () => {
    const cache = createCompileCache();
    await recompile(cache);
    const edited = path.join(dir, '203_courier_protest.md');
    const original = await readFile(edited, 'utf8');
    const steps: Array<() => Promise<unknown>> = [
      () => appendFile(edited, '\nCourier unions in Selmar said on March 9, 2023 that Halvoria would hear their case.\n'),
      () => writeFile(path.join(dir, '208_selmar_depot.md'), '---\npublished: 2023-03-21\n---\nCourier unions in Selmar closed the Halvorian depot on March 14, 2023, the harbour authority said.\n'),
      () => rename(path.join(dir, '208_selmar_depot.md'), path.join(dir, '209_selmar_depot.md')),
      () => rm(path.join(dir, '102_lakeside_truce.txt')),
      () => writeFile(edited, original),
      () => appendFile(path.join(dir, '209_selmar_depot.md'), '\nThe depot reopened on March 20, 2023.\n'),
    ];
    let last = '';
    for (const step of steps) {
      await step();
      const after = await recompile(cache);
      expect(after.files).toEqual(await fresh());
      // Each step changes the data set.
      expect(after.files.get('timeline.json')).not.toBe(last);
      last = after.files.get('timeline.json')!;
    }
    expect(JSON.parse(last).articles.map((a: { id: string }) => a.id)).toContain('209_selmar_depot');
  });
});
