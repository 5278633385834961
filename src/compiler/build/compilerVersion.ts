// The compiler's version as its cache sees it: a hash of every source file the
// compile runs (the compiler and the data contract it writes to), the
// package's version and lock file (the libraries it calls, such as the
// country list) and the V8 version (the cache's storage format). Any edit to
// any of these gives a new version, so nothing compiled by an older compiler
// is ever reused.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The project's root: src/compiler/build/ is three folders down. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');
/** The folders whose files make the compiler. */
const SOURCE_DIRS = ['src/compiler', 'src/model'];
const PACKAGE_FILES = ['package.json', 'package-lock.json'];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(full)));
    else if (/\.(ts|json)$/.test(entry.name)) files.push(full);
  }
  return files;
}

let memo: Promise<string> | undefined;

/** A short hex hash naming this compiler; computed once per process (a few milliseconds). */
export function compilerVersion(root: string = PROJECT_ROOT): Promise<string> {
  if (root !== PROJECT_ROOT) return hashCompiler(root);
  memo ??= hashCompiler(root);
  return memo;
}

async function hashCompiler(root: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`v8 ${process.versions.v8}\n`);
  const files = (await Promise.all(SOURCE_DIRS.map((dir) => sourceFiles(path.join(root, dir))))).flat().sort();
  for (const file of [...files, ...PACKAGE_FILES.map((name) => path.join(root, name))]) {
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      continue;
    }
    // The name as well as the contents: a file moved is a different compiler.
    hash.update(`${path.relative(root, file)}\n${body.length}\n`);
    hash.update(body);
  }
  return hash.digest('hex').slice(0, 16);
}
