// `npm run eval:timeml -- --gold DIR [--system DIR] [--errors FILE] [--json]`:
// TempEval-3's measures of the system's TIMEX3s against the gold's (see
// timeml/scoreTimeml.ts), overall and per type, and a file listing every
// miss, false alarm, wrong extent, value and type with its context. Without
// --system it tags the gold documents' own text first. Ends with one JSON line.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { creationDay, readTimemlFolder } from '../build/timemlFolder';
import { tagTimemlText } from './timeml/tagTimeml';
import { formatProblems, scoreTimeml, type Figures, type ScoredDocument } from './timeml/scoreTimeml';
import { TIMEX_TYPES } from './timeml/timemlDocument';

const USAGE = 'usage: npm run eval:timeml -- --gold DIR [--system DIR] [--errors FILE] [--json]';

interface Options {
  gold: string;
  system: string | null;
  errors: string;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { gold: '', system: null, errors: 'timeml-errors.txt', json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') {
      o.json = true;
      continue;
    }
    const v = argv[++i];
    if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
    if (arg === '--gold') o.gold = v;
    else if (arg === '--system') o.system = v;
    else if (arg === '--errors') o.errors = v;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!o.gold) throw new Error('--gold is required');
  return o;
}

const f3 = (x: number) => x.toFixed(3);

function row(name: string, f: Figures): string {
  return `${name.padEnd(10)} ${String(f.gold).padStart(5)} ${String(f.system).padStart(6)}   ` +
    `${f3(f.strictPrecision)} ${f3(f.strictRecall)} ${f3(f.strictF1)}   ${f3(f.relaxedPrecision)} ${f3(f.relaxedRecall)} ${f3(f.relaxedF1)}   ` +
    `${f3(f.valueAccuracy)} ${f3(f.valueF1)}   ${f3(f.typeAccuracy)} ${f3(f.typeF1)}`;
}

async function main(): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  let golds;
  let systems: Map<string, Awaited<ReturnType<typeof readTimemlFolder>>[number]> | null = null;
  try {
    golds = await readTimemlFolder(path.resolve(o.gold), 'gold');
    if (o.system) systems = new Map((await readTimemlFolder(path.resolve(o.system), 'system')).map((f) => [f.name, f]));
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 2;
  }
  const documents: ScoredDocument[] = [];
  let skipped = 0;
  for (const g of golds) {
    if (!g.doc) {
      console.error(`skipped: ${g.error}`);
      skipped += 1;
      continue;
    }
    let system;
    if (systems) {
      const s = systems.get(g.name);
      if (!s?.doc) console.error(s ? `system file unreadable, its gold counts as missed: ${s.error}` : `no system file for ${g.name}: its gold counts as missed`);
      else if (s.doc.text !== g.doc.text) console.error(`${s.file}: its text differs from the gold's, its gold counts as missed`);
      system = s?.doc && s.doc.text === g.doc.text ? s.doc.timexes : [];
    } else {
      const day = creationDay(g.doc);
      if (typeof day !== 'string') {
        console.error(`skipped: ${g.file}: ${day.problem}`);
        skipped += 1;
        continue;
      }
      system = tagTimemlText(g.doc.text, day);
    }
    documents.push({ name: g.name, text: g.doc.text, gold: g.doc.timexes, system });
  }
  const score = scoreTimeml(documents);
  const texts = new Map(documents.map((d) => [d.name, d.text]));
  try {
    await fs.writeFile(o.errors, formatProblems((name) => texts.get(name) ?? '', score.problems));
  } catch (error) {
    console.error(`error: ${o.errors}: cannot write the list of errors (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return 2;
  }
  if (!o.json) {
    console.log(`${documents.length} documents${skipped ? ` (${skipped} skipped)` : ''}, ${o.system ? `system ${o.system}` : 'tagged by the compiler'}`);
    console.log(`${''.padEnd(10)} ${'gold'.padStart(5)} ${'system'.padStart(6)}   strict P/R/F1         relaxed P/R/F1        value acc/F1  type acc/F1`);
    console.log(row('overall', score.overall));
    for (const t of TIMEX_TYPES) console.log(row(t, score.byType[t]));
    console.log(`every miss, false alarm, wrong extent, value and type: ${o.errors}`);
  }
  const t = score.overall;
  console.log(JSON.stringify({
    documents: documents.length, gold: t.gold, system: t.system,
    strictPrecision: t.strictPrecision, strictRecall: t.strictRecall, strictF1: t.strictF1,
    relaxedPrecision: t.relaxedPrecision, relaxedRecall: t.relaxedRecall, relaxedF1: t.relaxedF1,
    valueAccuracy: t.valueAccuracy, valueF1: t.valueF1, typeAccuracy: t.typeAccuracy, typeF1: t.typeF1,
  }));
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
