// The compile command as a user runs it: a real process over temporary
// folders, checked by its exit status, what it prints and what it writes.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { datasetSchema } from '../../../src/model/schema';

// As npm run compile runs it: the launcher and the CLI's bundle.
const LAUNCH = [path.resolve('src/compiler/build/launchCli.mjs'), 'cli'];

const GOOD = '---\ntitle: Flood\npublished: 2024-04-18\n---\nFlood in Valdora\n\nThe river rose on Tuesday.\n';

interface Run { code: number; stdout: string; stderr: string }

/** Runs the CLI with a cache of the test's own, so no compile finds another test's output. */
function cli(args: string[]): Promise<Run> {
  const cache = args.includes('--no-cache') ? [] : ['--cache-dir', path.join(work, 'cache')];
  return new Promise((resolve) => {
    execFile(process.execPath, [...LAUNCH, ...args, ...cache], { env: { ...process.env, TZ: 'UTC' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cli-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function seeds(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = path.join(work, 'seeds');
  await mkdir(dir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) await writeFile(path.join(dir, name), contents);
  return dir;
}

async function written(out: string) {
  return datasetSchema.parse(JSON.parse(await readFile(path.join(out, 'timeline.json'), 'utf8')));
}

describe('npm run compile', () => {
  it('exits 0 and writes the data when every file is fine', async () => {
    const out = path.join(work, 'out');
    const run = await cli(['--seeds', await seeds({ 'flood.md': GOOD }), '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/flood\.md: 1 events/);
    expect((await written(out)).events.map((e) => e.date.start)).toEqual(['2024-04-16']);
  }, 30_000);

  it('exits 1 when a file has an error, names it, and still writes the good articles', async () => {
    const out = path.join(work, 'out');
    const run = await cli(['--seeds', await seeds({ 'flood.md': GOOD, 'photo.txt': Uint8Array.from([0x89, 0x50, 0, 0]) }), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: photo\.txt: .*binary/m);
    expect((await written(out)).articles.map((a) => a.id)).toEqual(['flood']);
  }, 30_000);

  it('exits 0 on warnings, and 1 with --strict, writing the data either way', async () => {
    const dir = await seeds({ 'flood.md': GOOD, 'sloppy.md': '---\nnot a pair\npublished: 2024-04-18\n---\nIt rained on Tuesday.\n' });
    const lax = await cli(['--seeds', dir, '--out', path.join(work, 'lax')]);
    expect(lax.code).toBe(0);
    expect(lax.stderr).toMatch(/^warning: sloppy\.md:2: front matter line is not "key: value"/m);
    const strict = await cli(['--seeds', dir, '--out', path.join(work, 'strict'), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict: 1 warning\(s\) fail the build/);
    expect((await written(path.join(work, 'strict'))).articles).toHaveLength(2);
  }, 30_000);

  it('warns about a publication date after today without putting it in the data', async () => {
    const out = path.join(work, 'out');
    const run = await cli(['--seeds', await seeds({ 'flood.md': GOOD.replace('2024-04-18', '2999-04-18') }), '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^warning: flood\.md: published 2999-04-18 .* is after today/m);
    expect((await written(out)).diagnostics).toEqual([]);
    expect((await cli(['--seeds', path.join(work, 'seeds'), '--out', out, '--strict'])).code).toBe(1);
  }, 30_000);

  it('exits 2 for a seeds folder that does not exist, an unknown option or an output folder it cannot write', async () => {
    const missing = await cli(['--seeds', path.join(work, 'nope'), '--out', path.join(work, 'out')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the seeds folder .*nope: ENOENT/);
    const unknown = await cli(['--seed', 'seeds']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --seed\nusage:/);
    const blocker = path.join(work, 'file');
    await writeFile(blocker, 'not a folder');
    const unwritable = await cli(['--seeds', await seeds({ 'flood.md': GOOD }), '--out', blocker]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/^error: cannot write the output folder .*file: (ENOTDIR|EEXIST)/m);
  }, 30_000);
});

describe('npm run compile with its cache', () => {
  it('says what it took from the cache, and writes the same files', async () => {
    const dir = await seeds({ 'flood.md': GOOD, 'storm.md': GOOD.replace('Flood', 'Storm').replace('river rose', 'storm hit') });
    const first = await cli(['--seeds', dir, '--out', path.join(work, 'a')]);
    expect(first.stdout).not.toMatch(/from the cache/);
    const second = await cli(['--seeds', dir, '--out', path.join(work, 'b')]);
    expect(second.stdout).toMatch(/nothing changed since a compile stored in the cache/);
    expect(second.stdout).toMatch(/2 unchanged article\(s\) taken from the cache/);
    await writeFile(path.join(dir, 'storm.md'), GOOD.replace('Flood', 'Gale').replace('river rose', 'gale blew'));
    const third = await cli(['--seeds', dir, '--out', path.join(work, 'c')]);
    expect(third.stdout).toMatch(/storm\.md: 1 events/);
    expect(third.stdout).toMatch(/1 unchanged article\(s\) taken from the cache/);
    for (const out of ['a', 'b']) expect(await readFile(path.join(work, out, 'timeline.json'), 'utf8')).toBe(await readFile(path.join(work, 'a', 'timeline.json'), 'utf8'));
    expect(await readFile(path.join(work, 'c', 'timeline.json'), 'utf8')).toContain('Gale');
    const fresh = await cli(['--seeds', dir, '--out', path.join(work, 'd'), '--no-cache']);
    expect(fresh.stdout).not.toMatch(/from the cache/);
    expect(await readFile(path.join(work, 'd', 'timeline.json'), 'utf8')).toBe(await readFile(path.join(work, 'c', 'timeline.json'), 'utf8'));
  }, 60_000);
});

describe('the progress line of a long compile', () => {
  /** Runs the CLI under a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
  function onTerminal(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
    const command = [process.execPath, ...LAUNCH, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return new Promise((resolve) => {
      execFile('script', ['-qec', command, '/dev/null'], { env: { ...env, TZ: 'UTC' } }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
      });
    });
  }

  const many = () => Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`flood-${String(i).padStart(2, '0')}.md`, GOOD]));
  const { CI: _ci, ...notCi } = process.env;

  it.skipIf(!existsSync('/usr/bin/script'))('is drawn on a terminal, and taken off before the summary', async () => {
    const run = await onTerminal(['--seeds', await seeds(many()), '--out', path.join(work, 'out'), '--no-cache'], notCi);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('compiling 24/24 articles…');
    // Each drawing starts by erasing the line; the summary comes after the last erase.
    const erase = '\x1b[K';
    expect(run.stdout.slice(run.stdout.lastIndexOf(erase) + erase.length).trimStart()).toMatch(/^compiled 24 article/);
  }, 60_000);

  it.skipIf(!existsSync('/usr/bin/script'))('is not drawn in a CI log, even on a terminal', async () => {
    const run = await onTerminal(['--seeds', await seeds(many()), '--out', path.join(work, 'out'), '--no-cache'], { ...notCi, CI: 'true' });
    expect(run.stdout).toContain('flood-23.md: 1 events');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('compiled 24 article');
    expect(run.stdout).not.toContain('compiling');
  }, 60_000);

  it('is not drawn when the output goes to a pipe', async () => {
    const run = await cli(['--seeds', await seeds(many()), '--out', path.join(work, 'out'), '--no-cache']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('flood-23.md: 1 events');
    expect(run.stdout + run.stderr).not.toContain('compiling');
  }, 60_000);
});
