// The "Embed" snippet: an iframe of the current view, for another page. The
// link is the page's own, so the frame opens on the same window, filters,
// search and event; `embed=1` drops the side columns so the timeline has the
// room a frame gives.
import { escapeHtml } from './exportTimelineJs';

export const EMBED_HEIGHT = 640;

/** The page's link with `embed=1` among its parameters (once). */
export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  return url.href;
}

export function embedSnippet(href: string, title: string): string {
  return `<iframe src="${escapeHtml(embedUrl(href))}" title="${escapeHtml(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
}
