// The few words of a passage shown in the list: its opening words, or, when a
// search term first occurs further in, the words around that occurrence, so
// the reader sees why the event matched.

/** About `count` words of `text`, with an ellipsis wherever words were left out. */
export function passageExcerpt(text: string, count = 24, terms: readonly string[] = []): string {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length <= count && terms.length === 0) return words.join(' ');
  const lower = words.map((word) => word.toLowerCase());
  const hit = terms.length === 0 ? -1 : lower.findIndex((word) => terms.some((term) => word.includes(term)));
  // Keep the opening unless the first hit would fall outside it; then start a few words before the hit.
  const start = hit >= count ? Math.max(0, hit - Math.floor(count / 4)) : 0;
  const end = Math.min(words.length, start + count);
  return `${start > 0 ? '…' : ''}${words.slice(start, end).join(' ')}${end < words.length ? '…' : ''}`;
}
