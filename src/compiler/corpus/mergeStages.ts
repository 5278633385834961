// One happening told by its stages in one article and by its month or year in
// others, pure: the report of the day tells a truce signed on Monday and in
// force on Thursday, and later outlets "a truce agreed in May" and "a truce
// signed that year". A group holds one event per article, so the vaguer
// tellings split between the two stages, each group with one of them. Two such
// groups are one happening when they share that one article, its two members
// are days close together, every other member is dated more vaguely and holds
// both days (it cannot tell the stages apart), and a vaguer member of one and
// a vaguer member of the other pass the pair rule together.
import { daysBetween } from '../../model/calendar';
import type { TimelineEvent } from '../../model/schema';
import { onlyPartners, quoted } from './mergeCues';

/** The stages of one happening are at most this many days apart (signed on Monday, in force on Thursday). */
export const STAGE_DAYS = 3;

/** A member as the rule reads it: its event's index, article and date. */
export interface StageMember {
  index: number;
  article: string;
  date: TimelineEvent['date'];
}

export interface StageGroup {
  root: number;
  members: readonly StageMember[];
}

const holds = (m: StageMember, day: string) => m.date.start <= day && day <= m.date.end;

/** The one article two groups share, with its member in each, or null. */
function sharedArticle(a: StageGroup, b: StageGroup): [StageMember, StageMember] | null {
  const pairs = a.members.flatMap((x) => b.members.filter((y) => y.article === x.article).map((y): [StageMember, StageMember] => [x, y]));
  return pairs.length === 1 ? pairs[0]! : null;
}

/**
 * Pairs of group roots that tell one happening by its stages: the rule above, where `passes(i, j)` says whether two
 * events pass the pair rule, and `differ(i, j)` whether their figures tell them apart. A group that could join two
 * others joins neither.
 */
export function stageJoins(groups: readonly StageGroup[], passes: (i: number, j: number) => boolean, differ: (i: number, j: number) => boolean): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const multi = groups.filter((g) => g.members.length >= 2);
  for (let i = 0; i < multi.length; i++) {
    for (let j = i + 1; j < multi.length; j++) {
      const [a, b] = [multi[i]!, multi[j]!];
      const stages = sharedArticle(a, b);
      if (!stages) continue;
      const [x, y] = stages;
      if (x.date.precision !== 'day' || y.date.precision !== 'day' || x.date.start === y.date.start) continue;
      if (Math.abs(daysBetween(x.date.start, y.date.start)) > STAGE_DAYS) continue;
      const vaguer = [...a.members, ...b.members].filter((m) => m !== x && m !== y);
      if (!vaguer.every((m) => m.date.precision !== 'day' && holds(m, x.date.start) && holds(m, y.date.start))) continue;
      const all = [...a.members, ...b.members];
      if (all.some((m) => all.some((n) => differ(m.index, n.index)))) continue;
      const otherA = a.members.filter((m) => m !== x);
      const otherB = b.members.filter((m) => m !== y);
      if (otherA.some((m) => otherB.some((n) => passes(m.index, n.index)))) found.push([a.root, b.root]);
    }
  }
  return onlyPartners(found);
}

/**
 * The evidence line's words for a happening told by its stages: "Told by its stages in one article (“Monday”,
 * “Thursday”) and more vaguely by the others (“May 1994”), which hold both days." Null for other happenings.
 */
export function stageEvidence(members: ReadonlyArray<{ article: string; date: TimelineEvent['date'] }>): string | null {
  const byArticle = new Map<string, TimelineEvent['date'][]>();
  for (const m of members) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m.date]);
  const staged = [...byArticle.values()].find((dates) => dates.length === 2 && dates.every((d) => d.precision === 'day'));
  if (!staged) return null;
  const vaguer = members.filter((m) => m.date.precision !== 'day');
  if (vaguer.length === 0) return null;
  const distinct = (xs: string[]) => quoted([...new Set(xs)]);
  return `Told by its stages in one article (${distinct(staged.map((d) => d.text))}) and more vaguely by the others (${distinct(vaguer.map((m) => m.date.text))}), which hold both days.`;
}
