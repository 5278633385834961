// Word tables of the organisation rules (organisations.ts): institution
// nouns after a demonym, the modifiers allowed before them, the head words
// that close a body's name. Data only.
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/lexicon';
import { typesOfHead } from './discover';

// Nouns after a demonym that make a lasting organization.
export const ORG_NOUNS = new Map<string, string>(Object.entries({
  ministry: 'Ministry', government: 'government', army: 'army', military: 'armed forces', navy: 'navy', forces: 'armed forces',
  troops: 'armed forces', soldiers: 'armed forces', parliament: 'parliament', police: 'police', court: 'court',
  embassy: 'embassy', embassies: 'embassy', consulate: 'consulate', consulates: 'consulate', cabinet: 'government', administration: 'government', delegation: 'delegation',
  presidency: 'presidency', legislature: 'parliament', senate: 'senate', congress: 'Congress', team: 'national team', squad: 'national team',
  peacekeepers: 'peacekeepers', mission: 'mission', contingent: 'contingent', guard: 'guard', guards: 'guard',
  service: 'service', agency: 'agency', bank: 'bank', party: 'party', opposition: 'opposition', media: 'state media',
  commission: 'commission', committee: 'committee', council: 'council', prosecutor: 'prosecutor’s office',
  force: 'Force', department: 'Department', office: 'Office', bureau: 'Bureau',
}));
// A country's missions abroad: after the country's name too they make the institution ("the U.S. embassy").
export const MISSION_NOUNS = new Set(['embassy', 'embassies', 'consulate', 'consulates']);
// Nouns after a demonym that make a group of people belonging to that country.
export const GROUP_NOUNS = new Set([
  'ecologists', 'environmentalists', 'activists', 'protesters', 'protestors', 'demonstrators', 'rebels', 'separatists',
  'refugees', 'ngos', 'organizations', 'organisations', 'students', 'workers', 'farmers', 'fans', 'journalists',
  'civilians', 'residents', 'settlers', 'militants', 'volunteers', 'lawmakers', 'deputies', 'voters', 'hackers',
  'fighters', 'militia', 'militias', 'veterans', 'prisoners', 'detainees', 'hostages', 'athletes', 'players', 'miners',
  'doctors', 'teachers', 'pilots', 'sailors', 'troops',
]);
// Words allowed between a demonym and the institution noun.
export const ORG_MODIFIERS = new Set([
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
export const MINISTRY_OF = new Map<string, string>(Object.entries({ 'foreign affairs': 'Foreign', defense: 'Defense', defence: 'Defense', 'internal affairs': 'Interior', interior: 'Interior', justice: 'Justice', finance: 'Finance', economy: 'Economy', health: 'Health', 'emergency situations': 'Emergency Situations', emergencies: 'Emergency Situations', energy: 'Energy', education: 'Education', culture: 'Culture', agriculture: 'Agriculture', ecology: 'Ecology', environment: 'Environment', 'foreign trade': 'Foreign Trade', trade: 'Trade' }));

// Capitalised heads that close an organization name ("Civil Contract Party", "Acme Corp.").
export const ORG_HEADS = new Set(['party', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'holdings', 'group', 'bank', 'airlines', 'airways', 'front', 'movement', 'alliance', 'federation', 'association', 'foundation', 'institute', 'university', 'company', 'council', 'committee', 'commission', 'agency', 'fund', 'assembly', 'parliament', 'court', 'ministry', 'service', 'organization', 'organisation', 'union', 'network', 'club', 'league', 'police', 'department']);

export const HEAD_ALIASES = new Map<string, string>(Object.entries({ military: 'armed forces', troops: 'armed forces', soldiers: 'armed forces', forces: 'armed forces', peacekeepers: 'peacekeepers', mission: 'peacekeepers', contingent: 'peacekeepers' }));
export const OF_HEADS = new Set(['centers', 'centres', 'center', 'centre', 'department', 'office', 'bureau', 'ministry', 'agency', 'institute', 'organisation', 'organization', 'association', 'union', 'league', 'council', 'institute', 'university', 'bank', 'court', 'federation', 'commission', 'committee', 'assembly', 'movement', 'front', 'party', 'alliance', 'fund', 'foundation', 'confederation', 'congress']);
// Words that open a clause before a capitalised name ("Since Kessel Watch started …"), no word of it.
export const SUBORDINATING_WORDS = new Set(['since', 'until', 'although', 'though', 'because', 'unless', 'once', 'whether', 'whereas', 'when', 'while', 'after', 'before', 'if', 'as']);
export const BODY_STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'he', 'she', 'it', 'they', 'we', 'his', 'her', 'its', 'their', 'this', 'that', ...WEEKDAY_NAMES.map((n) => n.toLowerCase()), ...MONTH_NAMES.map((n) => n.toLowerCase()), 'however', 'meanwhile', 'but', ...SUBORDINATING_WORDS]);
export const PLACE_WORDS = ['city', 'town', 'municipal', 'county', 'regional', 'provincial', 'district', 'village', 'state'];
// Unqualified state institutions ("the government", "Army offensives"): the article's country's. Not "the presidency",
// which is mostly the office someone wins or holds.
export const DOMESTIC_NOUNS = new Map<string, string>(Object.entries({ government: 'government', parliament: 'parliament', army: 'army', military: 'armed forces', cabinet: 'government', navy: 'navy', police: 'police' }));

