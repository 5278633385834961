// The scorer's matching rules on small data sets built here (the rules of
// EVALUATION.md, each with a case it accepts and one it refuses).
import { evaluate, goldInterval, parseGoldFile, passageOverlaps, type GoldEvent, type GoldFile } from '../../../src/compiler/eval/evaluate';
import { SCHEMA_VERSION, type Actor, type Dataset, type TimelineEvent } from '../../../src/model/schema';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TEXT = 'The port reopened on Monday after a strike. Dockers had walked out in the autumn of 2021.';

function event(id: string, quote: string, start: string, precision: TimelineEvent['date']['precision'], actors: string[] = []): TimelineEvent {
  const at = TEXT.indexOf(quote);
  return {
    id, label: id, actors, kind: 'point', attribution: null, duration: null, importance: { score: 0.5, reasons: [] },
    date: { start, end: start, precision, text: '' },
    dateReason: { rule: 'test', expression: '' },
    sources: [{ articleId: 'a', start: Math.max(0, at), end: Math.max(0, at) + quote.length, quote }],
  };
}

function data(events: TimelineEvent[], actors: Actor[] = []): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [{ id: 'a', title: 'Port', published: '2022-03-09', publishedBasis: 'stated', publishedFrom: 'front matter', source: null, file: 'a.txt', eventCount: events.length, text: TEXT }],
    actors, events, diagnostics: [],
  };
}

function gold(events: Array<Partial<GoldEvent> & Pick<GoldEvent, 'quote' | 'date' | 'precision'>>): GoldFile {
  return { article: 'a', published: '2022-03-09', events: events.map((e, i) => ({ id: `g${i}`, label: '', actors: [], required: true, ...e })) };
}

const REOPEN = 'The port reopened on Monday after a strike.';
const WALKOUT = 'Dockers had walked out in the autumn of 2021.';

