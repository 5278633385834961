// The app taking over the first view built into the page (firstViewPage.tsx):
// it waits for the index, so its first commit is the whole explorer with the
// timeline drawn (the view on screen is never swapped for a loading state),
// draws it at the width the first view shows, and puts back the focus and a
// click a reader gave the first view's buttons before the app was ready.
import type { QueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { timelineIndexQuery } from './api';
import { LOAD_MARKS, markOnce } from './loadMarks';
import { FIRST_VIEW_ATTRIBUTE, PENDING_CLICK_ATTRIBUTE, type InitialWidths } from './firstViewport';

/** Where a focused element is among #root's: its id, else its place among the elements of its tag. */
type Place = { id: string } | { tag: string; at: number };

function placeOf(root: HTMLElement, element: Element | null): Place | null {
  if (!element || element === root || !root.contains(element)) return null;
  if (element.id) return { id: element.id };
  const tag = element.tagName.toLowerCase();
  return { tag, at: [...root.querySelectorAll(tag)].indexOf(element) };
}

function find(root: HTMLElement, place: Place | null): HTMLElement | null {
  if (!place) return null;
  if ('id' in place) return document.getElementById(place.id);
  return root.querySelectorAll<HTMLElement>(place.tag)[place.at] ?? null;
}

/** Whether #root holds a first view to take over. */
export function hasFirstView(root: HTMLElement): boolean {
  return root.hasAttribute(FIRST_VIEW_ATTRIBUTE);
}

/**
 * Loads the index, then renders the app (`render`, given the widths the
 * first view was painted at) in one synchronous commit that replaces the
 * first view, and carries the focus and a pending click over to the app.
 */
export async function takeOverFirstView(root: HTMLElement, client: QueryClient, render: (widths: InitialWidths) => void): Promise<void> {
  // A URL with a state of its own shows another view than the one built in: the app says it is loading at once.
  // Otherwise it waits for the index (a failed load is the app's to show, with its Retry: prefetching never throws).
  if (root.getAttribute(FIRST_VIEW_ATTRIBUTE) !== 'stale-url') await client.prefetchQuery(timelineIndexQuery());
  const state = root.getAttribute(FIRST_VIEW_ATTRIBUTE);
  const scroll = root.querySelector<HTMLElement>('.timeline-scroll');
  const widths: InitialWidths = scroll && scroll.clientWidth > 0 ? { timeline: scroll.clientWidth } : {};
  const focused = placeOf(root, document.activeElement);
  const pending = root.getAttribute(PENDING_CLICK_ATTRIBUTE);
  // The app's markup is the first view's where the view was fresh: the same places, so focus and click carry over.
  const carry = state === 'fresh';
  flushSync(() => render(widths));
  markOnce(LOAD_MARKS.ready);
  root.removeAttribute(FIRST_VIEW_ATTRIBUTE);
  root.removeAttribute(PENDING_CLICK_ATTRIBUTE);
  if (carry) find(root, focused)?.focus();
  if (carry && pending !== null) root.querySelectorAll<HTMLElement>('button')[Number(pending)]?.click();
}
