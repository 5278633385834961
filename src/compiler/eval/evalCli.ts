// `npm run eval -- --seeds DIR --gold DIR` (or `--data timeline.json --gold DIR`):
// compiles the seeds (or reads compiled data), scores it against the gold files
// by the rules of evaluate.ts, prints figures per article and in total, the
// missed gold events and unmatched predictions, the predicted actors that are
// not participants, labels that fail the rubric and happenings shown twice,
// and ends with one JSON line. Merge gold is read from the gold folder
// (merge-groups.json or <story>.merge.json), from the folder above it (a
// story's <story>.merge.json beside its gold/), or from --merge FILE.
// Exit 1 when a --min-* threshold is not met; 2 for bad usage or input.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { datasetSchema, type Dataset } from '../../model/schema';
import { evaluate, evaluateMerges, parseGoldFile, parseMergeGroups, MERGE_GROUPS_FILE, type Figures, type GoldFile, type GoldMergeGroups, type MergeScore } from './evaluate';
import { compileFolder } from '../build/readSeeds';

interface Options {
  seeds: string | null;
  data: string | null;
  gold: string;
  json: boolean;
  minF1: number | null;
  minStrictF1: number | null;
  minActorRecall: number | null;
  minMergePrecision: number | null;
  minMergeRecall: number | null;
  merge: string | null;
  only: string[] | null;
  skip: string[];
}

const USAGE = 'usage: npm run eval -- (--seeds DIR | --data FILE) --gold DIR [--merge FILE] [--only ID,ID…] [--skip ID,ID…] [--json] [--min-f1 X] [--min-strict-f1 X] [--min-actor-recall X] [--min-merge-precision X] [--min-merge-recall X]\n  --only/--skip score only (or all but) the articles whose id starts with one of the given prefixes';

function parseArgs(argv: string[]): Options {
  const o: Options = { seeds: null, data: null, gold: '', json: false, minF1: null, minStrictF1: null, minActorRecall: null, minMergePrecision: null, minMergeRecall: null, merge: null, only: null, skip: [] };
  const list = (v: string) => v.split(',').map((x) => x.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    const number = () => {
      const v = Number(value());
      if (!Number.isFinite(v)) throw new Error(`${arg} needs a number`);
      return v;
    };
    if (arg === '--seeds') o.seeds = value();
    else if (arg === '--data') o.data = value();
    else if (arg === '--gold') o.gold = value();
    else if (arg === '--json') o.json = true;
    else if (arg === '--min-f1') o.minF1 = number();
    else if (arg === '--min-strict-f1') o.minStrictF1 = number();
    else if (arg === '--min-actor-recall') o.minActorRecall = number();
    else if (arg === '--min-merge-precision') o.minMergePrecision = number();
    else if (arg === '--min-merge-recall') o.minMergeRecall = number();
    else if (arg === '--merge') o.merge = value();
    else if (arg === '--only') o.only = list(value());
    else if (arg === '--skip') o.skip = list(value());
    else throw new Error(`unknown option ${arg}`);
  }
  if (!o.gold || (!o.seeds && !o.data)) throw new Error('--gold and one of --seeds or --data are required');
  return o;
}

async function requireFolder(dir: string, what: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new Error(`${what} folder not found: ${dir}`);
}

/** The merge gold file: --merge, else merge-groups.json or one *.merge.json in the gold folder, else one *.merge.json beside it. */
async function findMergeGold(dir: string, explicit: string | null): Promise<string | null> {
  if (explicit) return path.resolve(explicit);
  for (const folder of [dir, path.dirname(dir)]) {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    if (folder === dir && names.includes(MERGE_GROUPS_FILE)) return path.join(folder, MERGE_GROUPS_FILE);
    const stories = names.filter((n) => n.endsWith('.merge.json')).sort();
    if (stories.length > 1) throw new Error(`${folder}: more than one *.merge.json (${stories.join(', ')}); name one with --merge`);
    if (stories.length === 1) return path.join(folder, stories[0]!);
  }
  return null;
}

