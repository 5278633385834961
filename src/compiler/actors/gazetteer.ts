// The fixed lexicon of actors known before reading any article: the 250
// countries of `world-countries` (names, alternate spellings, demonyms,
// capitals), a few polities and regions the news treats as actors, seats of
// government used as metonyms, and international organizations. Built once,
// as one token trie, so matching an article costs one pass over its tokens.
import countries from 'world-countries';
import type { Actor } from '../../model/schema';
import { TOKEN_RE, tokenKey } from '../text/tokens';

/** How a surface form refers to its actor; the matcher decides by context whether it counts. */
export type FormType = 'name' | 'demonym' | 'demonym-plural' | 'capital' | 'seat';

export interface LexEntry {
  actorId: string;
  type: FormType;
  /** 'caps': the text must be written in capitals (US, UN, WHO); 'title': it must start with a capital; 'exact': written as `form` ("[57]", "eBay"). */
  caseMode: 'caps' | 'title' | 'exact';
  form?: string;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: LexEntry[];
}

const ASCII = /^[^\u0080-\uffff]*$/;

/** An id from a name: Latin letters lose their accents, other scripts keep their letters. */
export const slug = (s: string): string =>
  // Plain ASCII needs no Unicode normalisation; the same steps, on its letters alone.
  ASCII.test(s)
    ? s.toLowerCase().replace(/['.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    : s
      .normalize('NFD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’.]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');

export function formKeys(form: string): string[] {
  return Array.from(form.replace(/&amp;/g, '&').matchAll(FORM_WORD), (m) => tokenKey(m[0])).filter((k) => k !== '');
}
// A form's words as the actor finder reads a text's: capitals joined by an ampersand ("AT&T", or "AT&amp;T" with
// the HTML entity) are one (see withoutSpeltAmpersands), the rest as the tokenizer splits them.
const FORM_WORD = new RegExp(`(?<![\\p{L}])\\p{Lu}{1,4}&\\p{Lu}{1,4}(?![\\p{L}])|${TOKEN_RE.source}`, 'gu');

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;

interface Spec {
  id: string;
  name: string;
  kind: Actor['kind'];
  names?: string[];
  caps?: string[];
  demonyms?: string[];
  capitals?: string[];
  memberOf?: string[];
}

// Territories with their own authorities or that the news treats as parties
// (de facto states, disputed or autonomous regions, historical states) get
// kind 'country' so they sit with countries. No memberOf for disputed ones:
// declaring whose part they are is not the extractor's call.
const POLITIES: Spec[] = [
  { id: 'nagorno-karabakh', name: 'Nagorno-Karabakh', kind: 'country', names: ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Karabakh', 'Karabagh', 'Nagorno-Karabagh', 'Nagorny Karabakh', 'Nagorny-Karabakh', 'Artsakh', 'Republic of Artsakh', 'Nagorno-Karabakh Republic', 'Upper Karabakh'] },
  { id: 'abkhazia', name: 'Abkhazia', kind: 'country', names: ['Abkhazia'], demonyms: ['Abkhaz', 'Abkhazian'] },
  { id: 'south-ossetia', name: 'South Ossetia', kind: 'country', names: ['South Ossetia'], demonyms: ['South Ossetian'] },
  { id: 'transnistria', name: 'Transnistria', kind: 'country', names: ['Transnistria', 'Transdniestria', 'Pridnestrovie'] },
  { id: 'northern-cyprus', name: 'Northern Cyprus', kind: 'country', names: ['Northern Cyprus', 'Turkish Republic of Northern Cyprus'], caps: ['TRNC'] },
  { id: 'somaliland', name: 'Somaliland', kind: 'country', names: ['Somaliland'] },
  { id: 'crimea', name: 'Crimea', kind: 'country', names: ['Crimea', 'Crimean Peninsula'], demonyms: ['Crimean'] },
  { id: 'donbas', name: 'Donbas', kind: 'country', names: ['Donbas', 'Donbass', 'Donetsk People’s Republic', 'Luhansk People’s Republic'] },
  { id: 'gaza', name: 'Gaza', kind: 'country', names: ['Gaza', 'Gaza Strip'] },
  { id: 'west-bank', name: 'West Bank', kind: 'country', names: ['West Bank'] },
  { id: 'kurdistan', name: 'Kurdistan', kind: 'country', names: ['Kurdistan', 'Kurdistan Region', 'Iraqi Kurdistan'], demonyms: ['Kurdish'], caps: ['KRG'] },
  { id: 'nakhchivan', name: 'Nakhchivan', kind: 'country', names: ['Nakhchivan', 'Nakhichevan'], memberOf: ['azerbaijan'] },
  { id: 'chechnya', name: 'Chechnya', kind: 'country', names: ['Chechnya'], demonyms: ['Chechen'], memberOf: ['russia'] },
  { id: 'tibet', name: 'Tibet', kind: 'country', names: ['Tibet'], demonyms: ['Tibetan'] },
  { id: 'scotland', name: 'Scotland', kind: 'country', names: ['Scotland'], demonyms: ['Scottish'], memberOf: ['united-kingdom'] },
  { id: 'england', name: 'England', kind: 'country', names: ['England'], memberOf: ['united-kingdom'] },
  { id: 'wales', name: 'Wales', kind: 'country', names: ['Wales'], demonyms: ['Welsh'], memberOf: ['united-kingdom'] },
  { id: 'northern-ireland', name: 'Northern Ireland', kind: 'country', names: ['Northern Ireland'], memberOf: ['united-kingdom'] },
  { id: 'catalonia', name: 'Catalonia', kind: 'country', names: ['Catalonia'], demonyms: ['Catalan'], memberOf: ['spain'] },
  { id: 'soviet-union', name: 'Soviet Union', kind: 'country', names: ['Soviet Union', 'Union of Soviet Socialist Republics'], caps: ['USSR', 'U.S.S.R.'], demonyms: ['Soviet'] },
  { id: 'yugoslavia', name: 'Yugoslavia', kind: 'country', names: ['Yugoslavia'], demonyms: ['Yugoslav'] },
];

// International organizations and armed groups the news names as actors.
const ORGANIZATIONS: Spec[] = [
  { id: 'united-nations', name: 'United Nations', kind: 'organization', names: ['United Nations'], caps: ['UN', 'U.N.'] },
  { id: 'un-security-council', name: 'UN Security Council', kind: 'organization', names: ['Security Council', 'United Nations Security Council', 'UN Security Council', 'U.N. Security Council'], caps: ['UNSC'], memberOf: ['united-nations'] },
  { id: 'un-general-assembly', name: 'UN General Assembly', kind: 'organization', names: ['General Assembly', 'UN General Assembly', 'United Nations General Assembly'], memberOf: ['united-nations'] },
  { id: 'unhcr', name: 'UNHCR', kind: 'organization', names: ['UN Refugee Agency', 'UN refugee agency'], caps: ['UNHCR'], memberOf: ['united-nations'] },
  { id: 'unicef', name: 'UNICEF', kind: 'organization', caps: ['UNICEF'], names: ['Unicef'], memberOf: ['united-nations'] },
  { id: 'unesco', name: 'UNESCO', kind: 'organization', caps: ['UNESCO'], names: ['Unesco'], memberOf: ['united-nations'] },
  { id: 'european-union', name: 'European Union', kind: 'organization', names: ['European Union'], caps: ['EU', 'E.U.'] },
  { id: 'european-commission', name: 'European Commission', kind: 'organization', names: ['European Commission'], memberOf: ['european-union'] },
  { id: 'european-parliament', name: 'European Parliament', kind: 'organization', names: ['European Parliament'], memberOf: ['european-union'] },
  { id: 'european-council', name: 'European Council', kind: 'organization', names: ['European Council'], memberOf: ['european-union'] },
  { id: 'nato', name: 'NATO', kind: 'organization', names: ['North Atlantic Treaty Organization', 'Nato'], caps: ['NATO'] },
  { id: 'osce', name: 'OSCE', kind: 'organization', names: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Co-operation in Europe', 'Conference on Security and Co-operation in Europe', 'Conference on Security and Cooperation in Europe'], caps: ['OSCE', 'CSCE'] },
  { id: 'osce-minsk-group', name: 'OSCE Minsk Group', kind: 'organization', names: ['Minsk Group', 'OSCE Minsk Group'], memberOf: ['osce'] },
  { id: 'csto', name: 'CSTO', kind: 'organization', names: ['Collective Security Treaty Organization', 'Collective Security Treaty Organisation'], caps: ['CSTO'] },
  { id: 'cis', name: 'Commonwealth of Independent States', kind: 'organization', names: ['Commonwealth of Independent States'] },
  { id: 'council-of-europe', name: 'Council of Europe', kind: 'organization', names: ['Council of Europe'], caps: ['PACE'] },
  { id: 'european-court-of-human-rights', name: 'European Court of Human Rights', kind: 'organization', names: ['European Court of Human Rights'], caps: ['ECHR', 'ECtHR'], memberOf: ['council-of-europe'] },
  { id: 'icrc', name: 'International Committee of the Red Cross', kind: 'organization', names: ['International Committee of the Red Cross', 'Red Cross'], caps: ['ICRC'] },
  { id: 'imf', name: 'International Monetary Fund', kind: 'organization', names: ['International Monetary Fund'], caps: ['IMF'] },
  { id: 'world-bank', name: 'World Bank', kind: 'organization', names: ['World Bank'] },
  { id: 'who', name: 'World Health Organization', kind: 'organization', names: ['World Health Organization', 'World Health Organisation'], caps: ['WHO'] },
  { id: 'wto', name: 'World Trade Organization', kind: 'organization', names: ['World Trade Organization'], caps: ['WTO'] },
  { id: 'african-union', name: 'African Union', kind: 'organization', names: ['African Union'] },
  { id: 'asean', name: 'ASEAN', kind: 'organization', names: ['Association of Southeast Asian Nations'], caps: ['ASEAN'] },
  { id: 'opec', name: 'OPEC', kind: 'organization', names: ['Organization of the Petroleum Exporting Countries'], caps: ['OPEC'] },
  { id: 'arab-league', name: 'Arab League', kind: 'organization', names: ['Arab League'] },
  { id: 'oic', name: 'Organisation of Islamic Cooperation', kind: 'organization', names: ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'], caps: ['OIC'] },
  { id: 'eurasian-economic-union', name: 'Eurasian Economic Union', kind: 'organization', names: ['Eurasian Economic Union'] },
  { id: 'international-criminal-court', name: 'International Criminal Court', kind: 'organization', names: ['International Criminal Court'], caps: ['ICC'] },
  { id: 'international-court-of-justice', name: 'International Court of Justice', kind: 'organization', names: ['International Court of Justice'], caps: ['ICJ'] },
  { id: 'iaea', name: 'IAEA', kind: 'organization', names: ['International Atomic Energy Agency'], caps: ['IAEA'] },
  { id: 'amnesty-international', name: 'Amnesty International', kind: 'organization', names: ['Amnesty International'] },
  { id: 'human-rights-watch', name: 'Human Rights Watch', kind: 'organization', names: ['Human Rights Watch'] },
  { id: 'g7', name: 'G7', kind: 'organization', names: ['Group of Seven'], caps: ['G7', 'G-7'] },
  { id: 'g20', name: 'G20', kind: 'organization', names: ['Group of 20'], caps: ['G20', 'G-20'] },
  { id: 'fifa', name: 'FIFA', kind: 'organization', names: ['Fifa'], caps: ['FIFA'] },
  { id: 'uefa', name: 'UEFA', kind: 'organization', names: ['Uefa'], caps: ['UEFA'] },
  { id: 'international-olympic-committee', name: 'International Olympic Committee', kind: 'organization', names: ['International Olympic Committee'], caps: ['IOC'] },
  { id: 'us-state-department', name: 'US State Department', kind: 'organization', names: ['State Department', 'US State Department', 'U.S. State Department'], memberOf: ['united-states'] },
  { id: 'pentagon', name: 'Pentagon', kind: 'organization', names: ['Pentagon'], memberOf: ['united-states'] },
  { id: 'us-congress', name: 'US Congress', kind: 'organization', names: ['Congress', 'US Congress', 'U.S. Congress'], memberOf: ['united-states'] },
  { id: 'hamas', name: 'Hamas', kind: 'group', names: ['Hamas'] },
  { id: 'hezbollah', name: 'Hezbollah', kind: 'group', names: ['Hezbollah'] },
  { id: 'taliban', name: 'Taliban', kind: 'group', names: ['Taliban'] },
  { id: 'islamic-state', name: 'Islamic State', kind: 'group', names: ['Islamic State'], caps: ['ISIS', 'ISIL'] },
  { id: 'al-qaeda', name: 'al-Qaeda', kind: 'group', names: ['al-Qaeda', 'al Qaeda', 'Al-Qaeda', 'al-Qaida'] },
  { id: 'pkk', name: 'PKK', kind: 'group', names: ['Kurdistan Workers’ Party', "Kurdistan Workers' Party"], caps: ['PKK'] },
];

// Buildings and streets that stand for a government when they "act".
const SEATS: Record<string, string> = {
  Kremlin: 'russia',
  'White House': 'united-states',
  'Downing Street': 'united-kingdom',
  Elysee: 'france',
  'Elysee Palace': 'france',
  Whitehall: 'united-kingdom',
  'Blue House': 'south-korea',
  Zhongnanhai: 'china',
};

// Extra everyday names the data set lacks or spells otherwise.
// Demonyms the news uses that the country data set spells otherwise ("Kirghiz", "Tadzhik") or leaves out.
const COUNTRY_EXTRAS: Record<string, { names?: string[]; caps?: string[]; capitals?: string[]; demonyms?: string[] }> = {
  kyrgyzstan: { demonyms: ['Kyrgyz'] },
  tajikistan: { demonyms: ['Tajik'] },
  kazakhstan: { demonyms: ['Kazakh'] },
  uzbekistan: { demonyms: ['Uzbek'] },
  'saudi-arabia': { demonyms: ['Saudi'] },
  slovenia: { demonyms: ['Slovenian'] },
  philippines: { demonyms: ['Philippine'] },
  serbia: { demonyms: ['Serb'] },
  croatia: { demonyms: ['Croat'] },
  'united-states': { names: ['United States of America', 'America'], caps: ['US', 'U.S.', 'USA', 'U.S.A.'] },
  'united-kingdom': { names: ['Britain', 'Great Britain'], caps: ['UK', 'U.K.'] },
  turkiye: { names: ['Turkey', 'Türkiye', 'Turkiye'] },
  ukraine: { capitals: ['Kiev'] },
  'united-arab-emirates': { caps: ['UAE', 'U.A.E.'] },
  'dr-congo': { caps: ['DRC'] },
  china: { caps: ['PRC'] },
  'czechia': { names: ['Czech Republic'] },
  'ivory-coast': { names: ["Cote d'Ivoire", 'Côte d’Ivoire'] },
  myanmar: { names: ['Burma'] },
  'north-macedonia': { names: ['Macedonia'] },
  netherlands: { names: ['Holland'], capitals: ['The Hague'] },
};

// Capitals that are also common words or first names, never read as metonyms.
const CAPITAL_STOP = new Set(['male', 'victoria', 'kingston', 'hamilton', 'georgetown', 'praia', 'apia', 'saint', 'city', 'avarua', 'charlotte amalie', 'jamestown', 'gibraltar', 'monaco', 'singapore', 'luxembourg', 'kuwait city', 'vatican city', 'san marino', 'djibouti', 'guatemala city', 'mexico city', 'panama city']);

// Demonyms shared with continents, peoples or plain words; they need an explicit country name instead.
const DEMONYM_STOP = new Set(['american samoan', 'virgin islander', 'channel islander', 'new zealander', 'french polynesian', 'french guianan']);

export interface Gazetteer {
  trie: TrieNode;
  actors: Map<string, Actor>;
}

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

export function insertForm(root: TrieNode, form: string, entry: LexEntry): void {
  const keys = formKeys(form);
  if (keys.length === 0) return;
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) {
      child = newNode();
      node.next.set(k, child);
    }
    node = child;
  }
  if (!node.entries.some((e) => e.actorId === entry.actorId && e.type === entry.type && e.caseMode === entry.caseMode)) node.entries.push(entry);
}

function isUsableSpelling(s: string): boolean {
  return s.length > 2 && LATIN.test(s) && !s.includes(',') && !/^[A-Z]{2}$/.test(s);
}

function build(): Gazetteer {
  const specs: (Spec & { priority: number })[] = [];
  for (const c of countries) {
    const common = c.name.common;
    const id = slug(common);
    const extra = COUNTRY_EXTRAS[id] ?? {};
    const names = [common, c.name.official, ...c.altSpellings.filter(isUsableSpelling), ...(extra.names ?? [])]
      .filter((n) => !/^[A-Z.]+$/.test(n));
    const caps = [...c.altSpellings.filter((s) => /^[A-Z]{3,}$/.test(s)), ...(extra.caps ?? [])];
    const dem = c.demonyms?.eng;
    // "Bosnian, Herzegovinian": the data set lists several in one string.
    const demonyms = [...(dem ? [dem.m, dem.f] : []), ...(extra.demonyms ?? [])]
      .flatMap((d) => (d ?? '').split(',').map((x) => x.trim()))
      .filter((d) => d && !DEMONYM_STOP.has(d.toLowerCase()));
    specs.push({
      id, name: common, kind: 'country', names, caps, demonyms,
      capitals: [...c.capital, ...(extra.capitals ?? [])].filter((cap) => !CAPITAL_STOP.has(cap.toLowerCase())),
      // Shared forms (Congolese, Dominican) go to the UN member.
      priority: c.unMember ? 2 : c.independent ? 1 : 0,
    });
  }
  for (const s of [...POLITIES, ...ORGANIZATIONS]) specs.push({ ...s, priority: 3 });

  const root = newNode();
  const actors = new Map<string, Actor>();
  const owners = new Map<string, { id: string; priority: number; clash: boolean }>();
  const claim = (form: string, type: FormType, id: string, priority: number): boolean => {
    const key = `${type}:${formKeys(form).join(' ')}`;
    const prev = owners.get(key);
    if (!prev) { owners.set(key, { id, priority, clash: false }); return true; }
    if (prev.id === id) return true;
    if (priority > prev.priority) { owners.set(key, { id, priority, clash: false }); return true; }
    if (priority === prev.priority) prev.clash = true;
    return false;
  };
  const pending: { form: string; entry: LexEntry; priority: number }[] = [];
  for (const s of specs) {
    const aliases = new Set<string>();
    for (const n of s.names ?? []) { pending.push({ form: n, entry: { actorId: s.id, type: 'name', caseMode: 'title' }, priority: s.priority }); aliases.add(n); }
    for (const n of s.caps ?? []) { pending.push({ form: n, entry: { actorId: s.id, type: 'name', caseMode: 'caps' }, priority: s.priority }); aliases.add(n); }
    for (const d of s.demonyms ?? []) {
      pending.push({ form: d, entry: { actorId: s.id, type: 'demonym', caseMode: 'title' }, priority: s.priority });
      if (/[aeiou]n$|i$|an$/.test(d)) pending.push({ form: `${d}s`, entry: { actorId: s.id, type: 'demonym-plural', caseMode: 'title' }, priority: s.priority });
    }
    for (const cap of s.capitals ?? []) pending.push({ form: cap, entry: { actorId: s.id, type: 'capital', caseMode: 'title' }, priority: s.priority });
    aliases.delete(s.name);
    actors.set(s.id, { id: s.id, name: s.name, kind: s.kind, aliases: [...aliases].sort(), memberOf: s.memberOf ?? [] });
  }
  for (const [form, id] of Object.entries(SEATS)) pending.push({ form, entry: { actorId: id, type: 'seat', caseMode: 'title' }, priority: 3 });
  for (const p of pending) claim(p.form, p.entry.type, p.entry.actorId, p.priority);
  for (const p of pending) {
    const owner = owners.get(`${p.entry.type}:${formKeys(p.form).join(' ')}`);
    if (owner && owner.id === p.entry.actorId && !owner.clash) insertForm(root, p.form, p.entry);
  }
  return { trie: root, actors };
}

let cached: Gazetteer | null = null;
/** The shared gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  if (!cached) cached = build();
  return cached;
}
