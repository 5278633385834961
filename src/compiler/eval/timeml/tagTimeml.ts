// Tags the text of a TimeML document with the compiler's tagger, sentence by
// sentence as compileArticle reads an article, and gives its TIMEX3s with
// offsets into the text as written (entities undecoded).
import { findTimeExpressions } from '../../temporal/findTimeExpressions';
import { splitSentences } from '../../text/segment';
import type { Precision } from '../../../model/schema';
import { decodeEntities, type Timex3 } from './timemlDocument';

/** TIMEX3s of a TimeML document's text (as written, entities undecoded), resolved against its creation day. */
export function tagTimemlText(raw: string, creationDay: string): Timex3[] {
  const { text, rawOffset } = decodeEntities(raw);
  const out: Timex3[] = [];
  let previous: { start: string; precision: Precision } | null = null;
  for (const sentence of splitSentences(text, { hasTitle: false })) {
    const result = findTimeExpressions(sentence.text, { published: creationDay, previous });
    for (const t of result.timexes) out.push({ ...t, start: rawOffset(sentence.start + t.start), end: rawOffset(sentence.start + t.end) });
    const last = result.expressions[result.expressions.length - 1];
    if (last) previous = { start: last.date.start, precision: last.date.precision };
  }
  return out;
}
