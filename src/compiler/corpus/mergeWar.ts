// A war told as a whole by several outlets, pure. Told years later a war is
// background, dated by its years or its decade ("the fighting between 1990 and
// 1996", "a war in the early 1990s"), in words that differ from one outlet to
// the next (fighting/war, killed/dead), so the pair rule keeps its tellings
// apart: a year or a decade says little of which happening it is. Two things
// say they are one war: the same count of its dead given by each, and a start
// told with its end ("a war that began in 1990 and ended in 1996") that are
// the first and last years of another's span. Its end told by a year ("the
// war … ended in 1996") is the truce that ended it, told by others ("a truce
// signed in March 1996 ended the war"). The outbreak told on its day is
// mergeOutbreak.ts's.
import { CONFLICT_WORD, OUTBREAK } from './mergeOutbreak';
import { ARMED_CONFLICT_WORDS, TRUCE_WORDS, alternation } from '../text/lexicon';
import { countsOf, kindOfStem, onlyPartners, quoted, stemWord } from './mergeCues';
import type { TimelineEvent } from '../../model/schema';

/** One telling as these rules read it: its date, the text merging compares (label and date clauses), its passage. */
export interface WarTelling {
  date: TimelineEvent['date'];
  text: string;
  passage: string;
}

/** A group of merged (or single) events as these rules read it. */
export interface WarGroup {
  root: number;
  articles: ReadonlySet<string>;
  members: readonly WarTelling[];
}

/** The kind of happening the dead are told by ("killed", "died", "deaths"). */
const DEAD_KIND = kindOfStem(stemWord('killed'));

function namesDead(passage: string): boolean {
  for (const [word] of passage.matchAll(/\p{L}+/gu)) if (kindOfStem(stemWord(word.toLowerCase())) === DEAD_KIND) return true;
  return false;
}

/** A war told as a whole: by a year, a span of years or a decade (not a month: that is a moment of it), naming the war. */
function toldWhole(m: WarTelling): boolean {
  return (m.date.precision === 'year' || m.date.precision === 'decade') && CONFLICT_WORD.test(m.text);
}

/** The counts of the dead a telling gives ("about 30,000 people were killed"): its counts, where its passage names the dead. */
function deadCounts(m: WarTelling): string[] {
  return namesDead(m.passage) ? countsOf(m.passage) : [];
}

function overlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function disjointArticles(a: WarGroup, b: WarGroup): boolean {
  return ![...a.articles].some((x) => b.articles.has(x));
}

/** Every member of a group dated by one and the same year. */
function toldByOneYear(g: WarGroup): boolean {
  return g.members.every((m) => m.date.precision === 'year' && m.date.start === g.members[0]!.date.start);
}

/** The count of the dead two groups give alike, each told as a whole, or null. */
function sharedDead(a: WarGroup, b: WarGroup): string | null {
  const counts = new Set(a.members.flatMap(deadCounts));
  for (const m of b.members) for (const c of deadCounts(m)) if (counts.has(c)) return c;
  return null;
}

/**
 * Pairs of group roots that tell one war as a whole by the same count of its dead: every member dated by a year, a
 * span of years or a decade and naming the war, every date of one overlapping every date of the other, no article in
 * both, and no third group either could be.
 */
export function sameDeadJoins(groups: readonly WarGroup[]): Array<[number, number]> {
  const wholes = groups.filter((g) => g.members.every(toldWhole));
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < wholes.length; i++) {
    for (let j = i + 1; j < wholes.length; j++) {
      const [a, b] = [wholes[i]!, wholes[j]!];
      if (!disjointArticles(a, b) || sharedDead(a, b) === null) continue;
      if (a.members.every((x) => b.members.every((y) => overlap(x.date, y.date)))) pairs.push([a.root, b.root]);
    }
  }
  return onlyPartners(pairs);
}

/** "… ended in 1996", "… lasted until 1996": the last year a telling of a start gives its war. */
const ENDED_IN = /\b(?:ended|ending|lasted\s+until|went\s+on\s+until|raged\s+until)\s+(?:in\s+)?(\d{4})\b/iu;

/** The first and last years a telling of a war's start gives ("a war that began in 1990 … and ended in 1996"), or null. */
function startAndEnd(m: WarTelling): { first: number; last: number } | null {
  if (m.date.precision !== 'year' || !OUTBREAK.test(m.text)) return null;
  const first = Number(m.date.start.slice(0, 4));
  const ended = ENDED_IN.exec(m.passage);
  const last = ended ? Number(ended[1]) : NaN;
  return last > first ? { first, last } : null;
}

