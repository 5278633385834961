// How a gold mention finds its event when its sentence gave more than one:
// the gold's date names the reading, so the event dated inside it wins over
// one that only overlaps it (a vague "this week" read from the same words).
import { evaluateMerges } from '../../../src/compiler/eval/evaluate';
import type { Dataset, TimelineEvent } from '../../../src/model/schema';

const SENTENCE = 'This week the plant burned on Tuesday night, officials said.';

function event(id: string, articleId: string, start: string, end: string, precision: 'day' | 'month'): TimelineEvent {
  return {
    id,
    label: 'Plant burned',
    actors: [],
    date: { start, end, precision, text: start === end ? 'on Tuesday night' : 'This week' },
    kind: start === end ? 'point' : 'span',
    dateReason: { rule: 'test', expression: 'test' },
    attribution: null,
    duration: null,
    importance: { score: 0.5, reasons: [] },
    sources: [{ articleId, start: 0, end: SENTENCE.length, quote: SENTENCE }],
  };
}

const article = (id: string) => ({ id, title: id, published: '2024-03-08', publishedBasis: 'stated' as const, publishedFrom: 'front matter', source: null, file: `${id}.md`, eventCount: 2, text: SENTENCE });

it('matches a dated gold mention to the event of its sentence dated inside the gold date, not the first that overlaps it', () => {
  // In "a" the week-long reading comes first; the day is what the gold means.
  const dataset: Dataset = {
    schemaVersion: 1,
    articles: [article('a'), article('b')],
    actors: [],
    events: [event('a-week', 'a', '2024-03-04', '2024-03-10', 'day'), event('a-day', 'a', '2024-03-05', '2024-03-05', 'day'), event('b-day', 'b', '2024-03-05', '2024-03-05', 'day')],
    merged: [
      { ...event('m', 'a', '2024-03-05', '2024-03-05', 'day'), sources: [{ articleId: 'a', start: 0, end: SENTENCE.length, quote: SENTENCE, eventId: 'a-day' }, { articleId: 'b', start: 0, end: SENTENCE.length, quote: SENTENCE, eventId: 'b-day' }], members: ['a-day', 'b-day'] },
    ],
    diagnostics: [],
  };
  const gold = { groups: [{ id: 'fire', mentions: [{ article: 'a', quote: 'the plant burned', date: '2024-03-05' }, { article: 'b', quote: 'the plant burned', date: '2024-03-05' }] }] };
  const score = evaluateMerges(dataset, gold);
  expect(score.together).toEqual({ correct: 1, wrong: 0, missed: 0 });
  // Without a date the first event of the sentence stands for it, as before.
  const undated = evaluateMerges(dataset, { groups: [{ id: 'fire', mentions: [{ article: 'a', quote: 'the plant burned', date: null }, { article: 'b', quote: 'the plant burned', date: null }] }] });
  expect(undated.together.missed).toBe(1);
});

it('locates a story mention by its date expression, else by the group date, as EVALUATION.md says', () => {
  const dataset: Dataset = {
    schemaVersion: 1,
    articles: [article('a'), article('b')],
    actors: [],
    events: [event('a-week', 'a', '2024-03-04', '2024-03-10', 'day'), event('a-day', 'a', '2024-03-05', '2024-03-05', 'day'), event('b-day', 'b', '2024-03-05', '2024-03-05', 'day')],
    diagnostics: [],
  };
  const story = (aText: string | null, groupDate?: { date: string; precision: 'day' }) => ({
    groups: [{ id: 'fire', ...groupDate, mentions: [{ article: 'a', quote: SENTENCE, date: null, dateText: aText }, { article: 'b', quote: SENTENCE, date: null, dateText: 'Tuesday night' }] }],
  });
  // "This week" names a-week; the gold puts it apart from b's Tuesday night.
  expect(evaluateMerges(dataset, story('this week')).together).toEqual({ correct: 0, wrong: 0, missed: 1 });
  // No date expression: the event whose interval holds the group's date (the first one that does, a-week).
  expect(evaluateMerges(dataset, story(null, { date: '2024-03-05', precision: 'day' })).found).toBe(2);
  // Neither an expression nor a group date that any event holds: not found.
  expect(evaluateMerges(dataset, story('last year')).notFound).toEqual(['fire@a']);
});
