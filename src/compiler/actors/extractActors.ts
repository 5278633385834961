// Actor extraction: who takes part in what each sentence says. Countries and
// known bodies come from the gazetteer (actors/gazetteer.ts); people are found
// by a title or a verb next to a capitalised name and bound by surname later;
// a demonym or a country's possessive before an institution noun makes an
// organization or group that belongs to that country; "the two countries"
// takes the actors just named. Pure: string in, typed value out.
import type { Actor } from '../../model/schema';
import { isSpaceCode, type Sentence } from '../text/segment';
import { CALENDAR_WORDS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/lexicon';
import { isAllCaps, isCap, tokenize, tokenKey, type Token } from '../text/tokens';
import { gazetteer, insertForm, slug, type LexEntry, type TrieNode } from './gazetteer';
import { DEFINITE_TYPES, discoverCountries, GENERIC_FIRST, ROLE_TYPES, typesOfHead, type Lookup, type OrgType } from './discover';

export interface ActorMention { actorId: string; start: number; end: number; text: string; rule: string }
export interface ActorOverrides {
  aliases?: Record<string, string[]>;
  merge?: Record<string, string>;
  kinds?: Record<string, Actor['kind']>;
  memberOf?: Record<string, string[]>;
  ignore?: string[];
}
export interface ActorExtraction { actors: Actor[]; mentions: ActorMention[][] }

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

// Verbs and prepositions after which a capital is the government addressed ("accused Baku", "talks with Kyiv").
const OBJECT_CUES = new Set([
  'accused', 'accuses', 'accusing', 'urged', 'urges', 'urging', 'warned', 'warns', 'told', 'tells', 'blamed', 'blames', 'criticised',
  'criticized', 'criticises', 'criticizes', 'condemned', 'condemns', 'pressed', 'presses', 'thanked', 'praised', 'invited',
  'asked', 'asks', 'with', 'against', 'sanctioned', 'rebuked', 'summoned', 'lobbied',
]);
// Blocs that "the bloc" can point back to, and alliances for "the alliance".
const BLOCS = new Set(['european-union', 'nato', 'african-union', 'asean', 'opec', 'arab-league', 'eurasian-economic-union', 'csto', 'cis', 'oic']);
const ALLIANCES = new Set(['nato', 'csto']);

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
  ...CALENDAR_WORDS, 'ministry', 'party', 'government', 'council', 'committee', 'union',
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
const ORG_NOUNS = new Map<string, string>(Object.entries({
  ministry: 'Ministry', government: 'government', army: 'army', military: 'armed forces', navy: 'navy', forces: 'armed forces',
  troops: 'armed forces', soldiers: 'armed forces', parliament: 'parliament', police: 'police', court: 'court',
  embassy: 'embassy', consulate: 'consulate', cabinet: 'government', administration: 'government', delegation: 'delegation',
  presidency: 'presidency', legislature: 'parliament', senate: 'senate', team: 'national team', squad: 'national team',
  peacekeepers: 'peacekeepers', mission: 'mission', contingent: 'contingent', guard: 'guard', guards: 'guard',
  service: 'service', agency: 'agency', bank: 'bank', party: 'party', opposition: 'opposition', media: 'state media',
  commission: 'commission', committee: 'committee', council: 'council', prosecutor: 'prosecutor’s office',
  force: 'Force',
}));
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
const MINISTRY_OF = new Map<string, string>(Object.entries({ 'foreign affairs': 'Foreign', defense: 'Defense', defence: 'Defense', 'internal affairs': 'Interior', interior: 'Interior', justice: 'Justice', finance: 'Finance', economy: 'Economy', health: 'Health', 'emergency situations': 'Emergency Situations', emergencies: 'Emergency Situations', energy: 'Energy', education: 'Education', culture: 'Culture', agriculture: 'Agriculture', ecology: 'Ecology', environment: 'Environment', 'foreign trade': 'Foreign Trade', trade: 'Trade' }));

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
  /** Actors this article introduces itself: countries the gazetteer lacks, named bodies. */
  local: Map<string, Actor>;
  localDemonym: Map<string, string>;
  orgTypes: Map<string, readonly OrgType[]>;
  /** The last body of each type named so far, for "the airline", "the rebels". */
  lastOrg: Map<OrgType, string>;
  orgCount: Map<string, number>;
  /** The last body named whose name ends in a given word: "the Commission" after "the European Commission". */
  lastByLastWord: Map<string, string>;
  /** The bloc and the alliance named last, for "the bloc" and "the alliance". */
  lastBloc: Map<'bloc' | 'alliance', string>;
  /** The country the article is mostly about, and the countries each sentence names. */
  home: string | null;
  sentenceCountries: string[][];
  si: number;
  /** lookup()'s answers per sentence's tokens and index, dropped whenever the article's own lexicon grows. */
  lookups: Map<Token[], Array<Match | null>>;
}

/** Enters a form into the article's own lexicon. */
function extend(ctx: Ctx, form: string, entry: LexEntry): void {
  insertForm(ctx.extra, form, entry);
  ctx.lookups.clear();
}

function ensure(ctx: Ctx, base: Actor, surface?: string): Draft {
  let a = ctx.actors.get(base.id);
  if (!a) {
    a = { id: base.id, name: base.name, kind: base.kind, aliases: [...base.aliases], memberOf: [...base.memberOf], seen: new Set() };
    ctx.actors.set(base.id, a);
  }
  for (const m of base.memberOf) if (!a.memberOf.includes(m)) a.memberOf.push(m);
  if (surface && surface !== a.name && !/^[a-z]/.test(surface)) a.seen.add(surface);
  return a;
}

function gazActor(id: string): Actor | undefined {
  return gazetteer().actors.get(id);
}

/** An actor known before the main pass: the gazetteer's or one the article introduced. */
function actorOf(ctx: Ctx, id: string): Actor | undefined {
  return gazActor(id) ?? ctx.local.get(id);
}

/** The longest lexicon entry at token i: the article's own names first, then the gazetteer. */
function lookup(ctx: Ctx, toks: Token[], i: number): Match | null {
  // Every pass asks again about the same tokens: the walk is done once per token until the lexicon changes.
  let memo = ctx.lookups.get(toks);
  if (!memo) {
    memo = new Array<Match | null>(toks.length);
    ctx.lookups.set(toks, memo);
  }
  let found = memo[i];
  if (found === undefined) {
    found = walkTrie(ctx.extra, toks, i, ctx.text) ?? walkTrie(gazetteer().trie, toks, i, ctx.text);
    memo[i] = found;
  }
  return found;
}

