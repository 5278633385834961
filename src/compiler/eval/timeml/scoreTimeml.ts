// TempEval-3's measures of time expressions: extents matched strictly (the
// same characters) and relaxed (overlapping, one-to-one: exact matches first,
// then the largest overlaps), precision / recall / F1 of each; over the
// relaxed matches, the share with the gold value and with the gold type, and
// value F1 and type F1 as those shares times relaxed F1. Overall and per
// type, with every miss, false alarm, wrong extent, value and type listed.
// Pure: documents in, figures out.
import { TIMEX_TYPES, type Timex3, type TimexType } from './timemlDocument';

export interface ScoredDocument {
  /** A name for messages: the file name. */
  name: string;
  text: string;
  gold: readonly Timex3[];
  system: readonly Timex3[];
}

export interface Counts {
  gold: number;
  system: number;
  /** Matches counted by the gold's type (recall) … */
  strict: number;
  relaxed: number;
  /** … and by the system's type (precision); overall the two are equal. */
  strictBySystem: number;
  relaxedBySystem: number;
  /** Relaxed matches whose value equals the gold's. */
  value: number;
  type: number;
}

export interface Figures extends Counts {
  strictPrecision: number;
  strictRecall: number;
  strictF1: number;
  relaxedPrecision: number;
  relaxedRecall: number;
  relaxedF1: number;
  valueAccuracy: number;
  valueF1: number;
  typeAccuracy: number;
  typeF1: number;
}

export type Problem = 'missed' | 'false alarm' | 'extent' | 'value' | 'type';

export interface ProblemLine {
  document: string;
  problem: Problem;
  gold: Timex3 | null;
  system: Timex3 | null;
  /** The expression in its sentence, the gold extent in [brackets], the system's in {braces}. */
  context: string;
}

export interface TimemlScore {
  overall: Figures;
  /** Recall and value figures by the gold's type, precision by the system's. */
  byType: Record<TimexType, Figures>;
  byDocument: Array<{ name: string; figures: Figures }>;
  problems: ProblemLine[];
}

interface Pair {
  gold: Timex3;
  system: Timex3;
  exact: boolean;
}

function overlap(a: Timex3, b: Timex3): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** One-to-one: identical extents first, then the largest overlaps. */
export function matchTimexes(gold: readonly Timex3[], system: readonly Timex3[]): Pair[] {
  const pairs: Pair[] = [];
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  gold.forEach((g, i) => {
    const j = system.findIndex((s, k) => !usedSystem.has(k) && s.start === g.start && s.end === g.end);
    if (j < 0) return;
    usedGold.add(i);
    usedSystem.add(j);
    pairs.push({ gold: g, system: system[j]!, exact: true });
  });
  const candidates: Array<{ i: number; j: number; size: number }> = [];
  gold.forEach((g, i) => {
    if (usedGold.has(i)) return;
    system.forEach((s, j) => {
      if (usedSystem.has(j)) return;
      const size = overlap(g, s);
      if (size > 0) candidates.push({ i, j, size });
    });
  });
  candidates.sort((a, b) => b.size - a.size || a.i - b.i || a.j - b.j);
  for (const c of candidates) {
    if (usedGold.has(c.i) || usedSystem.has(c.j)) continue;
    usedGold.add(c.i);
    usedSystem.add(c.j);
    pairs.push({ gold: gold[c.i]!, system: system[c.j]!, exact: false });
  }
  return pairs;
}

/** Values compare as written (TempEval-3 scores the value alone). */
function sameValue(g: Timex3, s: Timex3): boolean {
  return g.value === s.value;
}

function emptyCounts(): Counts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, strictBySystem: 0, relaxedBySystem: 0, value: 0, type: 0 };
}