describe('evaluate', () => {
  it('matches a passage that contains the gold quote, folding case, spaces and quote marks', () => {
    expect(passageOverlaps('“THE  port” reopened on Monday after a strike. More.', '"The port" reopened on Monday after a strike.')).toBe(true);
    expect(passageOverlaps('A different sentence entirely.', REOPEN)).toBe(false);
  });

  it('matches a clause holding 60% of the gold words, and not one holding less', () => {
    expect(passageOverlaps('the port reopened on Monday', REOPEN)).toBe(true); // contained
    expect(passageOverlaps('port reopened Monday strike dockers', 'The port reopened on Monday after a long strike.')).toBe(false); // 4 of 9
    expect(passageOverlaps('The port reopened on Monday after the', 'The port reopened on Monday after a long strike.')).toBe(true); // 7 of 9
  });

  it('scores a year prediction against autumn gold as relaxed, not strict', () => {
    const r = evaluate(data([event('e', WALKOUT, '2021-01-01', 'year')]), [gold([{ quote: WALKOUT, date: '2021-autumn', precision: 'season' }])]);
    expect(r.total).toMatchObject({ matched: 1, strict: 0, f1: 1, strictF1: 0 });
  });

  it('reads a prediction with a time of day as its day, strictly matching day gold', () => {
    const timed = { ...event('e', REOPEN, '2022-03-07', 'day'), date: { start: '2022-03-07', end: '2022-03-07', precision: 'day' as const, time: { clock: '11:00', precision: 'hour' as const }, text: '' } };
    const r = evaluate(data([timed]), [gold([{ quote: REOPEN, date: '2022-03-07', precision: 'day' }])]);
    expect([r.total.matched, r.total.strict]).toEqual([1, 1]);
  });

  it('refuses a day prediction on another day', () => {
    const r = evaluate(data([event('e', REOPEN, '2022-03-08', 'day')]), [gold([{ quote: REOPEN, date: '2022-03-07', precision: 'day' }])]);
    expect(r.total).toMatchObject({ matched: 0, precision: 0, recall: 0 });
    expect(r.articles[0]!.missed.map((g) => g.id)).toEqual(['g0']);
  });

  it('does not count a prediction matched to optional gold against precision', () => {
    const r = evaluate(
      data([event('e1', REOPEN, '2022-03-07', 'day'), event('e2', WALKOUT, '2021-10-01', 'month')]),
      [gold([{ quote: REOPEN, date: '2022-03-07', precision: 'day' }, { quote: WALKOUT, date: '2021-autumn', precision: 'season', required: false }])],
    );
    expect(r.total).toMatchObject({ required: 1, predicted: 2, matchedOptional: 1, precision: 1, recall: 1 });
  });

  it('matches one to one and prefers the strict candidate', () => {
    const r = evaluate(
      data([event('loose', REOPEN, '2022-03-01', 'month'), event('exact', REOPEN, '2022-03-07', 'day')]),
      [gold([{ quote: REOPEN, date: '2022-03-07', precision: 'day' }])],
    );
    expect(r.articles[0]!.matches).toEqual([{ gold: 'g0', event: 'exact', strict: true }]);
    expect(r.articles[0]!.unmatched.map((e) => e.id)).toEqual(['loose']);
    expect(r.total.precision).toBe(0.5);
  });

  it('finds gold actors through aliases, transitive membership and the word-subset rule', () => {
    const actors: Actor[] = [
      { id: 'union', name: 'Dockers Union', kind: 'organization', aliases: ['DU'], memberOf: ['port-city'] },
      { id: 'port-city', name: 'Port City Council', kind: 'organization', aliases: [], memberOf: ['freedonia'] },
      { id: 'freedonia', name: 'Republic of Freedonia', kind: 'country', aliases: [], memberOf: [] },
    ];
    const r = evaluate(
      data([event('e', WALKOUT, '2021-09-01', 'season', ['union'])], actors),
      [gold([{ quote: WALKOUT, date: '2021-autumn', precision: 'season', actors: ['DU', 'Freedonia', 'Port City Council', 'Sylvania'] }])],
    );
    expect(r.total.actorRecall).toBe(0.75);
  });

  it('judges actor precision by each predicted actor\'s own names, not what it belongs to', () => {
    const actors: Actor[] = [
      { id: 'union', name: 'Dockers Union', kind: 'organization', aliases: ['DU'], memberOf: ['freedonia'] },
      { id: 'freedonia', name: 'Republic of Freedonia', kind: 'country', aliases: [], memberOf: [] },
      { id: 'mayor', name: 'Mayor Ana Ruiz', kind: 'person', aliases: [], memberOf: [] },
    ];
    const r = evaluate(
      data([event('e', WALKOUT, '2021-09-01', 'season', ['union', 'mayor'])], actors),
      [gold([{ quote: WALKOUT, date: '2021-autumn', precision: 'season', actors: ['DU', 'Freedonia'] }])],
    );
    // The union is a participant (by its alias); the mayor is only mentioned.
    expect(r.total).toMatchObject({ actorPrecision: 0.5, actorRecall: 1 });
    expect(r.articles[0]!.extraActors).toEqual([{ gold: 'g0', actor: 'Mayor Ana Ruiz' }]);
  });

  it('counts a happening read twice from its sentence, and one told twice with the same date and words', () => {
    const twice = evaluate(
      data([event('e1', REOPEN, '2022-03-07', 'day'), event('e2', REOPEN, '2022-03-01', 'month')]),
      [gold([{ quote: REOPEN, date: '2022-03-07', precision: 'day' }])],
    );
    expect(twice.total.doubled).toBe(1);
    expect(twice.articles[0]!.doubles).toEqual([{ event: 'e2', repeats: 'e1', why: 'a second reading of gold g0' }]);
    const apart = evaluate(
      data([event('e1', REOPEN, '2022-03-07', 'day'), event('e2', WALKOUT, '2021-10-01', 'month')]),
      [gold([{ quote: REOPEN, date: '2022-03-07', precision: 'day' }])],
    );
    expect(apart.total.doubled).toBe(0);
  });

  it('measures the share of matched labels that meet the label rubric', () => {
    const named = { ...event('The port reopened after the strike', REOPEN, '2022-03-07', 'day') };
    const fragment = { ...event('Had walked out in the', WALKOUT, '2021-10-01', 'month'), id: 'frag' };
    const r = evaluate(data([named, fragment]), [gold([{ quote: REOPEN, date: '2022-03-07', precision: 'day' }, { quote: WALKOUT, date: '2021-autumn', precision: 'season' }])]);
    expect(r.total.labelRubric).toBe(0.5);
    expect(r.articles[0]!.badLabels.map((b) => b.label)).toEqual(['Had walked out in the']);
  });

  it('lists gold files whose article was not compiled instead of counting them as missed', () => {
    const r = evaluate(data([]), [{ article: 'elsewhere', published: '2022-01-01', events: [] }]);
    expect(r.goldWithoutArticle).toEqual(['elsewhere']);
    expect(r.total.articles).toBe(0);
  });
});