const demonymOf = (countryId: string): string => {
  const a = gazActor(countryId);
  return a?.name ?? countryId;
};

/** The demonym form used to name a country's institutions ("Russian Foreign Ministry"). */
const DEMONYM_BY_ID = new Map<string, string>();
function demonymName(countryId: string, ctx?: Ctx): string {
  const local = ctx?.localDemonym.get(countryId);
  if (local) return local;
  const own = ctx?.local.get(countryId);
  if (own) return own.name;
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

/** Whether text[from, to) may sit between two words of one lexicon form: one or two spaces, a hyphen or dash, " - ", an apostrophe. */
function joinsName(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  switch (to - from) {
    case 1: return isSpaceCode(c) || c === 45 /* - */ || c === 0x2013 /* – */ || c === 0x2019 /* ’ */ || c === 39 /* ' */;
    case 2: return isSpaceCode(c) && isSpaceCode(text.charCodeAt(from + 1));
    case 3: return c === 32 && text.charCodeAt(from + 1) === 45 && text.charCodeAt(from + 2) === 32;
    default: return false;
  }
}

function walkTrie(root: TrieNode, toks: Token[], i: number, text: string): Match | null {
  let node: TrieNode | undefined = root;
  let best: Match | null = null;
  for (let j = i; j < toks.length && node; j++) {
    if (j > i && !joinsName(text, toks[j - 1]!.end, toks[j]!.start)) break;
    node = node.next.get(toks[j]!.key);
    if (!node) break;
    for (const e of node.entries) {
      const ok = e.caseMode === 'caps' ? isAllCaps(text.slice(toks[i]!.start, toks[j]!.end).replace(/[\s.-]/g, '')) : isCap(toks[i]!.text);
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
  const ctx: Ctx = {
    text, actors: new Map(), surnames: new Map(), lastByHead: new Map(), ignore, extra: { next: new Map(), entries: [] },
    local: new Map(), localDemonym: new Map(), orgTypes: new Map(), lastOrg: new Map(), orgCount: new Map(), lastByLastWord: new Map(), lastBloc: new Map(), home: null, sentenceCountries: [], si: 0,
    lookups: new Map(),
  };
  // User aliases join the lexicon; a key that is no known id becomes its own actor.
  for (const [key, names] of Object.entries(overrides.aliases ?? {})) {
    const id = gazActor(key) ? key : /^[a-z0-9-]+$/.test(key) ? key : slug(key);
    for (const n of [...(Array.isArray(names) ? names : []), ...(id === key ? [] : [key])]) {
      extend(ctx, n, { actorId: id, type: 'name', caseMode: isAllCaps(n) ? 'caps' : 'title' });
    }
  }

  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));

  // Pass 1: people introduced with a title or a verb, so surnames can bind anywhere in pass 2.
  sentences.forEach((_, si) => findPeople(ctx, tokens[si]!, null));
  // Then what the gazetteer lacks: countries and named bodies, known from how the article uses them.
  discoverLocal(ctx, tokens);
  countCountries(ctx, tokens);

  // Pass 2: everything, in text order.
  const recent: string[][] = [];
  const nameless: number[] = [];
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
    const plural = resolvePlurals(ctx, sentence, recent, add);
    out.sort((x, y) => x.start - y.start || y.end - x.end);
    for (const m of out) {
      if (ctx.orgTypes.has(m.actorId)) ctx.orgCount.set(m.actorId, (ctx.orgCount.get(m.actorId) ?? 0) + 1);
      for (const type of ctx.orgTypes.get(m.actorId) ?? []) ctx.lastOrg.set(type, m.actorId);
      if (BLOCS.has(m.actorId)) ctx.lastBloc.set('bloc', m.actorId);
      if (ALLIANCES.has(m.actorId)) ctx.lastBloc.set('alliance', m.actorId);
      const named = ctx.actors.get(m.actorId);
      const lastWord = named && named.kind === 'organization' ? tokenKey(named.name.split(/\s+/).pop() ?? '') : '';
      if (lastWord && (ORG_HEADS.has(lastWord) || typesOfHead(lastWord).length > 0)) ctx.lastByLastWord.set(lastWord, m.actorId);
    }
    if (out.length === 0 && !plural) nameless.push(si);
    mentions[si] = out;
    recent.push([...new Set(out.map((m) => m.actorId))]);
  });

  // A sentence that names no one is about the article's own country ("The winner will be sworn in on Jan. 1"),
  // taken from the mentions actually kept, so a language ("from Russian") or a US state never counts.
  // Not when it points at several actors it could not resolve ("the two countries"): guessing one would mislead.
  const kept = new Map<string, number>();
  for (const list of mentions) for (const m of new Set(list.map((x) => x.actorId))) if (ctx.actors.get(m)?.kind === 'country') kept.set(m, (kept.get(m) ?? 0) + 1);
  const top = [...kept].sort((x, y) => y[1] - x[1])[0]?.[0];
  const home = top ? ctx.actors.get(top) : undefined;
  if (home && !ignore.has(home.id)) for (const si of nameless) mentions[si] = [{ actorId: home.id, start: sentences[si]!.start, end: sentences[si]!.start, text: '', rule: 'article-country' }];

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
    if (cap && (!lookup(ctx, toks, j) || capitalAsFirstName(ctx, toks, j))) { last = j; j++; continue; }
    if (PARTICLES.has(t.key) && !isCap(t.text) && last >= 0 && j + 1 < toks.length && isCap(toks[j + 1]!.text)) { j++; continue; }
    if (PARTICLES.has(t.key) && last < 0 && ctx.text[t.end] === '-' && j + 1 < toks.length && isCap(toks[j + 1]!.text)) { j++; continue; }
    break;
  }
  return last;
}

/** "Sofia Castel", "Paris Hilton": a capital's name followed by a surname is a first name. */
function capitalAsFirstName(ctx: Ctx, toks: Token[], j: number): boolean {
  const m = lookup(ctx, toks, j);
  if (!m || m.endTok !== j || m.entry.type !== 'capital') return false;
  const next = toks[j + 1];
  return next !== undefined && ctx.text.slice(toks[j]!.end, next.start) === ' ' && isCap(next.text) && !NAME_STOP.has(next.key) && !TITLE_HEADS.has(next.key) && !lookup(ctx, toks, j + 1);
}

