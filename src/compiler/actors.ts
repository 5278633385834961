// Actor extraction: who takes part in what each sentence says. Countries and
// known bodies come from the gazetteer (actors/gazetteer.ts); people are found
// by a title or a verb next to a capitalised name and bound by surname later;
// a demonym or a country's possessive before an institution noun makes an
// organization or group that belongs to that country; "the two countries"
// takes the actors just named. Pure: string in, typed value out.
import type { Actor } from '../model/schema';
import type { Sentence } from './segment';
import { gazetteer, insertForm, slug, tokenKey, TOKEN_RE, type LexEntry, type TrieNode } from './actors/gazetteer';

export interface ActorMention { actorId: string; start: number; end: number; text: string; rule: string }
export interface ActorOverrides {
  aliases?: Record<string, string[]>;
  merge?: Record<string, string>;
  kinds?: Record<string, Actor['kind']>;
  memberOf?: Record<string, string[]>;
  ignore?: string[];
}
export interface ActorExtraction { actors: Actor[]; mentions: ActorMention[][] }

interface Token { text: string; key: string; start: number; end: number }

const isCap = (s: string): boolean => /^\p{Lu}/u.test(s);
const isAllCaps = (s: string): boolean => /^[\p{Lu}\d.-]+$/u.test(s) && /\p{Lu}/u.test(s);

function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const start = from + (m.index ?? 0);
    out.push({ text: m[0], key: tokenKey(m[0]), start, end: start + m[0].length });
  }
  return out;
}

// Verbs after which a capital or a name is the one acting ("Baku said").
const ACT_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'must', 'should',
  'is', 'was', 'insists', 'insisted', 'refused', 'refuses', 'accused', 'accuses', 'announced', 'announces', 'denied', 'denies',
  'rejected', 'rejects', 'responded', 'replied', 'warned', 'warns', 'wants', 'wanted', 'called', 'calls', 'claimed', 'claims',
  'demanded', 'demands', 'agreed', 'agrees', 'confirmed', 'confirms', 'threatened', 'threatens', 'condemned', 'condemns',
  'blamed', 'blames', 'recalled', 'expelled', 'sent', 'sends', 'launched', 'urged', 'urges', 'welcomed', 'welcomes',
  'hopes', 'fears', 'sees', 'considers', 'argues', 'argued', 'maintains', 'signed', 'signs', 'retaliated', 'imposed',
  'attacked', 'backed', 'backs', 'supports', 'supported', 'opposed', 'opposes', 'vowed', 'vows', 'pledged', 'promised',
  'also', 'did', 'does', 'stressed', 'stresses', 'added', 'adds', 'noted', 'notes', 'underlined', 'emphasized',
  'emphasised', 'informed', 'informs', 'met', 'meets', 'visited', 'visits', 'arrived', 'decided', 'declared', 'declares',
  'reported', 'reports', 'stated', 'states', 'believes', 'believed', 'expects', 'expected', 'asked', 'asks',
  'spoke', 'speaks', 'wrote', 'writes', 'tweeted', 'criticized', 'criticised', 'praised', 'praises', 'dismissed',
  'questioned', 'acknowledged', 'admitted', 'admits', 'explained', 'explains', 'suggested', 'proposed', 'proposes',
  'ordered', 'orders', 'won', 'wins', 'lost', 'loses', 'scored', 'resigned', 'resigns', 'died', 'dies', 'killed',
  'led', 'leads', 'became', 'becomes', 'took', 'takes', 'made', 'makes', 'gave', 'gives', 'got', 'said.', 'returned',
]);

const LOCATIVE = new Set(['in', 'to', 'from', 'at', 'near', 'outside', 'via', 'into', 'across', 'toward', 'towards', 'around', 'inside', 'through', 'between', 'and']);

// Title words heading a name ("Foreign Minister Sergey Lavrov", "counterpart Jeyhun Bayramov").
const TITLE_HEADS = new Set([
  'president', 'premier', 'minister', 'secretary', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh',
  'sultan', 'pope', 'ayatollah', 'leader', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'ambassador',
  'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'chief', 'ceo', 'director',
  'head', 'commander', 'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt',
  'admiral', 'adm', 'brigadier', 'brig', 'sergeant', 'sgt', 'judge', 'prosecutor', 'speaker', 'lawmaker', 'mp',
  'counterpart', 'coach', 'manager', 'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'champion',
  'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'rev', 'archbishop', 'bishop',
  'patriarch', 'catholicos', 'ombudsman', 'correspondent', 'analyst', 'founder', 'executive', 'officer', 'aide',
  'adviser', 'advisor', 'representative', 'rep', 'sen', 'gov', 'pres', 'candidate', 'challenger', 'negotiator',
  'mediator', 'co-chair', 'presidentelect', 'opponent', 'rival', 'deputy', 'justice', 'attorney', 'commissioner',
  'vice', 'secretary-general', 'dictator', 'ruler', 'tsar', 'czar', 'cleric', 'imam', 'rabbi', 'father',
]);
// Titles that never end a phrase with a lone surname ("Mr. Smith", "Gen. Ivanov").
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sir', 'dame', 'lord', 'lady', 'president', 'minister', 'premier', 'chancellor', 'senator', 'sen', 'rep', 'gov', 'governor', 'mayor', 'king', 'queen', 'pope', 'col', 'colonel', 'capt', 'captain', 'adm', 'admiral', 'brig', 'lt', 'maj', 'sgt', 'ayatollah', 'sheikh', 'emir']);

