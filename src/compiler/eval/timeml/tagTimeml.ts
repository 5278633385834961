// Tags the text of a TimeML document with the compiler's tagger, sentence by
// sentence in the story's time as compileArticle reads an article, and gives
// its TIMEX3s with offsets into the text as written (entities undecoded).
import { readDocumentTime } from '../../temporal/documentTime';
import { splitSentences } from '../../text/segment';
import { decodeEntities, type Timex3 } from './timemlDocument';

/** TIMEX3s of a TimeML document's text (as written, entities undecoded), resolved against its creation day. */
export function tagTimemlText(raw: string, creationDay: string): Timex3[] {
  const { text, rawOffset } = decodeEntities(raw);
  const time = readDocumentTime(creationDay);
  const out: Timex3[] = [];
  for (const sentence of splitSentences(text, { hasTitle: false })) {
    for (const t of time.read(sentence.text).timexes) {
      out.push({ ...t, start: rawOffset(sentence.start + t.start), end: rawOffset(sentence.start + t.end) });
    }
  }
  return out;
}
