// A change that takes effect "immediately" happens on the day the article
// tells it: "the chief executive will step down effective immediately", "the
// mayor resigned with immediate effect", "is leaving that post
// immediately". The tagger finds no date there (the word names none), so
// without this the news of the day is missing from the timeline. Pure: a
// sentence, its dates and the publication day in, at most one dated
// expression out.
import type { TimeExpression } from '../temporal/findTimeExpressions';

// A change of office or of state: stepping down, resigning, quitting, taking effect, being suspended or closed.
const CHANGE = String.raw`(?:step(?:s|ped|ping)?\s+(?:down|aside)|resign(?:s|ed|ing)?|quit(?:s|ting)?|retir(?:e|es|ed|ing)|tak(?:e|es|ing)\s+effect|took\s+effect|suspend(?:s|ed|ing)?|clos(?:e|es|ed|ing)|halt(?:s|ed|ing)?|leav(?:e|es|ing)|left|replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|fired|dismissed|removed|ousted)`;
// The same changes told as now or to come ("will step down", "is stepping down", "takes effect"): a bare
// "immediately" after a past one ("the workers left immediately") tells how fast, in a story of any day.
const CHANGE_AHEAD = String.raw`(?:step(?:s|ping)?\s+(?:down|aside)|resign(?:s|ing)?|quit(?:s|ting)?|retir(?:e|es|ing)|tak(?:e|es|ing)\s+effect|suspend(?:s|ing)?|clos(?:e|es|ing)|halt(?:s|ing)?|leav(?:e|es|ing)|replac(?:e|es|ing)|succeed(?:s|ing)?)`;
// The change, then at most a few words ("from his role", "from that role"), then the word that dates it.
const effective = (change: string, when: string) => new RegExp(
  String.raw`\b${change}\b(?:\s+(?![^\s,;:]*(?:immediate|immediately)\b)[^\s,;:.]+){0,6}?,?\s+(${when})\b`,
  'i',
);
// "effective immediately", "with immediate effect" date the change whatever its tense; a bare "immediately" only
// a change told as now or to come.
const EFFECTIVE_NOW = [
  effective(CHANGE, String.raw`effective\s+immediately|with\s+immediate\s+effect`),
  effective(CHANGE_AHEAD, 'immediately'),
];
// "would not resign immediately", "did not step down immediately": nothing changed.
const NEGATED = /\b(?:not|never|no|n['’]t|refused\s+to|declined\s+to)\s+(?:\w+\s+){0,2}$/i;
// "immediately after the vote", "immediately before the merger": a step from another happening, not the day of the news.
const RELATION_AFTER = /^\s*(?:after|afterwards?|before|following|upon|on|when|once|if)\b/i;
// "did not immediately respond", "could not immediately be reached": a non-response, set aside elsewhere.
const NO_RESPONSE = /\bimmediately\s+(?:respond|reply|return|comment|available|reachable|be\s+reached)\b/i;

/**
 * The "immediately" of a change told on the publication day, as a day expression, when the sentence has no date of
 * its own in the change's clause. Empty when the change is negated, when "immediately" relates it to another
 * happening ("immediately after the vote"), or when a date of the sentence stands in that clause.
 */
export function effectiveNow(sentence: string, dates: readonly TimeExpression[], published: string): TimeExpression[] {
  if (NO_RESPONSE.test(sentence)) return [];
  const m = EFFECTIVE_NOW.map((re) => re.exec(sentence)).find((x) => x !== null);
  if (!m) return [];
  if (NEGATED.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return [];
  const start = m.index + m[0].length - m[1]!.length;
  const end = m.index + m[0].length;
  if (RELATION_AFTER.test(sentence.slice(end))) return [];
  // The change's clause: from the last clause break before the change to the next one after the word.
  const before = sentence.slice(0, m.index);
  const from = Math.max(0, ...[...before.matchAll(/[,;:]\s/g)].map((b) => b.index + b[0].length));
  const next = /[,;:]\s|[.!?]$/.exec(sentence.slice(end));
  const to = next ? end + next.index : sentence.length;
  if (dates.some((d) => d.start < to && d.end > from)) return [];
  return [{
    start,
    end,
    text: sentence.slice(start, end),
    date: { start: published, end: published, precision: 'day' },
    kind: 'point',
    rule: 'effective-now',
    tense: 'present',
  }];
}
