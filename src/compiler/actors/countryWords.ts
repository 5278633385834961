// Word tables of the lexicon scan (scanLexicon.ts): when a country's name or
// demonym in the text is not the country. Data only.

// The US state rather than the country.
export const US_STATE_CONTEXT = /\b(?:Atlanta|U\.?S\.? state|state of Georgia|Georgia (?:state|Tech|Bulldogs|Senate|governor|Republicans?|Democrats?)|Savannah|Peach State)\b/;
// A demonym before these is a language, a dish, a tournament: no country acts.
export const DEMONYM_SKIP_AFTER = new Set(['language', 'languages', 'roulette', 'fries', 'ocean', 'cuisine', 'open', 'dressing', 'salad', 'football', 'measles', 'toast', 'speaker', 'speakers', 'speaking', 'literature', 'translation']);
// A demonym after these names a wider group ("Latin American", "Pan-African").
export const DEMONYM_SKIP_BEFORE = new Set(['latin', 'south', 'north', 'central', 'pan', 'african', 'native', 'asian', 'mexican', 'irish', 'italian']);
// Currencies: "U.S. dollars", "Hong Kong dollars" name money, not a country.
export const CURRENCY_WORDS = new Set([
  'dollar', 'dollars', 'cent', 'cents', 'pence', 'euro', 'euros', 'pound', 'pounds', 'sterling', 'yen', 'yuan', 'renminbi', 'rupee', 'rupees', 'peso', 'pesos',
  'franc', 'francs', 'ruble', 'rubles', 'rouble', 'roubles', 'krona', 'kronor', 'krone', 'kroner', 'lira', 'real', 'reais', 'rand',
  'won', 'dinar', 'dinars', 'dirham', 'dirhams', 'shekel', 'shekels', 'naira', 'cedi', 'cedis', 'ringgit', 'baht', 'dong', 'zloty',
  'forint', 'koruna', 'lev', 'leu', 'hryvnia', 'manat', 'dram', 'lari', 'tenge', 'som', 'shilling', 'shillings', 'kwacha', 'riyal', 'riyals',
]);
// Words that open a place's name before a country's ("New Jersey", "New Mexico") even at the start of a sentence.
export const PLACE_PREFIXES = new Set(['new', 'nova', 'baja', 'greater', 'upper', 'lower', 'little', 'old', 'port', 'fort', 'mount', 'lake', 'san', 'santa', 'st']);
// Words that count people: "two Russians", "several Americans" are persons, not their country.
export const COUNTED = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'several', 'many', 'few', 'some', 'hundreds', 'thousands']);

// Nouns of a topic: a country before one ("the Varnian issue", "the Varnia question") is what is dealt with, not
// whose the people of the sentence are.
export const TOPIC_NOUNS = new Set(['issue', 'issues', 'question', 'problem', 'matter', 'file', 'dossier', 'track', 'agenda', 'portfolio']);

// People of a nation who act as a crowd or a movement, not as its state: "Varnian protesters", "ethnic Varnian
// settlers" are a group of their own (the nation's members), while "Varnian troops" or "officials" are the state.
export const NATION_GROUP_NOUNS = new Set([
  'mobs', 'mob', 'clerics', 'protesters', 'protestors', 'demonstrators', 'rebels', 'militants', 'separatists',
  'settlers', 'fans', 'students', 'workers', 'legislators', 'voters', 'refugees', 'civilians', 'activists',
  'nationalists', 'fighters', 'nationals', 'pilgrims', 'migrants', 'villagers', 'residents', 'rioters', 'insurgents',
  'exiles', 'emigres', 'immigrants', 'expatriates', 'relatives', 'families', 'tourists', 'hikers', 'climbers', 'travelers',
  'travellers', 'passengers', 'women', 'children', 'boys', 'girls', 'teenagers', 'businessmen', 'scientists', 'doctors',
  'nurses', 'teachers', 'farmers', 'fishermen', 'athletes', 'artists', 'writers',
]);
// One private person of a nation after "a" or "the": "a Varnian tourist", "the 6-year-old Varnian boy" is that person,
// a group of the nation's people, not its state (an official, a diplomat or a soldier still is the state).
export const PRIVATE_PERSON_NOUNS = new Set([
  'tourist', 'hiker', 'climber', 'traveler', 'traveller', 'passenger', 'woman', 'man', 'boy', 'girl', 'child', 'teenager',
  'student', 'businessman', 'businesswoman', 'couple', 'family', 'mother', 'father', 'citizen', 'national', 'worker',
  'journalist', 'reporter', 'photographer', 'doctor', 'nurse', 'priest', 'missionary', 'volunteer', 'resident', 'investor',
]);
// One company of a nation after "a" or "the": "a Varnian company", "the No. 1 Varnian auto maker" is the company's, not the state's.
export const PRIVATE_COMPANY_NOUNS = new Set(['company', 'firm', 'maker', 'automaker', 'carmaker', 'manufacturer', 'producer', 'retailer', 'insurer', 'conglomerate', 'exporter', 'importer']);

// A city's places and markets: after a capital's possessive ("London's stock exchange", "Lima's streets") the city is
// where something happened, not the government it often stands for.
export const CITY_PLACE_NOUNS = new Set([
  'exchange', 'bourse', 'market', 'markets', 'streets', 'street', 'airport', 'airports', 'subway', 'metro', 'suburbs',
  'outskirts', 'downtown', 'harbor', 'harbour', 'port', 'hospitals', 'hospital', 'neighborhoods', 'neighbourhoods', 'squares',
  'boulevard', 'boulevards', 'avenue', 'avenues', 'seafront', 'waterfront', 'promenade', 'square', 'parks', 'park',
]);

// The postal abbreviations a US dateline gives its state in ("LUMA, Ore. (AP)"): the report is from the United States.
export const US_STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla', 'ore', 'pa', 'r.i', 's.c',
  's.d', 'tenn', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo', 'd.c',
]);
// The US cities a dateline names alone, without their state, by the news agencies' style ("CHICAGO (AP)").
export const US_DATELINE_CITIES = new Set([
  'atlanta', 'baltimore', 'boston', 'chicago', 'cincinnati', 'cleveland', 'dallas', 'denver', 'detroit', 'honolulu', 'houston',
  'indianapolis', 'las vegas', 'los angeles', 'miami', 'milwaukee', 'minneapolis', 'new orleans', 'new york', 'oklahoma city',
  'philadelphia', 'phoenix', 'pittsburgh', 'st. louis', 'salt lake city', 'san antonio', 'san diego', 'san francisco', 'seattle', 'washington',
]);

// The fifty states' names, for the groups a report names by their state ("Ohio lawmakers", "Texas officials").
export const US_STATE_NAMES = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming',
]);