// Capitalised words that cannot be part of a person's name.
const NAME_STOP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'and', 'or', 'but', 'he', 'she', 'it', 'they', 'we', 'i', 'his',
  'her', 'its', 'their', 'this', 'that', 'these', 'those', 'there', 'when', 'after', 'before', 'while', 'since', 'as', 'if',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ministry', 'party', 'government', 'council', 'committee', 'union',
  'foreign', 'defense', 'defence', 'interior', 'affairs', 'state', 'national', 'office', 'department', 'army', 'police',
  'court', 'assembly', 'parliament', 'agency', 'bank', 'group', 'news', 'university', 'airport', 'street', 'square',
  'river', 'lake', 'mountains', 'corridor', 'region', 'province', 'city', 'district', 'republic', 'kingdom', 'federation',
  'prime', 'deputy', 'acting', 'former', 'first', 'new', 'however', 'meanwhile', 'also', 'yet', 'still', 'so', 'according',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'with', 'by', 'from', 'last', 'next', 'some', 'all', 'both', 'each', 'one', 'two',
  'asked', 'under', 'over', 'about', 'into', 'during', 'despite', 'although', 'because', 'today', 'yesterday', 'tomorrow',
  'north', 'south', 'east', 'west', 'central', 'western', 'eastern', 'northern', 'southern', 'christmas', 'easter',
  'ramadan', 'reuters', 'afp', 'ap', 'tass', 'ria', 'bbc', 'cnn', 'twitter', 'facebook', 'telegram', 'internet', 'covid',
]);
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'abu', 'ben', 'dos', 'das', 'y']);

// Nouns after a demonym that make a lasting organization.
const ORG_NOUNS: Record<string, string> = {
  ministry: 'Ministry', government: 'government', army: 'army', military: 'armed forces', navy: 'navy', forces: 'armed forces',
  troops: 'armed forces', soldiers: 'armed forces', parliament: 'parliament', police: 'police', court: 'court',
  embassy: 'embassy', consulate: 'consulate', cabinet: 'government', administration: 'government', delegation: 'delegation',
  presidency: 'presidency', legislature: 'parliament', senate: 'senate', team: 'national team', squad: 'national team',
  peacekeepers: 'peacekeepers', mission: 'mission', contingent: 'contingent', guard: 'guard', guards: 'guard',
  service: 'service', agency: 'agency', bank: 'bank', party: 'party', opposition: 'opposition', media: 'state media',
  commission: 'commission', committee: 'committee', council: 'council', prosecutor: 'prosecutor’s office',
};
// Nouns after a demonym that make a group of people belonging to that country.
const GROUP_NOUNS = new Set([
  'ecologists', 'environmentalists', 'activists', 'protesters', 'protestors', 'demonstrators', 'rebels', 'separatists',
  'refugees', 'ngos', 'organizations', 'organisations', 'students', 'workers', 'farmers', 'fans', 'journalists',
  'civilians', 'residents', 'settlers', 'militants', 'volunteers', 'lawmakers', 'deputies', 'voters', 'hackers',
  'fighters', 'militia', 'militias', 'veterans', 'prisoners', 'detainees', 'hostages', 'athletes', 'players', 'miners',
  'doctors', 'teachers', 'pilots', 'sailors', 'troops',
]);
// Words allowed between a demonym and the institution noun.
const ORG_MODIFIERS = new Set([
  'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'economic', 'justice', 'health', 'emergency',
  'emergencies', 'situations', 'state', 'national', 'security', 'border', 'peacekeeping', 'armed', 'central', 'supreme',
  'constitutional', 'federal', 'presidential', 'special', 'air', 'naval', 'ground', 'non', 'governmental', 'non-governmental',
  'civil', 'public', 'military', 'intelligence', 'energy', 'culture', 'education', 'agriculture', 'transport', 'trade',
  'environment', 'ecology', 'labor', 'labour', 'anti', 'riot', 'olympic', 'football', 'soccer', 'basketball', 'davis',
  'cup', 'women’s', 'men’s', 'youth', 'investigative', 'general', 'prosecutor', 'prosecutors', 'tax', 'customs',
  'migration', 'statistics', 'election', 'electoral', 'human', 'rights', 'and', 'of', 'affairs', 'ruling', 'main',
  'largest', 'opposition', 'new',
]);
// "Ministry of Foreign Affairs" reads as "Foreign Ministry".
const MINISTRY_OF: Record<string, string> = { 'foreign affairs': 'Foreign', defense: 'Defense', defence: 'Defense', 'internal affairs': 'Interior', interior: 'Interior', justice: 'Justice', finance: 'Finance', economy: 'Economy', health: 'Health', 'emergency situations': 'Emergency Situations', emergencies: 'Emergency Situations', energy: 'Energy', education: 'Education', culture: 'Culture', agriculture: 'Agriculture', ecology: 'Ecology', environment: 'Environment', 'foreign trade': 'Foreign Trade', trade: 'Trade' };

