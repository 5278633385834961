// A war told years later by several outlets, by its years or its decade: one
// happening when they give the same count of its dead, or when one tells its
// start and end and another the span between. Invented sentences through the
// whole merge, and the rules alone where the pair rule could join on its own.
import { mergeAcrossArticles, type CorpusActors } from '../../../src/compiler/corpus/merge';
import { sameDeadJoins, startAndEndJoins, warEndJoins, type WarGroup } from '../../../src/compiler/corpus/mergeWar';
import type { Precision, TimelineEvent } from '../../../src/model/schema';
import { sentenceEvent } from './sentenceEvent';

function told(id: string, article: string, sentence: string, dateText: string, precision: Precision, start: string, end: string): TimelineEvent {
  const e = sentenceEvent(id, article, sentence, start, dateText);
  return { ...e, date: { ...e.date, precision, start, end } };
}

const corpus: CorpusActors = { countries: new Set(['tarnia', 'vell']), named: (e) => e.actors };
const groupsOf = (events: TimelineEvent[]) => mergeAcrossArticles(events, {}, undefined, undefined, undefined, corpus).events.map((e) => e.sources.map((s) => s.eventId ?? e.id).sort().join('+')).sort();
const mergedOf = (events: TimelineEvent[]) => mergeAcrossArticles(events, {}, undefined, undefined, undefined, corpus).events.find((e) => e.merge !== undefined);

// The war as three outlets tell it, and its start as a fourth tells it.
const span = told('span', 'wire', 'Some 12,000 people died in the fighting between 1991 and 1997.', '1991 and 1997', 'year', '1991-01-01', '1997-12-31');
const decade = told('decade', 'daily', 'Tarnia split from Vell in a war in the early 1990s that killed about 12,000 people.', 'early 1990s', 'decade', '1990-01-01', '1993-12-31');
const since = told('since', 'review', 'The shelling was the heaviest since a war in the early 1990s in which about 12,000 people lost their lives, monitors said.', 'early 1990s', 'decade', '1990-01-01', '1993-12-31');
const began = told('began', 'weekly', 'Highland militias seized the passes in a war that began in 1991, as the old federation broke up, and ended in 1997.', '1991', 'year', '1991-01-01', '1991-12-31');

/** A group of one telling, as the rules read it. */
const alone = (root: number, e: TimelineEvent): WarGroup => ({ root, articles: new Set([e.sources[0]!.articleId]), members: [{ date: e.date, text: e.label, passage: e.sources[0]!.quote }] });

describe('a war told as a whole by the same count of its dead', () => {
  it('joins a span of years and a decade that give the same dead', () => {
    expect(groupsOf([span, decade])).toEqual(['decade+span']);
    expect(groupsOf([span, decade, since])).toEqual(['decade+since+span']);
  });

  it('says why in words: the count and how each dates the war', () => {
    expect(mergedOf([span, decade])?.merge?.explanation).toContain('Told as a whole: the same count of its dead, 12,000, where dated “1991 and 1997”, “early 1990s”.');
  });

  it('keeps apart another count, a truce told by its month, dates that do not meet, and dead of no war', () => {
    const fewer = told('fewer', 'daily', 'Tarnia split from Vell in a war in the early 1990s that killed about 4,000 people.', 'early 1990s', 'decade', '1990-01-01', '1993-12-31');
    expect(sameDeadJoins([alone(0, span), alone(1, fewer)])).toEqual([]);
    const truce = told('truce', 'daily', 'A truce signed in June 1997 ended a war that killed about 12,000 people.', 'June 1997', 'month', '1997-06-01', '1997-06-30');
    expect(sameDeadJoins([alone(0, span), alone(1, truce)])).toEqual([]);
    const sixties = told('sixties', 'daily', 'Tarnia split from Vell in a war in the 1960s that killed about 12,000 people.', '1960s', 'decade', '1960-01-01', '1969-12-31');
    expect(sameDeadJoins([alone(0, span), alone(1, sixties)])).toEqual([]);
    const floods = told('floods', 'wire', 'Some 12,000 people died in floods along the delta between 1991 and 1997.', '1991 and 1997', 'year', '1991-01-01', '1997-12-31');
    expect(sameDeadJoins([alone(0, floods), alone(1, decade)])).toEqual([]);
  });

  it('joins none where one telling could be either of two wars', () => {
    const other = told('other', 'daily', 'Farther south, a war in the early 1990s between two river clans killed about 12,000 people too.', 'early 1990s', 'decade', '1990-01-01', '1993-12-31');
    expect(sameDeadJoins([alone(0, span), alone(1, decade), alone(2, other)])).toEqual([]);
    expect(sameDeadJoins([alone(0, span), alone(1, decade)])).toEqual([[0, 1]]);
  });
});

