// What the tagger finds in a sentence, in the compact forms the parser tests
// compare: TIMEX3s as [text, type, value, mod] and timeline dates as [text,
// start, end, precision]. Publication dates are fixed, so nothing depends on
// the clock.
import { findTimeExpressions } from '../../../src/compiler/temporal/findTimeExpressions';
import type { TemporalContext } from '../../../src/compiler/temporal/types';

type Extra = Partial<Omit<TemporalContext, 'published'>>;

/** The TIMEX3s of a sentence: [text, type, value] with the mod when there is one. */
export function timexes(sentence: string, published: string, extra: Extra = {}): string[][] {
  const r = findTimeExpressions(sentence, { published, previous: null, ...extra });
  return r.timexes.map((t) => [sentence.slice(t.start, t.end), t.type, t.value, ...(t.mod ? [t.mod] : [])]);
}

/** The timeline dates of a sentence: [text, start, end, precision]. */
export function dates(sentence: string, published: string, extra: Extra = {}): string[][] {
  const r = findTimeExpressions(sentence, { published, previous: null, ...extra });
  return r.expressions.map((e) => [e.text, e.date.start, e.date.end, e.date.precision]);
}
