// The "why one event" line of a merged happening, pure: what the sources
// share, stated as evidence a reader can check against the passages. The
// date (one day, and how each source writes it; or the days they disagree
// on), who takes part in more than one telling (and when that is only a
// country or the story's subject, that it says little alone), the words they
// share (different words for one kind of happening shown side by side), and
// the figures that agree (a magnitude revised from 7.8 to 7.9).
import { PRECISION_RANK } from '../../model/calendar';
import { formatUnit } from '../../model/formatDate';
import type { TimelineEvent } from '../../model/schema';
import { figuresOf, type Figures } from '../events/sameHappening';
import { eventCounts, quoted } from './mergeCues';
import { outbreakEvidence } from './mergeOutbreak';
import { warEvidence } from './mergeWar';
import { stageEvidence } from './mergeStages';

/** What the line needs to know besides the events. */
export interface EvidenceContext {
  /** The content words of a text as merging compares them (stems). */
  contentWords: (text: string) => Set<string>;
  /** Words of one kind of happening ("quake", "earthquake") share a key; other words have none. */
  kindOf: (stem: string) => number | undefined;
  /** An actor's name, by id. */
  name: (id: string) => string;
  /** The actors taking part in a member's happening (a speaker it only quotes about it does not); its actors when not given. */
  participants?: (event: TimelineEvent) => readonly string[];
  /** Actors that say little alone: countries, and the subject most events of the story name. */
  saysLittle: (id: string) => boolean;
  /** The text compared for each member: its label and the clauses of its dates. */
  textOf: (event: TimelineEvent) => string;
}

/** At most this many shared words are named. */
const MAX_WORDS = 5;


const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

function dateEvidence(members: TimelineEvent[]): string {
  const texts = [...new Set(members.map((e) => e.date.text.trim()).filter(Boolean))];
  const same = members.every((e) => e.date.start === members[0]!.date.start && e.date.end === members[0]!.date.end && e.date.precision === members[0]!.date.precision);
  const finest = [...members].sort((a, b) => PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision])[0]!.date;
  const when = formatUnit(finest.start, finest.precision);
  // (One article's two days are stages it tells, not sources that disagree: mergeStages.ts.)
  const apart = members.some((x) => members.some((y) => x.sources[0]!.articleId !== y.sources[0]!.articleId && x.date.end < y.date.start));
  if (apart) {
    const days = [...new Set([...members].sort((a, b) => (a.date.start < b.date.start ? -1 : 1)).map((e) => formatUnit(e.date.start, e.date.precision)))];
    return `the sources give different days (${list(days)}; written ${quoted(texts)}), kept below as a disagreement`;
  }
  if (same) return `${finest.precision === 'day' ? 'the same day' : `the same ${finest.precision}`}, ${when} (written ${quoted(texts)})`;
  return `${when}, which the vaguer dates hold (written ${quoted(texts)})`;
}

function actorEvidence(members: TimelineEvent[], context: EvidenceContext): string {
  const count = new Map<string, number>();
  for (const e of members) for (const id of new Set(context.participants?.(e) ?? e.actors)) count.set(id, (count.get(id) ?? 0) + 1);
  const shared = [...count].filter(([, c]) => c >= 2).map(([id]) => id);
  if (shared.length === 0) return 'no participant named by two of them';
  const names = list(shared.map(context.name));
  if (shared.every(context.saysLittle)) return `only ${names}, named across the story, which says little alone`;
  return `${names} taking part in more than one`;
}

/** The shared words as first written, the most widely shared first; words of one kind shown together ("quake"/"earthquake"). */
function wordEvidence(members: TimelineEvent[], context: EvidenceContext): string[] {
  // Per member: each key (a stem, or a kind of happening) with the surface word it was written as.
  const keyed = members.map((e) => {
    const keys = new Map<string, string>();
    for (const [token] of context.textOf(e).matchAll(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu)) {
      // A figure is one word ("7.8", "1,341"), not its digits.
      const figure = /^\d+(?:[.,]\d+)+$/.test(token);
      const stem = figure ? token : [...context.contentWords(token)][0];
      if (stem === undefined) continue;
      const kind = figure ? undefined : context.kindOf(stem);
      const key = kind === undefined ? stem : `#${kind}`;
      if (!keys.has(key)) keys.set(key, token.toLowerCase());
    }
    return keys;
  });
  const spread = new Map<string, { n: number; forms: string[] }>();
  for (const keys of keyed) {
    for (const [key, form] of keys) {
      const s = spread.get(key) ?? { n: 0, forms: [] };
      s.n++;
      if (!s.forms.includes(form)) s.forms.push(form);
      spread.set(key, s);
    }
  }
  return [...spread.values()]
    .filter((s) => s.n >= 2)
    .sort((a, b) => b.n - a.n)
    .slice(0, MAX_WORDS)
    .map((s) => s.forms.slice(0, 3).join('/'));
}

function figureEvidence(members: TimelineEvent[], context: EvidenceContext): string | null {
  const figures: Figures[] = members.map((e) => figuresOf(context.textOf(e)));
  const magnitudes = [...new Set(figures.flatMap((f) => f.magnitudes))].sort();
  const tolls = [...new Set(figures.flatMap((f) => f.tolls))].sort((a, b) => a - b);
  const parts: string[] = [];
  if (figures.filter((f) => f.magnitudes.length > 0).length >= 2) parts.push(`magnitude ${magnitudes.join(' and ')}${magnitudes.length > 1 ? ' (one quake, its figure revised)' : ''}`);
  // Counts two or more passages give alike ("412 shops and 275 depots" here, "412 branches … 275 depots" there).
  const counts = members.map(eventCounts);
  const sharedCounts = [...new Set(counts.flat())].filter((c) => counts.filter((cs) => cs.includes(c)).length >= 2);
  if (sharedCounts.length >= 2) parts.push(`the same counts, ${list(sharedCounts)}`);
  if (figures.filter((f) => f.tolls.length > 0).length >= 2) parts.push(`the toll at ${tolls.map((n) => n.toLocaleString('en-US')).join(' and ')}${tolls.length > 1 ? ' (one count, updated that day)' : ''}`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** The evidence line of a happening several articles report. */
export function mergeEvidence(members: TimelineEvent[], context: EvidenceContext): string {
  const articles = new Set(members.map((e) => e.sources[0]!.articleId)).size;
  const words = wordEvidence(members, context);
  const figures = figureEvidence(members, context);
  const parts = [
    `${articles} articles report this. Date: ${dateEvidence(members)}.`,
    `Who: ${actorEvidence(members, context)}.`,
    words.length > 0 ? `Shared words: ${quoted(words)}.` : 'No key word shared besides the date.',
  ];
  if (figures) parts.push(`Figures that agree: ${figures}.`);
  const outbreak = outbreakEvidence(members.map((e) => ({ date: e.date, text: context.textOf(e) })));
  if (outbreak) parts.push(outbreak);
  const war = warEvidence(members.map((e) => ({ date: e.date, text: context.textOf(e), passage: e.sources[0]!.quote })));
  if (war) parts.push(war);
  const stages = stageEvidence(members.map((e) => ({ article: e.sources[0]!.articleId, date: e.date })));
  if (stages) parts.push(stages);
  return parts.join(' ');
}
