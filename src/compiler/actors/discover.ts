// Actors the fixed gazetteer cannot know: countries it lacks (a new state, a
// renamed one, a country spelt another way) and the companies, clubs, parties
// and armed groups an article introduces itself. They are found from how the
// article treats a name, before the main pass, so every sentence (the title
// included) can refer to them. Pure functions over tokens.

import { isTitleWord, type Token as Tok } from '../text/tokens';
import { FIRST_NAMES } from './firstNames';

export type { Tok };

/** Answers whether tokens at i start a lexicon entry, and of which kind. */
export type Lookup = (toks: Tok[], i: number) => { endTok: number; kind: string; type: string } | null;

const apostrophe = (gap: string): boolean => gap === '’' || gap === "'";

// What a state has and a person, company or town does not: "X's government", "X's defence minister".
const STATE_NOUNS = new Set([
  'government', 'parliament', 'parliamentary', 'army', 'military', 'president', 'presidency', 'prime', 'premier',
  'minister', 'ministry', 'armed', 'border', 'borders', 'capital', 'embassy', 'constitution', 'electoral', 'navy',
  'cabinet', 'foreign', 'defence', 'defense', 'interior', 'finance', 'trade', 'central', 'national', 'security',
  'territory', 'sovereignty', 'independence', 'citizens', 'ambassador', 'troops', 'forces', 'legislature', 'king',
  'queen', 'monarch', 'ruling', 'opposition', 'state', 'health', 'justice', 'economy', 'envoy', 'delegation',
]);
// Places a country has and a person does not: "in W's northern provinces", "W's Dravia valley".
const GEO_NOUNS = new Set([
  'valley', 'region', 'regions', 'province', 'provinces', 'coast', 'coastline', 'north', 'south', 'east', 'west',
  'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'island', 'islands',
  'mountains', 'highlands', 'countryside', 'districts', 'cities', 'towns', 'villages', 'ports', 'waters', 'airspace',
]);
// Nouns that make "the X of W" a state ("the government of W").
const STATE_OF = new Set(['government', 'parliament', 'president', 'presidency', 'republic', 'kingdom', 'people', 'citizens', 'capital', 'army', 'embassy', 'ambassador']);
// A demonym reads as one when it qualifies such a noun or a title ("Varnian troops", "Varnian Prime Minister").
const DEMONYM_NEXT = new Set([
  ...STATE_NOUNS, 'soldiers', 'officials', 'authorities', 'side', 'forces', 'court', 'courts', 'police', 'voters',
  'civilians', 'media', 'television', 'state', 'patrol', 'boats', 'fishermen', 'trawlers', 'counterpart', 'officials',
  'leader', 'leaders', 'people', 'nationals', 'citizens', 'prisoners', 'refugees', 'diplomats', 'villages', 'territory',
  'red', 'national', 'capital', 'presidency', 'team', 'squad', 'company', 'companies', 'firms', 'banks', 'companies',
]);

/** The demonyms a country name can make in English: Varnia -> Varnian, Ostrel -> Ostrelian, Sundar -> Sundari. */
export function derivedDemonyms(name: string): string[] {
  const out = new Set<string>();
  const last = name.slice(-1).toLowerCase();
  if (/[aeiou]/.test(last)) out.add(`${name}n`);
  else out.add(`${name}ian`).add(`${name}i`).add(`${name}ese`).add(`${name}an`);
  if (last === 'a' || last === 'o') out.add(`${name.slice(0, -1)}an`).add(`${name.slice(0, -1)}ian`);
  if (last === 'y') out.add(`${name.slice(0, -1)}ian`);
  return [...out];
}

export interface Discovered { name: string; demonyms: string[] }

/**
 * Countries missing from the gazetteer: a capitalised single word W with a
 * state's belongings ("W's government", "the parliament of W"), or W written
 * together with a derived demonym used as one ("Varnia" and "Varnian
 * troops"), or W coordinated with a country already known ("between W and
 * Armenia"). Words read as people's names are never countries.
 */