function countryAround(ctx: Ctx, toks: Token[], from: number, to: number): { country: string | null; org: string | null } {
  let country: string | null = null;
  let org: string | null = null;
  for (let k = from; k <= to; k++) {
    const m = lookup(ctx, toks, k);
    if (m) {
      const a = actorOf(ctx, m.entry.actorId);
      if (a?.kind === 'country' && !country) country = a.id;
      else if (a && a.kind !== 'country' && !org) org = a.id;
      k = m.endTok;
    }
  }
  return { country, org };
}

// Lowercase role nouns that introduce a person by name, beyond the titles.
const ROLE_NOUNS = new Set([
  'runner', 'athlete', 'player', 'rider', 'driver', 'cyclist', 'swimmer', 'boxer', 'skier', 'sprinter', 'winger',
  'teammate', 'lawyer', 'teacher', 'rescuer', 'baker', 'farmer', 'doctor', 'nurse', 'scientist', 'economist',
  'journalist', 'reporter', 'photographer', 'activist', 'investigator', 'researcher', 'epidemiologist', 'historian',
  'writer', 'author', 'novelist', 'artist', 'singer', 'actor', 'actress', 'director', 'producer', 'entrepreneur',
  'businessman', 'businesswoman', 'billionaire', 'tycoon', 'oligarch', 'blogger', 'dissident', 'witness', 'survivor',
  'resident', 'student', 'veteran', 'soldier', 'officer', 'pilot', 'engineer', 'architect', 'surgeon', 'pianist',
  'whistleblower', 'defendant', 'suspect', 'victim', 'skipper', 'keeper', 'international',
]);
const CORPORATE_TITLE = /\b(?:chief|executive|ceo|cfo|chairman|chairwoman|chair|director|founder|president|officer)\b/;
const SPORT_TITLE = /\b(?:manager|coach|captain|striker|forward|midfielder|defender|goalkeeper|winger|keeper|skipper)\b/;
const STATE_TITLE = /\b(?:minister|premier|president|chancellor|king|queen|emir|sultan|general|commander|chief|ambassador|envoy|governor|secretary|spokesman|spokeswoman|spokesperson|speaker|deputy)\b/;

/** The body a title without one belongs to: the company or club just named, else the article's country. */
function bodyOfTitle(ctx: Ctx, phrase: string[], out: ActorMention[], before: number): string | null {
  const words = phrase.join(' ');
  // The body the article talks about most so far: a club's manager is usually the club of the story.
  const recentOf = (types: OrgType[]): string | null => {
    const count = new Map(ctx.orgCount);
    for (const m of out) if (m.end <= before) count.set(m.actorId, (count.get(m.actorId) ?? 0) + 1);
    let best: string | null = null;
    for (const [id, n] of count) {
      if (!(ctx.orgTypes.get(id) ?? []).some((x) => types.includes(x))) continue;
      if (!best || n > count.get(best)!) best = id;
    }
    return best;
  };
  if (SPORT_TITLE.test(words)) return recentOf(['club']);
  // "finance chief", "chief executive": a company's officer when the article has named a company.
  if (CORPORATE_TITLE.test(words) && !/\b(?:minister|prime|army|military|state)\b/.test(words)) {
    const company = recentOf(['company', 'airline', 'bank']);
    if (company) return company;
  }
  if (STATE_TITLE.test(words)) return domesticCountry(ctx);
  return null;
}

/**
 * People: a title followed by a name, a full name followed by an act verb, or
 * "said" followed by a name. Without `add` (pass 1) it only registers them.
 */
