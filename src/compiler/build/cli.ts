// `npm run compile -- --seeds DIR --out DIR [--strict] [--quiet]`
// Compiles a folder of articles and prints a line per article and a summary.
// Exit status: 0 done; 1 errors in some files (or warnings with --strict), the
// good articles are still written; 2 bad usage, an unreadable seeds folder or
// an output folder that cannot be written.
import path from 'node:path';
import { compileFolder, writeOutput } from './readSeeds';
import { formatArticleLine, formatDiagnostic, shownDiagnostics, summarise } from './report';

interface CliOptions {
  seeds: string;
  out: string;
  strict: boolean;
  quiet: boolean;
}

const USAGE = 'usage: npm run compile -- --seeds DIR --out DIR [--strict] [--quiet]';

function parseArgs(argv: string[]): CliOptions | string {
  const options: CliOptions = { seeds: 'seeds', out: '.data', strict: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--strict') options.strict = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg === '--seeds' || arg === '--out') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return `${arg} needs a folder\n${USAGE}`;
      options[arg === '--seeds' ? 'seeds' : 'out'] = value;
    } else return `unknown option ${arg}\n${USAGE}`;
  }
  return options;
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(parsed);
    return parsed === USAGE ? 0 : 2;
  }
  const started = performance.now();
  const progress = process.stderr.isTTY && !parsed.quiet;
  let result;
  try {
    result = await compileFolder(path.resolve(parsed.seeds), {
      onArticle: (done, total, c) => {
        if (!parsed.quiet) {
          if (progress) process.stderr.write('\r\x1b[K');
          console.log(formatArticleLine(c));
        }
        if (progress && total > 20) process.stderr.write(`compiling ${done}/${total}…`);
      },
    });
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (progress) process.stderr.write('\r\x1b[K');
  const { dataset } = result;
  // Checks against the clock are printed, never stored: the data stays the same whenever it is built.
  const printed = shownDiagnostics(dataset);
  for (const d of printed) {
    if (d.level !== 'info' || !parsed.quiet) console.error(formatDiagnostic(d));
  }
  let written: string[];
  try {
    written = await writeOutput(dataset, path.resolve(parsed.out));
  } catch (error) {
    console.error(`error: cannot write the output folder ${parsed.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 2;
  }
  const ms = performance.now() - started;
  console.log(summarise(dataset, ms));
  console.log(`wrote ${written.length} files to ${parsed.out}`);
  const errors = printed.filter((d) => d.level === 'error').length;
  const warnings = printed.filter((d) => d.level === 'warning').length;
  if (errors > 0) return 1;
  if (parsed.strict && warnings > 0) {
    console.error(`--strict: ${warnings} warning(s) fail the build`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
