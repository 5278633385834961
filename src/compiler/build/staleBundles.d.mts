// Types of staleBundles.mjs, which launchCli.mjs runs in plain Node.

/** How old a bundle of sources since changed must be before it is removed. */
export declare const STALE_BUNDLE_MS: number;

/** Removes the bundles of `entry` in `cache` other than `keep` made more than STALE_BUNDLE_MS before `now`; returns their names. */
export declare function removeStaleBundles(cache: string, entry: string, keep: string, now?: number): Promise<string[]>;
