// The pairs of elements whose boxes overlap on screen: marks and labels on the
// timeline must never pile up, whatever is drawn.
import type { Locator } from 'playwright-core';

export async function overlappingPairs(elements: Locator): Promise<[number, number][]> {
  const boxes = await elements.evaluateAll((all) =>
    all.map((element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push([i, j]);
    }
  }
  return pairs;
}