// Capitalised heads that close an organization name ("Civil Contract Party", "Acme Corp.").
const ORG_HEADS = new Set(['party', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'holdings', 'group', 'bank', 'airlines', 'airways', 'front', 'movement', 'alliance', 'federation', 'association', 'foundation', 'institute', 'university', 'company', 'council', 'committee', 'commission', 'agency', 'fund', 'assembly', 'parliament', 'court', 'ministry', 'service', 'organization', 'organisation', 'union', 'network', 'club', 'league']);

interface Draft extends Actor { seen: Set<string> }

interface Ctx {
  text: string;
  actors: Map<string, Draft>;
  /** Surname key -> person ids (binding "Lavrov" to "Sergey Lavrov"). */
  surnames: Map<string, Set<string>>;
  lastByHead: Map<string, string>;
  ignore: Set<string>;
  extra: TrieNode;
}

function ensure(ctx: Ctx, base: Actor, surface?: string): Draft {
  let a = ctx.actors.get(base.id);
  if (!a) {
    a = { ...base, aliases: [...base.aliases], memberOf: [...base.memberOf], seen: new Set() };
    ctx.actors.set(base.id, a);
  }
  for (const m of base.memberOf) if (!a.memberOf.includes(m)) a.memberOf.push(m);
  if (surface && surface !== a.name && !/^[a-z]/.test(surface)) a.seen.add(surface);
  return a;
}

function gazActor(id: string): Actor | undefined {
  return gazetteer().actors.get(id);
}

const demonymOf = (countryId: string): string => {
  const a = gazActor(countryId);
  return a?.name ?? countryId;
};

/** The demonym form used to name a country's institutions ("Russian Foreign Ministry"). */
const DEMONYM_BY_ID = new Map<string, string>();
function demonymName(countryId: string): string {
  const cached = DEMONYM_BY_ID.get(countryId);
  if (cached) return cached;
  let found: string | null = null;
  const walk = (node: TrieNode, path: string[]): void => {
    if (found) return;
    for (const e of node.entries) if (e.actorId === countryId && e.type === 'demonym') { found = path.join(' '); return; }
    if (path.length >= 2) return;
    for (const [k, child] of node.next) walk(child, [...path, k]);
  };
  walk(gazetteer().trie, []);
  const name = found ? (found as string).replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : demonymOf(countryId);
  DEMONYM_BY_ID.set(countryId, name);
  return name;
}

interface Match { start: number; endTok: number; entry: LexEntry }

function walkTrie(root: TrieNode, toks: Token[], i: number, text: string): Match | null {
  let node: TrieNode | undefined = root;
  let best: Match | null = null;
  for (let j = i; j < toks.length && node; j++) {
    if (j > i) {
      const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
      if (!/^(?:\s{1,2}|-|–| - )$/.test(gap) && !(gap === '’' || gap === "'")) break;
    }
    node = node.next.get(toks[j]!.key);
    if (!node) break;
    for (const e of node.entries) {
      const surface = text.slice(toks[i]!.start, toks[j]!.end);
      const ok = e.caseMode === 'caps' ? isAllCaps(surface.replace(/[\s.-]/g, '')) : isCap(toks[i]!.text);
      if (ok) best = { start: i, endTok: j, entry: e };
    }
  }
  return best;
}

const US_STATE_CONTEXT = /\b(?:Atlanta|U\.?S\.? state|state of Georgia|Georgia (?:state|Tech|Bulldogs|Senate|governor|Republicans?|Democrats?)|Savannah|Peach State)\b/;
const DEMONYM_SKIP_AFTER = new Set(['language', 'languages', 'roulette', 'fries', 'ocean', 'cuisine', 'open', 'dressing', 'salad', 'football', 'measles', 'toast', 'speaker', 'speakers', 'speaking', 'literature', 'translation']);
const DEMONYM_SKIP_BEFORE = new Set(['latin', 'south', 'north', 'central', 'pan', 'african', 'native', 'asian', 'mexican', 'irish', 'italian']);

