// Actor extraction: who takes part in what each sentence says. This module
// runs the passes; the rules live beside it: people.ts, organisations.ts,
// scanLexicon.ts (countries, demonyms, capitals), membership.ts,
// coreference.ts, overrides.ts, mergeActors.ts (across articles) and
// participants.ts (which of a sentence's actors take part in an event).
// Pure: string in, typed value out.
import type { Actor } from '../../model/schema';
import { articleDateline, type Sentence } from '../text/segment';
import { isAllCaps, tokenize, tokenKey } from '../text/tokens';
import { withFields } from '../text/withFields';
import { slug } from './gazetteer';
import { typesOfHead, type OrgType } from './discover';
import { ensure, extend, gazActor, nameWithoutLast, withoutSpeltAmpersands, withWrittenAmpersands, type ActorMention, type Ctx } from './context';
import { findFamilyMembers, findPeople } from './people';
import { discoverLocal, findAdjectiveGroups, findBodiesByStaff, findSpeakingGroups, findStateGroups, findBodiesByCommonHead, findNamedMissions, findOrganizations } from './organisations';
import { countCountries, dropGuessedCountries, isTitlePhrase, joinOwnedBodies, joinTitledPeople, datelineCountry } from './membership';
import { resolveChild, resolveKin, resolvePlurals, resolvePronouns, sameEntities } from './coreference';
import { scanLexicon } from './scanLexicon';
import { mergeActors } from './mergeActors';
import { resolveMerge, type ActorOverrides } from './overrides';
import { ALLIANCES, BLOCS } from './peopleWords';
import { isBodyHead, ORG_HEADS, RESULT_NOUNS } from './organisationWords';

// The folder's entry points, for the stages that call the actor finder.
export type { ActorMention } from './context';
export { mergeActors } from './mergeActors';
export { parseActorOverrides, type ActorOverrides } from './overrides';

export interface ActorExtraction { actors: Actor[]; mentions: ActorMention[][] }