async function readMergeGold(dir: string, explicit: string | null): Promise<GoldMergeGroups | null> {
  await requireFolder(dir, 'gold');
  const file = await findMergeGold(dir, explicit);
  if (!file) return null;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (!explicit) return null;
    throw new Error(`${file}: cannot read the merge gold (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
  try {
    return parseMergeGroups(JSON.parse(text), file);
  } catch (error) {
    throw new Error(error instanceof SyntaxError ? `${file}: not readable JSON (${error.message})` : (error as Error).message, { cause: error });
  }
}

async function readGold(dir: string, mergeOnly: boolean): Promise<GoldFile[]> {
  await requireFolder(dir, 'gold');
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.gold.json')).sort();
  if (names.length === 0 && !mergeOnly) throw new Error(`${dir}: no *.gold.json files (and no ${MERGE_GROUPS_FILE})`);
  const golds: GoldFile[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not readable JSON (${(error as Error).message})`, { cause: error });
    }
    const gold = parseGoldFile(json, file);
    // The article id comes from the file name; a mismatch would silently score nothing.
    if (`${gold.article}.gold.json` !== name) throw new Error(`${file}: "article" is ${gold.article}, but the file is named for ${name.slice(0, -'.gold.json'.length)}`);
    golds.push(gold);
  }
  return golds;
}