const GOOD = { id: 'g', label: 'x', date: '2022-02-03', precision: 'day', actors: [], quote: 'x', required: true };

describe('parseGoldFile', () => {
  it('names the file and the bad field', () => {
    expect(() => parseGoldFile({ article: 'a', published: '2022-01-01', events: [{ ...GOOD, date: '2022-02-30' }] }, 'a.gold.json'))
      .toThrow(/a\.gold\.json: events\[0\]\.date: 2022-02-30 is not a real day/);
  });

  it('reads the season and decade forms of gold dates', () => {
    expect(goldInterval({ date: '2020-winter', precision: 'season' })).toEqual({ start: '2020-12-01', end: '2021-02-28' });
    expect(goldInterval({ date: '1990s', precision: 'decade' })).toEqual({ start: '1990-01-01', end: '1999-12-31' });
  });
});

// ---------------------------------------------------------------------------
// Further cases: several articles, zero denominators, strict gold parsing, the CLI.

function article(id: string, text: string): Dataset['articles'][number] {
  return { id, title: id, published: '2022-03-09', publishedBasis: 'stated', publishedFrom: 'front matter', source: null, file: `${id}.txt`, eventCount: 0, text };
}

function predicted(id: string, sources: Array<[string, string]>, start: string, precision: TimelineEvent['date']['precision'], actors: string[] = []): TimelineEvent {
  return {
    ...event(id, '', start, precision, actors),
    sources: sources.map(([articleId, quote]) => ({ articleId, start: 0, end: quote.length, quote })),
  };
}

function goldOf(articleId: string, events: Array<Partial<GoldEvent> & Pick<GoldEvent, 'quote' | 'date' | 'precision'>>): GoldFile {
  return { ...gold(events), article: articleId };
}

const SUMMIT = 'The summit opened in Lisbon on May 4, officials said.';
const TREATY = 'The treaty was signed in 2019 and ratified in 2020.';

