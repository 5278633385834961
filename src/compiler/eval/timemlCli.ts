// `npm run timeml -- --in DIR --out DIR`: tags every TimeML document of DIR
// with the compiler's tagger and writes it to --out under the same name, the
// annotation inside TEXT replaced by our TIMEX3s and the text between tags
// unchanged. Exit 0 when every file was written, 1 when some could not be
// (the others are still written), 2 for bad usage or folders.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { creationDay, readTimemlFolder } from '../build/timemlFolder';
import { tagTimemlText } from './timeml/tagTimeml';
import { writeTimeml } from './timeml/timemlDocument';

const USAGE = 'usage: npm run timeml -- --in DIR --out DIR';

function parseArgs(argv: string[]): { in: string; out: string } {
  const o = { in: '', out: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg !== '--in' && arg !== '--out') throw new Error(`unknown option ${arg}`);
    const v = argv[++i];
    if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a folder`);
    o[arg === '--in' ? 'in' : 'out'] = v;
  }
  if (!o.in || !o.out) throw new Error('--in and --out are required');
  if (path.resolve(o.in) === path.resolve(o.out)) throw new Error('--out must differ from --in: the input files would be overwritten');
  return o;
}

async function main(): Promise<number> {
  let o: { in: string; out: string };
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  let files;
  try {
    files = await readTimemlFolder(path.resolve(o.in), 'input');
    await fs.mkdir(path.resolve(o.out), { recursive: true });
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 2;
  }
  let failed = 0;
  let timexes = 0;
  for (const f of files) {
    const day = f.doc ? creationDay(f.doc) : null;
    if (!f.doc || typeof day !== 'string') {
      console.error(`error: ${f.error ?? `${f.file}: ${(day as { problem: string }).problem}`}`);
      failed += 1;
      continue;
    }
    const tagged = tagTimemlText(f.doc.text, day);
    timexes += tagged.length;
    try {
      await fs.writeFile(path.join(o.out, f.name), writeTimeml(f.doc, tagged));
    } catch (error) {
      console.error(`error: ${path.join(o.out, f.name)}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      failed += 1;
    }
  }
  console.log(`${files.length - failed} of ${files.length} documents written to ${o.out} (${timexes} TIMEX3)`);
  return failed > 0 ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
