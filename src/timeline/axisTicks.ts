// Axis ticks from the scale's own tick choice, labelled in UTC at the
// coarsest unit that tells them apart: years, months, or days.
import type { TimeScale } from './timeScale';
import { DAY_MS } from './timeScale';

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface AxisTick {
  x: number;
  label: string;
  /** The tick's instant, as UTC milliseconds. */
  value: number;
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

/** About one tick per `spacing` pixels; ticks inside a day are dropped (the data is in days). */
export function axisTicks(scale: TimeScale, spacing = 110): AxisTick[] {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  return scale
    .ticks(count)
    .map((date) => date.getTime())
    .filter((ms) => ms % DAY_MS === 0)
    .map((ms) => ({ x: scale(new Date(ms)), label: formatTick(ms), value: ms }));
}
