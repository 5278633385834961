// An outbreak and the war it began, pure: "heavy fighting broke out on Sunday"
// told on its day, and "a 44-day war in the autumn of that year" told by its
// season, are one happening, a war being dated by its first day. Their words
// differ (fighting/war, broke out/regained), so the pair rule keeps them apart;
// what says they are one is the kind (armed conflict on both sides), the start
// told on one side, the other side's dates all holding that day (one of them
// finer than a year), and a party both name. Where outbreaks of two days, or
// two wars, could pair, none is joined.
import { ARMED_CONFLICT_WORDS, OUTBREAK_VERBS, alternation, phraseAlternation } from '../text/lexicon';
import type { TimelineEvent } from '../../model/schema';

/** A group of merged (or single) events as the rule reads it. */
export interface ToldGroup {
  root: number;
  articles: ReadonlySet<string>;
  members: ReadonlyArray<{ date: TimelineEvent['date']; text: string; named: readonly string[] }>;
}

const CONFLICT = `(?:${alternation(ARMED_CONFLICT_WORDS)})`;
export const CONFLICT_WORD = new RegExp(`\\b${CONFLICT}\\b`, 'iu');
/** The conflict as the subject of its start: "fighting broke out", "the war, which began". */
export const OUTBREAK = new RegExp(`\\b${CONFLICT}\\b[^.;]{0,40}?\\b(?:${phraseAlternation(OUTBREAK_VERBS)})\\b`, 'iu');

/** The day an outbreak group tells, or null: every member on one day, one of them telling the conflict's start. */
function outbreakDay(group: ToldGroup): string | null {
  const day = group.members[0]!.date;
  if (!group.members.every((m) => m.date.precision === 'day' && m.date.start === day.start)) return null;
  return group.members.some((m) => OUTBREAK.test(m.text)) ? day.start : null;
}

/** Whether a group tells a conflict by coarser dates that all hold `day`, one of them finer than a year. */
function warHolding(group: ToldGroup, day: string): boolean {
  return (
    group.members.every((m) => m.date.precision !== 'day' && m.date.start <= day && day <= m.date.end && CONFLICT_WORD.test(m.text)) &&
    group.members.some((m) => m.date.precision === 'month' || m.date.precision === 'season')
  );
}

function shareParty(a: ToldGroup, b: ToldGroup): boolean {
  const named = new Set(a.members.flatMap((m) => m.named));
  return b.members.some((m) => m.named.some((id) => named.has(id)));
}

/** Pairs of group roots to join: an outbreak and the one war group that holds its day, whose only outbreak day it is. */
export function outbreakJoins(groups: readonly ToldGroup[]): Array<[number, number]> {
  const outbreaks = groups.map((g) => ({ g, day: outbreakDay(g) })).filter((x): x is { g: ToldGroup; day: string } => x.day !== null);
  const matches = (o: { g: ToldGroup; day: string }, w: ToldGroup) =>
    o.g !== w && warHolding(w, o.day) && ![...o.g.articles].some((x) => w.articles.has(x)) && shareParty(o.g, w);
  const out: Array<[number, number]> = [];
  for (const o of outbreaks) {
    const wars = groups.filter((w) => matches(o, w));
    if (wars.length !== 1) continue;
    // Outbreaks of other days that this war could be leave it unjoined; two tellings of one day's outbreak do not.
    if (outbreaks.some((other) => other.day !== o.day && matches(other, wars[0]!))) continue;
    out.push([o.g.root, wars[0]!.root]);
  }
  return out;
}

/**
 * The evidence line's words for an outbreak joined to its war: "Told by its start and as a whole: “fighting broke
 * out” on the day, “war” where dated “autumn of 2021”, “2021”, which hold that day." Null for other happenings.
 */
export function outbreakEvidence(members: ReadonlyArray<{ date: TimelineEvent['date']; text: string }>): string | null {
  const start = members.find((m) => m.date.precision === 'day' && OUTBREAK.test(m.text));
  if (!start) return null;
  const day = start.date.start;
  const wholes = members.filter((m) => m.date.precision !== 'day' && m.date.start <= day && day <= m.date.end && CONFLICT_WORD.test(m.text));
  if (wholes.length === 0) return null;
  const started = OUTBREAK.exec(start.text)![0].replace(/\s+/g, ' ').toLowerCase();
  const words = [...new Set(wholes.map((m) => CONFLICT_WORD.exec(m.text)![0].toLowerCase()))];
  const dates = [...new Set(wholes.map((m) => `“${m.date.text}”`))];
  return `Told by its start and as a whole: “${started}” on the day, ${words.map((w) => `“${w}”`).join(', ')} where dated ${dates.join(', ')}, which hold that day.`;
}
