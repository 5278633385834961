// The same seeds give byte-identical output whatever the time zone or the
// order the files were written in: the CLI runs as a real process here.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, copyFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
// As npm run compile runs it: the launcher and the CLI's bundle.
const LAUNCH = [path.resolve('src/compiler/build/launchCli.mjs'), 'cli'];
const CORPUS = path.resolve('tests/fixtures/corpus');

async function compileWith(seeds: string, out: string, tz: string): Promise<Map<string, string>> {
  await run(process.execPath, [...LAUNCH, '--seeds', seeds, '--out', out, '--quiet'], { env: { ...process.env, TZ: tz } });
  const files = new Map<string, string>();
  for (const name of ['timeline.json', 'index.json']) files.set(name, await readFile(path.join(out, name), 'utf8'));
  return files;
}

describe('compile output', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'repro-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('is byte-identical across time zones and file creation order', async () => {
    const names = (await readdir(CORPUS)).sort();
    const forward = path.join(work, 'forward');
    const backward = path.join(work, 'backward');
    await run('mkdir', ['-p', forward, backward]);
    for (const n of names) await copyFile(path.join(CORPUS, n), path.join(forward, n));
    for (const n of [...names].reverse()) await writeFile(path.join(backward, n), await readFile(path.join(CORPUS, n)));

    const a = await compileWith(forward, path.join(work, 'out-a'), 'UTC');
    const b = await compileWith(backward, path.join(work, 'out-b'), 'Pacific/Kiritimati');
    const c = await compileWith(forward, path.join(work, 'out-c'), 'America/Los_Angeles');
    expect(JSON.parse(a.get('timeline.json')!).events.length).toBeGreaterThan(50);
    expect(b.get('timeline.json')).toBe(a.get('timeline.json'));
    expect(c.get('timeline.json')).toBe(a.get('timeline.json'));
    expect(b.get('index.json')).toBe(a.get('index.json'));
  }, 60_000);
});
