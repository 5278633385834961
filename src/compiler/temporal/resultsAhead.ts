// A results calendar told in the present: "Tallent Group reports third-quarter
// results on Thursday", "Velm Air releases its traffic figures Wednesday",
// "banks post earnings after the bell on Oct. 29". Figures put out on a set day
// are news before they come, so the day is the coming one; before, the present
// read it as the latest gone by. The results noun must end the object, right
// before the day (a closing "after the bell" or "before the market opens" may
// stand between).
//
// Left alone: the past ("reported results on Thursday"), a saying whose object
// goes on ("reports results rose on Thursday", "reports a profit"), and a bare
// form after "to", "not", "did" or a modal ("failed to report results on
// Thursday", "did not post figures on Monday"), whose time the clause gives.
import { alternation, MODAL_VERBS } from '../text/lexicon';
import { RESULTS_NOUNS, RESULTS_VERBS } from './resources/planVerbs';
import { beforeDay } from './beforeDay';

const RESULTS_BEFORE = new RegExp(
  `(?:^|[^\\w'\\u2019-])(?<!\\b(?:to|not|n't|did|does|do|had|${alternation(MODAL_VERBS)})\\s)` +
  `(?:${alternation(RESULTS_VERBS)})\\s+(?:(?:its|their|the|his|her)\\s+)?(?:[A-Za-z-]+\\s+){0,2}(?:${alternation(RESULTS_NOUNS)})\\s+` +
  '(?:(?:after|before)\\s+the\\s+(?:bell|close|open|market\\s+(?:opens|closes))\\s+)?(?:on\\s+)?$', 'i');

/** Whether the date after `before` (the sentence up to it) is the day a results calendar names. */
export function resultsAhead(before: string, text: string): boolean {
  // The expression may hold its own "on" ("on Thursday" read by the weekday parser).
  return RESULTS_BEFORE.test(beforeDay(before, text, /^on\s+/i, 90));
}
