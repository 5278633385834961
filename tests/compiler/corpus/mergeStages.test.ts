// One happening told by its stages in one article (a truce signed on Monday,
// in force on Thursday) and by its month or year in others. Invented sentences
// through the whole merge, and the rule alone on groups for what it leaves apart.
import { mergeAcrossArticles, type CorpusActors } from '../../../src/compiler/corpus/merge';
import { stageJoins, type StageGroup } from '../../../src/compiler/corpus/mergeStages';
import type { Precision, TimelineEvent } from '../../../src/model/schema';
import { sentenceEvent } from './sentenceEvent';

function told(id: string, article: string, sentence: string, dateText: string, precision: Precision, start: string, end: string, actors: string[]): TimelineEvent {
  const e = sentenceEvent(id, article, sentence, start, dateText);
  return { ...e, actors, date: { ...e.date, precision, start, end } };
}
const day = (id: string, article: string, sentence: string, on: string, dateText: string, actors: string[], start = 0): TimelineEvent => ({ ...sentenceEvent(id, article, sentence, on, dateText, start), actors });

const corpus: CorpusActors = { countries: new Set(['tarnia', 'vell']), named: (e) => e.actors };
const merged = (events: TimelineEvent[]) => mergeAcrossArticles(events, {}, undefined, undefined, undefined, corpus).events;
const groupsOf = (events: TimelineEvent[]) => merged(events).map((e) => e.sources.map((s) => s.eventId ?? e.id).sort().join('+')).sort();

// The day's report tells the signing and the truce in force; three later outlets tell the truce by its month or year.
const signed = day('signed', 'wire', 'The truce was signed by the defence ministers of Tarnia and Vell and by the militia commander on Monday.', '2011-03-07', 'on Monday', ['tarnia', 'vell']);
const inForce = day('force', 'wire', 'A truce brokered by Ostmark between Tarnia and the Vell militias took effect in the first minutes of Thursday.', '2011-03-10', 'Thursday', ['tarnia', 'vell'], 200);
const month = told('month', 'daily', 'A truce signed in March 2011 by the defence ministers ended the border war between Tarnia and Vell.', 'March 2011', 'month', '2011-03-01', '2011-03-31', ['tarnia', 'vell']);
const agreed = told('agreed', 'weekly', 'The border war had emptied the valley by the time a truce was agreed in March 2011.', 'March 2011', 'month', '2011-03-01', '2011-03-31', []);
const year = told('year', 'review', 'The pass has been held by the Vell militias since a truce brokered by Ostmark took effect in 2011.', '2011', 'year', '2011-01-01', '2011-12-31', ['vell']);

describe('one happening told by its stages in one article and by its month or year in others', () => {
  it('joins the groups the two stages split the vaguer tellings into', () => {
    expect(groupsOf([signed, inForce, month, agreed, year])).toEqual(['agreed+force+month+signed+year']);
  });

  it('says why in words, and the report of two days is not a disagreement', () => {
    const event = merged([signed, inForce, month, agreed, year]).find((e) => e.merge !== undefined)!;
    expect(event.merge?.explanation).toContain('Told by its stages in one article (“on Monday”, “Thursday”) and more vaguely by the others (“March 2011”, “2011”), which hold both days.');
    expect(event.disagreements).toBeUndefined();
  });
});

describe('the stages rule alone', () => {
  const date = (precision: Precision, start: string, end: string, text = start) => ({ precision, start, end, text });
  const member = (index: number, article: string, d: ReturnType<typeof date>) => ({ index, article, date: d });
  const monday = date('day', '2011-03-07', '2011-03-07');
  const thursday = date('day', '2011-03-10', '2011-03-10');
  const march = date('month', '2011-03-01', '2011-03-31');
  const groups = (a: StageGroup['members'], b: StageGroup['members']): StageGroup[] => [
    { root: a[0]!.index, members: a },
    { root: b[0]!.index, members: b },
  ];
  const pass = () => true;
  const same = () => false;

  it('joins two groups that share one article whose two days the vaguer dates hold', () => {
    expect(stageJoins(groups([member(0, 'wire', monday), member(1, 'daily', march)], [member(2, 'wire', thursday), member(3, 'weekly', march)]), pass, same)).toEqual([[0, 2]]);
  });

  it('keeps apart days too far apart, a vaguer date that holds one day only, vaguer tellings that do not pass together, and figures that differ', () => {
    const later = date('day', '2011-03-21', '2011-03-21');
    expect(stageJoins(groups([member(0, 'wire', monday), member(1, 'daily', march)], [member(2, 'wire', later), member(3, 'weekly', march)]), pass, same)).toEqual([]);
    const april = date('day', '2011-04-01', '2011-04-01');
    const spring = date('season', '2011-03-01', '2011-03-31');
    expect(stageJoins(groups([member(0, 'wire', date('day', '2011-03-30', '2011-03-30')), member(1, 'daily', spring)], [member(2, 'wire', april), member(3, 'weekly', spring)]), pass, same)).toEqual([]);
    expect(stageJoins(groups([member(0, 'wire', monday), member(1, 'daily', march)], [member(2, 'wire', thursday), member(3, 'weekly', march)]), () => false, same)).toEqual([]);
    expect(stageJoins(groups([member(0, 'wire', monday), member(1, 'daily', march)], [member(2, 'wire', thursday), member(3, 'weekly', march)]), pass, () => true)).toEqual([]);
  });

  it('keeps apart groups whose other members are days too, and groups sharing two articles', () => {
    expect(stageJoins(groups([member(0, 'wire', monday), member(1, 'daily', monday)], [member(2, 'wire', thursday), member(3, 'weekly', thursday)]), pass, same)).toEqual([]);
    expect(stageJoins(groups([member(0, 'wire', monday), member(1, 'daily', march)], [member(2, 'wire', thursday), member(3, 'daily', march)]), pass, same)).toEqual([]);
  });
});
