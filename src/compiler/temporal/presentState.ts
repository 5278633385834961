// A passive or a state told in the present with an adverb between the
// auxiliary and the participle: "the road is still closed until Friday",
// "flights are now suspended until Monday", "the launch is now targeted for
// March 20", "the museum is temporarily shut through Sunday". Without the adverb
// ("is closed until Friday") the clause already read as the present; with it
// the participle alone was taken for a past form and the day or date as one
// gone by.
//
// Left alone: the past ("was still closed on Friday", "were now suspended"),
// the perfect ("had since been closed"), and an adverb that is no such
// stand-in ("is widely expected", "is badly damaged", which the participle
// rule reads as before).
import { STATE_ADVERBS } from './resources/stateAdverbs';

const PRESENT_AUXILIARY = /^(?:is|are|am)$/i;

/**
 * Whether the words before a participle or adjective (nearest last) end on "is"/"are" and one adverb of
 * `STATE_ADVERBS`: "is still", "are now".
 */
export function presentStateParticiple(before: readonly string[]): boolean {
  const adverb = before[before.length - 1]?.toLowerCase();
  const auxiliary = before[before.length - 2];
  return adverb !== undefined && auxiliary !== undefined && STATE_ADVERBS.has(adverb) && PRESENT_AUXILIARY.test(auxiliary);
}

/** Whether the words before (nearest last) end on "is"/"are", an adverb of `STATE_ADVERBS` allowed after it. */
export function afterPresentAuxiliary(before: readonly string[]): boolean {
  return PRESENT_AUXILIARY.test(before[before.length - 1] ?? '') || presentStateParticiple(before);
}