export function discoverCountries(text: string, sentences: Tok[][], lookup: Lookup, isPersonWord: (key: string) => boolean, stop: (key: string) => boolean): Discovered[] {
  const candidates = new Map<string, string>();
  const words = new Map<string, string>();
  const demonymUses = new Set<string>();
  const gap = (toks: Tok[], j: number): string => text.slice(toks[j - 1]!.end, toks[j]!.start);
  const free = (toks: Tok[], i: number): boolean => {
    const t = toks[i]!;
    if (!isTitleWord(t.text) || t.text.length < 3 || stop(t.key) || isPersonWord(t.key) || lookup(toks, i)) return false;
    // A word inside a longer capitalised name ("Port Amara", "Santa Lena") is not a country by itself.
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (prev && isTitleWord(prev.text) && !stop(prev.key) && gap(toks, i) === ' ') return false;
    if (next && isTitleWord(next.text) && !stop(next.key) && gap(toks, i + 1) === ' ' && !STATE_NOUNS.has(next.key)) return false;
    // "Dar es Salaam": a small particle joins it to the next capitalised word.
    const after = toks[i + 2];
    if (next && after && NAME_PARTICLES.has(next.text) && gap(toks, i + 1) === ' ' && gap(toks, i + 2) === ' ' && isTitleWord(after.text)) return false;
    return true;
  };
  for (const toks of sentences) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!isTitleWord(t.text)) continue;
      const next = toks[i + 1];
      if (next && /^\s+$/.test(gap(toks, i + 1)) && DEMONYM_NEXT.has(next.key)) demonymUses.add(t.key);
      if (/(?:ians|ans|is)$/.test(t.key)) demonymUses.add(t.key.slice(0, -1));
      if (!free(toks, i)) continue;
      words.set(t.key, t.text);
      // "W's government", "W's Defence Minister".
      if (next?.key === 's' && apostrophe(gap(toks, i + 1))) {
        const noun = toks[i + 2];
        if (noun && STATE_NOUNS.has(noun.key)) candidates.set(t.key, t.text);
        // "in W's north", "in W's Dravia valley": a place inside W, said of a country or a region.
        const place = noun && isTitleWord(noun.text) ? toks[i + 3] : noun;
        if (place && GEO_NOUNS.has(place.key) && i > 0 && /^(?:in|across|of|from|to|throughout)$/.test(toks[i - 1]!.key)) candidates.set(t.key, t.text);
      }
      // "the government of W".
      if (i >= 2 && toks[i - 1]!.key === 'of' && STATE_OF.has(toks[i - 2]!.key)) candidates.set(t.key, t.text);
    }
  }
  // A derived demonym used as one confirms the name.
  if (demonymUses.size > 0) {
    for (const [key, word] of words) {
      if (derivedDemonyms(key).some((d) => demonymUses.has(d))) candidates.set(key, word);
    }
  }
  // Coordination with a country, known or just found: "W and Armenia", "between Armenia and W".
  for (let round = 0; round < 3; round++) {
    let grew = false;
    for (const toks of sentences) {
      const isCountryAt = (j: number): boolean => {
        if (j < 0 || j >= toks.length) return false;
        if (candidates.has(toks[j]!.key)) return true;
        const m = lookup(toks, j);
        return m !== null && m.kind === 'country' && m.type === 'name';
      };
      for (let i = 0; i < toks.length; i++) {
        if (!free(toks, i) || candidates.has(toks[i]!.key)) continue;
        const after = toks[i + 1]?.key === 'and' && gap(toks, i + 1) === ' ' && isCountryAt(i + 2);
        const before = i >= 2 && toks[i - 1]!.key === 'and' && gap(toks, i) === ' ' && isCountryAt(i - 2);
        if (after || before || listedWithCountry(toks, i, isCountryAt)) { candidates.set(toks[i]!.key, toks[i]!.text); grew = true; }
      }
    }
    if (!grew) break;
  }
  return [...candidates.values()].map((name) => ({ name, demonyms: derivedDemonyms(name) }));

  /**
   * "W, Armenia and Peru", "Armenia, W and Peru": one-word items of a list of three or more, commas between and
   * "and" or "or" before the last, where another item is a country. Not two names with a comma ("Harbourton,
   * Norway" is a town and its country).
   */
  function listedWithCountry(toks: Tok[], i: number, isCountryAt: (j: number) => boolean): boolean {
    const joinsItems = (j: number): 'comma' | 'last' | null => {
      if (j <= 0 || j >= toks.length) return null;
      if (gap(toks, j) === ', ') return 'comma';
      if (/^(?:and|or)$/.test(toks[j]!.key) && /^,? $/.test(gap(toks, j)) && gap(toks, j + 1) === ' ') return 'last';
      return null;
    };
    // The items: single capitalised words, stepping over ", " and " and ".
    let first = i;
    while (first >= 2 && joinsItems(first) === 'comma' && isTitleWord(toks[first - 1]!.text)) first--;
    const items = [first];
    let k = first;
    let closed = false;
    while (!closed && k + 1 < toks.length) {
      const link = joinsItems(k + 1);
      if (link === 'comma' && isTitleWord(toks[k + 1]!.text)) { k += 1; items.push(k); continue; }
      if (link === 'last' || (gap(toks, k + 1) === ', ' && /^(?:and|or)$/.test(toks[k + 1]!.key))) {
        if (k + 2 < toks.length && isTitleWord(toks[k + 2]!.text)) { k += 2; items.push(k); }
        closed = true;
        continue;
      }
      break;
    }
    // A word inside a longer name ("New York") is no item of its own.
    const single = (j: number) => !(j + 1 < toks.length && gap(toks, j + 1) === ' ' && isTitleWord(toks[j + 1]!.text));
    // A first name ("Virginia", "Georgia") is a place only in a list a preposition of place governs ("Polls in …").
    const placed = first > 0 && /^(?:in|across|throughout|from|at)$/.test(toks[first - 1]!.key);
    if (FIRST_NAMES.has(toks[i]!.key) && !placed) return false;
    return closed && items.length >= 3 && items.includes(i) && items.every(single) && items.some((j) => j !== i && isCountryAt(j));
  }
}