export function extractActors(text: string, sentences: Sentence[], overrides: ActorOverrides = {}): ActorExtraction {
  const mentions: ActorMention[][] = sentences.map(() => []);
  if (typeof text !== 'string' || !Array.isArray(sentences)) return { actors: [], mentions };
  const ignore = new Set((overrides.ignore ?? []).map((s) => s.toLowerCase()));
  const ctx: Ctx = {
    text, actors: new Map(), surnames: new Map(), lastByHead: new Map(), ignore, extra: { next: new Map(), entries: [] },
    local: new Map(), localDemonym: new Map(), orgTypes: new Map(), lastOrg: new Map(), openingOrg: new Map(), orgCount: new Map(), lastByLastWord: new Map(), lastBloc: new Map(), home: null, sentenceCountries: [], sentenceClaimed: [], sentenceObjects: [], dateline: null, guessedMembers: new Set(), si: 0,
    lookups: new Map(),
  };
  // User aliases join the lexicon; a key that is no known id becomes its own actor.
  for (const [key, names] of Object.entries(overrides.aliases ?? {})) {
    const id = gazActor(key) ? key : /^[a-z0-9-]+$/.test(key) ? key : slug(key);
    for (const n of [...(Array.isArray(names) ? names : []), ...(id === key ? [] : [key])]) {
      extend(ctx, n, { actorId: id, type: 'name', caseMode: isAllCaps(n) ? 'caps' : 'title' });
    }
  }

  // A byline, a photo credit or a "Read more" link names the page's makers, not actors of the news.
  const tokens = sentences.map((s) => (s.role === 'furniture' ? [] : withoutSpeltAmpersands(text, tokenize(text, s.start, s.end))));

  // Pass 1: people introduced with a title or a verb, so surnames can bind anywhere in pass 2.
  sentences.forEach((_, si) => findPeople(ctx, tokens[si]!, null));
  findFamilyMembers(ctx, tokens);
  // Then what the gazetteer lacks: countries and named bodies, known from how the article uses them.
  discoverLocal(ctx, tokens);
  countCountries(ctx, tokens);
  const dateline = articleDateline(text, sentences);
  ctx.dateline = dateline ? datelineCountry(dateline) : null;

  // Pass 2: everything, in text order.
  const recent: string[][] = [];
  const recentActing: string[][] = [];
  sentences.forEach((sentence, si) => {
    const out: ActorMention[] = [];
    const toks = tokens[si]!;
    ctx.si = si;
    const add = (actor: Actor, a: number, b: number, rule: string): void => {
      if (ignore.has(actor.id) || ignore.has(actor.name.toLowerCase())) return;
      const surface = text.slice(a, b);
      // Demonyms, capitals and anaphors are ways to point at an actor, not names for it.
      ensure(ctx, actor, /^(?:name|possessive|person-|surname|demonym-|named-|institution)/.test(rule) ? surface : undefined);
      if (!out.some((m) => m.actorId === actor.id && m.start === a && m.end === b)) out.push({ actorId: actor.id, start: a, end: b, text: surface, rule });
    };
    // Bodies first, so a title without its body ("Chief Executive X") can take the one just named.
    scanLexicon(ctx, toks, add);
    findPeople(ctx, toks, add, out);
    findOrganizations(ctx, toks, add, out);
    findBodiesByCommonHead(ctx, toks, add, out);
    findNamedMissions(ctx, toks, add, out);
    findAdjectiveGroups(ctx, toks, add, out);
    findBodiesByStaff(ctx, toks, add, out);
    findStateGroups(ctx, toks, add, out);
    findSpeakingGroups(ctx, toks, add, out);
    joinTitledPeople(ctx, out);
    joinOwnedBodies(ctx, out);
    resolveChild(ctx, toks, out, add);
    resolveKin(ctx, out, add);
    resolvePlurals(ctx, sentence, recent, add, recentActing, si > 0 ? { list: mentions[si - 1] ?? [], start: sentences[si - 1]!.start } : undefined);
    out.sort((x, y) => x.start - y.start || y.end - x.end);
    resolvePronouns(ctx, toks, out, mentions.slice(Math.max(0, si - 4), si), add, si > 0 ? sentences[si - 1]!.start : undefined);
    out.sort((x, y) => x.start - y.start || y.end - x.end);
    for (let k = out.length - 1; k >= 0; k--) if (namesACompetition(ctx, out[k]!)) out.splice(k, 1);
    const opening = new Map<OrgType, string>();
    for (const m of out) for (const type of ctx.orgTypes.get(m.actorId) ?? []) if (!opening.has(type)) opening.set(type, m.actorId);
    for (const [type, id] of opening) ctx.openingOrg.set(type, id);
    for (const m of out) {
      if (ctx.orgTypes.has(m.actorId)) ctx.orgCount.set(m.actorId, (ctx.orgCount.get(m.actorId) ?? 0) + 1);
      for (const type of ctx.orgTypes.get(m.actorId) ?? []) ctx.lastOrg.set(type, m.actorId);
      if (BLOCS.has(m.actorId)) ctx.lastBloc.set('bloc', m.actorId);
      if (ALLIANCES.has(m.actorId)) ctx.lastBloc.set('alliance', m.actorId);
      const named = ctx.actors.get(m.actorId);
      const lastWord = named && named.kind === 'organization' ? tokenKey(named.name.split(/\s+/).pop() ?? '') : '';
      if (lastWord && (ORG_HEADS.has(lastWord) || typesOfHead(lastWord).length > 0)) ctx.lastByLastWord.set(lastWord, m.actorId);
    }
    mentions[si] = out;
    // A country or body named only in a person's title ("German defense minister X") is X's, no actor that a
    // later "the three" may count.
    const titleOnly = (m: ActorMention) => ctx.actors.get(m.actorId)?.kind !== 'person' && out.some((p) => p.start > m.end && ctx.actors.get(p.actorId)?.kind === 'person' && isTitlePhrase(text.slice(m.end, p.start)));
    const counted = new Set(out.filter((m) => !titleOnly(m)).map((m) => m.actorId));
    recent.push([...new Set(out.map((m) => m.actorId))]);
    recentActing.push(recent[recent.length - 1]!.filter((id) => counted.has(id)));
  });

  // A sentence that names no one gets no actor: guessing the article's country for it ("The winner will be
  // sworn in on Jan. 1") named a bystander more often than a participant. An article about one company is
  // different: what it tells without a name ("Release is planned for May", "Signs went up at the store") is
  // the company's.
  // (Done below, once a company's short and long names are one actor.)

  dropGuessedCountries(ctx);
  // Every memberOf target is returned too.
  for (const a of [...ctx.actors.values()]) for (const m of a.memberOf) { const g = gazActor(m); if (g && !ctx.actors.has(m)) ensure(ctx, g); }
  const actors = [...ctx.actors.values()].map(({ seen, ...a }) => ({ ...a, aliases: [...new Set([...a.aliases, ...seen])].filter((x) => x !== a.name) }));
  // Short forms and company suffixes joined to the entity they name; the user's merges come first.
  const mentionCount = new Map<string, number>();
  for (const m of mentions.flat()) mentionCount.set(m.actorId, (mentionCount.get(m.actorId) ?? 0) + 1);
  const joined: ActorOverrides = { ...overrides, merge: { ...sameEntities(actors, isBodyHead, (id) => mentionCount.get(id) ?? 0), ...(overrides.merge ?? {}) } };
  const merged = mergeActors([actors], joined).map((a) => {
    // A company filed without its suffix goes by that name, the suffixed form an alias ("Sears Holdings Corp.").
    const base = nameWithoutLast(a.name);
    return a.kind === 'organization' && slug(a.name) !== a.id && slug(base) === a.id ? { ...a, name: base, aliases: [...new Set([...a.aliases, a.name])].filter((x) => x !== base).sort() } : a;
  }).map((a) => {
    // "Holt amp Barrow", "AT&amp;T": shown with the ampersand the text meant.
    const name = withWrittenAmpersands(a.name);
    return name === a.name && !a.aliases.some((x) => x.includes('amp')) ? a : { ...a, name, aliases: [...new Set(a.aliases.map(withWrittenAmpersands))].filter((x) => x !== name) };
  });
  const valid = new Set(merged.map((a) => a.id));
  const remap = (id: string): string => resolveMerge(id, joined.merge ?? {});
  const final = mentions.map((list) => list.map((m) => withFields(m, { actorId: remap(m.actorId) })).filter((m) => valid.has(m.actorId)));
  const companies = new Set([...ctx.orgTypes].filter(([, types]) => types.some((t) => t === 'company' || t === 'airline' || t === 'bank')).map(([id]) => remap(id)));
  const company = companyOfArticle(text, final, sentences, (id) => companies.has(id) && merged.some((a) => a.id === id && a.kind === 'organization'));
  if (company) {
    sentences.forEach((sentence, si) => {
      if (final[si]!.length > 0 || sentence.role === 'furniture' || tokens[si]!.length === 0) return;
      final[si] = [{ actorId: company, start: sentence.start, end: sentence.start, text: '', rule: 'article-company' }];
    });
  }
  // A company's figures told without its name ("Net was $10.5 million", "Assets fell") are those of the one
  // company the sentence before names (or was given this way), not of a bystander.
  sentences.forEach((sentence, si) => {
    if (si === 0 || final[si]!.length > 0 || sentence.role === 'furniture' || !tokens[si]!.some((t) => RESULT_NOUNS.has(t.key))) return;
    const before = [...new Set(final[si - 1]!.map((m) => m.actorId))].filter((id) => companies.has(id));
    if (before.length === 1) final[si] = [{ actorId: before[0]!, start: sentence.start, end: sentence.start, text: '', rule: 'results-company' }];
  });
  return { actors: merged, mentions: final };
}

