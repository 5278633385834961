// Named moments on the way to the first draw, left in the page's User Timing
// (performance.mark) so a profiler, the benchmark (bench/userClock.ts) and
// anyone with the browser's tools can see where the time goes: the app
// started, the index received, parsed and checked, and the first layout of
// the timeline, and the app's timeline committed (ready to answer). Each is marked once
// per page; a mark costs a microsecond or two.
export const LOAD_MARKS = {
  /** The app's script has loaded and starts rendering. */
  started: 'timeline:app-start',
  /** The index's response is in the app's hands (its body may still be arriving). */
  received: 'timeline:index-received',
  parsed: 'timeline:index-parsed',
  checked: 'timeline:index-checked',
  laidOut: 'timeline:first-layout',
  /** The app's timeline is committed and answers: over a first view built into the page, the moment it took it over. */
  ready: 'timeline:app-ready',
} as const;

const marked = new Set<string>();

export function markOnce(name: (typeof LOAD_MARKS)[keyof typeof LOAD_MARKS]): void {
  if (marked.has(name) || typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  marked.add(name);
  performance.mark(name);
}
