// One clause, its own date. A sentence that gives one clause two dates ("two
// days on, as of Tuesday's close, the index was off 3%"; "shares closed 6%
// higher on Monday, a day later"; "a week later, on Tuesday, the council
// voted") made two events that read the same: one happening shown twice on
// two days. Of the events of one sentence whose labels read alike, those whose
// dates stand in the label's clause (no other verb, no clause break, no
// relative word between the date and the label's verb) are one happening: the
// finest date is kept, the nearest to the verb when several are as fine.
// Left alone: dates told as a list ("in 2019, 2020 and 2022", "since 2004 and
// Romania since 2007"), a saying's own date, a date a verb takes as its object
// ("picked Saturday night as the time"), two dates side by side (one
// expression read in two), and a date outside the clause: it dates a happening
// of its own ("after the river burst its banks on Thursday"), whatever its
// label says. Pure: an article's events in, fewer out.
import type { TimelineEvent } from '../../model/schema';
import { CALENDAR_WORDS, CLAUSE_OPENERS, FUNCTION_WORDS, isIngVerb, literal } from '../text/lexicon';
import { PRECISION_RANK } from '../../model/calendar';
import { datesSaying, isDone } from './sameHappening';

/** A label as compared: lower case, no date suffix, no calendar words, figures or articles. */
function labelKey(label: string): string {
  return label
    .replace(/\s*\([^)]*\)$/, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !CALENDAR_WORDS.has(w) && !/^(?:the|a|an|ago|last|next|this|that|earlier|later|days?|weeks?|months?|years?)$/.test(w))
    .join(' ');
}

/** Words a clause is told with: a past, a form of "be", or an -ing form of some length that is no function word. */
function isVerbLike(word: string): boolean {
  const w = word.toLowerCase();
  if (FUNCTION_WORDS.has(w) || CALENDAR_WORDS.has(w)) return false;
  return isDone(w) || /^(?:is|are|was|were)$/.test(w) || isIngVerb(w);
}

const words = (text: string): string[] => text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);

/** Where in the quote the label's clause is told: its first verb, else its last word. */
function anchorOf(label: string, quote: string): { at: number; end: number } | null {
  const labelWords = words(label.replace(/\s*\([^)]*\)$/, '').replace(/…$/, ''));
  const verb = labelWords.find(isVerbLike) ?? labelWords.filter((w) => !CALENDAR_WORDS.has(w.toLowerCase())).pop();
  if (!verb) return null;
  const m = new RegExp(`(?<![\\p{L}])${literal(verb)}(?![\\p{L}])`, 'iu').exec(quote);
  return m ? { at: m.index, end: m.index + m[0].length } : null;
}

interface Placed {
  event: TimelineEvent;
  /** The date's place in the quote. */
  from: number;
  to: number;
}

/** Whether the date stands outside the label's clause: a clause break or another verb between, or it is the verb's object. */
function outsideClause(p: Placed, anchor: { at: number; end: number }, quote: string): boolean {
  const between = p.to <= anchor.at ? quote.slice(p.to, anchor.at) : quote.slice(anchor.end, Math.max(anchor.end, p.from));
  if (/[;:]|\s[—–-]\s|,\s+(?:and|but|while|when|after|before|as(?!\s+of\b))\b/.test(between)) return true;
  if (words(between).some((w) => isVerbLike(w) || CLAUSE_OPENERS.has(w.toLowerCase()))) return true;
  // "picked Saturday night as the time to start": the date is what was picked.
  return p.from >= anchor.end && between.trim() === '' && /^\s+as\s/i.test(quote.slice(p.to));
}

/**
 * Whether the dates are told as a list: only a comma, "and" or "or", names and a preposition between them, with an
 * "and" or "or" before the last ("in 2019, 2020 and 2022"; "a week later, on Tuesday," is one date told twice).
 */
function isList(placed: Placed[], quote: string): boolean {
  const sorted = [...placed].sort((a, b) => a.from - b.from);
  const gaps = sorted.slice(1).map((p, i) => quote.slice(sorted[i]!.to, p.from));
  const listGap = (gap: string) => /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:again\s+|also\s+)?(?:(?:in|on|since|from|until|by|through)\s+)?$/u.test(gap);
  return gaps.some(listGap) && gaps.some((gap) => listGap(gap) && /\b(?:and|or)\b/.test(gap));
}

/** Two of the dates stand side by side, one expression read in two ("for two days earlier this month"). */
function touching(placed: Placed[], quote: string): boolean {
  const sorted = [...placed].sort((a, b) => a.from - b.from);
  return sorted.slice(1).some((p, i) => quote.slice(sorted[i]!.to, p.from).trim() === '');
}

const wordCount = (p: Placed, anchor: { at: number; end: number }, quote: string) =>
  words(p.to <= anchor.at ? quote.slice(p.to, anchor.at) : quote.slice(anchor.end, Math.max(anchor.end, p.from))).length;

/** The events of one sentence that read the same, less those whose date is not their label's clause's. */
function dropOthers(same: TimelineEvent[], drop: Set<TimelineEvent>): void {
  const source = same[0]!.sources[0]!;
  const quote = source.quote;
  const all: Placed[] = [];
  for (const event of same) {
    const s = event.sources[0]!;
    if (s.dateStart !== undefined && s.dateEnd !== undefined) all.push({ event, from: s.dateStart - s.start, to: s.dateEnd - s.start });
  }
  if (isList(all, quote)) return;
  const placed = all.filter((p) => !datesSaying(p.event.sources[0]!));
  if (placed.length < 2) return;
  const anchor = anchorOf(same[0]!.label, quote);
  if (!anchor) return;
  // A date outside the clause dates a happening of its own ("after the river burst its banks on Thursday"), whatever
  // its label says: only the clause's own dates are one happening told twice.
  const inside = placed.filter((p) => !outsideClause(p, anchor, quote));
  if (inside.length < 2 || touching(inside, quote)) return;
  // The finest date is the clause's ("the Euro 2020 finals in the summer of 2021"), the nearest of those when several.
  const rank = (p: Placed) => PRECISION_RANK[p.event.date.precision];
  const better = (p: Placed, q: Placed) => rank(p) < rank(q) || (rank(p) === rank(q) && wordCount(p, anchor, quote) < wordCount(q, anchor, quote));
  const kept = inside.reduce((best, p) => (better(p, best) ? p : best));
  for (const p of inside) if (p !== kept) drop.add(p.event);
}

/** Two labels read the same: one's words are the other's, or its opening words ("took a detour" and "took a detour from the rule…"). */
function readAlike(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.split(' ').length >= 3 && long.startsWith(`${short} `));
}

export function keepClauseDates(events: TimelineEvent[]): TimelineEvent[] {
  const bySentence = new Map<number, TimelineEvent[]>();
  for (const e of events) {
    if (e.sources.length !== 1) continue;
    const start = e.sources[0]!.start;
    const same = bySentence.get(start);
    if (same) same.push(e);
    else bySentence.set(start, [e]);
  }
  const drop = new Set<TimelineEvent>();
  for (const sentence of bySentence.values()) {
    const keys = sentence.map((e) => labelKey(e.label));
    const seen = new Set<number>();
    sentence.forEach((_, i) => {
      if (seen.has(i)) return;
      const same = sentence.filter((__, j) => j === i || (!seen.has(j) && readAlike(keys[i]!, keys[j]!)));
      for (const e of same) seen.add(sentence.indexOf(e));
      if (same.length > 1) dropOthers(same, drop);
    });
  }
  return drop.size === 0 ? events : events.filter((e) => !drop.has(e));
}
