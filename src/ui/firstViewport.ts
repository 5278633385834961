// The viewport the first view is drawn for at build time (firstViewPage.tsx),
// and what the page's first React render takes from the view the browser
// painted before any script ran. A desktop window of 1280 x 800 CSS pixels:
// at that width styles.css gives the timeline 978 pixels (the page's width
// less the actor filter's column, the main column's padding and the
// timeline's border). A browser test checks the two agree
// (tests/e2e/firstView.e2e.ts): a change to the page's columns that moves
// the timeline's width must change this figure too.
import { createContext } from 'react';

export const FIRST_VIEW = { viewportWidth: 1280, viewportHeight: 800, timelineWidth: 978 } as const;

/** The attribute on #root while it holds the first view: "fresh", "stale-width" or "stale-url" (set by the page's inline script). */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';
/** The index, among #root's buttons, of one clicked before the app was ready; clicked again once it is. */
export const PENDING_CLICK_ATTRIBUTE = 'data-first-view-click';

/** Widths known before the first commit (the timeline's, from the first view): drawn at once, not after a measurement. */
export interface InitialWidths {
  timeline?: number;
}

export const InitialWidthsContext = createContext<InitialWidths>({});

/**
 * Whether a media query of the simple kind the app uses ("(min-width: 901px)",
 * "(max-width: 40rem)", joined by "and") holds at the first view's viewport:
 * the server's answer where the browser's is not there to ask.
 */
export function matchesFirstViewport(query: string): boolean {
  const terms = query.split(/\s+and\s+/);
  return terms.every((term) => {
    const m = /^\(\s*(min|max)-(width|height)\s*:\s*([\d.]+)(px|rem|em)\s*\)$/.exec(term.trim());
    if (!m) return false;
    const size = Number(m[3]) * (m[4] === 'px' ? 1 : 16);
    const actual = m[2] === 'width' ? FIRST_VIEW.viewportWidth : FIRST_VIEW.viewportHeight;
    return m[1] === 'min' ? actual >= size : actual <= size;
  });
}