// Nouns of people or bodies after a country ("Russian officials", "US regulators"): the country takes part
// through them. A country before any other noun ("US stocks", "French wine") only qualifies a thing.
export const AGENT_NOUNS = new Set([
  'officials', 'official', 'authorities', 'authority', 'side', 'leader', 'leaders', 'leadership', 'people', 'nationals',
  'citizens', 'diplomats', 'diplomat', 'negotiators', 'voters', 'investigators', 'prosecutors', 'regulators', 'regulator',
  'lawmakers', 'legislators', 'legislator', 'ministers', 'minister', 'president', 'team', 'squad', 'company', 'companies',
  'firms', 'firm', 'banks', 'media', 'sources', 'mobs', 'mob', 'clerics', 'counterpart', 'counterparts', 'envoy', 'envoys',
  'delegation', 'state', 'states', 'nation', 'navy', 'coast', 'guard', 'officers', 'agents', 'spies', 'intelligence',
  'embassy', 'consulate', 'military', 'army', 'forces', 'troops', 'soldiers', 'police', 'government', 'parliament',
  'senate', 'congress', 'court', 'courts', 'judges', 'judge', 'health', 'rescuers', 'rescue', 'crews', 'crew', 'experts',
  'scientists', 'researchers', 'climbers', 'tourists', 'men', 'women', 'nationalists', 'separatists', 'rebels',
]);

// Nouns of doing without a telling suffix: after a country they make it the doer ("Russian strikes").
export const ACTION_NOUNS = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'offensive', 'move', 'moves', 'bid', 'plan', 'plans', 'offer',
  'ban', 'push', 'deal', 'visit', 'victory', 'win', 'defeat', 'threat', 'threats', 'claim', 'claims', 'demand', 'demands',
  'response', 'veto', 'vote', 'ruling', 'verdict', 'takeover', 'cuts', 'support', 'aid', 'help', 'crackdown', 'shelling',
  'bombing', 'bombardment', 'assault', 'incursion', 'rule', 'control', 'pressure', 'sanctions', 'bid', 'campaign', 'war',
]);

// Nouns in -ing that name a thing or a time, not a doing: "the 1998 building", "the Friday morning".
export const THING_ING_NOUNS = new Set([
  'building', 'buildings', 'morning', 'evening', 'ceiling', 'clothing', 'housing', 'spring', 'string', 'thing', 'things',
  'king', 'wing', 'ring', 'earnings', 'savings', 'holdings', 'offering', 'listing', 'filing', 'funding', 'pricing',
]);

// Prepositions that carry a noun of doing on to its names ("invasion of X", "shooting by Y", "attack on Z").
export const PHRASE_PREPOSITIONS = ['of', 'by', 'against', 'on', 'at', 'in', 'between', 'from', 'with', 'and'];

