// A fixture told with a bare verb between a team and its opponent's name:
// "the Velm Tigers host the Orsk Hawks on Sunday", "Brackley visit Orlen on
// Saturday", "the Hawks face the Tigers Sunday night". The bare forms are nouns
// as often ("paid a visit to Orlen on Sunday", "the host city"), so the lexicon's
// timetables hold only their forms in -s; here the verb counts when a name or a
// plural stands before it and a name after it, and the day is the coming one.
//
// Left alone: a noun after a determiner ("a visit to Orlen", "the host nation"),
// a lower-case object ("face charges on Monday", "host talks"), the past ("the
// Tigers hosted the Hawks on Sunday"). A day that opens the sentence before
// such a fixture is its day too: "On Sunday, the Tigers host the Hawks".
import { phraseAlternation } from '../text/lexicon';
import { FIXTURE_VERBS } from './resources/planVerbs';
import { beforeDay } from './beforeDay';

/** A team, a capitalised word not possessive or a plural ("rivals"), and a fixture verb. */
const TEAM_THEN_VERB = `(?:[A-Z][\\w-]*[^s'\\u2019\\W]|[A-Z][\\w-]*s|[a-z]+s)\\s+(?:${phraseAlternation(FIXTURE_VERBS)})`;

/** A team, its fixture verb and its opponent's name right before the day: "the Tigers host the Hawks on". */
const FIXTURE_BEFORE = new RegExp(
  `(?:^|[^\\w'\\u2019-])(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|In|On|At|For|And|But|Or)\\s)${TEAM_THEN_VERB}\\s+` +
  `(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,2}\\s+(?:on\\s+)?$`);

/** The same fixture right after a day that opens the sentence: "On Sunday, the Tigers host the Hawks". */
const FIXTURE_AFTER = new RegExp(
  `^\\s*,?\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,2}${TEAM_THEN_VERB}\\s+(?:the\\s+)?[A-Z]`);

/**
 * Whether the date after `before` (the sentence up to it) and before `after` (the sentence after it) is the day of a
 * fixture told in the present.
 */
export function fixtureAhead(before: string, text: string, after: string): boolean {
  if (FIXTURE_BEFORE.test(beforeDay(before, text, /^on\s+/i, 90))) return true;
  return /^\W*(?:on\s+)?$/i.test(before) && FIXTURE_AFTER.test(after.slice(0, 90));
}