export function extractActors(text: string, sentences: Sentence[], overrides: ActorOverrides = {}): ActorExtraction {
  const mentions: ActorMention[][] = sentences.map(() => []);
  if (typeof text !== 'string' || !Array.isArray(sentences)) return { actors: [], mentions };
  const ignore = new Set((overrides.ignore ?? []).map((s) => s.toLowerCase()));
  const ctx: Ctx = { text, actors: new Map(), surnames: new Map(), lastByHead: new Map(), ignore, extra: { next: new Map(), entries: [] } };
  // User aliases join the lexicon; a key that is no known id becomes its own actor.
  for (const [key, names] of Object.entries(overrides.aliases ?? {})) {
    const id = gazActor(key) ? key : /^[a-z0-9-]+$/.test(key) ? key : slug(key);
    for (const n of [...(Array.isArray(names) ? names : []), ...(id === key ? [] : [key])]) {
      insertForm(ctx.extra, n, { actorId: id, type: 'name', caseMode: isAllCaps(n) ? 'caps' : 'title' });
    }
  }

  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));

  // Pass 1: people introduced with a title or a verb, so surnames can bind anywhere in pass 2.
  sentences.forEach((_, si) => findPeople(ctx, tokens[si]!, null));

  // Pass 2: everything, in text order.
  const recent: string[][] = [];
  sentences.forEach((sentence, si) => {
    const out: ActorMention[] = [];
    const toks = tokens[si]!;
    const add = (actor: Actor, a: number, b: number, rule: string): void => {
      if (ignore.has(actor.id) || ignore.has(actor.name.toLowerCase())) return;
      const surface = text.slice(a, b);
      // Demonyms, capitals and anaphors are ways to point at an actor, not names for it.
      ensure(ctx, actor, /^(?:name|possessive|person-|surname|demonym-|named-|institution)/.test(rule) ? surface : undefined);
      if (!out.some((m) => m.actorId === actor.id && m.start === a && m.end === b)) out.push({ actorId: actor.id, start: a, end: b, text: surface, rule });
    };
    findPeople(ctx, toks, add);
    scanLexicon(ctx, toks, add);
    findOrganizations(ctx, toks, add, out);
    resolvePlurals(ctx, sentence, recent, add);
    out.sort((x, y) => x.start - y.start || y.end - x.end);
    mentions[si] = out;
    recent.push([...new Set(out.map((m) => m.actorId))]);
  });

  // Every memberOf target is returned too.
  for (const a of [...ctx.actors.values()]) for (const m of a.memberOf) { const g = gazActor(m); if (g && !ctx.actors.has(m)) ensure(ctx, g); }
  const actors = [...ctx.actors.values()].map(({ seen, ...a }) => ({ ...a, aliases: [...new Set([...a.aliases, ...seen])].filter((x) => x !== a.name) }));
  const merged = mergeActors([actors], overrides);
  const valid = new Set(merged.map((a) => a.id));
  const remap = (id: string): string => resolveMerge(id, overrides.merge ?? {});
  return {
    actors: merged,
    mentions: mentions.map((list) => list.map((m) => ({ ...m, actorId: remap(m.actorId) })).filter((m) => valid.has(m.actorId))),
  };
}

type Add = (actor: Actor, start: number, end: number, rule: string) => void;

function personActor(name: string, memberOf: string[]): Actor {
  return { id: slug(name), name, kind: 'person', aliases: [], memberOf };
}