// Before a noun phrase of doing, the prepositions that make it a happening beside the clause's ("after its 1990
// invasion of X", "in the aftermath of the May 2 bombings"), not its object or what the subject answers for.
export const BACKGROUND_PREPOSITIONS = new Set(['after', 'before', 'since', 'following', 'during', 'in', 'of', 'until', 'amid', 'from', 'at', 'into']);

// Words before a slogan in quotes: the names inside it are called out, they do nothing ("chanting ``Roth out''").
export const SLOGAN_WORDS = [
  'chant', 'chants', 'chanted', 'chanting', 'shout', 'shouts', 'shouted', 'shouting', 'sing', 'sang', 'singing', 'yelled',
  'yelling', 'slogan', 'slogans', 'placards?\\s+reading', 'banners?\\s+reading', 'signs?\\s+reading', 'cries\\s+of',
];

// Heads a body's name ends in that "the" and the word, in lower case, stand for: "the Civil Aviation Agency …
// the agency said". Not "the commission", "the committee", "the department", "the court": news names unnamed
// ones so ("the commission will publish the results" of an election's commission, after another was named).
export const SHORT_FORM_HEADS = new Set(['agency', 'organization', 'organisation', 'foundation']);

// Words of asking for something to happen to someone: "demanding X's return", "calling for X's release". Not
// "protesting X's …" nor "urging X's …": the one protested or urged is often the party that acted.
export const DEMAND_WORDS = ['demanding', 'demanded', 'demand', 'demands', 'calling\\s+for', 'called\\s+for', 'seeking', 'pressing\\s+for'];

// Land a country holds: after a country it makes the country a party ("Azerbaijani territory", "Kyrgyz villages").
export const TERRITORY_NOUNS = new Set([
  'territory', 'territories', 'land', 'lands', 'soil', 'village', 'villages', 'town', 'towns', 'city', 'cities', 'enclave',
  'enclaves', 'positions', 'position', 'border', 'borders', 'frontier', 'airspace', 'waters', 'region', 'regions', 'province',
  'provinces', 'district', 'districts', 'side', 'capital', 'coast', 'island', 'islands', 'bases', 'base', 'outposts', 'ports',
]);

// Adjectives between "the" and an unqualified institution that keep it the article's country's ("the new parliament").
export const DOMESTIC_ADJECTIVES = new Set(['new', 'outgoing', 'incoming', 'interim', 'caretaker', 'current', 'previous', 'former', 'transitional', 'coalition', 'federal', 'national', 'central', 'military', 'elected']);

// Head words of a body's name beyond the tables above ("US Commerce Department", "Federal Reserve").
const MORE_BODY_HEADS = new Set([
  'department', 'departments', 'office', 'bureau', 'reserve', 'press', 'church', 'exchange', 'museum', 'corps', 'command',
  'directorate', 'administration', 'services', 'school', 'college', 'academy', 'hospital', 'laboratory', 'observatory',
  'centers', 'centres', 'institutes', 'guard', 'patrol', 'prosecutors', 'navy', 'forces', 'army', 'senate', 'congress',
]);

/** Whether a word closes the name of a body (an institution, a company, a club, a party). */
export function isBodyHead(key: string): boolean {
  return ORG_HEADS.has(key) || ORG_NOUNS.has(key) || OF_HEADS.has(key) || MORE_BODY_HEADS.has(key) || typesOfHead(key).length > 0;
}

// Lower-case nouns of a body that a capitalised word before them names ("the Nobel organization").
// Capitalised short forms that name things, measures and times, never a body that acts ("DNA tests showed").
export const THING_ACRONYMS = new Set([
  'dna', 'rna', 'hiv', 'aids', 'sars', 'gdp', 'gnp', 'cpi', 'ceo', 'cfo', 'coo', 'cto', 'tv', 'pc', 'pcs', 'cd', 'dvd', 'atm',
  'suv', 'ufo', 'iq', 'ok', 'am', 'pm', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'cst', 'cdt', 'bst', 'cet', 'mph', 'kph',
  'km', 'ad', 'bc', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'mri', 'ct', 'er', 'icu', 'ipo', 'vat', 'ceos',
  'ai', 'it', 'id', 'pin', 'pr', 'hq', 'rsvp', 'faq', 'diy', 'usb', 'gps', 'sms', 'url', 'vip', 'mvp', 'led', 'lcd', 'otc',
]);
// Nouns of a body that are adjectives too: before another noun ("the military planning") they name no body.
export const ADJECTIVE_HEADS = new Set(['military']);
export const COMMON_BODY_HEADS = new Set(['organization', 'organisation', 'administration', 'committee', 'foundation', 'campaign', 'commission', 'agency']);

