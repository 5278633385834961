// `npm run compile` and `npm run add` start here, in plain Node: the CLI
// (cli.ts, addCli.ts) runs from one JavaScript file bundled by esbuild, not
// through a TypeScript loader that transpiles some eighty modules at every
// start (1.7-3.4 s on the shared machine; the bundle loads in a tenth of
// that). The bundle is made on the first run after any source file changes
// and kept in node_modules/.cache, where the libraries it leaves out resolve
// as they do from the sources. Usage: node launchCli.mjs ENTRY [ARGS...],
// ENTRY naming a file of this folder without its extension.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE } from './nodeBundle.mjs';
import { removeStaleBundles } from './staleBundles.mjs';

const HERE = import.meta.dirname;
const ROOT = path.resolve(HERE, '../../..');
/** What the CLI is built from: a change to any of these makes a new bundle. */
const SOURCES = ['src/compiler', 'src/model', 'package-lock.json'];
const CACHE = path.join(ROOT, 'node_modules/.cache/timeline-cli');

/** Every source file's name, size and time of change: a stat each, a few milliseconds for the whole compiler. */
function freshnessKey() {
  const hash = createHash('sha256');
  const visit = (full) => {
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(full, name));
      return;
    }
    hash.update(`${path.relative(ROOT, full)} ${stat.size} ${stat.mtimeMs}\n`);
  };
  for (const source of SOURCES) visit(path.join(ROOT, source));
  return hash.digest('hex').slice(0, 16);
}

/** The sources' own folder where they ask for it: the bundle lives elsewhere, and the CLI finds the project (and the pool its worker) from there. */
const ownFolder = {
  name: 'own-folder',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await fs.readFile(args.path, 'utf8');
      return { contents: text.replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path))), loader: 'ts' };
    });
  },
};

async function bundleFor(entry) {
  const dir = path.join(CACHE, `${entry}-${freshnessKey()}`);
  const file = path.join(dir, `${entry}.mjs`);
  if (existsSync(file)) return file;
  const { build } = await import('esbuild');
  await fs.mkdir(CACHE, { recursive: true });
  // Written beside and renamed, so a second process never loads half a bundle.
  const partial = `${dir}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(HERE, `${entry}.ts`)],
    bundle: true,
    // What the CLI imports only when it needs it (the pool, the bundler) stays in files of its own, loaded then.
    splitting: true,
    ...NODE_BUNDLE,
    packages: 'external',
    plugins: [ownFolder],
    outdir: partial,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  await fs.rename(partial, dir).catch(async (error) => {
    // Another process got there first: its bundle is the same.
    await fs.rm(partial, { recursive: true, force: true });
    if (!existsSync(file)) throw error;
  });
  // Bundles of the sources as they were before go, once no compile can still be running from them.
  await removeStaleBundles(CACHE, entry, path.basename(dir));
  return file;
}

const entry = process.argv[2];
if (!entry || !/^[A-Za-z]+$/.test(entry) || !existsSync(path.join(HERE, `${entry}.ts`))) {
  console.error(`usage: node ${path.relative(process.cwd(), import.meta.filename)} ENTRY [ARGS...] (ENTRY: a CLI of ${path.relative(process.cwd(), HERE)}, such as cli)`);
  process.exit(2);
}
// The CLI reads its own arguments from the third on, as when it runs directly.
process.argv.splice(2, 1);
await import(pathToFileURL(await bundleFor(entry)).href);