/** A telling dated as a span of whole years from `first` to `last` ("between 1990 and 1996") naming the war. */
function spanOf(m: WarTelling, first: number, last: number): boolean {
  return m.date.precision === 'year' && m.date.start === `${first}-01-01` && m.date.end === `${last}-12-31` && CONFLICT_WORD.test(m.text);
}

/**
 * Pairs of group roots that tell one war by its start and as a span: a telling of the start by its year whose passage
 * gives the year it ended, and a group with a telling of the span between those two years, every date of it within
 * them, no article in both, and no third group either could be.
 */
export function startAndEndJoins(groups: readonly WarGroup[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (const start of groups) {
    // A start told by one year (by one outlet or several), one telling of it giving the year the war ended.
    const years = toldByOneYear(start) ? start.members.map(startAndEnd).find((y) => y !== null) : undefined;
    if (!years) continue;
    const span = { start: `${years.first}-01-01`, end: `${years.last}-12-31` };
    for (const war of groups) {
      if (war === start || !disjointArticles(start, war)) continue;
      if (war.members.some((m) => spanOf(m, years.first, years.last)) && war.members.every((m) => overlap(m.date, span))) pairs.push([start.root, war.root]);
    }
  }
  return onlyPartners(pairs);
}

const TRUCE_WORD = new RegExp(`\\b(?:${alternation(TRUCE_WORDS)})\\b`, 'iu');
/** "ended", "end": a truce telling that says it ended the war ("a truce … ended the war", "the war ended with a truce"). */
const ENDED = /\bend(?:ed|ing|s)?\b/iu;

/** The words of war and truce: a group none of whose members names one is no group these rules read. */
export const WAR_AND_TRUCE: readonly string[] = [...ARMED_CONFLICT_WORDS, ...TRUCE_WORDS];

/** The year a telling dates a war's end by ("a war that began in 1990 … and ended in 1996", dated 1996), or null. */
function endYear(m: WarTelling): number | null {
  if (m.date.precision !== 'year' || !CONFLICT_WORD.test(m.passage)) return null;
  const ended = ENDED_IN.exec(m.passage);
  return ended && `${ended[1]}-01-01` === m.date.start ? Number(ended[1]) : null;
}

/** A telling of the truce that ended a war: its passage names both, and the ending. */
function endingTruce(m: WarTelling): boolean {
  return TRUCE_WORD.test(m.passage) && CONFLICT_WORD.test(m.passage) && ENDED.test(m.passage);
}

/**
 * Pairs of group roots that tell a war's end: a telling (alone, or with others of that year) of the war ending in a
 * year, and a group with a telling of the truce that ended a war, every date of it meeting that year, no article in
 * both, and no third group either could be.
 */
export function warEndJoins(groups: readonly WarGroup[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (const end of groups) {
    const year = toldByOneYear(end) ? end.members.map(endYear).find((y) => y !== null) : undefined;
    if (year === undefined || year === null) continue;
    const span = { start: `${year}-01-01`, end: `${year}-12-31` };
    for (const truce of groups) {
      if (truce === end || !disjointArticles(end, truce)) continue;
      if (truce.members.some(endingTruce) && truce.members.every((m) => overlap(m.date, span))) pairs.push([end.root, truce.root]);
    }
  }
  return onlyPartners(pairs);
}

/**
 * The evidence line's words for a war told as a whole by several outlets: "Told as a whole: the same count of its
 * dead, 30,000, where dated “1990 and 1996”, “early 1990s”." or "Told by its first and last years: begun in 1990 and
 * ended in 1996, the span another dates “1990 and 1996”." Null for other happenings.
 */
export function warEvidence(members: readonly WarTelling[]): string | null {
  for (const m of members) {
    const years = startAndEnd(m);
    const span = years && members.find((o) => o !== m && spanOf(o, years.first, years.last));
    if (years && span) return `Told by its first and last years: begun in ${years.first} and ended in ${years.last}, the span another dates “${span.date.text}”.`;
  }
  const ended = members.map(endYear).find((y) => y !== null);
  const truce = members.find((m) => endingTruce(m) && m.date.precision !== 'year');
  if (ended && truce) return `Told by its end: the war ended in ${ended}, and the truce that ended it dated “${truce.date.text}”.`;
  if (members.length < 2 || !members.every(toldWhole)) return null;
  const counts = members.map(deadCounts);
  const shared = counts.flat().find((c) => counts.filter((cs) => cs.includes(c)).length >= 2);
  if (shared === undefined) return null;
  return `Told as a whole: the same count of its dead, ${shared}, where dated ${quoted([...new Set(members.map((m) => m.date.text))])}.`;
}