/** What sort of body a name's last word makes; used to bind "the airline", "the club", "the rebels". */
export type OrgType = 'company' | 'airline' | 'bank' | 'club' | 'party' | 'armed' | 'institute' | 'council' | 'court' | 'media' | 'fund' | 'association' | 'supplier';

// Small words inside a place's name ("Dar es Salaam", "Rio de Janeiro").
const NAME_PARTICLES = new Set(['es', 'de', 'del', 'da', 'do', 'dos', 'das', 'al', 'el', 'la', 'le', 'du', 'di', 'von', 'van']);
const HEAD_TYPES = new Map<string, OrgType[]>(Object.entries({
  air: ['airline', 'company'], airlines: ['airline', 'company'], airways: ['airline', 'company'],
  logistics: ['company'], rail: ['company'], railways: ['company'], corp: ['company'], corporation: ['company'],
  inc: ['company'], ltd: ['company'], llc: ['company'], plc: ['company'], gmbh: ['company'], ag: ['company'],
  sa: ['company'], co: ['company'], cos: ['company'], ab: ['company'], nv: ['company'], spa: ['company'], holdings: ['company'], holding: ['company'], oy: ['company'], partnership: ['company'], group: ['company'], company: ['company'], securities: ['company', 'bank'],
  motors: ['company'], energy: ['company'], mining: ['company'], industries: ['company'], technologies: ['company'], enterprises: ['company'],
  systems: ['company'], pharmaceuticals: ['company'], telecom: ['company'], shipping: ['company'], capital: ['company', 'fund'],
  partners: ['company'], turbines: ['company'], steel: ['company'], oil: ['company'], gas: ['company'], media: ['company', 'media'],
  bank: ['bank', 'company'], fund: ['fund'], lines: ['airline', 'company'],
  united: ['club'], rovers: ['club'], athletic: ['club'], city: ['club'], fc: ['club'], wanderers: ['club'], albion: ['club'],
  rangers: ['club'], town: ['club'], county: ['club'], hotspur: ['club'], club: ['club'],
  party: ['party'], alliance: ['party'], democrats: ['party'], republicans: ['party'], socialists: ['party'], greens: ['party'],
  front: ['armed'], movement: ['armed', 'party'], brigade: ['armed'], brigades: ['armed'], militia: ['armed'],
  institute: ['institute'], university: ['institute'], foundation: ['institute'], centre: ['institute'], center: ['institute'],
  council: ['council'], committee: ['council'], commission: ['council'], court: ['court'], tribunal: ['court'],
  association: ['association'], federation: ['association'], union: ['association'], league: ['association'],
  organisation: ['association'], organization: ['association'], network: ['association'], agency: ['association'],
  watch: ['association'], society: ['association'], trust: ['association'],
  board: ['council'], authority: ['council'], authorities: ['council'],
  post: ['media'], times: ['media'], journal: ['media'], herald: ['media'], tribune: ['media'], gazette: ['media'],
  telegraph: ['media'], chronicle: ['media'], courier: ['media'], observer: ['media'],
  news: ['media'], television: ['media'], radio: ['media'], broadcasting: ['media', 'company'], communications: ['company'],
}));
const NO_TYPES: readonly OrgType[] = [];
export function typesOfHead(key: string): readonly OrgType[] { return HEAD_TYPES.get(key) ?? NO_TYPES; }

