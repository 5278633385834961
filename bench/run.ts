// `npm run bench`: the compile benchmark (in a process of its own, so its peak
// memory is its own), then the browser benchmark; prints every figure beside
// its target and vis-timeline's, and writes them to bench/results/latest.json.
// Options: --articles N (1000), --events N,N (10000,100000).
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBrowserBench } from './browserBench';
import type { AppFigures } from './browserBench';
import type { CompileFigures } from './compileBench';

const root = path.resolve(import.meta.dirname, '..');

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

interface Row {
  figure: string;
  ours: number;
  target: string;
  met: boolean;
  visTimeline?: number;
}

const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

async function main(): Promise<void> {
  const started = performance.now();
  const articles = argument('--articles', '1000');
  const eventCounts = argument('--events', '10000,100000').split(',').map(Number);
  const compileJson = path.join(os.tmpdir(), `timeline-bench-compile-${process.pid}.json`);
  // The compiled articles' output, kept for the browser part: the explorer over a real compile on the user's clock.
  const compiledData = path.join(os.tmpdir(), `timeline-bench-compiled-${process.pid}`);
  console.log(`compiling ${articles} generated articles…`);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/compileBench.ts'), '--articles', articles, '--json', compileJson, '--out', compiledData], { stdio: 'inherit', cwd: root });
  const compile = JSON.parse(await fs.readFile(compileJson, 'utf8')) as CompileFigures;
  await fs.rm(compileJson, { force: true });
  if (compile.error) console.log(`the compile benchmark failed: ${compile.error}`);
  let browser;
  try {
    browser = await runBrowserBench(eventCounts, console.log, compile.error ? undefined : compiledData);
  } finally {
    await fs.rm(compiledData, { recursive: true, force: true });
  }

  const rows: Row[] = [
    // As a user runs it: a process of its own, start to exit, on every core, without the cache.
    { figure: `npm run compile, ${compile.articles} articles, process start to exit, s`, ours: round(compile.cliSeconds, 2), target: '≤ 2', met: compile.cliSeconds <= 2 },
    { figure: `  compile step with nothing changed (cache on disk), ms`, ours: round(compile.unchangedMs, 0), target: '≤ 500', met: compile.unchangedMs <= 500 },
    { figure: `  the whole command with nothing changed, s`, ours: round(compile.cliUnchangedSeconds, 2), target: '', met: true },
    { figure: `  compile step with one article edited, ms`, ours: round(compile.oneEditedMs, 0), target: '', met: true },
    { figure: `  threads`, ours: compile.cliThreads, target: '', met: true },
    { figure: `compile ${compile.articles} articles (${round(compile.inputMB, 2)} MB) in process, s`, ours: round(compile.seconds, 2), target: '≤ 3', met: compile.seconds <= 3 },
    { figure: '  of which articles one by one, s', ours: round(compile.articleSeconds, 2), target: '', met: compile.articleSeconds <= 3 },
    { figure: '  of which corpus pass and output, s', ours: round(compile.corpusSeconds, 2), target: '', met: compile.corpusSeconds <= 3 },
    { figure: 'compile peak RSS, MB', ours: round(compile.peakRssMB, 0), target: '< 500', met: compile.peakRssMB < 500 },
    { figure: '  the CLI-style compile\'s process, MB', ours: round(compile.peakRssCliMB, 0), target: '', met: true },
    { figure: '  the dev server\'s process (first compile and edits), MB', ours: round(compile.peakRssDevMB, 0), target: '', met: true },
    { figure: 'recompile one edited article, ms', ours: round(compile.incrementalMs, 0), target: '< 200', met: compile.incrementalMs < 200 },
    { figure: '  of which reading the folder and the edited article, ms', ours: round(compile.incrementalPartsMs.article, 0), target: '', met: true },
    { figure: '  of which the corpus pass, ms', ours: round(compile.incrementalPartsMs.corpus, 0), target: '', met: true },
    { figure: '  of which the output pieces, ms', ours: round(compile.incrementalPartsMs.output, 0), target: '', met: true },
    { figure: 'initial JavaScript, KB gzip', ours: round(browser.initialJsGzipKB), target: '≤ 150', met: browser.initialJsGzipKB <= 150 },
    // What the explorer downloads before its first draw: the index, gzipped as served; "not multi-megabyte".
    { figure: `index.json for ${compile.articles} articles, KB gzip`, ours: round(compile.indexGzipKB, 0), target: '< 1,024', met: compile.indexGzipKB < 1024 },
    { figure: '  as written, KB', ours: round(compile.indexKB, 0), target: '', met: true },
    { figure: '  details.json after the first draw, KB gzip', ours: round(compile.detailsGzipKB, 0), target: '', met: true },
    { figure: '  article texts, one file each, KB in all', ours: round(compile.articleFilesKB, 0), target: '', met: true },
  ];
  const vis = browser.vis;
  const visPlain = vis.fromNavigationMs?.plain ?? NaN;
  const clockRows = (label: string, clock: NonNullable<AppFigures['clock']>, target: number | null, vs: { plain: number; gzip: number } | null) => {
    const phases = clock.plain.phases;
    rows.push(
      {
        figure: `${label}: navigation to first event, uncompressed, ms`,
        ours: round(clock.plain.firstEventMs, 0),
        target: target === null ? '' : `≤ ${target}`,
        met: target === null || clock.plain.firstEventMs <= target,
        ...(vs ? { visTimeline: round(vs.plain, 0) } : {}),
      },
      {
        figure: `  of which page ${round(phases.page, 0)}, boot ${round(phases.boot, 0)}, download ${round(phases.download, 0)} (beside), parse ${round(phases.parse, 0)}, validation ${round(phases.validation, 0)}, layout ${round(phases.layout, 0)}, render ${Number.isNaN(phases.render) ? 'none (the first view is in the page)' : round(phases.render, 0)}`,
        ours: NaN,
        target: '',
        met: true,
      },
      { figure: `  the app ready (its timeline committed, the first view taken over), uncompressed, ms`, ours: round(clock.plain.appReadyMs, 0), target: '', met: true },
      { figure: `  gzipped, ms`, ours: round(clock.gzip.firstEventMs, 0), target: '', met: true, ...(vs ? { visTimeline: round(vs.gzip, 0) } : {}) },
      { figure: `  index.json over the wire, KB (gzipped ${round(clock.gzip.indexTransferKB, 0)})`, ours: round(clock.plain.indexTransferKB, 0), target: '', met: true },
    );
  };
  if (browser.compiled) clockRows(`compiled ${browser.compiled.articles.toLocaleString('en')} articles (${browser.compiled.events.toLocaleString('en')} events)`, browser.compiled, null, null);
  for (const app of browser.app) {
    if (app.clock) {
      const small = app.events <= 10_000;
      clockRows(`${app.events.toLocaleString('en')} events`, app.clock, small ? 300 : 1000, app.events === vis.items && vis.fromNavigationMs ? vis.fromNavigationMs : null);
      if (app.events === vis.items) {
        const ratio = visPlain / app.clock.plain.firstEventMs;
        rows.push({ figure: `  vis-timeline's time / ours, uncompressed`, ours: round(ratio, 1), target: '≥ 8', met: ratio >= 8 });
      }
    }
  }
  for (const app of browser.app) {
    for (const problem of app.problems ?? []) console.log(`${app.events} events, not measured: ${problem}`);
    const large = app.events > 10_000;
    const interaction = large ? 100 : null;
    const n = `${app.events.toLocaleString('en')} events`;
    const limit = (target: number) => interaction ?? target;
    rows.push(
      { figure: `${n}: first draw after data, ms`, ours: round(app.firstDrawMs, 0), target: `≤ ${large ? 2000 : 300}`, met: app.firstDrawMs <= (large ? 2000 : 300), ...(app.events === vis.items ? { visTimeline: round(vis.firstDrawMs, 0) } : {}) },
      { figure: `${n}: details in after first draw, ms`, ours: round(app.detailsReadyMs, 0), target: '', met: true },
      { figure: `${n}: check an actor, ms`, ours: round(app.actorCheckMs, 0), target: `≤ ${limit(50)}`, met: app.actorCheckMs <= limit(50), ...(app.events === vis.items ? { visTimeline: round(vis.filterMs, 0) } : {}) },
      // Work per frame (rAF to the frame's rendering done), not the vsync-locked rAF interval.
      { figure: `${n}: zoom frame p95, ms`, ours: round(app.zoomFrameP95Ms), target: `≤ ${limit(16)}`, met: app.zoomFrameP95Ms <= limit(16) },
      { figure: `${n}: pan frame p95, ms`, ours: round(app.panFrameP95Ms), target: `≤ ${limit(16)}`, met: app.panFrameP95Ms <= limit(16) },
      { figure: `${n}: dropped frames, zoom`, ours: app.zoomDroppedFrames, target: '', met: true },
      { figure: `${n}: dropped frames, pan`, ours: app.panDroppedFrames, target: '', met: true },
      { figure: `${n}: select an event to passage, ms`, ours: round(app.selectMs, 0), target: `≤ ${limit(100)}`, met: app.selectMs <= limit(100) },
    );
  }

  const width = Math.max(...rows.filter((r) => !Number.isNaN(r.ours)).map((r) => r.figure.length));
  console.log('');
  console.log(`${'figure'.padEnd(width)}  ${'ours'.padStart(9)}  ${'target'.padEnd(9)}  met  ${'vis-timeline'.padStart(12)}  ${'vis / ours'.padStart(10)}`);
  for (const r of rows) {
    const ratio = r.visTimeline === undefined ? '' : `${(r.visTimeline / Math.max(r.ours, 1)).toFixed(1)}x`;
    console.log(
      Number.isNaN(r.ours) ? r.figure : `${r.figure.padEnd(width)}  ${String(r.ours).padStart(9)}  ${r.target.padEnd(9)}  ${r.target === '' ? '   ' : r.met ? 'yes' : 'NO '}  ${String(r.visTimeline ?? '').padStart(12)}  ${ratio.padStart(10)}`,
    );
  }
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    loadAverage: os.loadavg().map((l) => round(l, 2)),
    node: process.version,
    chromium: browser.chromium,
  };
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, Node ${machine.node}, Chromium ${machine.chromium}; load average ${machine.loadAverage.join(' ')}; bench took ${round(seconds, 0)} s`);
  const out = path.join(root, 'bench/results/latest.json');
  await fs.mkdir(path.dirname(out), { recursive: true });
  await fs.writeFile(out, `${JSON.stringify({ date: new Date().toISOString(), machine, seconds: round(seconds, 0), compile, browser, rows }, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, out)}`);
}

await main();