/**
 * The company an article is about: a company (not an agency, a court or a club) that opens its first sentence
 * as the subject ("Harlow's filed for bankruptcy on …", not "A fire at the Harlow plant killed four"), named
 * in at least half of the sentences that name anyone, and in three at least, with no other named as often.
 */
function companyOfArticle(text: string, mentions: ActorMention[][], sentences: Sentence[], isCompany: (id: string) => boolean): string | null {
  const count = new Map<string, number>();
  let naming = 0;
  for (const list of mentions) {
    if (list.length === 0) continue;
    naming++;
    for (const id of new Set(list.map((m) => m.actorId))) count.set(id, (count.get(id) ?? 0) + 1);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 3 || top[1] * 2 < naming || (second && second[1] === top[1])) return null;
  if (!isCompany(top[0])) return null;
  // A dateline may stand before the subject ("HARBOURTON (Northway Press) - Harlow's filed …").
  const opens = (si: number) => (mentions[si] ?? []).some((m) => m.actorId === top[0] && sentences[si] !== undefined && DATELINE_OR_NOTHING.test(text.slice(sentences[si]!.start, m.start)));
  return opens(0) ? top[0] : null;
}
const DATELINE_OR_NOTHING = /^\s*(?:\p{Lu}[\p{Lu}\s.,'’-]*(?:,\s*[\p{L}.\s]+)?(?:\s*\([^)]{1,40}\))?\s*[-—–]+\s*)?$/u;

// What is won or played in a competition: a body's name before one of these is the competition, which takes
// no part ("three Northern League titles", "Northern League and Cup titles", "the Northern League final").
const COMPETITION_AFTER = /^(?:\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)?\s+(?:titles?|trophies|trophy|medals?|crowns?|matches|fixtures|final|finals|semi-?finals?|quarter-?finals?|season|seasons|campaign|winners?|runners-up|debut|record)\b/u;

/** Whether a body's mention names a competition by what is won or played in it. */
function namesACompetition(ctx: Ctx, m: ActorMention): boolean {
  const actor = ctx.actors.get(m.actorId);
  return actor?.kind === 'organization' && m.rule === 'name' && COMPETITION_AFTER.test(ctx.text.slice(m.end, m.end + 60));
}
