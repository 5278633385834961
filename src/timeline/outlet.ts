// Where an article comes from, as a reader names it: the host of its link
// ("northwaypress.example.org"), and the link itself only when it is http(s).

/** Only http(s) sources become links; anything else (javascript:, file paths) stays text. */
export function httpUrl(source: string | null): string | null {
  if (!source) return null;
  try {
    const url = new URL(source);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The outlet a source is from: the host of its link, or the article's title when it has none. */
export function outletOf(article: { source: string | null; title: string } | undefined): string {
  const link = httpUrl(article?.source ?? null);
  return link ? new URL(link).host.replace(/^www\./, '') : (article?.title ?? 'unknown source');
}
