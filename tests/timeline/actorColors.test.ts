import { describe, expect, it } from 'vitest';
import { ACTOR_PALETTE, assignActorColors } from '../../src/timeline/actorColors';

describe('assignActorColors', () => {
  it('assignActorColors gives each actor a palette colour, distinct while the palette lasts', () => {
    const ids = ['russia', 'armenia', 'azerbaijan', 'nikol-pashinyan', 'sergey-lavrov', 'russian-foreign-ministry', 'soviet-union'];
    const colors = assignActorColors(ids);
    expect([...colors.keys()].sort()).toEqual([...ids].sort());
    for (const color of colors.values()) expect(ACTOR_PALETTE).toContain(color);
    expect(new Set(colors.values()).size).toBe(ids.length);
  });

  it('assignActorColors does not depend on the order the ids come in, so a reload keeps every colour', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `actor-${i}`);
    const forward = assignActorColors(ids);
    const backward = assignActorColors([...ids].reverse());
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });

  it('assignActorColors reuses the palette past its size, spreading actors over all of it', () => {
    const ids = Array.from({ length: ACTOR_PALETTE.length * 2 }, (_, i) => `a${i}`);
    const uses = new Map<string, number>();
    for (const color of assignActorColors(ids).values()) uses.set(color, (uses.get(color) ?? 0) + 1);
    expect(uses.size).toBe(ACTOR_PALETTE.length);
    for (const count of uses.values()) expect(count).toBe(2);
  });

});
