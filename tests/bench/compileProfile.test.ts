// The profile summary of bench/compileProfile.ts: a pass reads its tables to
// decide what to cut, so each sample's time must land on the function and the
// source file it was spent in, patterns and the engine's own work apart.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { summariseProfile } from '../../bench/compileProfile';

const BUNDLE = [
  '// src/compiler/text/tokens.ts',
  'function tokenize() {}',
  '',
  '// ../work/checkout/src/compiler/events/headline.ts',
  'function headline() {}',
  'function named() {}',
].join('\n');

/** Runs `check` with the bundle above written to a file, given its path and its URL. */
async function withBundle(check: (bundle: string, url: string) => void): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'profile-test-'));
  try {
    const bundle = path.join(dir, 'worker.mjs');
    await fs.writeFile(bundle, BUNDLE);
    check(bundle, pathToFileURL(bundle).href);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function node(id: number, functionName: string, url: string, lineNumber: number) {
  return { id, callFrame: { functionName, scriptId: '1', url, lineNumber, columnNumber: 0 } };
}

describe('summariseProfile', () => {
  it('gives each function and each source file the time of its own samples', async () => {
    await withBundle((bundle, url) => {
      const profile = {
        nodes: [node(1, '(root)', '', -1), node(2, 'tokenize', url, 1), node(3, 'headline', url, 4), node(4, 'named', url, 5), node(5, 'RegExp: \\s+', '', -1), node(6, '(garbage collector)', '', -1)],
        startTime: 0,
        endTime: 100,
        samples: [2, 3, 3, 4, 4, 4, 5, 6, 1, 3],
        timeDeltas: [1000, 2000, 2000, 1000, 1000, 1000, 1000, 1000, 0, 1000],
      };
      const summary = summariseProfile(profile, bundle, 10);
      expect(summary.totalMs).toBe(11);
      expect(summary.regexpMs).toBe(1);
      expect(summary.garbageMs).toBe(1);
      expect(summary.functions[0]).toEqual({ name: 'headline src/compiler/events/headline.ts:5 of the bundle', ms: 5, share: 5 / 11 });
      expect(summary.functions.map((f) => f.name)).toContain('named src/compiler/events/headline.ts:6 of the bundle');
      // Two functions of one module add up in its row; a module's path is read whatever folder the bundle was built from.
      expect(summary.files[0]).toEqual({ name: 'src/compiler/events/headline.ts', ms: 8, share: 8 / 11 });
      expect(summary.files.find((f) => f.name === 'src/compiler/text/tokens.ts')?.ms).toBe(1);
      expect(summary.files.find((f) => f.name === '(regular expressions)')?.ms).toBe(1);
      // A node with no samples of its own (the root here, its one sample 0 µs long) is no row.
      expect(summary.functions.some((f) => f.name.startsWith('(root)'))).toBe(false);
    });
  });

  it('keeps only the rows asked for, the largest first', async () => {
    await withBundle((bundle, url) => {
      const profile = { nodes: [node(2, 'tokenize', url, 1), node(3, 'headline', url, 4), node(4, 'named', url, 5)], startTime: 0, endTime: 3, samples: [2, 3, 4], timeDeltas: [3000, 500, 2000] };
      const summary = summariseProfile(profile, bundle, 2);
      expect(summary.functions.map((f) => f.ms)).toEqual([3, 2]);
      expect(summary.files.map((f) => f.name)).toEqual(['src/compiler/text/tokens.ts', 'src/compiler/events/headline.ts']);
    });
  });
});
