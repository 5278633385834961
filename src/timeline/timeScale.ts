// The horizontal time scale: UTC milliseconds to pixels over a visible window.
// It is piecewise linear so that long empty stretches ("gaps") can be drawn at
// a fixed width while the time around them keeps one common rate; with no
// gaps it is a plain linear scale. Monotonic and invertible either way.
import { toUtcMs } from '../model/calendar';
import type { IndexEvent } from '../model/schema';

export const DAY_MS = 86_400_000;

/** A stretch of time and the pixels it takes; `compressed` pieces are gaps drawn at a fixed width. */
export interface ScalePiece {
  t0: number;
  t1: number;
  x0: number;
  x1: number;
  compressed: boolean;
}

export interface TimeScale {
  (ms: number): number;
  invert(x: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  readonly pieces: readonly ScalePiece[];
}

export interface TimeScaleOptions {
  /** Stretches of the domain to draw at `gapWidth` pixels each. */
  gaps?: readonly (readonly [number, number])[];
  gapWidth?: number;
}

/** [first start, last end + 1 day) in UTC milliseconds; `end` is inclusive in the data. */
export function eventExtent(events: readonly IndexEvent[]): [number, number] | null {
  if (events.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const event of events) {
    min = Math.min(min, toUtcMs(event.date.start));
    max = Math.max(max, toUtcMs(event.date.end) + DAY_MS);
  }
  return [min, max];
}

/** Gaps clipped to the domain, sorted, with overlaps merged and empty ones dropped; gaps that only touch stay apart. */
function normalizeGaps(gaps: readonly (readonly [number, number])[], [d0, d1]: readonly [number, number]): [number, number][] {
  const clipped = gaps
    .map(([a, b]): [number, number] => [Math.max(a, d0), Math.min(b, d1)])
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const gap of clipped) {
    const last = merged[merged.length - 1];
    if (last && gap[0] < last[1]) last[1] = Math.max(last[1], gap[1]);
    else merged.push([...gap]);
  }
  return merged;
}

function buildPieces(
  domain: readonly [number, number],
  range: readonly [number, number],
  gaps: [number, number][],
  gapWidth: number,
): ScalePiece[] {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const linearTime = d1 - d0 - gaps.reduce((sum, [a, b]) => sum + b - a, 0);
  // Gaps never take more than half the width, so the time around them stays readable.
  const width = gaps.length === 0 ? 0 : Math.min(gapWidth, ((r1 - r0) * 0.5) / gaps.length);
  if (gaps.length === 0 || linearTime <= 0) return [{ t0: d0, t1: d1, x0: r0, x1: r1, compressed: false }];
  const rate = (r1 - r0 - width * gaps.length) / linearTime;
  const pieces: ScalePiece[] = [];
  let t = d0;
  let x = r0;
  const push = (t1: number, compressed: boolean) => {
    if (t1 <= t) return;
    const x1 = x + (compressed ? width : (t1 - t) * rate);
    pieces.push({ t0: t, t1, x0: x, x1, compressed });
    t = t1;
    x = x1;
  };
  for (const [a, b] of gaps) {
    push(a, false);
    push(b, true);
  }
  push(d1, false);
  // Land exactly on the range's end whatever the rounding.
  pieces[pieces.length - 1]!.x1 = r1;
  return pieces;
}

/** Index of the piece holding `value` on the given axis, by binary search. */
function pieceAt(pieces: readonly ScalePiece[], value: number, axis: 't' | 'x'): ScalePiece {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value < pieces[mid]![axis === 't' ? 't1' : 'x1']) hi = mid;
    else lo = mid + 1;
  }
  return pieces[lo]!;
}

export function createTimeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  { gaps = [], gapWidth = 32 }: TimeScaleOptions = {},
): TimeScale {
  const d: [number, number] = [domain[0], Math.max(domain[1], domain[0] + 1)];
  const r: [number, number] = [range[0], Math.max(range[1], range[0] + 1)];
  const pieces = buildPieces(d, r, normalizeGaps(gaps, d), gapWidth);
  // Outside the domain (marks that start before the window) time runs at the linear pieces' rate.
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const edgeRate = (piece: ScalePiece) => (piece.x1 - piece.x0) / (piece.t1 - piece.t0);
  const scale = (ms: number): number => {
    if (ms <= d[0]) return r[0] - (d[0] - ms) * edgeRate(first);
    if (ms >= d[1]) return r[1] + (ms - d[1]) * edgeRate(last);
    const p = pieceAt(pieces, ms, 't');
    return p.x0 + ((ms - p.t0) / (p.t1 - p.t0)) * (p.x1 - p.x0);
  };
  scale.invert = (x: number): number => {
    if (x <= r[0]) return d[0] - (r[0] - x) / edgeRate(first);
    if (x >= r[1]) return d[1] + (x - r[1]) / edgeRate(last);
    const p = pieceAt(pieces, x, 'x');
    return p.t0 + ((x - p.x0) / (p.x1 - p.x0)) * (p.t1 - p.t0);
  };
  scale.domain = d as readonly [number, number];
  scale.range = r as readonly [number, number];
  scale.pieces = pieces as readonly ScalePiece[];
  return scale;
}
