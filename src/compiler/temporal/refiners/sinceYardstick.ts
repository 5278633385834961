// "the deadliest clash since 2022", "its worst result since the 1990s": a
// yardstick, not a happening, so no date. "… the worst since July, when 16
// people were killed": then the when-clause is the happening, at X.
import type { Refiner } from '../scan';
import { ownUnit } from '../scan';

const COMPARISON_BEFORE = /\b(?:worst|best|biggest|largest|highest|lowest|strongest|weakest|sharpest|steepest|longest|fastest|slowest|closest|greatest|deepest|heaviest|deadliest|bloodiest|costliest|busiest|earliest|hottest|coldest|wettest|driest|first\s+time|most|least|fewest)\b[^,;:]*\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

export const sinceYardstick: Refiner = {
  name: 'since-yardstick',
  refine(result, scan) {
    if (!result.expressions.some((e) => e.rule === 'since')) return result;
    const sentence = scan.s;
    const expressions = result.expressions.flatMap((e) => {
      if (e.rule !== 'since' || !COMPARISON_BEFORE.test(sentence.slice(Math.max(0, e.start - 90), e.start))) return [e];
      if (!/^\s*,?\s*when\b/i.test(sentence.slice(e.end, e.end + 12))) return [];
      const own = ownUnit(e.date);
      return [{ ...e, kind: 'point' as const, rule: 'since-when', date: { ...e.date, end: own.end < e.date.end ? own.end : e.date.end } }];
    });
    return { ...result, expressions };
  },
};
