// Axis ticks and breaks for a (piecewise) time scale. Inside each linear piece
// d3's UTC ticks choose the step, from decades down to days; labels use a
// multi-scale UTC format naming the coarsest unit that tells ticks apart. Each
// compressed piece becomes a break, and the times at both ends of a break are
// labelled in full, because the ticks around them say nothing about their year.
import { scaleUtc } from 'd3-scale';
import type { TimeScale } from './timeScale';
import { DAY_MS } from './timeScale';

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface AxisTick {
  x: number;
  label: string;
  /** The tick's instant, as UTC milliseconds. */
  value: number;
}

export interface AxisBreak {
  x0: number;
  x1: number;
  /** The omitted time, [from, to) in UTC milliseconds. */
  from: number;
  to: number;
}

export interface Axis {
  ticks: AxisTick[];
  breaks: AxisBreak[];
}

/** "2022" on 1 January, "Mar 2022" on the first of a month, "12 Dec" otherwise. */
export function formatTick(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  if (month === 0 && day === 1) return String(year);
  if (day === 1) return `${MONTHS_SHORT[month]} ${year}`;
  return `${day} ${MONTHS_SHORT[month]}`;
}

/** "12 Dec": a label that names a day and no year. */
const namesNoYear = (label: string) => /^\d+ [A-Z][a-z]{2}$/.test(label);

/** Like formatTick, with the year on days too: for a tick that has no neighbour to date it. */
export function formatFullTick(ms: number): string {
  const label = formatTick(ms);
  return namesNoYear(label) ? `${label} ${new Date(ms).getUTCFullYear()}` : label;
}

/** "28 years", "11 months", "10 days": how much time a break leaves out. */
export function describeDuration(ms: number): string {
  const days = Math.round(ms / DAY_MS);
  if (days >= 730) return `${Math.round(days / 365.25)} years`;
  if (days >= 60) return `${Math.round(days / 30.44)} months`;
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

// 12px labels: about 6.5px a character, plus a little air.
const labelWidth = (label: string) => label.length * 6.5 + 14;
// Half a label's own width, reckoned generously (digits run wider than 6.5px): how far it reaches each side of its tick.
const labelReach = (label: string) => label.length * 3.5;

/**
 * About one tick per `spacing` pixels of each linear piece, day-aligned only
 * (the data is in days); labels that would collide are dropped, keeping the
 * ones at breaks first. A day tick carries its year where the tick shown to
 * its left does not give it: the axis's first ("30 Dec 1991" before "1992"),
 * the first of a new year between weekly ticks ("29 Dec", "5 Jan 1992"), and
 * one whose dated neighbour was dropped to make room ("2021", "14 Dec 2022").
 * Given `within` (the drawing's edges), a label that would be cut off there
 * is dropped, so a clipped "29 Dec 1799" never reads as "Dec 1799".
 */
export function axisTicks(scale: TimeScale, spacing = 110, within?: readonly [number, number]): Axis {
  const breaks: AxisBreak[] = [];
  const first: AxisTick[] = [];
  const second: AxisTick[] = [];
  const rest: AxisTick[] = [];
  for (const piece of scale.pieces) {
    if (piece.compressed) {
      breaks.push({ x0: piece.x0, x1: piece.x1, from: piece.t0, to: piece.t1 });
      // The end of a break, where events start again, wins over its start when both cannot be shown.
      for (const [t, x, list] of [[piece.t1, piece.x1, first], [piece.t0, piece.x0, second]] as const) {
        if (t > scale.domain[0] && t < scale.domain[1] && t % DAY_MS === 0) list.push({ x, label: formatFullTick(t), value: t });
      }
      continue;
    }
    const width = piece.x1 - piece.x0;
    // A sliver between two breaks is dated by the breaks' labels.
    if (width < spacing && scale.pieces.length > 1) continue;
    const local = scaleUtc().domain([piece.t0, piece.t1]).range([piece.x0, piece.x1]);
    const days = local.ticks(Math.max(1, Math.floor(width / spacing))).map((date) => date.getTime()).filter((ms) => ms % DAY_MS === 0);
    for (const ms of days) rest.push({ x: scale(ms), label: formatTick(ms), value: ms });
  }
  const fits = (tick: AxisTick) => !within || (tick.x - labelReach(tick.label) >= within[0] && tick.x + labelReach(tick.label) <= within[1]);
  const candidates = [...first, ...second, ...rest];
  let ticks = keepClear(candidates, fits);
  // A label given its year is longer and may push a neighbour out, which can leave another tick undated: a few
  // rounds settle it.
  for (let round = 0; round < 3; round++) {
    const undated = new Set(ticks.filter((tick, i) => namesNoYear(tick.label) && (i === 0 || year(ticks[i - 1]!.value) !== year(tick.value))).map((t) => t.value));
    if (undated.size === 0) break;
    for (const tick of candidates) if (undated.has(tick.value)) tick.label = formatFullTick(tick.value);
    ticks = keepClear(candidates, fits);
  }
  return { ticks, breaks };
}

const year = (ms: number) => new Date(ms).getUTCFullYear();

/** The ticks whose labels fit and do not collide, in priority order, then sorted by time. */
function keepClear(candidates: readonly AxisTick[], fits: (tick: AxisTick) => boolean): AxisTick[] {
  const kept: AxisTick[] = [];
  for (const tick of candidates) {
    const clear = fits(tick) && kept.every(
      (other) => other.value !== tick.value && Math.abs(other.x - tick.x) >= (labelWidth(other.label) + labelWidth(tick.label)) / 2,
    );
    if (clear) kept.push({ ...tick });
  }
  return kept.sort((a, b) => a.value - b.value);
}
