// Across articles: every article's actors unioned by id (aliases and
// memberships joined), then the user's overrides applied.
import type { Actor } from '../../model/schema';
import { gazetteer } from './gazetteer';
import { walkTrie } from './context';
import { tokenize, tokenKey } from '../text/tokens';
import { resolveMerge, type ActorOverrides } from './overrides';
import { COMPANY_NUMBER_WORDS, COMPANY_SUFFIXES } from './organisationWords';
import { FIRST_NAME_SHORT_FORMS } from './peopleWords';
import { initialsOf, spells } from './properNames';

const gazActor = (id: string): Actor | undefined => gazetteer().actors.get(id);

/** Corpus-level union by id (aliases and memberOf unioned), overrides applied, sorted by id. */
export function mergeActors(lists: Actor[][], overrides: ActorOverrides = {}): Actor[] {
  const merge = overrides.merge ?? {};
  const byId = new Map<string, Actor>();
  const ownName = new Set<string>();
  const ignore = new Set((overrides.ignore ?? []).map((s) => s.toLowerCase()));
  // Per person, how many articles make it a member of each actor, for the vote on its country below.
  const votes = new Map<string, Map<string, number>>();
  const countries = new Set<string>();
  // An actor named in many articles gathers its aliases and memberships in place, not copied again for each article
  // (a country named in all of a thousand articles was copied a thousand times). A membership already resolved is
  // resolved again only where that can move it on: a cycle of three ids or more among the merges.
  const settled = Object.keys(merge).every((k) => {
    const to = resolveMerge(k, merge);
    return resolveMerge(to, merge) === to;
  });
  for (const list of Array.isArray(lists) ? lists : []) {
    for (const raw of Array.isArray(list) ? list : []) {
      if (!raw || typeof raw.id !== 'string') continue;
      const id = resolveMerge(raw.id, merge);
      if (raw.kind === 'country') countries.add(id);
      if (raw.kind === 'person') {
        const tally = votes.get(id) ?? votes.set(id, new Map()).get(id)!;
        for (const m of new Set((raw.memberOf ?? []).map((x) => resolveMerge(x, merge)))) tally.set(m, (tally.get(m) ?? 0) + 1);
      }
      const prev = byId.get(id);
      // The actor filed under the id names it, even when a form merged into it came first.
      const own = id === raw.id && !ownName.has(id);
      if (own) ownName.add(id);
      const name = own ? raw.name : prev?.name ?? gazActor(id)?.name ?? raw.name;
      const kind = own ? raw.kind : prev?.kind ?? gazActor(id)?.kind ?? raw.kind;
      const actor = prev ?? { id, name, kind, aliases: [], memberOf: [] };
      if (!settled) actor.memberOf = actor.memberOf.map((m) => resolveMerge(m, merge));
      for (const alias of raw.aliases ?? []) actor.aliases.push(alias);
      if (id !== raw.id) actor.aliases.push(raw.name);
      if (own && prev) actor.aliases.push(prev.name);
      for (const m of raw.memberOf ?? []) actor.memberOf.push(resolveMerge(m, merge));
      actor.name = name;
      actor.kind = kind;
      byId.set(id, actor);
    }
  }
  for (const [id, tally] of votes) {
    const a = byId.get(id);
    if (a) a.memberOf = a.memberOf.filter((m) => !countries.has(m) || tally.get(m) === topCountryVote(tally, countries));
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

/**
 * The most articles that gave a person one country. A person's country is read from each report on its own,
 * and a report that names it only by a title takes the country of the dateline or the one it names most (a
 * foreign head of state in a Washington report becomes American): where reports disagree, the country most of
 * them give is the person's, and a tie keeps them all.
 */
function topCountryVote(tally: ReadonlyMap<string, number>, countries: ReadonlySet<string>): number {
  let top = 0;
  for (const [m, n] of tally) if (countries.has(m) && n > top) top = n;
  return top;
}

/** Whether a name is a longer one less some middle words or initials ("Lena Varga" of "Lena M. Varga"): same first and last word. */
export function shorterFormOf(short: string, long: string): boolean {
  const a = short.split(/\s+/).map(tokenKey);
  const b = long.split(/\s+/).map(tokenKey);
  if (a.length < 2 || a.length >= b.length || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let k = 0;
  for (const w of b) if (w === a[k]) k++;
  return k === a.length;
}

/** "Marty Lenz" of "Martin Lenz": a person's name with a short form of the other's first name, the rest the same. */
export function shortFirstNameOf(short: string, long: string): boolean {
  const a = short.split(/\s+/);
  const b = long.split(/\s+/);
  if (a.length < 2 || a.length !== b.length || tokenKey(a[0]!) === tokenKey(b[0]!) || !FIRST_NAME_SHORT_FORMS.get(tokenKey(a[0]!))?.includes(tokenKey(b[0]!))) return false;
  return a.slice(1).every((w, k) => tokenKey(w) === tokenKey(b[k + 1]!));
}

/**
 * "Lena M. Varga" of "Lena Marta Varga": the same first and last word, as many words, and each middle word the
 * same or an initial of the other's ("M." of "Marta"), one at least.
 */
export function initialledFormOf(short: string, long: string): boolean {
  const a = short.split(/\s+/);
  const b = long.split(/\s+/);
  if (a.length < 3 || a.length !== b.length || tokenKey(a[0]!) !== tokenKey(b[0]!) || tokenKey(a.at(-1)!) !== tokenKey(b.at(-1)!)) return false;
  let initials = 0;
  for (let k = 1; k < a.length - 1; k++) {
    if (tokenKey(a[k]!) === tokenKey(b[k]!)) continue;
    if (!/^\p{Lu}\.?$/u.test(a[k]!) || b[k]!.length < 3 || b[k]![0] !== a[k]![0]) return false;
    initials++;
  }
  return initials > 0;
}

/** The country a name's words before `rest` name ("U.S." of "U.S. Customs Service" before "Customs Service"), or null. */
function countryPrefix(name: string, rest: string): string | null {
  if (!name.endsWith(` ${rest}`)) return null;
  const prefix = name.slice(0, name.length - rest.length - 1);
  const toks = tokenize(prefix, 0, prefix.length);
  const m = toks.length > 0 ? walkTrie(gazetteer().trie, toks, 0, prefix) : null;
  return m && m.endTok === toks.length - 1 && gazActor(m.entry.actorId)?.kind === 'country' ? m.entry.actorId : null;
}

/**
 * A body's name of three words or more besides "of", "and", "for", "the": "Immigration and Naturalization
 * Service" is one body's, "Supreme Court" or "Ministry of Defence" every country's.
 */
const distinctive = (name: string): boolean => name.split(/\s+/).filter((w) => !/^(?:of|and|for|the|on|&)$/i.test(w)).length >= 3;

/**
 * One actor per entity across articles, where the articles wrote its name differently: a body one report
 * qualifies with its country and another does not ("the U.S. Harbor Safety Licensing Board", "the Harbor
 * Safety Licensing Board") is the qualified one when its name is distinctive, and a person's full name with
 * a middle name or initial less ("Lena Varga", "Lena M. Varga") is the longer one. Only when exactly one
 * actor fits, and never a one-word name ("Varga" may be anyone's). Returns id -> id merges.
 */
export function sameAcrossArticles(actors: readonly Actor[]): Record<string, string> {
  // Candidates by a key both forms share, so a corpus of thousands of actors is not compared pair by pair:
  // a person by first and last word, a body by its name after each of its first words.
  const byEnds = new Map<string, Actor[]>();
  const bodyByName = new Map<string, Actor[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);
  for (const b of actors) {
    const w = b.name.split(/\s+/);
    if (b.kind === 'person' && w.length >= 2) push(byEnds, `${tokenKey(w[0]!)} ${tokenKey(w[w.length - 1]!)}`, b);
    if (b.kind === 'organization') for (let k = 1; k < Math.min(w.length, 4); k++) push(bodyByName, w.slice(k).join(' '), b);
  }
  const merge: Record<string, string> = {};
  // A middle initial written out elsewhere ("Lena M. Varga", "Lena Marta Varga") is the spelt-out name, first,
  // so a shorter form fitting both ("Lena Varga") finds one person below.
  const spelt = new Map<string, string>();
  for (const a of actors) {
    const w = a.name.split(/\s+/);
    if (a.kind !== 'person' || w.length < 3) continue;
    const fits = new Set((byEnds.get(`${tokenKey(w[0]!)} ${tokenKey(w[w.length - 1]!)}`) ?? []).filter((b) => b.id !== a.id && initialledFormOf(a.name, b.name)).map((b) => b.id));
    if (fits.size === 1) spelt.set(a.id, [...fits][0]!);
  }
  const settle = (id: string) => spelt.get(id) ?? id;
  // A person one report calls by a short form of the first name another writes out ("Greg Lenz", "Gregory Lenz").
  const byRest = new Map<string, Actor[]>();
  for (const b of actors) {
    const w = b.name.split(/\s+/);
    if (b.kind === 'person' && w.length >= 2) push(byRest, w.slice(1).map(tokenKey).join(' '), b);
  }
  // A body one report names by its acronym alone ("the OSKR") where another writes the acronym as the alias of
  // the name whose initials it spells ("Office of State Kiln Regulation").
  const byAlias = new Map<string, Actor[]>();
  for (const b of actors) if (b.kind === 'organization') for (const alias of b.aliases) if (/^\p{Lu}{2,6}$/u.test(alias)) push(byAlias, alias, b);
  // What an actor merges into depends only on its id, kind and name: an actor each of many reports names is read once.
  const into = new Map<string, string | null>();
  for (const a of actors) {
    const key = `${a.kind}\u0000${a.id}\u0000${a.name}`;
    let target = into.get(key);
    if (target === undefined) {
      const w = a.name.split(/\s+/);
      const candidates = a.kind === 'person' && w.length >= 2 ? byEnds.get(`${tokenKey(w[0]!)} ${tokenKey(w[w.length - 1]!)}`) ?? []
        : a.kind === 'organization' && distinctive(a.name) ? bodyByName.get(a.name) ?? [] : [];
      const fits = candidates.filter((b) => b.id !== a.id && (a.kind === 'person'
        ? shorterFormOf(a.name, b.name)
        : (() => { const c = countryPrefix(b.name, a.name); return c !== null && b.memberOf.includes(c); })()));
      const ids = new Set(fits.map((b) => settle(b.id)));
      ids.delete(settle(a.id));
      target = ids.size === 1 ? [...ids][0]! : spelt.get(a.id) ?? null;
      if (target === null && a.kind === 'person' && w.length >= 2) {
        const short = new Set((byRest.get(w.slice(1).map(tokenKey).join(' ')) ?? []).filter((b) => b.id !== a.id && shortFirstNameOf(a.name, b.name)).map((b) => settle(b.id)));
        if (short.size === 1) target = [...short][0]!;
      }
      if (target === null && a.kind === 'organization' && /^\p{Lu}{2,6}$/u.test(a.name)) {
        const bodies = new Set((byAlias.get(a.name) ?? []).filter((b) => b.id !== a.id && initialsOf(b.name).some((x) => spells(a.name, x))).map((b) => b.id));
        if (bodies.size === 1) target = [...bodies][0]!;
      }
      into.set(key, target);
    }
    if (target !== null) merge[a.id] = target;
  }
  // The same company with its last generic word in the other number, in as many reports as name each form.
  const reports = new Map<string, number>();
  for (const a of actors) reports.set(a.id, (reports.get(a.id) ?? 0) + 1);
  return { ...sameCompanyNumber(actors, (id) => reports.get(id) ?? 0, (id) => resolveMerge(id, merge)), ...merge };
}

const COMPANY_PLURALS = new Map([...COMPANY_NUMBER_WORDS].map(([one, many]) => [many, one]));

/**
 * A company's name with its generic last word made singular and its legal form dropped ("Talvik Holdings Corp."
 * -> "talvik holding"), and whether that word was plural; null for a name not ending in such a word after
 * another one ("Holdings" alone, "Talvik Group").
 */
function companyNumberKey(name: string): { key: string; plural: boolean } | null {
  const w = name.split(/\s+/).map((x) => tokenKey(x.replace(/[.,]$/, ''))).filter(Boolean);
  while (w.length > 2 && COMPANY_SUFFIXES.has(w[w.length - 1]!)) w.pop();
  const last = w[w.length - 1];
  if (w.length < 2 || last === undefined) return null;
  const plural = COMPANY_PLURALS.has(last);
  if (!plural && !COMPANY_NUMBER_WORDS.has(last)) return null;
  return { key: [...w.slice(0, -1), plural ? COMPANY_PLURALS.get(last)! : last].join(' '), plural };
}

/**
 * One actor for a company written in two forms that differ only by the number of their generic last word
 * ("Talvik Holding", "Talvik Holdings"; "Orvo Technology", "Orvo Technologies"): the form counted more often
 * (`weight` of an id, summed over the ids `canonical` joins) names it, the plural on a tie. Only between two
 * bodies, one of each number; a person, a name differing in another word or a bare name ("Talvik") is left
 * alone. Returns id -> id merges.
 */
export function sameCompanyNumber(actors: readonly Actor[], weight: (id: string) => number, canonical: (id: string) => string = (id) => id): Record<string, string> {
  const forms = new Map<string, { one: Set<string>; many: Set<string> }>();
  const total = new Map<string, number>();
  const keys = new Map<string, ReturnType<typeof companyNumberKey>>();
  for (const a of actors) {
    if (a.kind !== 'organization') continue;
    let k = keys.get(a.name);
    if (k === undefined) keys.set(a.name, (k = companyNumberKey(a.name)));
    if (!k) continue;
    const id = canonical(a.id);
    const f = forms.get(k.key) ?? forms.set(k.key, { one: new Set(), many: new Set() }).get(k.key)!;
    (k.plural ? f.many : f.one).add(id);
  }
  for (const a of new Set(actors.map((x) => x.id))) total.set(canonical(a), (total.get(canonical(a)) ?? 0) + weight(a));
  const merge: Record<string, string> = {};
  for (const { one, many } of forms.values()) {
    if (one.size !== 1 || many.size !== 1) continue;
    const [single] = one;
    const [plural] = many;
    if (single === plural) continue;
    const singleWins = (total.get(single!) ?? 0) > (total.get(plural!) ?? 0);
    if (singleWins) merge[plural!] = single!;
    else merge[single!] = plural!;
  }
  return merge;
}
