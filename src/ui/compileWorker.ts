// The compiler in the page: a Web Worker that compiles the articles a reader
// adds (files or pasted text) with the same readers and the same compiler as
// the build, and assembles them with the built data set so their events join
// the timeline and merge with the built ones. The one module of the app that
// imports the compiler (its pure stages; never build/, which is Node), and
// only ever loaded as a worker, on first use: the page's own script stays
// without it.
import './zodWithoutEval';
import { assembleDataset } from '../compiler/corpus/compileCorpus';
import { compileArticle, type ArticleCompilation } from '../compiler/events/compileArticle';
import { hash32 } from '../compiler/events/stableId';
import { articleLine, diagnosticLine } from '../compiler/read/articleLine';
import { readSeedFile, tooLarge, withOrigin } from '../compiler/read/seedFile';
import { toDetails, toIndex, withDetails } from '../model/eventParts';
import { decodeIndex } from '../model/indexColumns';
import { indexColumnsProblem } from '../model/quickCheck';
import { DATA_FILES, indexColumnsSchema, timelineDetailsSchema, type Dataset, type Diagnostic } from '../model/schema';
import type { CompileRequest, CompileResponse, CompileResult, FileReport, UserFile } from './compileMessages';

interface Built {
  compilations: ArticleCompilation[];
  diagnostics: Diagnostic[];
}

let built: Promise<Built> | null = null;
/** Each file's compilations by name, kept while its bytes stay the same. */
const compiled = new Map<string, { key: string; compilations: ArticleCompilation[]; report: FileReport }>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** The built data set as the compiler's output of each article, so new articles are assembled with it as at build time. */
async function loadBuilt(dataUrl: string): Promise<Built> {
  const [indexJson, detailsJson] = await Promise.all([fetchJson(new URL(DATA_FILES.index, dataUrl).href), fetchJson(new URL(DATA_FILES.details, dataUrl).href)]);
  // The index travels in columns (model/indexColumns.ts): checked column by column, then decoded into its events.
  const columns = indexColumnsSchema.parse(indexJson);
  const problem = indexColumnsProblem(columns);
  if (problem) throw new Error(`${DATA_FILES.index} does not match the data contract at ${problem.path}: ${problem.message}`);
  const index = decodeIndex(columns);
  const details = timelineDetailsSchema.parse(detailsJson);
  const byArticle = new Map<string, ArticleCompilation>();
  index.articles.forEach((meta, i) => {
    // The built actors are already one list for the corpus: they go in once, with the first article.
    byArticle.set(meta.id, { article: { ...meta, text: '' }, actors: i === 0 ? index.actors : [], events: [], diagnostics: [], unresolved: [] });
  });
  index.events.forEach((event, i) => {
    const whole = withDetails(event, details.events[i]);
    if (!whole) throw new Error('the built passages do not match the built events; reload the page');
    byArticle.get(event.sources[0]!.articleId)?.events.push(whole);
  });
  return { compilations: [...byArticle.values()], diagnostics: index.diagnostics };
}

function compileFile(file: UserFile): { compilations: ArticleCompilation[]; report: FileReport } {
  // An unchanged file (the same name and bytes) is not compiled again.
  const key = `${file.bytes.length}:${hash32(new TextDecoder().decode(file.bytes))}`;
  const cached = compiled.get(file.name);
  if (cached?.key === key) return cached;
  const large = tooLarge(file.name, Math.max(file.size ?? 0, file.bytes.length));
  const { articles, diagnostics } = large ? { articles: [], diagnostics: [large] } : readSeedFile(file.name, file.bytes);
  const compilations: ArticleCompilation[] = [];
  const lines: string[] = [];
  for (const input of articles) {
    try {
      const compilation = withOrigin(compileArticle(input), input.origin);
      compilations.push(compilation);
      diagnostics.push(...compilation.diagnostics);
      lines.push(articleLine({ ...compilation, origin: input.origin }));
    } catch (error) {
      diagnostics.push({ level: 'error', file: input.file, line: null, message: `the compiler failed on this file (${error instanceof Error ? error.message : String(error)}); skipped - please report it` });
    }
  }
  const report: FileReport = { name: file.name, articleIds: compilations.map((c) => c.article.id), lines, problems: diagnostics, problemLines: diagnostics.map(diagnosticLine) };
  const entry = { key, compilations, report };
  compiled.set(file.name, entry);
  return entry;
}

async function compile(request: CompileRequest): Promise<CompileResult> {
  if (!built || request.reload) built = loadBuilt(request.dataUrl);
  let base: Built;
  try {
    base = await built;
  } catch (error) {
    built = null;
    throw error;
  }
  const taken = new Map(base.compilations.map((c) => [c.article.id.toLowerCase(), c.article.file]));
  const own: ArticleCompilation[] = [];
  const files: FileReport[] = [];
  for (const file of request.files) {
    const { compilations, report } = compileFile(file);
    const clashes: Diagnostic[] = [];
    for (const c of compilations) {
      const earlier = taken.get(c.article.id.toLowerCase());
      if (earlier !== undefined) {
        // The command line's words for the same clash.
        clashes.push({ level: 'error', file: c.article.file, line: null, message: `article id "${c.article.id}" is taken by ${earlier}; skipped (rename one of them)` });
        continue;
      }
      taken.set(c.article.id.toLowerCase(), c.article.file);
      own.push(c);
    }
    const kept = new Set(own.map((c) => c.article.id));
    files.push({ ...report, articleIds: report.articleIds.filter((id) => kept.has(id)), problems: [...report.problems, ...clashes], problemLines: [...report.problemLines, ...clashes.map(diagnosticLine)] });
  }
  // Read-time problems (decoding, size) go with the data, as the folder reader's do.
  const readProblems = files.flatMap((f) => f.problems).filter((d) => !own.some((c) => c.diagnostics.includes(d)));
  const dataset: Dataset = assembleDataset([...base.compilations, ...own], [...base.diagnostics, ...readProblems]);
  return { index: toIndex(dataset), details: toDetails(dataset), texts: own.map((c) => ({ id: c.article.id, text: c.article.text })), files };
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<CompileRequest>) => void) | null; postMessage(message: CompileResponse): void };
scope.onmessage = (event) => {
  const request = event.data;
  compile(request).then(
    (result) => scope.postMessage({ id: request.id, ok: true, result }),
    (error: unknown) => scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