describe('a war told by its start and end, and by the span between them', () => {
  it('joins the start told with its end to the group that tells the span', () => {
    expect(groupsOf([span, decade, began])).toEqual(['began+decade+span']);
  });

  it('says why in words: the two years and the span', () => {
    expect(mergedOf([span, began])?.merge?.explanation).toContain('Told by its first and last years: begun in 1991 and ended in 1997, the span another dates “1991 and 1997”.');
  });

  it('keeps apart another end, a start with no end, and a start against a decade alone', () => {
    const sooner = told('sooner', 'weekly', 'Highland militias seized the passes in a war that began in 1991 and ended in 1995.', '1991', 'year', '1991-01-01', '1991-12-31');
    expect(startAndEndJoins([alone(0, sooner), alone(1, span)])).toEqual([]);
    const open = told('open', 'weekly', 'Highland militias seized the passes in a war that began in 1991.', '1991', 'year', '1991-01-01', '1991-12-31');
    expect(startAndEndJoins([alone(0, open), alone(1, span)])).toEqual([]);
    expect(startAndEndJoins([alone(0, began), alone(1, decade)])).toEqual([]);
    // A start that tells no war ("the talks began in 1991 and ended in 1997") is no war's.
    const talks = told('talks', 'weekly', 'The talks on the border began in 1991 and ended in 1997 without a deal.', '1991', 'year', '1991-01-01', '1991-12-31');
    expect(startAndEndJoins([alone(0, talks), alone(1, span)])).toEqual([]);
  });
});

describe('the end of a war told by its year, and the truce that ended it', () => {
  const ended = told('ended', 'weekly', 'Highland militias seized the passes in a war that began in 1991, as the old federation broke up, and ended in 1997.', '1997', 'year', '1997-01-01', '1997-12-31');
  const truce = told('truce', 'daily', 'A truce signed in June 1997 by the two defence ministers ended the border war, leaving the militias on the ridge.', 'June 1997', 'month', '1997-06-01', '1997-06-30');

  it('joins them, and says why in words', () => {
    expect(groupsOf([ended, truce])).toEqual(['ended+truce']);
    expect(mergedOf([ended, truce])?.merge?.explanation).toContain('Told by its end: the war ended in 1997, and the truce that ended it dated “June 1997”.');
  });

  it('keeps apart a truce of another year, a truce that ended nothing, an end of no war, and a truce either of two ends could be', () => {
    const earlier = told('earlier', 'daily', 'A truce signed in June 1995 by the two defence ministers ended the border war.', 'June 1995', 'month', '1995-06-01', '1995-06-30');
    expect(warEndJoins([alone(0, ended), alone(1, earlier)])).toEqual([]);
    const failed = told('failed', 'daily', 'A truce was signed in June 1997 and broke down within days.', 'June 1997', 'month', '1997-06-01', '1997-06-30');
    expect(warEndJoins([alone(0, ended), alone(1, failed)])).toEqual([]);
    const talks = told('talks', 'weekly', 'The talks on the border began in 1991 and ended in 1997 without a deal.', '1997', 'year', '1997-01-01', '1997-12-31');
    expect(warEndJoins([alone(0, talks), alone(1, truce)])).toEqual([]);
    const second = told('second', 'review', 'An armistice agreed in 1997 ended the river war between the two clans.', '1997', 'year', '1997-01-01', '1997-12-31');
    expect(warEndJoins([alone(0, ended), alone(1, truce), alone(2, second)])).toEqual([]);
    expect(warEndJoins([alone(0, ended), alone(1, truce)])).toEqual([[0, 1]]);
  });
});
