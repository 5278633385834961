// The CLI's bundles (launchCli.mjs) are kept one per state of the sources.
// When the sources change, the bundles of their earlier states are removed,
// but not at once: a compile started before the edit may still load its lazy
// chunks (the worker pool) from its bundle, and a second checkout sharing the
// same node_modules runs from its own. A bundle made within the hour stays.
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** How old a bundle of sources since changed must be before it is removed. */
export const STALE_BUNDLE_MS = 60 * 60 * 1000;

/**
 * Removes the bundles of `entry` in `cache` other than `keep` that were made more than STALE_BUNDLE_MS before `now`;
 * bundles still being written (`.tmp`) and other entries' are left. Returns the names removed.
 */
export async function removeStaleBundles(cache, entry, keep, now = Date.now()) {
  const removed = [];
  for (const name of await fs.readdir(cache)) {
    if (name === keep || !name.startsWith(`${entry}-`) || name.endsWith('.tmp')) continue;
    const made = await fs.stat(path.join(cache, name)).then((s) => s.mtimeMs, () => now);
    if (now - made <= STALE_BUNDLE_MS) continue;
    await fs.rm(path.join(cache, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