function findPeople(ctx: Ctx, toks: Token[], add: Add | null, out: ActorMention[] = []): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isCap(t.text) || NAME_STOP.has(t.key) || TITLE_HEADS.has(t.key)) continue;
    if (i > 0 && readNameStartsBefore(ctx, toks, i)) continue;
    // Inside a body's name or another mention already read ("Lakeside Liberation Front").
    if (insideOtherMention(out, t.start)) continue;
    const last = readName(ctx, toks, i);
    if (last < 0) continue;
    // "Brenford Rovers will", "Skyline Air said": a body's head word ends it, so it is no person.
    if ((typesOfHead(toks[last]!.key).length > 0 || ORG_HEADS.has(toks[last]!.key) || /^(?:programme|program|office|service|ministry)$/.test(toks[last]!.key)) && !personFor(ctx, ctx.text.slice(t.start, toks[last]!.end))) { i = last; continue; }
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
    // "runner Tigist Alemu", "teacher Mira Kos": a role noun before a full name.
    const roled = prev !== undefined && prevGapOk && ROLE_NOUNS.has(prev.key) && !isCap(prev.text);
    // "Elmar Mammadyarov, his Azerbaijani counterpart,": a title or role in an appositive after the name.
    const described = appositiveRole(ctx.text, toks[last]!.end);
    if (!person && words >= 2 && (titled || verbAfter || saidBefore || roled || described !== null)) {
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
      // A title that names no body belongs to the one the article is about:
      // "Chief Executive X" to the company just named, "Prime Minister X" to the country.
      if (memberOf.length === 0 && add) {
        const phrase = toks.slice(k, i).map((x) => x.key);
        const body = bodyOfTitle(ctx, phrase, out, t.start);
        if (body) memberOf.push(body);
      }
      person = { ...person, memberOf: [...new Set([...person.memberOf, ...memberOf])] };
    }
    // Both appositive patterns open with a comma.
    const appositive = ctx.text.charCodeAt(toks[last]!.end) === 44 ? ctx.text.slice(toks[last]!.end, Math.min(ctx.text.length, toks[last]!.end + 80)) : null;
    const ap = appositive === null ? null : APPOSITIVE_OF.exec(appositive) ?? APPOSITIVE_POSSESSIVE.exec(appositive);
    if (described !== null && !titled) {
      const from = toks.findIndex((x) => x.start > toks[last]!.end);
      const to = toks.findIndex((x) => x.start >= toks[last]!.end + described);
      const around = from >= 0 ? countryAround(ctx, toks, from, (to < 0 ? toks.length : to) - 1) : null;
      if (around?.country && !person.memberOf.includes(around.country)) person = { ...person, memberOf: [...person.memberOf, around.country] };
    } else if (ap) {
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

// ", the foreign minister of Armenia", ", Russia's ambassador": where the country of the name before may stand.
/** Whether a mention other than a person's covers the offset. */
function insideOtherMention(out: ActorMention[], at: number): boolean {
  for (const m of out) if (m.start <= at && m.end > at && !m.rule.startsWith('person') && m.rule !== 'surname') return true;
  return false;
}

const APPOSITIVE_OF = /^,\s+(?:the|a|an)?\s*(?:[\p{L}-]+\s+){0,3}?(?:president|prime minister|minister|leader|ambassador|spokes\w+|head|chief|envoy|foreign minister)\s+of\s+(?:the\s+)?/iu;
const APPOSITIVE_POSSESSIVE = /^,\s+(?:[\p{Lu}][\p{L}-]+(?:’s|'s)\s+|the\s+[\p{Lu}][\p{L}-]+\s+)/u;

const APPOSITIVE_ROLE = new RegExp(
  `^,\\s+(?:the|a|an|his|her|its|their|[\\p{Lu}][\\p{L}-]+(?:'s|’s))\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:${[...TITLE_HEADS, ...ROLE_NOUNS]
    .filter((w) => w.length > 3)
    .join('|')})(?![\\p{L}-])`,
  'u',
);

/**
 * The length of an appositive that gives the name before it a title or a
 * role (", the region's separatist leader", ", a billionaire businessman"),
 * or null. Up to four words may come between the determiner and the role.
 */
function appositiveRole(text: string, at: number): number | null {
  if (text.charCodeAt(at) !== 44 /* , */) return null;
  const m = APPOSITIVE_ROLE.exec(text.slice(at, at + 120));
  return m ? m[0].length : null;
}

/** True when the token continues a capitalised run that started earlier (so names are read once, from their start). */
function readNameStartsBefore(ctx: Ctx, toks: Token[], i: number): boolean {
  const prev = toks[i - 1]!;
  const gap = ctx.text.slice(prev.end, toks[i]!.start);
  if (!/^(?: |-)$/.test(gap)) return false;
  return isCap(prev.text) && !NAME_STOP.has(prev.key) && !TITLE_HEADS.has(prev.key) && (!lookup(ctx, toks, i - 1) || capitalAsFirstName(ctx, toks, i - 1));
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
    const m = lookup(ctx, toks, i);
    if (!m) continue;
    const a = toks[i]!.start;
    const b = toks[m.endTok]!.end;
    const actor = actorOf(ctx, m.entry.actorId) ?? ctx.actors.get(m.entry.actorId) ?? { id: m.entry.actorId, name: text.slice(a, b), kind: 'group' as const, aliases: [], memberOf: [] };
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
        // Name the country's bodies with the demonym this article uses ("Kyrgyz", not the data set's "Kirghiz").
        if (actor.kind === 'country' && !ctx.localDemonym.has(actor.id) && isCap(text.slice(a, b))) ctx.localDemonym.set(actor.id, text.slice(a, b));
        add(actor, a, b, 'demonym');
        break;
      }
      case 'demonym-plural':
        add(actor, a, b, 'demonym');
        break;
      case 'capital':
      case 'seat': {
        // Part of a longer name: "Morgan Stanley", "Real Madrid", "Paris Saint-Germain", "Washington Post".
        const inName = (k: number, gap: string): boolean => {
          const t = toks[k];
          return t !== undefined && isCap(t.text) && /^[ -]$/.test(gap) && !NAME_STOP.has(t.key) && !TITLE_HEADS.has(t.key) && !ACT_VERBS.has(t.key) && !lookup(ctx, toks, k);
        };
        if (m.entry.type === 'capital' && (inName(m.start - 1, before ? text.slice(before.end, a) : '') || inName(m.endTok + 1, afterGap))) continue;
        const acting = possessive || (after !== undefined && ACT_VERBS.has(after.key) && /^\s+$/.test(afterGap)) || /^\s+and\s+\p{Lu}\p{L}+\s+(?:said|have|had|agreed|signed)\b/u.test(rest);
        if (acting) add(actor, a, b, m.entry.type === 'seat' ? 'seat' : 'capital-metonym');
        else if (before && OBJECT_CUES.has(before.key) && /^\s+$/.test(text.slice(before.end, a))) add(actor, a, b, m.entry.type === 'seat' ? 'seat' : 'capital-metonym');
        else if (before && LOCATIVE.has(before.key)) add(actor, a, b, m.entry.type === 'seat' ? 'seat-location' : 'capital-location');
        else if (m.entry.type === 'seat') add(actor, a, b, 'seat');
        break;
      }
    }
  }
}

const HEAD_ALIASES = new Map<string, string>(Object.entries({ military: 'armed forces', troops: 'armed forces', soldiers: 'armed forces', forces: 'armed forces', peacekeepers: 'peacekeepers', mission: 'peacekeepers', contingent: 'peacekeepers' }));

/**
 * Institutions: "[the] Russian Foreign Ministry", "Russia's Defense Ministry",
 * "the Defense Ministry of Armenia", "Russian peacekeepers", "Azerbaijani
 * ecologists", later "the ministry"; named bodies ending in Party, Corp., etc.
 */
