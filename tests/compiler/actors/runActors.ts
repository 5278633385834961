// Helpers of the actor tests (not a test file itself): run the finder on a text, and read names as the scorer does.
import { splitSentences } from '../../../src/compiler/text/segment';
import { extractActors, type ActorOverrides } from '../../../src/compiler/actors/extractActors';
import type { Actor } from '../../../src/model/schema';

export function run(text: string, overrides?: ActorOverrides) {
  const sentences = splitSentences(text, { hasTitle: false });
  const result = extractActors(text, sentences, overrides);
  const byId = new Map(result.actors.map((a) => [a.id, a]));
  const ids = (i = 0) => [...new Set((result.mentions[i] ?? []).map((m) => m.actorId))];
  return { ...result, byId, ids };
}

/** Names an actor answers to: its name, aliases and everything it belongs to, transitively. */
export function namesOf(id: string, byId: Map<string, Actor>, seen = new Set<string>()): string[] {
  const a = byId.get(id);
  if (!a || seen.has(id)) return [];
  seen.add(id);
  return [a.name, ...a.aliases, ...a.memberOf.flatMap((m) => namesOf(m, byId, seen))];
}
const words = (s: string) => s.toLowerCase().split(/[\s-]+/).filter(Boolean);
export const nameMatches = (gold: string, name: string) => {
  const g = words(gold);
  const n = words(name);
  return g.every((w) => n.includes(w)) || n.every((w) => g.includes(w));
};
