// What happens when a stage of the compiler itself fails: the article (or,
// at worst, the file) is lost with a message naming it, never the build. The
// stages are made to fail on a marker word, since the real ones are meant
// not to; the last tests replay inputs that the property search
// (neverThrows.test.ts) found breaking the data set.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileArticle } from '../../../src/compiler/events/compileArticle';
import { compileFolder } from '../../../src/compiler/build/readSeeds';
import { datasetSchema } from '../../../src/model/schema';
import { assembleDataset } from '../../../src/compiler/corpus/compileCorpus';

vi.mock('../../../src/compiler/temporal/findTimeExpressions', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/compiler/temporal/findTimeExpressions')>();
  return {
    ...real,
    findTimeExpressions: (sentence: string, context: Parameters<typeof real.findTimeExpressions>[1]) => {
      if (sentence.includes('KABOOM')) throw new Error('tagger fell over');
      return real.findTimeExpressions(sentence, context);
    },
  };
});
vi.mock('../../../src/compiler/actors/extractActors', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/compiler/actors/extractActors')>();
  return {
    ...real,
    extractActors: (...args: Parameters<typeof real.extractActors>) => {
      if (args[0].includes('ACTORBOOM')) throw new Error('actor finder fell over');
      return real.extractActors(...args);
    },
  };
});
vi.mock('../../../src/compiler/text/segment', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/compiler/text/segment')>();
  return {
    ...real,
    splitSentences: (...args: Parameters<typeof real.splitSentences>) => {
      if (args[0].includes('SPLITBOOM')) throw new RangeError('Maximum call stack size exceeded');
      return real.splitSentences(...args);
    },
  };
});
vi.mock('../../../src/compiler/read/frontMatter', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/compiler/read/frontMatter')>();
  return {
    ...real,
    parseFrontMatter: (text: string) => {
      if (text.includes('FMBOOM')) throw new TypeError("Cannot read properties of undefined (reading 'trim')");
      return real.parseFrontMatter(text);
    },
  };
});

const compile = (raw: string) => compileArticle({ id: 'x', file: 'x.md', raw, sidecar: null });

describe('compileArticle when a stage fails', () => {
  it('loses only the sentence the date tagger fails on, naming its file line', () => {
    const c = compile('---\npublished: 2024-04-18\n---\nFlood in Valdora\n\nThe river rose on Tuesday.\nKABOOM on Wednesday.\n\nThe clean-up will begin on Monday.\n');
    expect(c.events.map((e) => e.date.start)).toEqual(['2024-04-16', '2024-04-22']);
    expect(c.diagnostics).toEqual([
      { level: 'warning', file: 'x.md', line: 7, message: expect.stringContaining('tagger fell over') },
    ]);
  });

  it('keeps the events without actors when the actor finder fails', () => {
    const c = compile('---\npublished: 2024-04-18\n---\nACTORBOOM\n\nPresident Ines Corbel spoke on Tuesday.\n');
    expect(c.actors).toEqual([]);
    expect(c.events.map((e) => [e.date.start, e.actors])).toEqual([['2024-04-16', []]]);
    expect(c.diagnostics).toEqual([{ level: 'warning', file: 'x.md', line: null, message: expect.stringContaining('actor finder fell over') }]);
  });

  it('keeps the article and its text with an error when the sentence splitter fails', () => {
    const c = compile('---\npublished: 2024-04-18\n---\nSPLITBOOM\n\nThe river rose on Tuesday.\n');
    expect(c.article.text).toContain('The river rose');
    expect(c.events).toEqual([]);
    expect(c.diagnostics).toEqual([{ level: 'error', file: 'x.md', line: null, message: expect.stringContaining('Maximum call stack') }]);
  });
});

describe('compileArticle on inputs the property search found', () => {
  it('gives an event a label when the label maker returns none (a comma glued to the date)', () => {
    const c = compile('Headline here\n\nThe region,in 2021 was discussed, said the statement.\n');
    expect(c.events.map((e) => e.date.start)).toEqual(['2021-01-01']);
    expect(c.events[0]!.label.trim()).not.toBe('');
    expect(datasetSchema.safeParse(assembleDataset([c], [])).success).toBe(true);
  });

  it('keeps a person whose name is in another script, with an id in that script', () => {
    const c = compile('Talks resume\n\nRussia said Foreign Minister Дмитрий Иванов would travel on Monday, Dec. 26, 2022.\n');
    const person = c.actors.find((a) => a.name === 'Дмитрий Иванов');
    expect(person).toMatchObject({ id: 'дмитрий-иванов', kind: 'person', memberOf: ['russia'] });
    expect(c.events.map((e) => e.date.start)).toEqual(['2022-12-26']);
    expect(c.events[0]!.actors).toContain('дмитрий-иванов');
    expect(datasetSchema.safeParse(assembleDataset([c], [])).success).toBe(true);
  });

  it('still gives Latin names accent-free ids', () => {
    const c = compile('Talks resume\n\nFrance said Foreign Minister Hélène Lefèvre would travel on Monday, Dec. 26, 2022.\n');
    expect(c.actors.map((a) => a.id)).toContain('helene-lefevre');
  });
});

describe('compileFolder when compiling one file fails outright', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'guard-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('skips that file with an error and still compiles the seed beside it', async () => {
    await copyFile(path.resolve('seeds/000_30beba559cdab82b.txt'), path.join(dir, 'seed.txt'));
    await writeFile(path.join(dir, 'seed.meta.json'), '{"published": "2022-12-22"}');
    await writeFile(path.join(dir, 'bad.txt'), 'FMBOOM\n\nIt rained on May 2, 2019.\n');
    await writeFile(path.join(dir, 'odd.txt'), 'Headline\n\nKABOOM on May 2, 2019.\n');
    const { dataset } = await compileFolder(dir);
    expect(dataset.articles.map((a) => a.id)).toEqual(['odd', 'seed']);
    expect(dataset.events.filter((e) => e.sources[0]!.articleId === 'seed').length).toBeGreaterThan(5);
    expect(dataset.diagnostics).toEqual(expect.arrayContaining([
      { level: 'error', file: 'bad.txt', line: null, message: expect.stringMatching(/compiler failed on this file .*reading 'trim'.*skipped/) },
      { level: 'warning', file: 'odd.txt', line: 3, message: expect.stringContaining('could not read the dates of this sentence') },
    ]));
  });
});

describe('compileArticle on a scraped page', () => {
  it('makes no event of the byline stamp or the photo caption, but still dates the article by the stamp', () => {
    const c = compile('Grain deal extended\n\nBy Anna Keller\nUpdated 14:32 GMT, 3 May 2024\n\nTurkey agreed on Thursday to extend the deal.\n\nPhoto: A ship off Istanbul, April 29, 2024.\n');
    expect(c.article.published).toBe('2024-05-03');
    expect(c.events.map((e) => [e.date.start, e.date.text])).toEqual([['2024-05-02', 'on Thursday']]);
  });
});
