// The explorer's build: React app plus the plugin that compiles seeds/ into
// the data set at build time and on every change in the dev server, the
// built page's Content-Security-Policy, its title and social preview naming
// the corpus, and gzipped data in `vite preview`. The scripts load this file
// with `--configLoader runner`, which resolves the compiler's imports the way
// the app's are resolved (Vite's default loader bundles the file and warns,
// for each of them, that Node's own loader could not).
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { firstViewInBuild, timelineData } from './src/compiler/build/vitePlugin';
import { contentSecurityPolicy } from './src/compiler/build/contentSecurityPolicy';
import { compressedData } from './src/compiler/build/compressedData';
import { withPageMeta } from './src/timeline/corpusTitle';
import { decodeIndex, type IndexColumns } from './src/model/indexColumns';

const seedsDir = path.resolve(process.env.SEEDS_DIR ?? 'seeds');

/**
 * The built page's title and preview text name the corpus, from the compiled
 * index in the bundle; `SITE_URL` (where the site will be served) makes the
 * preview image's address absolute, as some link previews need.
 */
function pageMeta(): Plugin {
  return {
    name: 'page-meta',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      const data = bundle['data/index.json'];
      if (page?.type !== 'asset' || data?.type !== 'asset') return;
      // The index travels in columns (indexColumns.ts); the build wrote it, so it is read as it is.
      const index = decodeIndex(JSON.parse(String(data.source)) as IndexColumns);
      page.source = withPageMeta(String(page.source), index, process.env.SITE_URL);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), timelineData({ seedsDir, strict: process.env.STRICT === '1' }), contentSecurityPolicy(), compressedData(), pageMeta(), firstViewInBuild()],
});