function findOrganizations(ctx: Ctx, toks: Token[], add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  const countryAt = new Map<number, { id: string; endTok: number }>();
  // Which actor was found where, and where by its demonym: made when a country's name or demonym first asks.
  let mentionedAt: Set<string> | null = null;
  for (let i = 0; i < toks.length; i++) {
    const m = lookup(ctx, toks, i);
    if (!m) continue;
    const a = actorOf(ctx, m.entry.actorId);
    if (a?.kind === 'country' && (m.entry.type === 'demonym' || m.entry.type === 'name')) {
      mentionedAt ??= new Set(out.map((x) => `${x.actorId}\u0000${x.start}`));
      if (mentionedAt.has(`${m.entry.actorId}\u0000${toks[i]!.start}`)) countryAt.set(i, { id: a.id, endTok: m.endTok });
    }
    i = m.endTok;
  }
  const demonymAt = countryAt.size === 0 ? null : new Set(out.filter((x) => x.rule === 'demonym').map((x) => `${x.actorId}\u0000${x.start}`));
  const consumed = new Set<number>();
  for (const [ci, { id: countryId, endTok }] of countryAt) {
    let j = endTok + 1;
    // "Armenia's Foreign Ministry": skip the possessive.
    if (toks[j]?.key === 's' && /^['’]$/.test(text.slice(toks[endTok]!.end, toks[j]!.start))) j++;
    const isName = !demonymAt!.has(`${countryId}\u0000${toks[ci]!.start}`);
    if (isName && j === endTok + 1) continue; // "Armenia officials" is not a pattern
    const mods: string[] = [];
    for (; j < toks.length && j - endTok <= 5; j++) {
      const t = toks[j]!;
      const gap = text.slice(toks[j - 1]!.end, t.start);
      if (!/^(?:\s+|-|['’])$/.test(gap)) break;
      if (t.key === 's' && /^['’]$/.test(gap)) continue;
      if (ORG_NOUNS.get(t.key) || GROUP_NOUNS.has(t.key)) {
        // A title head right after means a person ("Russian Foreign Minister"), handled elsewhere.
        const next = toks[j + 1];
        if (t.key === 'ministry' && next?.key === 'of') {
          const what = ministryOf(toks, j + 2);
          if (what) mods.push(what.label);
        }
        const group = GROUP_NOUNS.has(t.key) && !(t.key === 'troops');
        // A capitalised head is part of a proper name ("State Border Service"): keep it as written.
        const headWord = HEAD_ALIASES.get(t.key) ?? (isCap(t.text) && mods.length > 0 ? t.text : ORG_NOUNS.get(t.key) ?? t.key);
        const demonym = demonymName(countryId, ctx);
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
      if (ORG_MODIFIERS.has(t.key) || (isCap(t.text) && !lookup(ctx, toks, j))) { mods.push(t.text); continue; }
      break;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (consumed.has(i)) continue;
    // Every rule below starts from one of these words, or from a capital after "the".
    if (!ORGANIZATION_CUES.has(t.key) && !(isCap(t.text) && i > 0 && toks[i - 1]!.key === 'the')) continue;
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
        const m = off < toks.length ? lookup(ctx, toks, off) : null;
        const c = m ? actorOf(ctx, m.entry.actorId) : undefined;
        if (m && c?.kind === 'country' && label) {
          const name = `${demonymName(c.id, ctx)} ${label} Ministry`;
          const startTok = toks[i - 1] && isCap(toks[i - 1]!.text) && ORG_MODIFIERS.has(toks[i - 1]!.key) ? i - 1 : i;
          add({ id: slug(name), name, kind: 'organization', aliases: [], memberOf: [c.id] }, toks[startTok]!.start, toks[m.endTok]!.end, 'institution-of-country');
          ctx.lastByHead.set('ministry', slug(name));
          i = m.endTok;
          continue;
        }
      }
    }
    const covered = out.some((x) => x.start <= t.start && x.end >= t.end);
    const prevKey = i > 0 ? toks[i - 1]!.key : '';
    // "the Commission", "the Board": the last body named whose name ends in that word.
    const shortFor = isCap(t.text) && prevKey === 'the' ? ctx.lastByLastWord.get(t.key) : undefined;
    const nextTok = toks[i + 1];
    const nameGoesOn = nextTok !== undefined && /^[ -]$/.test(text.slice(t.end, nextTok.start)) && (isCap(nextTok.text) || nextTok.key === 'of');
    if (shortFor && !nameGoesOn && ctx.actors.has(shortFor) && !covered) {
      add(ctx.actors.get(shortFor)!, t.start, t.end, 'anaphor');
      continue;
    }
    // "the bloc's criteria", "the alliance": the bloc or alliance last named.
    if ((t.key === 'bloc' || t.key === 'alliance') && !isCap(t.text) && prevKey === 'the' && !covered) {
      const inSentence = out.filter((x) => x.end <= t.start && (t.key === 'bloc' ? BLOCS : ALLIANCES).has(x.actorId)).pop()?.actorId;
      const id = inSentence ?? ctx.lastBloc.get(t.key);
      const bloc = id ? ctx.actors.get(id) : undefined;
      if (bloc) { add(bloc, t.start, t.end, 'anaphor'); continue; }
    }
    // "the ministry", "the army": the last such body named.
    const head = HEAD_ALIASES.get(t.key) ?? ORG_NOUNS.get(t.key);
    const bound = head ? ctx.lastByHead.get(t.key === 'ministry' ? 'ministry' : head) : undefined;
    if (bound && prevKey === 'the' && ctx.actors.has(bound) && !covered) {
      add(ctx.actors.get(bound)!, t.start, t.end, 'anaphor');
      continue;
    }
    // "the airline", "the club", "the rebels": the last body of a fitting type.
    const wanted = DEFINITE_TYPES.get(t.key);
    if (wanted && !covered && !isCap(t.text) && (prevKey === 'the' || /^(?:rebels?|insurgents|militants)$/.test(t.key))) {
      const here = out.filter((m) => m.end <= t.start && (ctx.orgTypes.get(m.actorId) ?? []).some((x) => wanted.includes(x)));
      let id: string | undefined = here[here.length - 1]?.actorId;
      for (const type of wanted) if (!id) id = ctx.lastOrg.get(type);
      const body = id ? ctx.actors.get(id) ?? ctx.local.get(id) : undefined;
      if (body) { add(body, t.start, t.end, 'definite'); continue; }
    }
    // "the government", "Army offensives", "the Interior Ministry", "the country": the article's own country.
    const domesticHead = DOMESTIC_NOUNS.get(t.key);
    const capMinistry = t.key === 'ministry' && isCap(t.text) && i > 0 && isCap(toks[i - 1]!.text) && ORG_MODIFIERS.has(toks[i - 1]!.key) && toks[i + 1]?.key !== 'of';
    const intro = prevKey === 'the' || (isCap(t.text) && (i === 0 || !isCap(toks[i - 1]!.text)));
    if (!covered && (capMinistry || (domesticHead && intro) || (t.key === 'country' && prevKey === 'the'))) {
      const country = domesticCountry(ctx);
      const c = country ? actorOf(ctx, country) ?? ctx.actors.get(country) : undefined;
      if (c) {
        if (t.key === 'country') { add(c, toks[i - 1]!.start, t.end, 'domestic-country'); continue; }
        const startTok = capMinistry ? i - 1 : i;
        const name = capMinistry ? `${demonymName(c.id, ctx)} ${toks[i - 1]!.text} Ministry` : `${demonymName(c.id, ctx)} ${domesticHead}`;
        const actor: Actor = { id: slug(name), name, kind: 'organization', aliases: [], memberOf: [c.id] };
        add(actor, toks[startTok]!.start, t.end, 'domestic-institution');
        ctx.lastByHead.set(capMinistry ? 'ministry' : domesticHead!, actor.id);
        continue;
      }
    }
    // Named bodies: capitalised words closed by an organization head ("Civil Contract Party", "Acme Corp.").
    if (ORG_HEADS.has(t.key) && isCap(t.text) && i > 0) {
      let k = i - 1;
      // "Metal and Electrical Workers' Union", "Port Operators' Association": "and" between capitals, a plural possessive.
      const joins = (j: number): boolean => /^(?:\s|-|&|\s&\s|['’]\s)$/.test(text.slice(toks[j]!.end, toks[j + 1]!.start));
      while (k >= 0 && i - k <= 6) {
        const tok = toks[k]!;
        if (isCap(tok.text) && !NAME_STOP.has(tok.key) && joins(k)) { k--; continue; }
        if ((tok.key === 'and' || tok.key === '&') && k > 0 && isCap(toks[k - 1]!.text) && !NAME_STOP.has(toks[k - 1]!.key) && !lookup(ctx, toks, k - 1) && joins(k) && joins(k - 1)) { k--; continue; }
        break;
      }
      const first = k + 1;
      if (first < i && !out.some((x) => x.start <= toks[first]!.start && x.end >= t.end)) {
        const name = text.slice(toks[first]!.start, t.end);
        const { country } = countryAround(ctx, toks, first, i);
        if (!lookup(ctx, toks, first) || country) {
          add({ id: slug(name), name, kind: 'organization', aliases: [], memberOf: country ? [country] : [] }, toks[first]!.start, t.end, 'named-organization');
        }
      }
    }
  }
}

/**
 * Finds what the gazetteer lacks and enters it into the article's own
 * lexicon: countries (see discover.ts), then named bodies with the short
 * forms the article will use for them later ("Rovers" for "Brenford
 * Rovers", "OSKR" for the name it abbreviates).
 */
function discoverLocal(ctx: Ctx, tokens: Token[][]): void {
  const lookupFn: Lookup = (toks, i) => {
    const m = lookup(ctx, toks, i);
    if (!m) return null;
    return { endTok: m.endTok, kind: actorOf(ctx, m.entry.actorId)?.kind ?? 'group', type: m.entry.type };
  };
  const personWords = new Set<string>();
  for (const a of ctx.actors.values()) if (a.kind === 'person') for (const w of a.name.split(/\s+/)) personWords.add(tokenKey(w));
  const stop = (key: string): boolean => NAME_STOP.has(key) || TITLE_HEADS.has(key) || ACT_VERBS.has(key);
  for (const d of discoverCountries(ctx.text, tokens, lookupFn, (key) => personWords.has(key), stop)) {
    const id = slug(d.name);
    if (!id || gazActor(id) || ctx.ignore.has(id)) continue;
    ctx.local.set(id, { id, name: d.name, kind: 'country', aliases: [], memberOf: [] });
    extend(ctx, d.name, { actorId: id, type: 'name', caseMode: 'title' });
    for (const dem of d.demonyms) {
      extend(ctx, dem, { actorId: id, type: 'demonym', caseMode: 'title' });
      extend(ctx, `${dem}s`, { actorId: id, type: 'demonym-plural', caseMode: 'title' });
      if (!ctx.localDemonym.has(id) && new RegExp(`\\b${dem}\\b`, 'u').test(ctx.text)) ctx.localDemonym.set(id, dem);
    }
  }
  const found: NamedBody[] = [];
  for (const toks of tokens) found.push(...namedBodies(ctx, toks));
  const firstWords = new Map<string, number>();
  const lastWords = new Map<string, number>();
  const distinct = [...new Map(found.map((b) => [slug(b.name), b])).values()];
  for (const b of distinct) {
    firstWords.set(b.words[0]!, (firstWords.get(b.words[0]!) ?? 0) + 1);
    lastWords.set(b.words[b.words.length - 1]!, (lastWords.get(b.words[b.words.length - 1]!) ?? 0) + 1);
  }
  const seen = new Set<string>();
  for (const b of found) {
    const id = slug(b.name);
    if (!id || seen.has(id) || ctx.ignore.has(id) || ctx.ignore.has(b.name.toLowerCase())) continue;
    seen.add(id);
    const armed = b.types.includes('armed') && !b.types.includes('party');
    ctx.local.set(id, { id, name: b.name, kind: armed ? 'group' : 'organization', aliases: b.abbr ? [b.abbr] : [], memberOf: b.memberOf });
    ctx.orgTypes.set(id, b.types);
    extend(ctx, b.name, { actorId: id, type: 'name', caseMode: 'title' });
    if (b.abbr) extend(ctx, b.abbr, { actorId: id, type: 'name', caseMode: 'caps' });
    // A name read as a person's in pass 1 ("Lakeside Liberation Front said") is the body's.
    const misread = ctx.actors.get(id);
    if (misread?.kind === 'person') ctx.actors.delete(id);
    if (b.words.length < 2) continue;
    const first = b.words[0]!;
    // Parties go by their members' plural too: "the Greens", "the Socialists".
    if (b.types.includes('party') && !b.words[0]!.endsWith('s')) extend(ctx, `${b.name.split(/\s+/)[0]!}s`, { actorId: id, type: 'name', caseMode: 'title' });
    const firstTok = b.name.split(/\s+/)[0]!;
    // A distinctive first word stands for the whole ("Nordika" for "Nordika Rail"), when no other body shares it.
    const nicknamed = b.types.some((x) => x !== 'council' && x !== 'court' && x !== 'association');
    if (nicknamed && !GENERIC_FIRST.has(first) && first.length >= 3 && firstWords.get(first) === 1 && !personWords.has(first) && !walkTrie(gazetteer().trie, [{ text: firstTok, key: first, start: 0, end: firstTok.length }], 0, firstTok)) {
      extend(ctx, firstTok, { actorId: id, type: 'name', caseMode: 'title' });
    }
    // Clubs go by their last word too ("Rovers"), except the ones many clubs share.
    const last = b.words[b.words.length - 1]!;
    if (b.types.includes('club') && !/^(?:united|city|town|county|club|fc)$/.test(last) && lastWords.get(last) === 1) {
      extend(ctx, b.name.split(/\s+/).pop()!, { actorId: id, type: 'name', caseMode: 'title' });
    }
  }
}

interface NamedBody { name: string; words: string[]; types: readonly OrgType[]; memberOf: string[]; abbr: string | null }

const OF_HEADS = new Set(['organisation', 'organization', 'association', 'union', 'league', 'council', 'institute', 'university', 'bank', 'court', 'federation', 'commission', 'committee', 'assembly', 'movement', 'front', 'party', 'alliance', 'fund', 'foundation', 'confederation', 'congress']);
const BODY_STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'he', 'she', 'it', 'they', 'we', 'his', 'her', 'its', 'their', 'this', 'that', ...WEEKDAY_NAMES.map((n) => n.toLowerCase()), ...MONTH_NAMES.map((n) => n.toLowerCase()), 'however', 'meanwhile', 'after', 'before', 'when', 'while', 'but', 'as', 'if']);
const PLACE_WORDS = ['city', 'town', 'municipal', 'county', 'regional', 'provincial', 'district', 'village', 'state'];
const PLACE_BODY = new RegExp(`^(?:${PLACE_WORDS.join('|')})$`);
/** The words a named body's rules start from (a head word of a type too, see typesOfHead). */
const BODY_CUES = new Set([...PLACE_WORDS, ...OF_HEADS, ...ROLE_TYPES.keys()]);

/** Named bodies in one sentence: "Nordika Rail", "Organisation for Security in the X Region", "the newspaper La Voz de Tela", "Valmont city council". */
function namedBodies(ctx: Ctx, toks: Token[]): NamedBody[] {
  const { text } = ctx;
  const out: NamedBody[] = [];
  const capWord = (j: number): boolean => j >= 0 && j < toks.length && isCap(toks[j]!.text) && !BODY_STOP.has(toks[j]!.key) && !TITLE_HEADS.has(toks[j]!.key) && !isAllCaps(toks[j]!.text.length > 1 ? toks[j]!.text : 'x');
  const joined = (j: number): boolean => /^(?: |-| & )$/.test(text.slice(toks[j - 1]!.end, toks[j]!.start));
  const known = (from: number, to: number): boolean => {
    const m = lookup(ctx, toks, from);
    return m !== null && m.endTok >= to;
  };
  const abbrAfter = (j: number): string | null => {
    const m = /^\s*\(([\p{Lu}]{2,8})\)/u.exec(text.slice(toks[j]!.end, toks[j]!.end + 14));
    return m ? m[1]! : null;
  };
  const push = (from: number, to: number, types: readonly OrgType[], withCountry: boolean): void => {
    if (known(from, to)) return;
    const name = text.slice(toks[from]!.start, toks[to]!.end);
    const words = toks.slice(from, to + 1).map((x) => x.key);
    const { country } = withCountry ? countryAround(ctx, toks, from, to) : { country: null };
    out.push({ name, words, types, memberOf: country ? [country] : [], abbr: abbrAfter(to) });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!BODY_CUES.has(t.key) && typesOfHead(t.key).length === 0) continue;
    // "X city council": the place's own body.
    if (PLACE_BODY.test(t.key) && !isCap(t.text) && toks[i + 1] && /^(?:council|hall|government|assembly)$/.test(toks[i + 1]!.key) && capWord(i - 1) && joined(i)) {
      let k = i - 1;
      while (capWord(k - 1) && joined(k)) k--;
      push(k, i + 1, ['council'], false);
      continue;
    }
    // "Organisation for Security in the X Region", "Organization of American States".
    if (OF_HEADS.has(t.key) && isCap(t.text) && /^(?:of|for)$/.test(toks[i + 1]?.key ?? '') && capWord(i + 2)) {
      let j = i + 2;
      let end = i + 2;
      while (j + 1 < toks.length) {
        if (capWord(j + 1) && joined(j + 1)) { j++; end = j; continue; }
        if (/^(?:of|for|in|the|and|on)$/.test(toks[j + 1]!.key) && !isCap(toks[j + 1]!.text)) {
          let k = j + 1;
          while (k < toks.length && /^(?:of|for|in|the|and|on)$/.test(toks[k]!.key) && !isCap(toks[k]!.text)) k++;
          if (capWord(k)) { j = k; end = k; continue; }
        }
        break;
      }
      let k = i;
      while (capWord(k - 1) && joined(k)) k--;
      push(k, end, typesOfHead(t.key), false);
      i = end;
      continue;
    }
    // "engine maker Orvil Turbines", "the pension fund Pohja", "the newspaper La Voz de Tela".
    const role = ROLE_TYPES.get(t.key);
    if (role && !isCap(t.text) && capWord(i + 1) && !lookup(ctx, toks, i + 1)) {
      let j = i + 1;
      while (j + 1 < toks.length) {
        const n = toks[j + 1]!;
        if (capWord(j + 1) && joined(j + 1) && !ACT_VERBS.has(n.key)) { j++; continue; }
        if (PARTICLES.has(n.key) && !isCap(n.text) && capWord(j + 2)) { j += 2; continue; }
        break;
      }
      // The last word can say more than the role noun ("operator X Logistics" is a company either way).
      const types = [...new Set([...role, ...typesOfHead(toks[j]!.key)])];
      push(i + 1, j, types, true);
      i = j;
      continue;
    }
    // Capitalised words closed by a body's head word ("Skyline Air", "Brenford Rovers", "Social Democrats").
    const types = typesOfHead(t.key);
    if (types.length > 0 && isCap(t.text) && !/^(?:city|town|county|capital|media|energy|oil|gas|steel)$/.test(t.key) && !(capWord(i + 1) && joined(i + 1))) {
      let k = i;
      while (k - 1 >= 0 && i - k < 4 && capWord(k - 1) && joined(k)) k--;
      if (k === i) continue;
      // A country's own institution ("Chilean Air ...") is read elsewhere; here only names that start with a name.
      const m = lookup(ctx, toks, k);
      if (m && actorOf(ctx, m.entry.actorId)?.kind === 'country' && m.endTok >= i - 1 && types.every((x) => x === 'airline' || x === 'company') === false) continue;
      push(k, i, types, true);
    }
  }
  return out;
}

/** Pre-counts the countries each sentence names, and takes the article's main one. */
function countCountries(ctx: Ctx, tokens: Token[][]): void {
  const count = new Map<string, number>();
  const firstAt = new Map<string, number>();
  ctx.sentenceCountries = tokens.map((toks, si) => {
    const here: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      const m = lookup(ctx, toks, i);
      if (!m) continue;
      const a = actorOf(ctx, m.entry.actorId);
      if (a?.kind === 'country' && /^(?:name|demonym|demonym-plural)$/.test(m.entry.type)) {
        here.push(a.id);
        count.set(a.id, (count.get(a.id) ?? 0) + 1);
        if (!firstAt.has(a.id)) firstAt.set(a.id, si);
      }
      i = m.endTok;
    }
    return [...new Set(here)];
  });
  let best: string | null = null;
  for (const [id, n] of count) {
    const b = best ? count.get(best)! : 0;
    if (n > b || (n === b && firstAt.get(id)! < firstAt.get(best!)!)) best = id;
  }
  ctx.home = best;
}

/** The country an unqualified "the government" or "Prime Minister X" belongs to in this sentence. */
function domesticCountry(ctx: Ctx): string | null {
  const here = ctx.sentenceCountries[ctx.si] ?? [];
  if (here.length === 1) return here[0]!;
  return ctx.home;
}

// Unqualified state institutions ("the government", "Army offensives"): the article's country's.
const DOMESTIC_NOUNS = new Map<string, string>(Object.entries({ government: 'government', parliament: 'parliament', army: 'army', military: 'armed forces', presidency: 'presidency', cabinet: 'government', navy: 'navy', police: 'police' }));
/** The words findOrganizations' per-token rules start from. */
const ORGANIZATION_CUES = new Set([
  'ministry', 'bloc', 'alliance', 'country', ...HEAD_ALIASES.keys(), ...ORG_NOUNS.keys(), ...DEFINITE_TYPES.keys(), ...DOMESTIC_NOUNS.keys(), ...ORG_HEADS,
]);

function ministryOf(toks: Token[], k: number): { label: string; next: number } | null {
  const two = toks[k] && toks[k + 1] ? `${toks[k]!.key} ${toks[k + 1]!.key}` : '';
  const both = MINISTRY_OF.get(two);
  if (both) return { label: both, next: k + 2 };
  const one = toks[k]?.key ?? '';
  const single = MINISTRY_OF.get(one);
  if (single) return { label: single, next: k + 1 };
  return null;
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };
const PLURAL_RE = /\b(?:(?:the|both)\s+)(?:(two|three|four|five)\s+)?(?:(?:former|neighbou?ring|rival|warring|feuding|ex-Soviet|Soviet|Caucasus|South|Caucasian|post-Soviet|Balkan|Gulf|allied|two)\s+)*(countries|nations|states|republics|sides|parties|neighbou?rs|governments|parliaments|delegations|capitals|rivals|leaders|presidents|ministers|foreign ministers|premiers|men|candidates|campaigns|companies|clubs|teams)\b/giu;
// "either parliament", "neither government": one of the two just named, so both take part.
const EITHER_RE = /\b(?:either|neither)\s+(country|nation|state|side|party|government|parliament|leader|candidate|campaign|company|club|team)\b/giu;
const EITHER_HINT = /either/iu;
const PLURAL_OF: Record<string, string> = { country: 'countries', nation: 'nations', state: 'states', side: 'sides', party: 'parties', government: 'governments', parliament: 'parliaments', leader: 'leaders', candidate: 'candidates', campaign: 'campaigns', company: 'companies', club: 'clubs', team: 'teams' };

/**
 * "the two former Soviet republics": the N most recent actors of that kind, only when exactly N fit.
 * True when the sentence has such a plural phrase at all, resolved or not.
 */
function resolvePlurals(ctx: Ctx, sentence: Sentence, recent: string[][], add: Add): boolean {
  const found: Array<{ index: number; text: string; n: number; noun: string }> = [];
  let plural = false;
  for (const m of sentence.text.matchAll(PLURAL_RE)) {
    plural = true;
    const explicit = m[1] ? NUMBER_WORDS[m[1].toLowerCase()] : /^both\b/i.test(m[0]) ? 2 : undefined;
    const noun = m[2]!.toLowerCase();
    const n = explicit ?? (/^(?:sides|parties)$/.test(noun) ? 2 : undefined);
    if (n) found.push({ index: m.index ?? 0, text: m[0], n, noun });
  }
  // Most sentences lack the word: a plain search is far cheaper than the full pattern.
  if (EITHER_HINT.test(sentence.text)) for (const m of sentence.text.matchAll(EITHER_RE)) found.push({ index: m.index ?? 0, text: m[0], n: 2, noun: PLURAL_OF[m[1]!.toLowerCase()]! });
  for (const m of found) {
    const { n, noun } = m;
    const people = /^(?:leaders|presidents|ministers|foreign ministers|premiers|men|candidates|campaigns)$/.test(noun);
    const bodies = /^(?:companies|clubs|teams)$/.test(noun);
    const fits = (id: string): boolean => {
      const a = ctx.actors.get(id);
      if (!a) return false;
      if (bodies) return a.kind === 'organization' && (ctx.orgTypes.get(id) ?? []).some((x) => x === 'company' || x === 'club' || x === 'airline' || x === 'bank');
      return people ? a.kind === 'person' : /^(?:sides|parties|rivals)$/.test(noun) ? a.kind !== 'person' : a.kind === 'country';
    };
    const start = sentence.start + m.index;
    // "the two republics of Armenia and Azerbaijan" names them itself.
    const tail = sentence.text.slice(m.index + m.text.length, m.index + m.text.length + 60);
    if (/^\s+(?:of|,)\s+\p{Lu}/u.test(tail)) continue;
    const chosen: string[] = [];
    let ok = false;
    // People and bodies are named further back than the countries of a diplomatic story.
    const window = people || bodies ? 6 : 3;
    for (let back = recent.length - 1; back >= 0 && back >= recent.length - window; back--) {
      const add1 = recent[back]!.filter((id) => fits(id) && !chosen.includes(id));
      chosen.push(...add1);
      if (chosen.length === n) { ok = true; break; }
      if (chosen.length > n) break;
    }
    if (!ok) {
      // "Armenia and Azerbaijan clashed … Turkey backed Baku … the two countries' border": the last
      // sentence that named exactly that many fitting actors together.
      for (let back = recent.length - 1; back >= 0 && back >= recent.length - 2 * window; back--) {
        const fitting = recent[back]!.filter(fits);
        if (fitting.length === n) { chosen.splice(0, chosen.length, ...fitting); ok = true; break; }
      }
    }
    if (!ok) continue;
    for (const id of chosen) add(ctx.actors.get(id)!, start, start + m.text.length, 'plural-reference');
  }
  return plural;
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