function add(into: Counts, c: Counts): void {
  into.gold += c.gold;
  into.system += c.system;
  into.strict += c.strict;
  into.relaxed += c.relaxed;
  into.strictBySystem += c.strictBySystem;
  into.relaxedBySystem += c.relaxedBySystem;
  into.value += c.value;
  into.type += c.type;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Precision over the system's count, recall over the gold's; the attribute figures over the relaxed matches. */
export function figures(c: Counts): Figures {
  const strictPrecision = ratio(c.strictBySystem, c.system);
  const strictRecall = ratio(c.strict, c.gold);
  const relaxedPrecision = ratio(c.relaxedBySystem, c.system);
  const relaxedRecall = ratio(c.relaxed, c.gold);
  const relaxedF1 = f1(relaxedPrecision, relaxedRecall);
  const valueAccuracy = ratio(c.value, c.relaxed);
  const typeAccuracy = ratio(c.type, c.relaxed);
  return {
    ...c,
    strictPrecision,
    strictRecall,
    strictF1: f1(strictPrecision, strictRecall),
    relaxedPrecision,
    relaxedRecall,
    relaxedF1,
    valueAccuracy,
    valueF1: valueAccuracy * relaxedF1,
    typeAccuracy,
    typeF1: typeAccuracy * relaxedF1,
  };
}

/** The sentence-ish stretch around both extents, gold in [brackets] and system in {braces}. */
function contextOf(text: string, gold: Timex3 | null, system: Timex3 | null): string {
  const spans = [gold, system].filter((t): t is Timex3 => t !== null);
  const from = Math.max(0, Math.min(...spans.map((t) => t.start)) - 70);
  const to = Math.min(text.length, Math.max(...spans.map((t) => t.end)) + 70);
  const marks: Array<{ at: number; mark: string; order: number }> = [];
  if (gold) marks.push({ at: gold.start, mark: '[', order: 1 }, { at: gold.end, mark: ']', order: 2 });
  if (system) marks.push({ at: system.start, mark: '{', order: 0 }, { at: system.end, mark: '}', order: 3 });
  marks.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let at = from;
  for (const m of marks) {
    out += text.slice(at, m.at) + m.mark;
    at = m.at;
  }
  out += text.slice(at, to);
  return `${from > 0 ? '…' : ''}${out.replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

export function scoreTimeml(documents: readonly ScoredDocument[]): TimemlScore {
  const overall = emptyCounts();
  const byType = Object.fromEntries(TIMEX_TYPES.map((t) => [t, emptyCounts()])) as Record<TimexType, Counts>;
  const byDocument: TimemlScore['byDocument'] = [];
  const problems: ProblemLine[] = [];
  for (const doc of documents) {
    const c = emptyCounts();
    c.gold = doc.gold.length;
    c.system = doc.system.length;
    for (const g of doc.gold) byType[g.type].gold += 1;
    for (const s of doc.system) byType[s.type].system += 1;
    const pairs = matchTimexes(doc.gold, doc.system);
    const note = (problem: Problem, gold: Timex3 | null, system: Timex3 | null) =>
      problems.push({ document: doc.name, problem, gold, system, context: contextOf(doc.text, gold, system) });
    for (const p of pairs) {
      const t = byType[p.gold.type];
      const ts = byType[p.system.type];
      c.relaxed += 1;
      c.relaxedBySystem += 1;
      t.relaxed += 1;
      ts.relaxedBySystem += 1;
      if (p.exact) {
        c.strict += 1;
        c.strictBySystem += 1;
        t.strict += 1;
        ts.strictBySystem += 1;
      } else note('extent', p.gold, p.system);
      if (sameValue(p.gold, p.system)) {
        c.value += 1;
        t.value += 1;
      } else note('value', p.gold, p.system);
      if (p.gold.type === p.system.type) {
        c.type += 1;
        t.type += 1;
      } else note('type', p.gold, p.system);
    }
    const matchedGold = new Set(pairs.map((p) => p.gold));
    const matchedSystem = new Set(pairs.map((p) => p.system));
    for (const g of doc.gold) if (!matchedGold.has(g)) note('missed', g, null);
    for (const s of doc.system) if (!matchedSystem.has(s)) note('false alarm', null, s);
    add(overall, c);
    byDocument.push({ name: doc.name, figures: figures(c) });
  }
  return {
    overall: figures(overall),
    byType: Object.fromEntries(TIMEX_TYPES.map((t) => [t, figures(byType[t])])) as Record<TimexType, Figures>,
    byDocument,
    problems,
  };
}

function describe(t: Timex3 | null): string {
  if (!t) return '-';
  return `${t.type} ${t.value}${t.mod ? ` mod=${t.mod}` : ''}`;
}

/** The problems as lines of text, grouped by kind, for the file a reader works through. */
export function formatProblems(text: (name: string) => string, problems: readonly ProblemLine[]): string {
  const kinds: Problem[] = ['missed', 'false alarm', 'extent', 'value', 'type'];
  const out: string[] = [];
  for (const kind of kinds) {
    const list = problems.filter((p) => p.problem === kind);
    out.push(`## ${kind} (${list.length})`, '');
    for (const p of list) {
      const doc = text(p.document);
      const quote = (t: Timex3 | null) => (t ? JSON.stringify(doc.slice(t.start, t.end)) : '-');
      out.push(`${p.document}: gold ${quote(p.gold)} ${describe(p.gold)} | system ${quote(p.system)} ${describe(p.system)}`, `    ${p.context}`);
    }
    out.push('');
  }
  return out.join('\n');
}
