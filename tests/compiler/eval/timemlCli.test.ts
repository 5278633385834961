// The TimeML commands as a user runs them: real processes over temporary
// folders of TimeML documents written for this test.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseTimeml } from '../../../src/compiler/eval/timeml/timemlDocument';

const TSX = path.resolve('node_modules/.bin/tsx');
const TAG = path.resolve('src/compiler/eval/timemlCli.ts');
const SCORE = path.resolve('src/compiler/eval/evalTimemlCli.ts');

interface Run { code: number; stdout: string; stderr: string }

function run(cli: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [cli, ...args], { cwd, env: { ...process.env, TZ: 'UTC' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

const doc = (body: string, dct = '2014-06-12') => `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" functionInDocument="CREATION_TIME">${dct}</TIMEX3></DCT>
<TEXT>
${body}
</TEXT>
</TimeML>
`;

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'timeml-'));
  await mkdir(path.join(work, 'gold'));
  await writeFile(path.join(work, 'gold', 'a.tml'), doc('The Ferrow bridge <EVENT eid="e1">opened</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2014-06-10">Tuesday</TIMEX3>.'));
  await writeFile(path.join(work, 'gold', 'b.tml'), doc('Talks in Ostrava ended in <TIMEX3 tid="t1" type="DATE" value="2013">2013</TIMEX3> &amp; resumed.'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run timeml', () => {
  it('writes each document with our TIMEX3s and the text unchanged', async () => {
    const r = await run(TAG, ['--in', 'gold', '--out', 'out'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 of 2 documents written/);
    for (const name of ['a.tml', 'b.tml']) {
      const input = parseTimeml(await readFile(path.join(work, 'gold', name), 'utf8'));
      const output = parseTimeml(await readFile(path.join(work, 'out', name), 'utf8'));
      expect(output.text).toBe(input.text);
      expect(output.timexes.map((t) => output.text.slice(t.start, t.end))).toEqual(input.timexes.map((t) => input.text.slice(t.start, t.end)));
    }
  });

  it('names a broken file, still writes the good ones and exits 1', async () => {
    await writeFile(path.join(work, 'gold', 'c.tml'), '<TimeML><TEXT>never closed</TimeML>');
    const r = await run(TAG, ['--in', 'gold', '--out', 'out'], work);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/c\.tml:1: <TEXT> is never closed/);
    expect(r.stdout).toMatch(/2 of 3 documents written/);
  });

  it('refuses to write over its input', async () => {
    const r = await run(TAG, ['--in', 'gold', '--out', 'gold'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out must differ from --in/);
  });
});

describe('npm run eval:timeml', () => {
  it('tags the gold text itself without --system and prints the figures with a JSON line', async () => {
    const r = await run(SCORE, ['--gold', 'gold'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^overall\s+2\s+/m);
    const figures = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(figures).toMatchObject({ documents: 2, gold: 2, strictF1: 1, relaxedF1: 1, valueF1: 1 });
  });

  it('scores a system folder and lists each error with its context', async () => {
    await mkdir(path.join(work, 'sys'));
    await writeFile(path.join(work, 'sys', 'a.tml'), doc('The Ferrow bridge opened <TIMEX3 tid="t1" type="DATE" value="2014-06-03">on Tuesday</TIMEX3>.'));
    const r = await run(SCORE, ['--gold', 'gold', '--system', 'sys', '--errors', 'errors.txt'], work);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no system file for b\.tml/);
    const figures = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(figures).toMatchObject({ gold: 2, system: 1, strictF1: 0, relaxedPrecision: 1, relaxedRecall: 0.5, valueAccuracy: 0 });
    const errors = await readFile(path.join(work, 'errors.txt'), 'utf8');
    expect(errors).toContain('a.tml: gold "Tuesday" DATE 2014-06-10 | system "on Tuesday" DATE 2014-06-03');
    expect(errors).toContain('opened {on [Tuesday]}.');
    expect(errors).toMatch(/## missed \(1\)\n\nb\.tml: gold "2013"/);
  });
});