// Adjectives of a faith or a party that, before people in the plural, name a group of them ("Muslim clerics",
// "Democratic leaders", "Labour MPs").
export const GROUP_ADJECTIVES = new Set([
  'muslim', 'christian', 'catholic', 'protestant', 'orthodox', 'jewish', 'hindu', 'buddhist', 'sikh', 'sunni', 'shiite',
  'shia', 'evangelical', 'democratic', 'republican', 'conservative', 'labour', 'labor', 'liberal', 'socialist',
  'communist', 'green', 'tory', 'opposition',
]);
export const GROUP_PEOPLE = new Set([
  'clerics', 'leaders', 'lawmakers', 'legislators', 'senators', 'members', 'voters', 'officials', 'mps', 'deputies',
  'activists', 'protesters', 'militants', 'groups', 'congressmen', 'governors', 'candidates', 'worshippers', 'pilgrims',
]);

// Lower-case words of a body's reach or kind that may stand between ("local police said", "riot police fired").
export const BARE_MODIFIERS = new Set(['local', 'riot', 'traffic', 'border', 'state', 'federal', 'military', 'secret']);
// People named only by what they do, who are the source of what a sentence says ("officials said").
export const SPEAKING_PEOPLE = new Set(['officials', 'official', 'analysts', 'economists', 'experts', 'authorities', 'investigators', 'researchers', 'scientists']);
// People named by what they are doing, who act as a crowd ("protesters marched"): a group when they act.
export const ACTING_PEOPLE = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'rioters', 'strikers', 'picketers']);

// Owners in the plural or of a whole people before a body's head: "People's Union", "Women's League".
export const COLLECTIVE_OWNERS = new Set(['people', 'women', 'children', 'citizens', 'farmers', 'veterans', 'taxpayers', 'consumers', 'mothers', 'men', 'youth']);

// Suffixes of a company's legal form, which say nothing of what the company does ("Talvik Co.").
export const COMPANY_FORMS = new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'co', 'cos', 'ab', 'nv', 'spa', 'oy']);

// The same forms, also written out or rarer, that coreference drops to join a company's names: "Talvik Holdings
// Corp." and "Talvik Holdings" are one company, in one article or across several.
export const COMPANY_SUFFIXES = new Set([...COMPANY_FORMS, 'incorporated', 'limited', 'bv', 'asa']);

// A company's generic last words, singular to plural: a name written with the other number ("Talvik Holding",
// "Talvik Holdings") is the same company.
export const COMPANY_NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['holding', 'holdings'], ['industry', 'industries'], ['partner', 'partners'], ['system', 'systems'],
  ['communication', 'communications'], ['technology', 'technologies'], ['resource', 'resources'],
  ['enterprise', 'enterprises'], ['product', 'products'], ['solution', 'solutions'], ['network', 'networks'],
  ['investment', 'investments'], ['property', 'properties'], ['brand', 'brands'], ['laboratory', 'laboratories'],
  ['pharmaceutical', 'pharmaceuticals'], ['venture', 'ventures'],
]);

// A company's parts and joint ones, as a name in apposition to them is named ("the unit, to be called Lumo Mills,").
export const COMPANY_PART_NOUNS = new Set(['unit', 'subsidiary', 'venture', 'concern', 'spinoff', 'affiliate', 'division']);

// Words in -ing that work as prepositions, not as a participle of the subject's doing ("Flights, including …,").
export const ING_PREPOSITIONS = new Set(['including', 'excluding', 'regarding', 'concerning', 'following', 'according', 'notwithstanding', 'pending', 'barring', 'considering', 'during']);

