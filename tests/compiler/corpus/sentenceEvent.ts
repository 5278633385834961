// Events of invented sentences for the merge tests: one source, dated by the
// words of the date inside the sentence.
import type { TimelineEvent } from '../../../src/model/schema';

/** An event of one article read from `sentence`, dated `day` by the words `dateText` in it, starting at `start` in its article. */
export function sentenceEvent(id: string, article: string, sentence: string, day: string, dateText: string, start = 0): TimelineEvent {
  const at = sentence.indexOf(dateText);
  return {
    id,
    label: sentence.replace(/\.$/, ''),
    actors: [],
    date: { start: day, end: day, precision: 'day', text: dateText },
    kind: 'point',
    dateReason: { rule: 'test', expression: dateText },
    attribution: null,
    duration: null,
    importance: { score: 0.5, reasons: [] },
    sources: [{ articleId: article, start, end: start + sentence.length, quote: sentence, dateStart: start + at, dateEnd: start + at + dateText.length }],
  };
}
