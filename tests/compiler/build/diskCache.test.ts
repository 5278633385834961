// The compile cache on disk, as `npm run build` and `npm run compile` use it:
// nothing changed gives the stored output without compiling; an edited
// article is compiled again and the others are read back; another compiler
// version finds nothing; and whatever the cache holds, the output is byte for
// byte what a compile without it gives.
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileToFiles } from '../../../src/compiler/build/compileToFiles';
import { compilerVersion } from '../../../src/compiler/build/compilerVersion';
import { openDiskCache, type DiskCache } from '../../../src/compiler/build/diskCache';
import { compileFolder, outputFiles } from '../../../src/compiler/build/readSeeds';
import { summaryOf } from '../../../src/compiler/build/report';

let work: string;
let seeds: string;
let cacheDir: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'disk-cache-'));
  seeds = path.join(work, 'seeds');
  cacheDir = path.join(work, 'cache');
  await cp(path.resolve('tests/fixtures/story'), seeds, { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const asText = (files: Map<string, string | Uint8Array>) =>
  new Map([...files].map(([rel, body]) => [rel, typeof body === 'string' ? body : Buffer.from(body).toString('utf8')]));

/** compileFolder with a disk cache stores no folder's output (compileToFiles does), so it always compiles. */
async function compiledWith(diskCache: DiskCache) {
  const result = await compileFolder(seeds, { diskCache });
  if ('reused' in result) throw new Error('compileFolder gave back a stored output it never stored');
  return result;
}

async function fresh() {
  return outputFiles((await compileFolder(seeds)).dataset);
}

const articleCount = async () => (await readdir(seeds)).filter((n) => /\.(md|txt)$/.test(n)).length;

describe('the compile cache on disk', () => {
  it('gives the stored output when nothing changed, and compiles only an edited article again', async () => {
    const n = await articleCount();
    const first = await compileToFiles(seeds, { cacheDir });
    expect(first).toMatchObject({ reused: false, fromCache: 0 });
    expect(asText(first.files)).toEqual(await fresh());

    const again = await compileToFiles(seeds, { cacheDir });
    expect(again).toMatchObject({ reused: true, fromCache: n });
    expect(asText(again.files)).toEqual(await fresh());
    // The stored summary, not the data set read back, tells the shells what to print.
    expect(again.dataset).toBeUndefined();
    expect(again.summary).toEqual(summaryOf(first.dataset!));

    const edited = (await readdir(seeds)).find((name) => name.endsWith('.md'))!;
    await appendFile(path.join(seeds, edited), '\nThe harbour authority said on March 9 that the quay would reopen on March 20, 2023.\n');
    const changed = await compileToFiles(seeds, { cacheDir });
    expect(changed).toMatchObject({ reused: false, fromCache: n - 1 });
    const expected = await fresh();
    expect(asText(changed.files)).toEqual(expected);
    expect(expected.get('timeline.json')).toContain('the quay would reopen on March 20');
  }, 60_000);

  it('reads back what the worker threads stored, for a folder it has not seen whole', async () => {
    const n = await articleCount();
    await compileToFiles(seeds, { cacheDir, workers: 2 });
    // One more article: the folder's stored result no longer fits, but every other article's entry does.
    await writeFile(path.join(seeds, 'zz_new.md'), '---\ntitle: Ferry\npublished: 2023-03-10\n---\nFerry resumes\n\nThe ferry to Orvika resumed on Thursday, the operator said.\n');
    const next = await compileToFiles(seeds, { cacheDir, workers: 2 });
    expect(next).toMatchObject({ reused: false, fromCache: n });
    expect(asText(next.files)).toEqual(await fresh());
  }, 60_000);

  it("takes an edited article's events from its new text, not from the entry the threads stored, and merges them anew", async () => {
    const n = await articleCount();
    /** The members of the merged event that holds an event of which `member` says true. */
    const groupOf = (files: Map<string, string | Uint8Array>, member: (id: string) => boolean) => {
      const dataset = JSON.parse(asText(files).get('timeline.json')!) as { merged?: Array<{ members: string[] }> };
      return dataset.merged?.find((m) => m.members.some(member))?.members ?? [];
    };
    // Compiled on the worker threads, which write each article's entry themselves.
    const first = await compileToFiles(seeds, { cacheDir, workers: 2 });
    const closure = groupOf(first.files, (id) => id.startsWith('201-'));
    const other = closure.find((id) => id.startsWith('203-'));
    expect(other).toBeDefined();

    // The brief now tells of something else that day: its event can no longer join the closure's.
    const brief = path.join(seeds, '201_corridor_closed_brief.md');
    const text = await readFile(brief, 'utf8');
    const told = 'Kestrin closed the Orlo corridor to Halvorian trucks on Monday';
    expect(text).toContain(told);
    await writeFile(brief, text.replace(told, 'A bakery in Selmar won a regional baking prize on Monday'));
    const edited = await compileToFiles(seeds, { cacheDir, workers: 2 });
    expect(edited).toMatchObject({ reused: false, fromCache: n - 1 });
    expect(asText(edited.files)).toEqual(await fresh());
    const after = groupOf(edited.files, (id) => id === other);
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(after.some((id) => id.startsWith('201-'))).toBe(false);
    expect(asText(edited.files).get('timeline.json')).toContain('won a regional baking prize');
  }, 60_000);

  it('recompiles an article whose sidecar changed, or all of them when actors.json changed', async () => {
    // An article without front matter, so its sidecar gives its source.
    await writeFile(path.join(seeds, 'zz_ferry.txt'), 'Ferry resumes\n\nThe ferry to Orvika resumed on Thursday, the operator said.\n');
    const sidecar = path.join(seeds, 'zz_ferry.meta.json');
    await writeFile(sidecar, JSON.stringify({ published: '2023-03-10', source: 'Harbour Weekly' }));
    const n = await articleCount();
    await compileToFiles(seeds, { cacheDir });
    await writeFile(sidecar, JSON.stringify({ published: '2023-03-10', source: 'Harbour Daily' }));
    const changed = await compileToFiles(seeds, { cacheDir });
    expect(changed.fromCache).toBe(n - 1);
    expect(asText(changed.files)).toEqual(await fresh());
    expect(asText(changed.files).get('index.json')).toContain('Harbour Daily');
    await writeFile(path.join(seeds, 'actors.json'), JSON.stringify({ aliases: { 'harbour-board': ['the harbour board'] } }));
    const all = await compileToFiles(seeds, { cacheDir });
    expect(all).toMatchObject({ reused: false, fromCache: 0 });
    expect(asText(all.files)).toEqual(await fresh());
  }, 60_000);

  it('finds nothing stored by another compiler version, and removes what it left', async () => {
    const old = await openDiskCache(cacheDir, 'an-older-compiler');
    const n = await articleCount();
    const { dataset } = await compiledWith(old);
    expect(dataset.articles).toHaveLength(n);
    const stored = await compileFolder(seeds, { diskCache: old });
    expect(stored.fromCache).toBe(n);

    const current = await compileToFiles(seeds, { cacheDir });
    expect(current).toMatchObject({ reused: false, fromCache: 0 });
    expect(await readdir(cacheDir)).toEqual([await compilerVersion()]);
  }, 60_000);

  it('takes an entry that cannot be read for absent and compiles the article again', async () => {
    const n = await articleCount();
    const cache = await openDiskCache(cacheDir);
    await compileFolder(seeds, { diskCache: cache });
    const entries = await readdir(cache.articlesDir);
    expect(entries).toHaveLength(n);
    await writeFile(path.join(cache.articlesDir, entries[0]!), 'not what was stored');
    const again = await compiledWith(cache);
    expect(again.fromCache).toBe(n - 1);
    expect(outputFiles(again.dataset)).toEqual(await fresh());
  }, 60_000);
});

describe('the compiler version', () => {
  it('changes when a source file of the compiler changes, and comes back when it is restored', async () => {
    const root = path.join(work, 'project');
    for (const dir of ['src/compiler', 'src/model']) await cp(path.resolve(dir), path.join(root, dir), { recursive: true });
    await mkdir(root, { recursive: true });
    for (const file of ['package.json', 'package-lock.json']) await cp(path.resolve(file), path.join(root, file));
    const before = await compilerVersion(root);
    expect(before).toBe(await compilerVersion(root));
    const lexicon = path.join(root, 'src/compiler/text/lexicon.ts');
    const original = await readFile(lexicon, 'utf8');
    await writeFile(lexicon, `${original}\n// one more line\n`);
    expect(await compilerVersion(root)).not.toBe(before);
    await writeFile(lexicon, original);
    expect(await compilerVersion(root)).toBe(before);
  });
});
