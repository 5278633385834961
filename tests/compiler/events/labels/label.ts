// The label of the event whose date is `expr` in `sentence`, with no attribution, speaker or people unless given.
import { makeLabel, type LabelInput } from '../../../../src/compiler/events/labels';

export function label(sentence: string, expr: string, extra: Partial<LabelInput> = {}): string {
  const exprStart = sentence.indexOf(expr);
  if (exprStart < 0) throw new Error(`"${expr}" not in sentence`);
  return makeLabel({
    sentence,
    exprStart,
    exprEnd: exprStart + expr.length,
    listStart: exprStart,
    attribution: null,
    statementBy: null,
    people: [],
    ...extra,
  });
}
