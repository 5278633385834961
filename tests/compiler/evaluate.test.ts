// The scorer's matching rules on small data sets built here (the rules of
// EVALUATION.md, each with a case it accepts and one it refuses).
import { evaluate, goldInterval, parseGoldFile, passageOverlaps, type GoldEvent, type GoldFile } from '../../src/compiler/evaluate';
import { SCHEMA_VERSION, type Actor, type Dataset, type TimelineEvent } from '../../src/model/schema';

const TEXT = 'The port reopened on Monday after a strike. Dockers had walked out in the autumn of 2021.';

function event(id: string, quote: string, start: string, precision: TimelineEvent['date']['precision'], actors: string[] = []): TimelineEvent {
  const at = TEXT.indexOf(quote);
  return {
    id, label: id, actors, kind: 'point', attribution: null, duration: null,
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

  it('lists gold files whose article was not compiled instead of counting them as missed', () => {
    const r = evaluate(data([]), [{ article: 'elsewhere', published: '2022-01-01', events: [] }]);
    expect(r.goldWithoutArticle).toEqual(['elsewhere']);
    expect(r.total.articles).toBe(0);
  });
});

describe('parseGoldFile', () => {
  it('names the file and the bad field', () => {
    expect(() => parseGoldFile({ article: 'a', published: '2022-01-01', events: [{ quote: 'x', date: '2022-02-30', precision: 'day' }] }, 'a.gold.json'))
      .toThrow(/a\.gold\.json: events\[0\]\.date: 2022-02-30 is not a real day/);
  });

  it('reads the season and decade forms of gold dates', () => {
    expect(goldInterval({ date: '2020-winter', precision: 'season' })).toEqual({ start: '2020-12-01', end: '2021-02-28' });
    expect(goldInterval({ date: '1990s', precision: 'decade' })).toEqual({ start: '1990-01-01', end: '1999-12-31' });
  });
});
