// `npm run add -- URL… [--seeds DIR] [--timeout SECONDS]`
// Fetches each page (or feed) into the seeds folder, named after its address,
// with where and when it was fetched written at its top. A page is kept only
// when the page reader finds an article in it, and it is written whole or not
// at all: to a hidden temporary file first (the compiler passes over hidden
// files), then linked into place under a name no other file has.
// Exit status: 0 every address saved; 1 some could not be; 2 bad usage or a
// seeds folder that cannot be written.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeOrigin, readSeedFile } from '../read/seedFile';
import { fetchPage, fileNameFor } from './fetchPage';

const USAGE = 'usage: npm run add -- URL... [--seeds DIR] [--timeout SECONDS]';

interface AddOptions {
  seeds: string;
  timeoutMs: number;
  urls: string[];
}

function parseArgs(argv: string[]): AddOptions | string {
  const options: AddOptions = { seeds: 'seeds', timeoutMs: 30_000, urls: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--seeds' || arg === '--timeout') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return `${arg} needs a value\n${USAGE}`;
      if (arg === '--seeds') options.seeds = value;
      else {
        const seconds = Number(value);
        if (!(seconds > 0)) return `--timeout needs a number of seconds\n${USAGE}`;
        options.timeoutMs = seconds * 1000;
      }
    } else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else options.urls.push(arg);
  }
  if (options.urls.length === 0) return `no address given\n${USAGE}`;
  return options;
}

/** Writes the bytes under the name, or name-2, name-3… if taken; whole or not at all. Returns the name used. */
async function writeNew(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  const temporary = path.join(dir, `.${name}.${process.pid}.tmp`);
  await fs.writeFile(temporary, bytes, { flag: 'wx' });
  try {
    const ext = path.extname(name);
    const stem = name.slice(0, -ext.length);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : `${stem}-${n}${ext}`;
      try {
        // A link appears whole, and fails rather than replace a file that is there.
        await fs.link(temporary, path.join(dir, candidate));
        return candidate;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(parsed);
    return parsed === USAGE ? 0 : 2;
  }
  const dir = path.resolve(parsed.seeds);
  try {
    if (!(await fs.stat(dir)).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    await fs.access(dir, fs.constants.W_OK);
  } catch (error) {
    console.error(`error: cannot write to the seeds folder ${parsed.seeds}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 2;
  }
  let failed = 0;
  for (const address of parsed.urls) {
    try {
      const page = await fetchPage(address, { timeoutMs: parsed.timeoutMs });
      const name = fileNameFor(page.url, page.extension);
      // Read as the build will: a page without an article in it is not worth a file.
      const reading = readSeedFile(name, page.bytes);
      const article = reading.articles[0];
      if (!article) {
        const why = reading.diagnostics.map((d) => d.message).join('; ') || 'no article in it';
        throw new Error(`${why}; nothing saved`);
      }
      const saved = await writeNew(dir, name, page.bytes);
      const what = reading.articles.length > 1 || page.extension !== '.html'
        ? `${article.origin?.format ?? 'feed'} of ${reading.articles.length} article(s)`
        : `"${article.sidecar?.title ?? article.id}", ${article.sidecar?.published ? `published ${article.sidecar.published} (from ${article.origin?.published})` : 'no publication date on the page (it will be inferred from the text)'}; ${describeOrigin(article.origin)}`;
      console.log(`saved ${path.join(parsed.seeds, saved)}: ${what}`);
      for (const note of page.notes) console.log(`  note: ${note}`);
      for (const d of reading.diagnostics) console.log(`  ${d.level}: ${d.message}`);
    } catch (error) {
      failed++;
      const why = error instanceof Error ? error.message : String(error);
      console.error(`error: ${address}: ${why}${/nothing saved$/.test(why) ? '' : '; nothing saved'}`);
    }
  }
  if (parsed.urls.length > 1) console.log(`${parsed.urls.length - failed} of ${parsed.urls.length} saved`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
