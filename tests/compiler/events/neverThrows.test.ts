// Property tests: whatever text a user drops into seeds/, compileArticle
// returns an article whose data keeps the contract. Random strings find the
// crashes no one thought of; mutations of the real seed keep the input close
// enough to news that the date and actor rules actually fire.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { compileArticle, type ArticleCompilation } from '../../../src/compiler/events/compileArticle';
import { assembleDataset } from '../../../src/compiler/corpus/compileCorpus';
import { datasetSchema, precisionSchema } from '../../../src/model/schema';

const SEED = readFileSync(path.resolve('seeds/000_30beba559cdab82b.txt'), 'utf8');
// FC_SCALE=20 for a deeper hunt before a release; the default keeps the suite fast.
const SCALE = Number(process.env.FC_SCALE ?? 6);
const PRECISIONS = new Set<string>(precisionSchema.options);

// Tokens the temporal tagger and the number rules react to, so mutations hit them.
const DATE_LIKE = [
  'Dec. 12', '1991', 'on Thursday', 'since', '2,317', 'last year', 'in the 1990s', 'summer 2020',
  'Feb. 30, 2022', 'Dec. 12, 2022', 'on Dec. 12', 'next week', '44 days', 'early 2021', 'from 2019 to 2021',
  'MOSCOW, Dec. 22 (Reuters) -', '---', '\n\n', '.', '"', 'U.S.', 'Mr.', '2022-02-30', 'the 1st', '9999',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string };

const fragment = fc.oneof(
  fc.constantFrom(...DATE_LIKE),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }), text: fragment }),
);

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else out = out.slice(0, at) + m.text + out.slice(at + m.length);
  }
  return out;
}

/** Checks what the app relies on; throws (failing the property) with the first broken promise. */
function checkContract(c: ArticleCompilation): void {
  // compileArticle drops a broken event with a diagnostic; that safety net must not be what keeps this green.
  const bug = c.diagnostics.find((d) => /internal error|compiler bug/.test(d.message));
  if (bug) throw new Error(`${bug.file}:${bug.line}: ${bug.message}`);
  for (const e of c.events) {
    for (const s of e.sources) {
      if (c.article.text.slice(s.start, s.end) !== s.quote) throw new Error(`quote does not slice: ${JSON.stringify(s.quote.slice(0, 60))}`);
    }
    if (!(e.date.start <= e.date.end)) throw new Error(`date runs backwards: ${e.date.start}..${e.date.end} from ${JSON.stringify(e.date.text)}`);
    if (!PRECISIONS.has(e.date.precision)) throw new Error(`unknown precision ${e.date.precision}`);
  }
  const parsed = datasetSchema.safeParse(assembleDataset([c], []));
  if (!parsed.success) throw new Error(`data set invalid: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}

const compile = (raw: string, published?: string) =>
  compileArticle({ id: 'prop', file: 'prop.txt', raw, sidecar: published ? { published, file: 'prop.meta.json' } : null });

describe('compileArticle on any input', () => {
  it('returns contract-keeping data for random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => checkContract(compile(raw))),
      { numRuns: 300 * SCALE },
    );
  }, 60_000 * SCALE);

  it('returns contract-keeping data for random front matter and lines', () => {
    const line = fc.oneof(fc.constantFrom('---', 'published: 2022-02-30', 'published: yesterday', 'title:', ...DATE_LIKE), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => checkContract(compile(lines.join(eol)))),
      { numRuns: 300 * SCALE },
    );
  }, 60_000 * SCALE);

  it('returns contract-keeping data for mutations of the real seed article', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('2022-12-22', '0001-01-01', '9999-12-31', undefined),
        (mutations, published) => checkContract(compile(mutate(SEED, mutations), published)),
      ),
      { numRuns: 250 * SCALE },
    );
  }, 60_000 * SCALE);
});
