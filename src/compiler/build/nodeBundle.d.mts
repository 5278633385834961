import type { BuildOptions } from 'esbuild';

/** esbuild's options for the compiler's Node bundles (see nodeBundle.mjs). */
export declare const NODE_BUNDLE: Pick<BuildOptions, 'platform' | 'format' | 'target' | 'supported'>;
