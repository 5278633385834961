// A later date in the clause of an earlier one: the phrase it ends, not the main clause the first date dates.
import { AUXILIARY_VERBS, REPORTING_VERB_SET } from '../../text/lexicon';
import { RELATIVE_WORD, isIngVerb, isVerbOfClause } from './clauseParts';
import type { LabelInput } from './labelInput';
import { PREPOSITIONS, bare, contentWords, tidy, words } from './labelText';

// "suspected of blowing up", "accused of", "a plan to close": the small words inside a chain of verbs.
const CHAIN_WORD = /^(?:of|to|up|out|off|down)$/;
const NP_OPENER = /^(?:the|a|an|its|their|his|her|our|this|these|those|two|three|four|five|six|seven|eight|nine|ten|some|several|\d[\d,.]*)$/;

/**
 * A date in the same clause as another, earlier date, deep after the clause's verb: the earlier date is the main
 * clause's ("The court on Friday rejected …"; "The paper said on Sunday that …"), so the later one dates the phrase it
 * ends: the nearest verb with its noun ("… two men suspected of blowing up a jet over the sea in 1988"), the noun a
 * last verb governs ("… would investigate the massacre of villagers in the valley four years ago"), or the subject of
 * what was said ("… said on Sunday that the minister's remarks last week were a warning"). Null when the sentence has
 * no such earlier date, when the dates are items of one list or bounds of one span, or no phrase of some words is found.
 */
export function innerHappening(text: string, seg: { start: number; end: number }, exprStart: number, input: LabelInput): string | null {
  if (input.listStart < exprStart) return null;
  const earlier = (input.others ?? []).filter((o) => o.start >= seg.start && o.end <= exprStart).sort((a, b) => b.end - a.end)[0];
  // A plan or a deadline ("planned on Monday to ship it next year") is the clause's own: only a date before the
  // clause's is a background happening.
  if (!earlier || !earlier.date || !input.dateStart || input.dateStart >= earlier.date.start) return null;
  // "since Monday, March 4", "until May": the date bounds the clause's state.
  if (/^(?:since|until|till|through|from|by)\b/i.test(input.sentence.slice(input.exprStart, input.exprEnd))) return null;
  // The earlier date is the main clause's when it stands before the clause's first verb or right after it
  // ("The court Friday rejected", "said on Sunday"), not when a phrase of its own holds it ("tried to meet in May").
  const head = words(text.slice(seg.start, earlier.start)).map(bare);
  const firstVerb = head.findIndex((w, i) => i > 0 && (isVerbOfClause(w) || REPORTING_VERB_SET.has(w)));
  if (firstVerb >= 0 && head.length - firstVerb > 3) return null;
  const mid = words(text.slice(earlier.end, exprStart));
  // The date's own preposition and hedges ("in", "nearly", "on") are not part of the phrase.
  while (mid.length > 0 && (PREPOSITIONS.has(bare(mid[mid.length - 1]!)) || /^(?:nearly|almost|about|some|just|only|roughly|exactly|the|to)$/.test(bare(mid[mid.length - 1]!)))) {
    // "since 1990", "until March", "by May": a bound of a span or a deadline, not a happening of its own.
    if (/^(?:since|until|till|to|through|from|between|by|before|after|within)$/.test(bare(mid[mid.length - 1]!))) return null;
    mid.pop();
  }
  if (mid.length < 3 || /[,;:]$/.test(mid[mid.length - 1]!)) return null;
  const after = text.slice(exprStart + input.sentence.slice(input.exprStart, input.exprEnd).length, seg.end);
  const b = mid.map(bare);
  const isVerb = (i: number) => /^\p{Ll}/u.test(mid[i]!) && (isVerbOfClause(b[i]!) || REPORTING_VERB_SET.has(b[i]!) || isIngVerb(b[i]!));
  const verbs = b.map((_, i) => i).filter(isVerb);
  let from: number;
  if (verbs.length === 0) {
    // "said Sunday that the minister's remarks last week were …": the date is inside what was said, after its subject.
    if (b[0] !== 'that' || !/^\s*(?:was|were|is|are|had|has|have|came|showed|meant|marked)\b/.test(after)) return null;
    from = 1;
  } else {
    const last = verbs[verbs.length - 1]!;
    if (last === verbs[0]) {
      // One verb before the date: the noun it governs, from its first determiner. (A gerund after a preposition,
      // "before joining the club in May", tells its own clause: left to the rules after this one.)
      if (isIngVerb(b[last]!)) return null;
      const det = b.findIndex((w, i) => i > last && NP_OPENER.test(w));
      if (det < 0 || det === mid.length - 1) return null;
      from = det;
    } else {
      // The nearest verb: back over its chain ("suspected of blowing", "that has blocked") to the noun before it.
      let k = last;
      while (k > 0 && (AUXILIARY_VERBS.has(b[k - 1]!) || /^(?:not|never|also|already|still|just)$/.test(b[k - 1]!) || RELATIVE_WORD.test(b[k - 1]!) || (CHAIN_WORD.test(b[k - 1]!) && k >= 2 && isVerb(k - 2)) || (isVerb(k - 1) && k - 1 > verbs[0]!))) k--;
      // "… and was granted candidate status in June": a second verb of the clause's own subject, not a phrase.
      if (k === 0 || isVerb(k - 1) || /^(?:and|or|but)$/.test(b[k - 1]!)) return null;
      let n = k - 1;
      while (n > 0 && k - n < 5 && !NP_OPENER.test(b[n]!) && !PREPOSITIONS.has(b[n - 1]!) && !isVerb(n - 1) && !AUXILIARY_VERBS.has(b[n - 1]!) && !RELATIVE_WORD.test(b[n - 1]!)) n--;
      if (!NP_OPENER.test(b[n]!) && (PREPOSITIONS.has(b[n]!) || isVerb(n))) n++;
      // The relative word goes: "bombings that killed 200 people" reads "Bombings killed 200 people".
      const chain = mid.slice(k).filter((w, i) => !(i === 0 && RELATIVE_WORD.test(bare(w))));
      const phrase = tidy(`${mid.slice(n, k).join(' ')} ${chain.join(' ')} ${after}`);
      return contentWords(phrase) >= 3 ? phrase : null;
    }
  }
  const phrase = tidy(`${mid.slice(from).join(' ')} ${after}`);
  return contentWords(phrase) >= 2 ? phrase : null;
}