/** Reads a name starting at token i: capitalised words, particles inside, hyphen/apostrophe joins. */
function readName(ctx: Ctx, toks: Token[], i: number): number {
  let j = i;
  let last = -1;
  while (j < toks.length && j - i < 6) {
    const t = toks[j]!;
    if (j > i) {
      const gap = ctx.text.slice(toks[j - 1]!.end, t.start);
      if (!/^(?: |-|’|')$/.test(gap)) break;
      // "Armenia's" - a possessive ends the name.
      if ((gap === '’' || gap === "'") && t.key === 's') break;
    }
    const cap = isCap(t.text) && !isAllCaps(t.text.length > 1 ? t.text : 'x') && !NAME_STOP.has(t.key) && !TITLE_HEADS.has(t.key);
    if (cap && !walkTrie(gazetteer().trie, toks, j, ctx.text)) { last = j; j++; continue; }
    if (PARTICLES.has(t.key) && !isCap(t.text) && last >= 0 && j + 1 < toks.length && isCap(toks[j + 1]!.text)) { j++; continue; }
    if (PARTICLES.has(t.key) && last < 0 && ctx.text[t.end] === '-' && j + 1 < toks.length && isCap(toks[j + 1]!.text)) { j++; continue; }
    break;
  }
  return last;
}

function countryAround(ctx: Ctx, toks: Token[], from: number, to: number): { country: string | null; org: string | null } {
  let country: string | null = null;
  let org: string | null = null;
  for (let k = from; k <= to; k++) {
    const m = walkTrie(gazetteer().trie, toks, k, ctx.text);
    if (m) {
      const a = gazActor(m.entry.actorId);
      if (a?.kind === 'country' && !country) country = a.id;
      else if (a && a.kind !== 'country' && !org) org = a.id;
      k = m.endTok;
    }
  }
  return { country, org };
}

/**
 * People: a title followed by a name, a full name followed by an act verb, or
 * "said" followed by a name. Without `add` (pass 1) it only registers them.
 */
function findPeople(ctx: Ctx, toks: Token[], add: Add | null): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isCap(t.text) || NAME_STOP.has(t.key) || TITLE_HEADS.has(t.key)) continue;
    if (i > 0 && readNameStartsBefore(ctx, toks, i)) continue;
    const last = readName(ctx, toks, i);
    if (last < 0) continue;
    const name = ctx.text.slice(t.start, toks[last]!.end);
    const words = last - i + 1;
    const prev = toks[i - 1];
    const prevGapOk = prev ? /^\.?\s+$/.test(ctx.text.slice(prev.end, t.start)) : false;
    const titled = prev !== undefined && prevGapOk && TITLE_HEADS.has(prev.key);
    const next = toks[last + 1];
    const verbAfter = next !== undefined && ACT_VERBS.has(next.key) && /^,?\s+$/.test(ctx.text.slice(toks[last]!.end, next.start));
    const saidBefore = prev !== undefined && /^(?:said|says|told|added|according)$/.test(prev.key);
    const known = personFor(ctx, name);
    let person: Actor | null = known;
    if (!person && words >= 2 && (titled || verbAfter || saidBefore)) {
      person = personActor(name, []);
    } else if (!person && words === 1 && titled && HONORIFICS.has(prev!.key) && !gazetteer().trie.next.has(t.key)) {
      person = personActor(name, []);
    }
    if (!person) { i = last; continue; }
    // Country and body from the title phrase on the left, or an appositive on the right.
    if (titled) {
      let k = i - 1;
      while (k > 0 && i - k < 7 && !/[,;:()"“”]/.test(ctx.text.slice(toks[k - 1]!.end, toks[k]!.start))) k--;
      const around = countryAround(ctx, toks, k, i - 2);
      const memberOf = [around.org, around.country].filter((x): x is string => x !== null);
      person = { ...person, memberOf: [...new Set([...person.memberOf, ...memberOf])] };
    }
    const appositive = ctx.text.slice(toks[last]!.end, Math.min(ctx.text.length, toks[last]!.end + 80));
    const ap = /^,\s+(?:the|a|an)?\s*(?:[\p{L}-]+\s+){0,3}?(?:president|prime minister|minister|leader|ambassador|spokes\w+|head|chief|envoy|foreign minister)\s+of\s+(?:the\s+)?/iu.exec(appositive)
      ?? /^,\s+(?:[\p{Lu}][\p{L}-]+(?:’s|'s)\s+|the\s+[\p{Lu}][\p{L}-]+\s+)/u.exec(appositive);
    if (ap) {
      const j = toks.findIndex((x) => x.start >= toks[last]!.end + ap[0].length - 1 - (ap[0].endsWith(' ') ? 0 : 0) && x.start <= toks[last]!.end + ap[0].length + 1);
      const guess = j >= 0 ? countryAround(ctx, toks, j, Math.min(toks.length - 1, j + 1)) : null;
      const from = toks.findIndex((x) => x.start > toks[last]!.end);
      const guess2 = guess?.country ? guess : from >= 0 ? countryAround(ctx, toks, from, Math.min(toks.length - 1, from + 1)) : null;
      if (guess2?.country && !person.memberOf.includes(guess2.country)) person = { ...person, memberOf: [...person.memberOf, guess2.country] };
    }
    registerPerson(ctx, person);
    if (add) add(person, t.start, toks[last]!.end, known ? (words === 1 ? 'surname' : 'person-known') : titled ? 'person-title' : 'person-verb');
    i = last;
  }
}

/** True when the token continues a capitalised run that started earlier (so names are read once, from their start). */
function readNameStartsBefore(ctx: Ctx, toks: Token[], i: number): boolean {
  const prev = toks[i - 1]!;
  const gap = ctx.text.slice(prev.end, toks[i]!.start);
  if (!/^(?: |-)$/.test(gap)) return false;
  return isCap(prev.text) && !NAME_STOP.has(prev.key) && !TITLE_HEADS.has(prev.key) && !walkTrie(gazetteer().trie, toks, i - 1, ctx.text);
}

function personFor(ctx: Ctx, name: string): Actor | null {
  const id = slug(name);
  const direct = ctx.actors.get(id);
  if (direct && direct.kind === 'person') return direct;
  const ids = ctx.surnames.get(id);
  if (ids && ids.size === 1) {
    const only = ctx.actors.get([...ids][0]!);
    if (only) return only;
  }
  return null;
}

function registerPerson(ctx: Ctx, person: Actor): void {
  if (ctx.ignore.has(person.id) || ctx.ignore.has(person.name.toLowerCase())) return;
  const a = ensure(ctx, person);
  const parts = a.name.split(/\s+/);
  if (parts.length >= 2) {
    const surname = slug(parts[parts.length - 1]!);
    let set = ctx.surnames.get(surname);
    if (!set) { set = new Set(); ctx.surnames.set(surname, set); }
    set.add(a.id);
  }
}

/** Gazetteer and user-alias matches: names, demonyms, capitals, seats. */
function scanLexicon(ctx: Ctx, toks: Token[], add: Add): void {
  const { text } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const m = walkTrie(ctx.extra, toks, i, text) ?? walkTrie(gazetteer().trie, toks, i, text);
    if (!m) continue;
    const a = toks[i]!.start;
    const b = toks[m.endTok]!.end;
    const actor = gazActor(m.entry.actorId) ?? ctx.actors.get(m.entry.actorId) ?? { id: m.entry.actorId, name: text.slice(a, b), kind: 'group' as const, aliases: [], memberOf: [] };
    const before = toks[i - 1];
    const after = toks[m.endTok + 1];
    const afterGap = after ? text.slice(b, after.start) : '';
    const possessive = after !== undefined && after.key === 's' && /^['’]$/.test(afterGap);
    const rest = text.slice(b, Math.min(text.length, b + 40));
    i = m.endTok;
    switch (m.entry.type) {
      case 'name': {
        const key = toks[m.start]!.key;
        // Ambiguous names: Georgia the US state, Jordan/Chad the first names.
        if (key === 'georgia' && US_STATE_CONTEXT.test(text.slice(Math.max(0, a - 60), b + 60))) continue;
        if ((key === 'jordan' || key === 'chad') && m.endTok === m.start) {
          const nameBefore = before && isCap(before.text) && /^ $/.test(text.slice(before.end, a)) && !NAME_STOP.has(before.key);
          const nameAfter = after && isCap(after.text) && afterGap === ' ' && !ACT_VERBS.has(after.key);
          if (nameBefore || nameAfter) continue;
        }
        add(actor, a, b, possessive ? 'possessive' : 'name');
        break;
      }
      case 'demonym': {
        if (after && DEMONYM_SKIP_AFTER.has(after.key) && /^\s+$/.test(afterGap)) continue;
        if (before && DEMONYM_SKIP_BEFORE.has(before.key) && /^[\s-]$/.test(text.slice(before.end, a))) continue;
        // The language: "in Russian.", "translated from Armenian".
        if (before && /^(?:in|into|from|speak|speaks|spoke|speaking)$/.test(before.key) && (!after || !/^\s+[\p{L}]/u.test(rest))) continue;
        add(actor, a, b, 'demonym');
        break;
      }
      case 'demonym-plural':
        add(actor, a, b, 'demonym');
        break;
      case 'capital':
      case 'seat': {
        const acting = possessive || (after !== undefined && ACT_VERBS.has(after.key) && /^\s+$/.test(afterGap)) || /^\s+and\s+\p{Lu}\p{L}+\s+(?:said|have|had|agreed|signed)\b/u.test(rest);
        if (acting) add(actor, a, b, m.entry.type === 'seat' ? 'seat' : 'capital-metonym');
        else if (before && LOCATIVE.has(before.key)) add(actor, a, b, m.entry.type === 'seat' ? 'seat-location' : 'capital-location');
        else if (m.entry.type === 'seat') add(actor, a, b, 'seat');
        break;
      }
    }
  }
}

const HEAD_ALIASES: Record<string, string> = { military: 'armed forces', troops: 'armed forces', soldiers: 'armed forces', forces: 'armed forces', peacekeepers: 'peacekeepers', mission: 'peacekeepers', contingent: 'peacekeepers' };

/**
 * Institutions: "[the] Russian Foreign Ministry", "Russia's Defense Ministry",
 * "the Defense Ministry of Armenia", "Russian peacekeepers", "Azerbaijani
 * ecologists", later "the ministry"; named bodies ending in Party, Corp., etc.
 */
function findOrganizations(ctx: Ctx, toks: Token[], add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  const countryAt = new Map<number, { id: string; endTok: number }>();
  for (let i = 0; i < toks.length; i++) {
    const m = walkTrie(gazetteer().trie, toks, i, text);
    if (!m) continue;
    const a = gazActor(m.entry.actorId);
    const used = out.some((x) => x.actorId === m.entry.actorId && x.start === toks[i]!.start);
    if (a?.kind === 'country' && used && (m.entry.type === 'demonym' || m.entry.type === 'name')) countryAt.set(i, { id: a.id, endTok: m.endTok });
    i = m.endTok;
  }
  const consumed = new Set<number>();
  for (const [ci, { id: countryId, endTok }] of countryAt) {
    let j = endTok + 1;
    // "Armenia's Foreign Ministry": skip the possessive.
    if (toks[j]?.key === 's' && /^['’]$/.test(text.slice(toks[endTok]!.end, toks[j]!.start))) j++;
    const isName = !out.some((x) => x.actorId === countryId && x.start === toks[ci]!.start && x.rule === 'demonym');
    if (isName && j === endTok + 1) continue; // "Armenia officials" is not a pattern
    const mods: string[] = [];
    for (; j < toks.length && j - endTok <= 5; j++) {
      const t = toks[j]!;
      const gap = text.slice(toks[j - 1]!.end, t.start);
      if (!/^(?:\s+|-|['’])$/.test(gap)) break;
      if (t.key === 's' && /^['’]$/.test(gap)) continue;
      if (ORG_NOUNS[t.key] || GROUP_NOUNS.has(t.key)) {
        // A title head right after means a person ("Russian Foreign Minister"), handled elsewhere.
        const next = toks[j + 1];
        if (t.key === 'ministry' && next?.key === 'of') {
          const what = ministryOf(toks, j + 2);
          if (what) mods.push(what.label);
        }
        const group = GROUP_NOUNS.has(t.key) && !(t.key === 'troops');
        const headWord = HEAD_ALIASES[t.key] ?? ORG_NOUNS[t.key] ?? t.key;
        const demonym = demonymName(countryId);
        const modText = mods.filter((x) => !/^(?:and|of|the)$/i.test(x)).map((x) => (x === x.toLowerCase() && !group ? x : x)).join(' ');
        const label = group
          ? `${demonym} ${text.slice(toks[endTok]!.end, t.end).replace(/^(?:['’]s)?\s+/, '')}`.replace(/\s+/g, ' ').trim()
          : t.key === 'ministry'
            ? `${demonym} ${modText.replace(/\b\p{L}/gu, (c) => c.toUpperCase())} Ministry`.replace(/\s+/g, ' ')
            : headWord === 'peacekeepers' ? `${demonym} peacekeepers` : `${demonym} ${modText ? `${modText} ` : ''}${headWord}`.replace(/\s+/g, ' ');
        const actor: Actor = { id: slug(label), name: label, kind: group ? 'group' : 'organization', aliases: [], memberOf: [countryId] };
        add(actor, toks[ci]!.start, t.end, group ? 'demonym-group' : 'demonym-institution');
        ctx.lastByHead.set(t.key === 'ministry' ? 'ministry' : headWord, actor.id);
        consumed.add(j);
        break;
      }
      if (TITLE_HEADS.has(t.key)) break;
      if (ORG_MODIFIERS.has(t.key) || (isCap(t.text) && !walkTrie(gazetteer().trie, toks, j, text))) { mods.push(t.text); continue; }
      break;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (consumed.has(i)) continue;
    // "the Defense Ministry of Armenia", "the Ministry of Foreign Affairs of Azerbaijan".
    if (t.key === 'ministry' && isCap(t.text)) {
      let label = '';
      let k = i + 1;
      if (toks[k]?.key === 'of') {
        const what = ministryOf(toks, k + 1);
        if (what) { label = what.label; k = what.next; }
      } else if (i > 0 && isCap(toks[i - 1]!.text) && ORG_MODIFIERS.has(toks[i - 1]!.key)) label = toks[i - 1]!.text;
      if (toks[k]?.key === 'of') {
        const off = toks[k + 1]?.key === 'the' ? k + 2 : k + 1;
        const m = off < toks.length ? walkTrie(gazetteer().trie, toks, off, text) : null;
        const c = m ? gazActor(m.entry.actorId) : undefined;
        if (m && c?.kind === 'country' && label) {
          const name = `${demonymName(c.id)} ${label} Ministry`;
          const startTok = toks[i - 1] && isCap(toks[i - 1]!.text) && ORG_MODIFIERS.has(toks[i - 1]!.key) ? i - 1 : i;
          add({ id: slug(name), name, kind: 'organization', aliases: [], memberOf: [c.id] }, toks[startTok]!.start, toks[m.endTok]!.end, 'institution-of-country');
          ctx.lastByHead.set('ministry', slug(name));
          i = m.endTok;
          continue;
        }
      }
    }
    // "the ministry", "the army": the last such body named.
    const head = HEAD_ALIASES[t.key] ?? ORG_NOUNS[t.key];
    const bound = head ? ctx.lastByHead.get(t.key === 'ministry' ? 'ministry' : head) : undefined;
    if (bound && i > 0 && toks[i - 1]!.key === 'the' && ctx.actors.has(bound) && !out.some((x) => x.start <= t.start && x.end >= t.end)) {
      add(ctx.actors.get(bound)!, t.start, t.end, 'anaphor');
      continue;
    }
    // Named bodies: capitalised words closed by an organization head ("Civil Contract Party", "Acme Corp.").
    if (ORG_HEADS.has(t.key) && isCap(t.text) && i > 0) {
      let k = i - 1;
      while (k >= 0 && i - k <= 4 && isCap(toks[k]!.text) && !NAME_STOP.has(toks[k]!.key) && /^(?:\s|-|&|\s&\s)$/.test(text.slice(toks[k]!.end, toks[k + 1]!.start))) k--;
      const first = k + 1;
      if (first < i && !out.some((x) => x.start <= toks[first]!.start && x.end >= t.end)) {
        const name = text.slice(toks[first]!.start, t.end);
        const { country } = countryAround(ctx, toks, first, i);
        if (!walkTrie(gazetteer().trie, toks, first, text) || country) {
          add({ id: slug(name), name, kind: 'organization', aliases: [], memberOf: country ? [country] : [] }, toks[first]!.start, t.end, 'named-organization');
        }
      }
    }
  }
}

function ministryOf(toks: Token[], k: number): { label: string; next: number } | null {
  const two = toks[k] && toks[k + 1] ? `${toks[k]!.key} ${toks[k + 1]!.key}` : '';
  if (MINISTRY_OF[two]) return { label: MINISTRY_OF[two]!, next: k + 2 };
  const one = toks[k]?.key ?? '';
  if (MINISTRY_OF[one]) return { label: MINISTRY_OF[one]!, next: k + 1 };
  return null;
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };
const PLURAL_RE = /\b(?:(?:the|both)\s+)(?:(two|three|four|five)\s+)?(?:(?:former|neighbou?ring|rival|warring|feuding|ex-Soviet|Soviet|Caucasus|South|Caucasian|post-Soviet|Balkan|Gulf|allied|two)\s+)*(countries|nations|states|republics|sides|parties|neighbou?rs|governments|capitals|rivals|leaders|presidents|ministers|foreign ministers|premiers|men)\b/giu;

/** "the two former Soviet republics": the N most recent actors of that kind, only when exactly N fit. */
function resolvePlurals(ctx: Ctx, sentence: Sentence, recent: string[][], add: Add): void {
  for (const m of sentence.text.matchAll(PLURAL_RE)) {
    const explicit = m[1] ? NUMBER_WORDS[m[1].toLowerCase()] : /^both\b/i.test(m[0]) ? 2 : undefined;
    const noun = m[2]!.toLowerCase();
    const n = explicit ?? (/^(?:sides|parties)$/.test(noun) ? 2 : undefined);
    if (!n) continue;
    const people = /^(?:leaders|presidents|ministers|foreign ministers|premiers|men)$/.test(noun);
    const fits = (id: string): boolean => {
      const a = ctx.actors.get(id);
      if (!a) return false;
      return people ? a.kind === 'person' : /^(?:sides|parties|rivals)$/.test(noun) ? a.kind !== 'person' : a.kind === 'country';
    };
    const start = sentence.start + (m.index ?? 0);
    // "the two republics of Armenia and Azerbaijan" names them itself.
    const tail = sentence.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    if (/^\s+(?:of|,)\s+\p{Lu}/u.test(tail)) continue;
    const chosen: string[] = [];
    let ok = false;
    for (let back = recent.length - 1; back >= 0 && back >= recent.length - 3; back--) {
      const add1 = recent[back]!.filter((id) => fits(id) && !chosen.includes(id));
      chosen.push(...add1);
      if (chosen.length === n) { ok = true; break; }
      if (chosen.length > n) break;
    }
    if (!ok) continue;
    for (const id of chosen) add(ctx.actors.get(id)!, start, start + m[0].length, 'plural-reference');
  }
}

function resolveMerge(id: string, merge: Record<string, string>): string {
  let cur = id;
  for (let hops = 0; hops < 20 && merge[cur] && merge[cur] !== cur; hops++) cur = merge[cur]!;
  return cur;
}

/** Corpus-level union by id (aliases and memberOf unioned), overrides applied, sorted by id. */
export function mergeActors(lists: Actor[][], overrides: ActorOverrides = {}): Actor[] {
  const merge = overrides.merge ?? {};
  const byId = new Map<string, Actor>();
  const ignore = new Set((overrides.ignore ?? []).map((s) => s.toLowerCase()));
  for (const list of Array.isArray(lists) ? lists : []) {
    for (const raw of Array.isArray(list) ? list : []) {
      if (!raw || typeof raw.id !== 'string') continue;
      const id = resolveMerge(raw.id, merge);
      const prev = byId.get(id);
      const aliases = [...(prev?.aliases ?? []), ...(raw.aliases ?? []), ...(id !== raw.id ? [raw.name] : [])];
      const memberOf = [...(prev?.memberOf ?? []), ...(raw.memberOf ?? [])].map((m) => resolveMerge(m, merge));
      byId.set(id, {
        id,
        name: prev?.name ?? (id === raw.id ? raw.name : gazActor(id)?.name ?? raw.name),
        kind: prev?.kind ?? (id === raw.id ? raw.kind : gazActor(id)?.kind ?? raw.kind),
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

const KINDS = new Set<Actor['kind']>(['country', 'person', 'organization', 'group']);

/** Validates a user's actors.json field by field; bad entries are dropped with a problem, never thrown. */
export function parseActorOverrides(json: unknown): { overrides: ActorOverrides; problems: string[] } {
  const problems: string[] = [];
  const overrides: ActorOverrides = {};
  if (json === null || json === undefined) return { overrides, problems };
  if (typeof json !== 'object' || Array.isArray(json)) return { overrides, problems: ['actors overrides: expected an object'] };
  const src = json as Record<string, unknown>;
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  for (const key of Object.keys(src)) if (!['aliases', 'merge', 'kinds', 'memberOf', 'ignore'].includes(key)) problems.push(`actors overrides: unknown field "${key}" ignored`);
  if (src.aliases !== undefined) {
    if (!isRecord(src.aliases)) problems.push('aliases: expected an object of name lists');
    else {
      overrides.aliases = {};
      for (const [k, v] of Object.entries(src.aliases)) {
        if (strings(v)) overrides.aliases[k] = v.filter((s) => s.trim() !== '');
        else if (typeof v === 'string') overrides.aliases[k] = [v];
        else problems.push(`aliases.${k}: expected a list of strings`);
      }
    }
  }
  if (src.merge !== undefined) {
    if (!isRecord(src.merge)) problems.push('merge: expected an object of id -> id');
    else {
      overrides.merge = {};
      for (const [k, v] of Object.entries(src.merge)) {
        if (typeof v === 'string' && v !== '') overrides.merge[k] = v;
        else problems.push(`merge.${k}: expected an actor id`);
      }
    }
  }
  if (src.kinds !== undefined) {
    if (!isRecord(src.kinds)) problems.push('kinds: expected an object of id -> kind');
    else {
      overrides.kinds = {};
      for (const [k, v] of Object.entries(src.kinds)) {
        if (typeof v === 'string' && KINDS.has(v as Actor['kind'])) overrides.kinds[k] = v as Actor['kind'];
        else problems.push(`kinds.${k}: expected one of country, person, organization, group`);
      }
    }
  }
  if (src.memberOf !== undefined) {
    if (!isRecord(src.memberOf)) problems.push('memberOf: expected an object of id -> id list');
    else {
      overrides.memberOf = {};
      for (const [k, v] of Object.entries(src.memberOf)) {
        if (strings(v)) overrides.memberOf[k] = v;
        else if (typeof v === 'string') overrides.memberOf[k] = [v];
        else problems.push(`memberOf.${k}: expected a list of ids`);
      }
    }
  }
  if (src.ignore !== undefined) {
    if (strings(src.ignore)) overrides.ignore = src.ignore;
    else problems.push('ignore: expected a list of ids or names');
  }
  return { overrides, problems };
}
