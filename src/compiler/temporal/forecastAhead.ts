// A forecast or a warning told in the present looks ahead: "rain is forecast
// from Saturday", "showers are likely on Sunday", "forecasters predict snow
// Friday night", "the weather service warns of flooding on Sunday". The day is
// the coming one; before, the present read it as the latest gone by, as it does
// for "officials say on Monday".
//
// Read only before the date, nearest cue first (tenseAt.ts), so a past verb
// between keeps the past: "forecasters predicted rain on Saturday", "it is
// likely the gunman fled on Sunday". Left alone: "forecast" as a noun after a
// determiner ("the forecast Sunday called for rain"), a forecast told in the
// past ("was forecast", "warned of"), and one after the date ("the flooding on
// Sunday is likely the worst in years", a day gone by).
import { FORECAST_STATES, FORECAST_VERBS } from './resources/forecastWords';
import { afterPresentAuxiliary } from './presentState';
import { alternation, MODAL_VERBS } from '../text/lexicon';
/** Words before a verb form that make it a noun or an infinitive: "the forecast", "to warn", "will predict". */
const NOT_A_PRESENT_SUBJECT = new RegExp(`^(?:the|a|an|its|their|his|her|our|this|that|to|${alternation(MODAL_VERBS)}|did|had|was|were|been)$`, 'i');

/**
 * Whether words[k] tells a forecast in the present: a state after "is"/"are" (an adverb of
 * `STATE_ADVERBS` may stand between), or a forecaster's verb after its subject.
 */
export function forecastAhead(words: readonly string[], k: number): boolean {
  const word = words[k]?.toLowerCase();
  if (word === undefined) return false;
  const prev = words[k - 1];
  if (FORECAST_STATES.has(word)) return afterPresentAuxiliary(words.slice(Math.max(0, k - 2), k));
  if (FORECAST_VERBS.has(word)) return prev !== undefined && !NOT_A_PRESENT_SUBJECT.test(prev);
  return false;
}