// Role nouns before a name that make it a body ("freight operator Lumo Logistics", "the newspaper La Voz").
export const ROLE_TYPES = new Map<string, OrgType[]>(Object.entries({
  company: ['company'], firm: ['company'], operator: ['company'], maker: ['company'], manufacturer: ['company'],
  producer: ['company'], retailer: ['company'], group: ['company'], conglomerate: ['company'], insurer: ['company'],
  lender: ['bank', 'company'], bank: ['bank', 'company'], airline: ['airline', 'company'], carrier: ['airline', 'company'],
  newspaper: ['media'], daily: ['media'], broadcaster: ['media'], magazine: ['media'], weekly: ['media'], tabloid: ['media'],
  fund: ['fund'], club: ['club'], party: ['party'],
}));

// "the airline" and its kin: which types of the last named body they may take.
export const DEFINITE_TYPES = new Map<string, OrgType[]>(Object.entries({
  company: ['company', 'airline', 'bank'], firm: ['company', 'airline', 'bank'], group: ['company', 'armed'],
  airline: ['airline'], carrier: ['airline'], bank: ['bank'], lender: ['bank'], chain: ['company'], retailer: ['company'], club: ['club'], side: ['club'],
  party: ['party'], institute: ['institute'], university: ['institute'], council: ['council'], court: ['court'],
  rebels: ['armed'], rebel: ['armed'], front: ['armed'], insurgents: ['armed'], militants: ['armed'], movement: ['armed', 'party'],
  newspaper: ['media'], paper: ['media'], broadcaster: ['media'], fund: ['fund'], association: ['association'], union: ['association'],
  // A company that works for another: only one the article introduced as such ("a provider called X").
  vendor: ['supplier'], contractor: ['supplier'], provider: ['supplier'], supplier: ['supplier'], subcontractor: ['supplier'],
  // What a business report calls the company it is about ("the insurer", "the truck maker", "the thrift").
  maker: ['company'], automaker: ['company'], carmaker: ['company'], manufacturer: ['company'], producer: ['company'],
  insurer: ['company', 'bank'], conglomerate: ['company'], thrift: ['bank', 'company'],
}));

// Nouns of a company introduced by what it is called ("a chat-services provider called X"), and the kinds they give.
export const CALLED_TYPES = new Map<string, OrgType[]>(Object.entries({
  vendor: ['supplier', 'company'], contractor: ['supplier', 'company'], provider: ['supplier', 'company'], supplier: ['supplier', 'company'],
  subcontractor: ['supplier', 'company'], company: ['company'], firm: ['company'], startup: ['company'], maker: ['company'],
  developer: ['company'], platform: ['company'], app: ['company'], retailer: ['company'], chain: ['company'],
  unit: ['company'], subsidiary: ['company'], venture: ['company'], spinoff: ['company'],
}));

// First words too common to stand for a body alone ("National", "Green", "Independent").
export const GENERIC_FIRST = new Set([
  'national', 'social', 'green', 'united', 'new', 'royal', 'general', 'central', 'first', 'international', 'european',
  'world', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'independent', 'democratic',
  'liberal', 'conservative', 'popular', 'free', 'islamic', 'christian', 'federal', 'supreme', 'civil', 'public',
  'progressive', 'labour', 'labor', 'socialist', 'communist', 'republican', 'patriotic', 'revolutionary', 'people',
  'peoples', 'state', 'city', 'great', 'grand', 'old', 'american', 'british', 'global', 'regional', 'organisation',
  'organization', 'association', 'union', 'council', 'institute', 'university', 'bank', 'the', 'high', 'higher',
  'security', 'human', 'red', 'air', 'arab', 'african', 'asian', 'pacific', 'atlantic', 'baltic', 'standard', 'general',
]);
