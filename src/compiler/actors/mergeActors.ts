// Across articles: every article's actors unioned by id (aliases and
// memberships joined), then the user's overrides applied.
import type { Actor } from '../../model/schema';
import { gazetteer } from './gazetteer';
import { resolveMerge, type ActorOverrides } from './overrides';

const gazActor = (id: string): Actor | undefined => gazetteer().actors.get(id);

/** Corpus-level union by id (aliases and memberOf unioned), overrides applied, sorted by id. */
export function mergeActors(lists: Actor[][], overrides: ActorOverrides = {}): Actor[] {
  const merge = overrides.merge ?? {};
  const byId = new Map<string, Actor>();
  const ownName = new Set<string>();
  const ignore = new Set((overrides.ignore ?? []).map((s) => s.toLowerCase()));
  for (const list of Array.isArray(lists) ? lists : []) {
    for (const raw of Array.isArray(list) ? list : []) {
      if (!raw || typeof raw.id !== 'string') continue;
      const id = resolveMerge(raw.id, merge);
      const prev = byId.get(id);
      // The actor filed under the id names it, even when a form merged into it came first.
      const own = id === raw.id && !ownName.has(id);
      if (own) ownName.add(id);
      const aliases = [...(prev?.aliases ?? []), ...(raw.aliases ?? []), ...(id !== raw.id ? [raw.name] : []), ...(own && prev ? [prev.name] : [])];
      const memberOf = [...(prev?.memberOf ?? []), ...(raw.memberOf ?? [])].map((m) => resolveMerge(m, merge));
      byId.set(id, {
        id,
        name: own ? raw.name : prev?.name ?? gazActor(id)?.name ?? raw.name,
        kind: own ? raw.kind : prev?.kind ?? gazActor(id)?.kind ?? raw.kind,
        aliases,
        memberOf,
      });
    }
  }
  for (const [key, names] of Object.entries(overrides.aliases ?? {})) {
    const id = resolveMerge(byId.has(key) ? key : [...byId.values()].find((a) => a.name === key)?.id ?? key, merge);
    const a = byId.get(id);
    if (a && Array.isArray(names)) a.aliases = [...a.aliases, ...names];
  }
  for (const [id, kind] of Object.entries(overrides.kinds ?? {})) {
    const a = byId.get(resolveMerge(id, merge));
    if (a) a.kind = kind;
  }
  for (const [id, members] of Object.entries(overrides.memberOf ?? {})) {
    const a = byId.get(resolveMerge(id, merge));
    if (a && Array.isArray(members)) a.memberOf = members.map((m) => resolveMerge(m, merge));
  }
  for (const a of [...byId.values()]) if (ignore.has(a.id) || ignore.has(a.name.toLowerCase())) byId.delete(a.id);
  return [...byId.values()]
    .map((a) => ({
      ...a,
      aliases: [...new Set(a.aliases)].filter((x) => x && x !== a.name).sort(),
      memberOf: [...new Set(a.memberOf)].filter((m) => m !== a.id && byId.has(m)).sort(),
    }))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
