// Tags the text of a TimeML document with the compiler's own tagger, sentence
// by sentence as compileArticle reads an article, and gives TIMEX3s with
// offsets into the text as written (entities undecoded).
import { findTimeExpressions, type Duration, type TimeExpression } from '../../temporal/findTimeExpressions';
import { splitSentences } from '../../text/segment';
import type { Precision } from '../../../model/schema';
import { decodeEntities, type Timex3 } from './timemlDocument';

// ---- Adapter over the tagger as it was before TIMEX3 values were its own: the first figures. ----

const LEAD = /^(?:(?:on|in|since|by|until|till|from|during|before|after|of|through|throughout|between|as\s+of|starting|beginning|around|circa|for|into|to|over|at|within|nearly|almost|about|some|roughly|at\s+least|more\s+than|less\s+than|up\s+to)\s+)+/i;

function valueOf(start: string, precision: Precision): string {
  switch (precision) {
    case 'day':
      return start;
    case 'month':
      return start.slice(0, 7);
    case 'season': {
      const month = Number(start.slice(5, 7));
      const year = month <= 2 ? Number(start.slice(0, 4)) - 1 : Number(start.slice(0, 4));
      const code = month >= 3 && month <= 5 ? 'SP' : month >= 6 && month <= 8 ? 'SU' : month >= 9 && month <= 11 ? 'FA' : 'WI';
      return `${year}-${code}`;
    }
    case 'year':
      return start.slice(0, 4);
    case 'decade':
      return start.slice(0, 3);
  }
}

const UNIT_CODE: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE', hour: 'H', minute: 'M' };
const NUMBER_WORD: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

function durationTimex(d: Duration, sentenceStart: number): Timex3 {
  const lead = LEAD.exec(d.text)?.[0].length ?? 0;
  let core = d.text.slice(lead);
  core = core.replace(/\s+of\s+[a-z][a-z-]*$/i, '');
  const m = /(\S+)[\s-]+(day|week|month|year|decade|centur|hour|minute)/i.exec(core);
  let value = 'PXY';
  if (m) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORD[m[1]!.toLowerCase()];
    const unit = UNIT_CODE[m[2]!.toLowerCase().replace(/^centur$/, 'century')] ?? 'Y';
    const time = /hour|minute/i.test(m[2]!);
    value = `P${time ? 'T' : ''}${n ?? 'X'}${unit}`;
  }
  return { start: sentenceStart + d.start + lead, end: sentenceStart + d.start + lead + core.length, type: 'DURATION', value };
}

function expressionTimex(e: TimeExpression, sentenceStart: number): Timex3 {
  const lead = LEAD.exec(e.text)?.[0].length ?? 0;
  return { start: sentenceStart + e.start + lead, end: sentenceStart + e.end, type: 'DATE', value: valueOf(e.date.start, e.date.precision) };
}

/** TIMEX3s of a TimeML document's text (as written, entities undecoded), resolved against its creation day. */
export function tagTimemlText(raw: string, creationDay: string): Timex3[] {
  const { text, rawOffset } = decodeEntities(raw);
  const out: Timex3[] = [];
  let previous: { start: string; precision: Precision } | null = null;
  for (const sentence of splitSentences(text, { hasTitle: false })) {
    const result = findTimeExpressions(sentence.text, { published: creationDay, previous });
    for (const e of result.expressions) out.push(expressionTimex(e, sentence.start));
    for (const d of result.durations) out.push(durationTimex(d, sentence.start));
    const last = result.expressions[result.expressions.length - 1];
    if (last) previous = { start: last.date.start, precision: last.date.precision };
  }
  return out
    .map((t) => ({ ...t, start: rawOffset(t.start), end: rawOffset(t.end) }))
    .sort((a, b) => a.start - b.start);
}
