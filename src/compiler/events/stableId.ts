// Ids that stay the same from build to build for the same input, so links
// to an event (?event=…) survive a rebuild. FNV-1a, 32 bits, base 36.

export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** An event id: a readable article prefix plus a hash of what makes the event unique in it. */
export function stableId(articleId: string, key: string): string {
  const prefix = articleId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 24) || 'article';
  return `${prefix}-${hash32(`${articleId}\u0000${key}`)}`;
}
