// Actor colours: one colour per actor from a fixed palette, the same in the
// filter, on the timeline's marks and in the lanes. The choice depends only
// on the actor ids (a hash of each id picks its preferred colour), so it is
// stable across reloads and does not move when the checked actors change.

/** Distinct hues, each at least 3:1 against white so marks stay visible. */
export const ACTOR_PALETTE = [
  '#1f6fb4',
  '#c2410c',
  '#15803d',
  '#7c3aed',
  '#b91c1c',
  '#0e7490',
  '#a16207',
  '#be185d',
  '#4d7c0f',
  '#4338ca',
  '#7c4a2d',
  '#64748b',
] as const;

/** FNV-1a over the id's UTF-16 code units: a fixed, well-spread hash. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Maps each actor id to a palette colour. Ids are taken in sorted order; each
 * gets its hash's colour, or the next one not yet used, so up to the palette's
 * size no two actors share a colour; past it the palette is used again.
 */
export function assignActorColors(ids: Iterable<string>, palette: readonly string[] = ACTOR_PALETTE): Map<string, string> {
  const sorted = [...new Set(ids)].sort();
  const colors = new Map<string, string>();
  let used = new Set<number>();
  for (const id of sorted) {
    if (used.size === palette.length) used = new Set();
    let slot = hashId(id) % palette.length;
    while (used.has(slot)) slot = (slot + 1) % palette.length;
    used.add(slot);
    colors.set(id, palette[slot]!);
  }
  return colors;
}