describe('evaluate, further rules', () => {
  it('folds curly and straight apostrophes alike', () => {
    expect(passageOverlaps('Armenia’s decision came on Thursday.', "ARMENIA'S decision came on Thursday.")).toBe(true);
    expect(passageOverlaps('‘Enough,’ he said on Friday.', "'Enough,' he said on Friday.")).toBe(true);
  });

  it('accepts a prediction whose calendar unit holds the gold start, across a year boundary', () => {
    // Winter 2020 runs December 2020 to February 2021, so a season read in January 2021 holds gold December 2020.
    const r = evaluate(data([event('e', REOPEN, '2021-01-10', 'season')]), [gold([{ quote: REOPEN, date: '2020-12', precision: 'month' }])]);
    expect(r.total).toMatchObject({ matched: 1, strict: 0 });
    const far = evaluate(data([event('e', REOPEN, '2021-03-10', 'season')]), [gold([{ quote: REOPEN, date: '2020-12', precision: 'month' }])]);
    expect(far.total.matched).toBe(0);
  });

  it('gives one prediction to one gold event only, leaving the second date of a sentence missed', () => {
    const r = evaluate(
      data([event('both', WALKOUT, '2021-10-01', 'month')]),
      [gold([{ quote: WALKOUT, date: '2021-autumn', precision: 'season' }, { quote: WALKOUT, date: '2021-10', precision: 'month' }])],
    );
    // Gold is taken in file order: the season event claims the prediction before the month event that fits it strictly.
    expect(r.total).toMatchObject({ required: 2, matched: 1, strict: 0, precision: 1, recall: 0.5 });
    expect(r.articles[0]!.missed.map((g) => g.id)).toEqual(['g1']);
  });

  it('counts an event with sources in two articles in both, and sums counts before dividing', () => {
    const dataset: Dataset = {
      ...data([]),
      articles: [article('x', SUMMIT), article('y', `${SUMMIT} ${TREATY}`), article('z', 'No gold here.')],
      events: [
        predicted('summit', [['x', SUMMIT], ['y', SUMMIT]], '2022-05-04', 'day'),
        predicted('treaty', [['y', TREATY]], '2019-01-01', 'year'),
        predicted('noise', [['y', TREATY]], '2021-01-01', 'year'),
      ],
    };
    const r = evaluate(dataset, [
      goldOf('x', [{ quote: SUMMIT, date: '2022-05-04', precision: 'day' }]),
      goldOf('y', [
        { quote: SUMMIT, date: '2022-05-04', precision: 'day' },
        { quote: TREATY, date: '2019', precision: 'year' },
        { quote: TREATY, date: '2020', precision: 'year' },
      ]),
    ]);
    expect(r.articles.map((a) => [a.article, a.predicted, a.matched, a.required])).toEqual([['x', 1, 1, 1], ['y', 3, 2, 3]]);
    // Micro-average: 3 matched of 4 predicted and 4 required, not the mean of 1 and 2/3.
    expect(r.total).toMatchObject({ articles: 2, predicted: 4, matched: 3, required: 4, precision: 0.75, recall: 0.75 });
    expect(r.articles[1]!.unmatched.map((e) => e.id)).toEqual(['noise']);
    expect(r.articlesWithoutGold).toEqual(['z']);
  });

  it('defines precision and recall when a denominator is zero', () => {
    const empty = evaluate(data([]), [gold([])]);
    expect(empty.total).toMatchObject({ precision: 1, recall: 1, f1: 1, actorRecall: null });
    const nothingFound = evaluate(data([]), [gold([{ quote: REOPEN, date: '2022-03-07', precision: 'day' }])]);
    expect(nothingFound.total).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    const nothingAsked = evaluate(data([event('e', REOPEN, '2022-03-07', 'day')]), [gold([])]);
    expect(nothingAsked.total).toMatchObject({ precision: 0, f1: 0 });
  });

  it('matches actor names word by word, in either direction, and survives a membership loop', () => {
    const actors: Actor[] = [
      { id: 'nkr', name: 'Nagorno-Karabakh Republic', kind: 'organization', aliases: [], memberOf: ['council'] },
      { id: 'council', name: 'Karabakh Council', kind: 'organization', aliases: [], memberOf: ['nkr'] },
    ];
    const score = (goldActors: string[]) =>
      evaluate(data([event('e', REOPEN, '2022-03-07', 'day', ['nkr'])], actors), [gold([{ quote: REOPEN, date: '2022-03-07', precision: 'day', actors: goldActors }])]).total.actorRecall;
    expect(score(['Nagorno-Karabakh'])).toBe(1);
    expect(score(['Nagorno-Karabakh Republic Defence Army'])).toBe(1);
    expect(score(['Karabakh Council'])).toBe(1); // through memberOf, despite the loop back to nkr
    expect(score(['Karabakh Football Council'])).toBe(1); // "Karabakh Council" words are all in it
    expect(score(['Armenia'])).toBe(0);
  });
});