// A company's nouns that a description may qualify between "the" and the noun ("the No. 1 Varnian auto maker",
// "the automobile and trucking insurer"); and the words that make such a description another company's.
export const DESCRIBED_COMPANY_NOUNS = new Set(['company', 'firm', 'maker', 'automaker', 'carmaker', 'manufacturer', 'producer', 'retailer', 'insurer', 'conglomerate', 'thrift', 'bank', 'lender', 'airline', 'carrier']);
export const OTHER_BODY_WORDS = new Set(['other', 'another', 'rival', 'new', 'parent', 'former', 'acquiring', 'acquired', 'target', 'second', 'two', 'both', 'each', 'competing', 'surviving', 'foreign', 'smaller', 'larger', 'its', 'their']);

// Nouns of a company's figures, told without the company's name ("Net was $10.5 million", "Assets fell").
export const RESULT_NOUNS = new Set(['net', 'income', 'revenue', 'revenues', 'sales', 'earnings', 'profit', 'profits', 'loss', 'losses', 'assets', 'deposits', 'margins']);

// Common words that may open a named body's name though they stop a person's ("the National Harbour and Coastal
// Rights League", "First Citizens Bank"): read as the name's first word when nothing the lexicon knows starts there.
export const NAME_OPENING_WORDS = new Set(['national', 'first', 'new', 'central', 'state', 'federal', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);

// Verbs of a share price's move, as a market report lists companies by them with the points moved ("Kessel
// Medical fell 4 to 15", "Harlow Savings rose 3 1/2").
export const SHARE_MOVE_VERBS = new Set(['rose', 'fell', 'gained', 'lost', 'dropped', 'climbed', 'slipped', 'eased', 'added', 'jumped', 'tumbled', 'declined', 'advanced', 'slid', 'surged', 'soared', 'plunged', 'sank', 'edged', 'firmed', 'rallied']);

// Words that open a company's or an institute's name in French, Spanish, Italian or Portuguese use ("Institut
// Varlet", "Cie. de Navigation Ostrel", "Banco Harlow"): the words after them are its short form ("Varlet").
export const LEADING_BODY_HEADS = new Set(['institut', 'instituto', 'istituto', 'cie', 'compagnie', 'compania', 'companhia', 'societe', 'groupe', 'grupo', 'gruppo', 'banco', 'banque', 'banca', 'etablissements']);

// Nouns of a country's or a place's press as a whole, which report as one voice ("Kenyan newspapers reported",
// "local media quoted"): a group named in the sentence's words when they say something.
export const PRESS_NOUNS = new Set(['newspapers', 'papers', 'media', 'press', 'broadcasters', 'television', 'radio']);

// Plural nouns of a business's things and figures: a country before one ("five other U.S. plants", "Varnian
// exports, which …") says where they are or whose economy they count, and takes no part itself.
export const BUSINESS_THING_PLURALS = new Set([
  'plants', 'factories', 'mills', 'stores', 'shops', 'outlets', 'branches', 'subsidiaries', 'assets', 'holdings',
  'products', 'brands', 'exports', 'imports', 'sales', 'shares', 'stocks', 'bonds', 'markets', 'prices', 'earnings',
  'profits', 'revenues', 'deposits', 'loans',
]);

// Nouns that describe a company only with a word or two of what it does before them ("the brewing giant", "the
// Varnian tech giant", "the Dutch chipmaker"): alone, or before a noun they qualify, they are as often something
// else ("the giant panda", "the giant's shadow"). Not "concern" or "operator", which a word before them makes a
// worry or a person as often ("the main concern", "the crane operator").
export const QUALIFIED_COMPANY_NOUNS = new Set(['giant', 'brewer', 'chipmaker', 'drugmaker', 'steelmaker', 'planemaker', 'refiner', 'distiller']);

// A market's things that rise and fall where they are traded ("shares rose 2% in Luma"): the place only hosts them.
export const MARKET_THINGS = new Set(['shares', 'stocks', 'bonds', 'prices', 'futures']);

// Words that stand inside a body's name and never inside a person's ("Harlow Federal Savings", "Lumo High Yield Bond
// Portfolio", "Kessel International"): a name of two words or more holding one is no person's.
export const BODY_NAME_WORDS = new Set(['federal', 'savings', 'loan', 'bond', 'bonds', 'portfolio', 'securities', 'financial', 'insurance', 'investment', 'investments', 'international', 'national', 'mutual', 'bancorp', 'trust']);
