import { mkdir, mkdtemp, readdir, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeStaleBundles, STALE_BUNDLE_MS } from '../../../src/compiler/build/staleBundles.mjs';

describe('the bundles of sources since changed', () => {
  it('removes an old bundle of the entry but keeps a recent one, the current one, one being written and other entries\'', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'bundles-'));
    const now = Date.now();
    const names = ['cli-current', 'cli-old', 'cli-recent', 'cli-partial.123.tmp', 'addCli-old'];
    for (const name of names) await mkdir(path.join(cache, name));
    const hoursAgo = (h: number) => new Date(now - h * 3_600_000);
    for (const name of ['cli-old', 'addCli-old', 'cli-partial.123.tmp']) await utimes(path.join(cache, name), hoursAgo(3), hoursAgo(3));
    await utimes(path.join(cache, 'cli-recent'), new Date(now - STALE_BUNDLE_MS / 2), new Date(now - STALE_BUNDLE_MS / 2));

    expect(await removeStaleBundles(cache, 'cli', 'cli-current', now)).toEqual(['cli-old']);
    expect((await readdir(cache)).sort()).toEqual(['addCli-old', 'cli-current', 'cli-partial.123.tmp', 'cli-recent']);
  });
});