describe('parseGoldFile, field by field', () => {
  const file = (events: unknown[], extra: Record<string, unknown> = {}) => ({ article: 'a', published: '2022-01-01', events, ...extra });

  it('refuses a missing required flag instead of assuming it', () => {
    const { required: _, ...noFlag } = GOOD;
    expect(() => parseGoldFile(file([noFlag]), 'g.gold.json')).toThrow('g.gold.json: events[0].required must be true or false');
  });

  it('refuses a precision that does not fit the written date', () => {
    expect(() => parseGoldFile(file([{ ...GOOD, date: '2020', precision: 'day' }]), 'g.gold.json')).toThrow(/events\[0\]\.precision: day does not fit the date 2020/);
    expect(() => parseGoldFile(file([{ ...GOOD, date: '2020-13', precision: 'month' }]), 'g.gold.json')).toThrow(/2020-13 is not a real month/);
  });

  it('refuses a bad publication day and repeated event ids', () => {
    expect(() => parseGoldFile(file([], { published: '2022-1-1' }), 'g.gold.json')).toThrow('g.gold.json: "published" must be a YYYY-MM-DD day');
    expect(() => parseGoldFile(file([GOOD, GOOD]), 'g.gold.json')).toThrow('g.gold.json: events[1].id "g" is used twice');
  });

  it('reads every gold file of the fixtures, notes and all', () => {
    const dir = path.resolve(__dirname, '../../fixtures/gold');
    const names = readdirSync(dir).filter((n) => n.endsWith('.gold.json'));
    expect(names.length).toBeGreaterThanOrEqual(15);
    for (const name of names) {
      const parsed = parseGoldFile(JSON.parse(readFileSync(path.join(dir, name), 'utf8')), name);
      expect(`${parsed.article}.gold.json`).toBe(name);
    }
  });
});

describe('npm run eval (evalCli)', () => {
  const CLI = path.resolve(__dirname, '../../../src/compiler/eval/evalCli.ts');
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', cwd: path.resolve(__dirname, '../../..') });
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'eval-cli-'));
    mkdirSync(path.join(dir, 'gold'));
    writeFileSync(path.join(dir, 'timeline.json'), JSON.stringify(data([event('e1', REOPEN, '2022-03-07', 'day'), event('e2', WALKOUT, '2021-01-01', 'year')])));
    writeFileSync(path.join(dir, 'gold', 'a.gold.json'), JSON.stringify(gold([
      { quote: REOPEN, date: '2022-03-07', precision: 'day', actors: [] },
      { quote: WALKOUT, date: '2021-autumn', precision: 'season' },
    ])));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints only the totals line with --json', () => {
    const r = run('--data', path.join(dir, 'timeline.json'), '--gold', path.join(dir, 'gold'), '--json');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ articles: 1, required: 2, matched: 2, strict: 1, f1: 1, strictF1: 0.5 });
  });

  it('exits 1 when a total falls below a --min threshold', () => {
    const r = run('--data', path.join(dir, 'timeline.json'), '--gold', path.join(dir, 'gold'), '--min-f1', '0.9', '--min-strict-f1', '0.6');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('strict F1 0.500 < 0.6');
  });

  it('reads a story\'s <story>.merge.json beside its gold folder, and keeps only the --only articles', () => {
    writeFileSync(path.join(dir, 'demo.merge.json'), JSON.stringify({ story: 'demo', articles: ['a'], groups: [
      { id: 'reopening', date: '2022-03-07', precision: 'day', mentions: [{ article: 'a', quote: REOPEN, date_text: 'on Monday' }] },
    ] }));
    const r = run('--data', path.join(dir, 'timeline.json'), '--gold', path.join(dir, 'gold'), '--json');
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ mergeMentions: 1, mergeMentionsFound: 1 });
    const none = run('--data', path.join(dir, 'timeline.json'), '--gold', path.join(dir, 'gold'), '--json', '--skip', 'a');
    expect(JSON.parse(none.stdout.trim())).not.toHaveProperty('articles');
    rmSync(path.join(dir, 'demo.merge.json'));
  });

  it('exits 2 naming a missing gold folder or a bad data file', () => {
    const missing = run('--data', path.join(dir, 'timeline.json'), '--gold', path.join(dir, 'nowhere'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`gold folder not found: ${path.join(dir, 'nowhere')}`);
    writeFileSync(path.join(dir, 'broken.json'), '{ not json');
    const broken = run('--data', path.join(dir, 'broken.json'), '--gold', path.join(dir, 'gold'));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(`${path.join(dir, 'broken.json')}: not readable JSON`);
  });
});