async function loadData(o: Options): Promise<Dataset> {
  let raw: unknown;
  let origin: string;
  if (o.seeds) {
    origin = path.resolve(o.seeds);
    await requireFolder(origin, 'seeds');
    raw = (await compileFolder(origin)).dataset;
  } else {
    origin = path.resolve(o.data!);
    let text: string;
    try {
      text = await fs.readFile(origin, 'utf8');
    } catch (error) {
      throw new Error(`${origin}: cannot read the data file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
    }
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new Error(`${origin}: not readable JSON (${(error as Error).message})`, { cause: error });
    }
  }
  // The compiler's own output is checked too: the scorer must not read fields the contract does not promise.
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${origin}: not a compiled data set (${issues.join('; ')})`);
  }
  return parsed.data;
}

const pct = (x: number | null) => (x === null ? '  n/a' : x.toFixed(3));

function line(name: string, f: Figures): string {
  return `${name.padEnd(34)} P ${pct(f.precision)}  R ${pct(f.recall)}  F1 ${pct(f.f1)}  strict F1 ${pct(f.strictF1)}  actors R ${pct(f.actorRecall)} P ${pct(f.actorPrecision)}  labels ${pct(f.labelRubric)}  doubled ${f.doubled}  (${f.matched}/${f.required} required, ${f.predicted} predicted)`;
}

/** Whether an article id is one the --only/--skip prefixes keep. */
function kept(o: Options, id: string): boolean {
  if (o.only && !o.only.some((p) => id.startsWith(p))) return false;
  return !o.skip.some((p) => id.startsWith(p));
}

async function main(): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  let report;
  let merges: MergeScore | null = null;
  try {
    const gold = path.resolve(o.gold);
    const mergeGold = await readMergeGold(gold, o.merge);
    const [allGolds, dataset] = await Promise.all([readGold(gold, mergeGold !== null), loadData(o)]);
    const golds = allGolds.filter((g) => kept(o, g.article));
    if (o.only || o.skip.length > 0) dataset.articles = dataset.articles.filter((a) => kept(o, a.id));
    report = evaluate(dataset, golds);
    if (mergeGold) merges = evaluateMerges(dataset, mergeGold);
    if (report.articles.length === 0 && !mergeGold) {
      throw new Error(`no article of the data has a gold file in ${gold} (gold for: ${golds.map((g) => g.article).join(', ')})`);
    }
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 2;
  }
  const scored = report.articles.length > 0;
  if (!o.json && scored) {
    for (const a of report.articles) {
      console.log(line(a.article, a));
      for (const g of a.missed) console.log(`    missed     ${g.date.padEnd(11)} ${g.precision.padEnd(7)} ${g.id}: ${g.quote.slice(0, 70)}…`);
      for (const e of a.unmatched) {
        const quote = e.sources.find((s) => s.articleId === a.article)?.quote ?? '';
        console.log(`    unmatched  ${e.date.start} ${e.date.precision.padEnd(7)} "${e.date.text}": ${e.label.slice(0, 60)} | ${quote.slice(0, 60)}…`);
      }
      for (const d of a.doubles) console.log(`    doubled    ${d.event} repeats ${d.repeats} (${d.why})`);
      for (const x of a.extraActors) console.log(`    not a participant of ${x.gold}: ${x.actor}`);
      for (const b of a.badLabels) console.log(`    label      "${b.label}": ${b.problems.join('; ')}`);
    }
    if (report.goldWithoutArticle.length) console.log(`not scored (gold without article): ${report.goldWithoutArticle.join(', ')}`);
    if (report.articlesWithoutGold.length) console.log(`not scored (article without gold): ${report.articlesWithoutGold.join(', ')}`);
    console.log(line(`TOTAL (${report.total.articles} articles)`, report.total));
  }
  if (!o.json && merges) {
    for (const m of merges.notFound) console.log(`    merge mention not found: ${m}`);
    for (const p of merges.wrongJoins) console.log(`    merged, gold apart:   ${p.a} + ${p.b}`);
    for (const p of merges.missedJoins) console.log(`    apart, gold merged:   ${p.a} + ${p.b}`);
    const t = merges.together;
    console.log(
      `MERGES (${merges.found}/${merges.mentions} mentions found)`.padEnd(35) +
        `P ${pct(merges.precision)}  R ${pct(merges.recall)}  (pairs: ${t.correct} correctly together, ${merges.apart} correctly apart, ${t.wrong} wrongly together, ${t.missed} wrongly apart)`,
    );
  }
  const t = report.total;
  const mergeFigures = merges ? { mergePrecision: merges.precision, mergeRecall: merges.recall, mergeMentions: merges.mentions, mergeMentionsFound: merges.found } : {};
  console.log(JSON.stringify({
    ...(scored
      ? {
          articles: t.articles, required: t.required, predicted: t.predicted, matched: t.matched, strict: t.strict,
          precision: t.precision, recall: t.recall, f1: t.f1,
          strictPrecision: t.strictPrecision, strictRecall: t.strictRecall, strictF1: t.strictF1, actorRecall: t.actorRecall,
          actorPrecision: t.actorPrecision, labelRubric: t.labelRubric, doubled: t.doubled,
        }
      : {}),
    ...mergeFigures,
  }));
  const below: string[] = [];
  if (o.minF1 !== null && t.f1 < o.minF1) below.push(`F1 ${t.f1.toFixed(3)} < ${o.minF1}`);
  if (o.minStrictF1 !== null && t.strictF1 < o.minStrictF1) below.push(`strict F1 ${t.strictF1.toFixed(3)} < ${o.minStrictF1}`);
  if (o.minActorRecall !== null && (t.actorRecall ?? 0) < o.minActorRecall) below.push(`actor recall ${(t.actorRecall ?? 0).toFixed(3)} < ${o.minActorRecall}`);
  if (o.minMergePrecision !== null && (merges?.precision ?? 0) < o.minMergePrecision) below.push(`merge precision ${(merges?.precision ?? 0).toFixed(3)} < ${o.minMergePrecision}`);
  if (o.minMergeRecall !== null && (merges?.recall ?? 0) < o.minMergeRecall) below.push(`merge recall ${(merges?.recall ?? 0).toFixed(3)} < ${o.minMergeRecall}`);
  if (below.length) {
    console.error(`below target: ${below.join('; ')}`);
    return 1;
  }
  return 0;
}

// exitCode rather than exit(): a long report piped to another program is flushed in full.
main().then((code) => {
  process.exitCode = code;
});
