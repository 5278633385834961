// Word tables of the people rules (people.ts) and of the lexicon scan
// (scanLexicon.ts): verbs after which a name acts, titles, honorifics,
// words that never belong to a name, particles, role nouns. Data only.
import { CALENDAR_WORDS, LINKING_ADVERBS } from '../text/lexicon';

// Verbs after which a capital or a name is the one acting ("Baku said").
export const ACT_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'found', 'finds', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'must', 'should',
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

// Base forms of verbs a country or a body does, for telling "Chile beat Peru" from "Chilean wine".
export const BASE_VERBS = new Set([
  'beat', 'hit', 'cut', 'put', 'set', 'let', 'quit', 'hold', 'win', 'lose', 'meet', 'take', 'make', 'want', 'need', 'plan',
  'hope', 'face', 'seek', 'urge', 'call', 'tell', 'agree', 'refuse', 'reject', 'deny', 'accuse', 'claim', 'sign', 'send',
  'play', 'host', 'join', 'leave', 'open', 'close', 'buy', 'sell', 'pay', 'owe', 'expect', 'remain', 'become', 'give',
  'keep', 'seize', 'launch', 'ban', 'file', 'vote', 'back', 'oppose', 'support', 'warn', 'begin', 'lead', 'report',
]);

// Verbs and prepositions after which a capital is the government addressed ("accused Baku", "talks with Kyiv").
export const OBJECT_CUES = new Set([
  'accused', 'accuses', 'accusing', 'urged', 'urges', 'urging', 'warned', 'warns', 'told', 'tells', 'blamed', 'blames', 'criticised',
  'criticized', 'criticises', 'criticizes', 'condemned', 'condemns', 'pressed', 'presses', 'thanked', 'praised', 'invited',
  'asked', 'asks', 'with', 'against', 'sanctioned', 'rebuked', 'summoned', 'lobbied',
  // The base forms ("to urge Kyiv"), and verbs whose object can only be people who decide: a city is not
  // restrained, pressured or persuaded, its government is.
  'accuse', 'urge', 'warn', 'tell', 'blame', 'criticise', 'criticize', 'condemn', 'press', 'thank', 'praise', 'invite', 'ask',
  'restrain', 'restrains', 'restrained', 'pressure', 'pressures', 'pressured', 'pressuring', 'persuade', 'persuades',
  'persuaded', 'convince', 'convinced', 'deter', 'deters', 'deterred', 'punish', 'punishes', 'punished', 'reassure', 'reassured',
]);
// Blocs that "the bloc" can point back to, and alliances for "the alliance".
export const BLOCS = new Set(['european-union', 'nato', 'african-union', 'asean', 'opec', 'arab-league', 'eurasian-economic-union', 'csto', 'cis', 'oic']);
export const ALLIANCES = new Set(['nato', 'csto']);

// Prepositions after which a country is where something happens, not who does it ("a quake in Nepal").
export const LOCATIVE_PLACE = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'throughout', 'around', 'within', 'into', 'via', 'toward', 'towards']);
export const LOCATIVE = new Set(['in', 'to', 'from', 'at', 'near', 'outside', 'via', 'into', 'across', 'toward', 'towards', 'around', 'inside', 'through', 'between', 'and']);

// Title words heading a name ("Foreign Minister Sergey Lavrov", "counterpart Jeyhun Bayramov").
export const TITLE_HEADS = new Set([
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
  'superintendent', 'inspector', 'constable', 'detective', 'sheriff', 'marshal', 'treasurer',
]);
// Titles that never end a phrase with a lone surname ("Mr. Smith", "Gen. Ivanov").
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sir', 'dame', 'lord', 'lady', 'president', 'minister', 'premier', 'chancellor', 'senator', 'sen', 'rep', 'gov', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'sultan', 'pope', 'col', 'colonel', 'capt', 'captain', 'adm', 'admiral', 'brig', 'lt', 'maj', 'sgt', 'ayatollah', 'sheikh', 'emir']);

// Capitalised words that cannot be part of a person's name.
// Month names that are also first names ("Foreign Minister Jan Kovar", "May Tan said"): read as a name only
// where a surname follows and no date preposition goes before (people.ts).
export const CALENDAR_FIRST_NAMES = new Set(['jan', 'may', 'june', 'april', 'august']);
// Words before a month that make it a date ("in May Chile voted", "since June Lena …").
export const DATE_LEADS = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'from', 'last', 'next', 'early', 'late', 'mid', 'of', 'during', 'through', 'throughout', 'before', 'after', 'this', 'that', 'each', 'every', 'to', 'between', 'and', 'or']);
export const NAME_STOP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'and', 'or', 'but', 'he', 'she', 'it', 'they', 'we', 'i', 'his',
  'her', 'its', 'their', 'this', 'that', 'these', 'those', 'there', 'when', 'after', 'before', 'while', 'since', 'as', 'if',
  ...CALENDAR_WORDS, 'ministry', 'party', 'government', 'council', 'committee', 'union',
  'foreign', 'defense', 'defence', 'interior', 'affairs', 'state', 'national', 'office', 'department', 'army', 'police',
  'court', 'assembly', 'parliament', 'agency', 'bank', 'group', 'news', 'university', 'airport', 'street', 'square',
  'river', 'lake', 'mountains', 'corridor', 'region', 'province', 'city', 'district', 'republic', 'kingdom', 'federation',
  'prime', 'deputy', 'acting', 'former', 'first', 'new', 'however', 'meanwhile', 'also', 'yet', 'still', 'so', 'according',
  // Sentence adverbs: "Nevertheless, the president said" names no one.
  ...LINKING_ADVERBS,
  'mr', 'mrs', 'ms', 'dr', 'gen', 'with', 'by', 'from', 'last', 'next', 'some', 'all', 'both', 'each', 'one', 'two',
  'asked', 'under', 'over', 'about', 'into', 'during', 'despite', 'although', 'because', 'today', 'yesterday', 'tomorrow',
  'north', 'south', 'east', 'west', 'central', 'western', 'eastern', 'northern', 'southern', 'christmas', 'easter',
  'ramadan', 'reuters', 'afp', 'ap', 'tass', 'ria', 'bbc', 'cnn', 'twitter', 'facebook', 'telegram', 'internet', 'covid',
]);
export const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'abu', 'ben', 'dos', 'das', 'y']);

// Lowercase role nouns that introduce a person by name, beyond the titles.
export const ROLE_NOUNS = new Set([
  'runner', 'athlete', 'player', 'rider', 'driver', 'cyclist', 'swimmer', 'boxer', 'skier', 'sprinter', 'winger',
  'teammate', 'lawyer', 'teacher', 'rescuer', 'baker', 'farmer', 'doctor', 'nurse', 'scientist', 'economist',
  'journalist', 'reporter', 'photographer', 'activist', 'investigator', 'researcher', 'epidemiologist', 'historian',
  'writer', 'author', 'novelist', 'artist', 'singer', 'actor', 'actress', 'director', 'producer', 'entrepreneur',
  'businessman', 'businesswoman', 'billionaire', 'tycoon', 'oligarch', 'blogger', 'dissident', 'witness', 'survivor',
  'resident', 'student', 'veteran', 'soldier', 'officer', 'pilot', 'engineer', 'architect', 'surgeon', 'pianist',
  'whistleblower', 'defendant', 'suspect', 'victim', 'skipper', 'keeper', 'international',
]);
// Kin a name's possessive stands before ("X's father", "X's great-uncle"): only a person has them.
export const KIN_NOUNS = [
  'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'parents', 'grandmother', 'grandfather',
  'grandparents', 'grandmothers', 'grandfathers', 'uncle', 'aunt', 'cousin', 'cousins', 'great-uncle', 'great-aunt',
  'stepmother', 'stepfather', 'stepson', 'stepdaughter', 'widow', 'widower', 'nephew', 'niece', 'fiancee', 'fiance', 'relatives',
  'sons', 'daughters', 'brothers', 'sisters', 'dad', 'mom', 'mum',
];
/** The kin nouns as a set, for a word-by-word test. */
export const KIN_NOUN_SET: ReadonlySet<string> = new Set(KIN_NOUNS);
/** After a name: its possessive and a kin noun ("'s father", "'s two cousins"), the kin being someone else. */
export const KIN_AFTER = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${KIN_NOUNS.join('|')})(?![\\p{L}-])`, 'u');
// Words that make a title one held before: its holder is no member of the body now ("a former chairman of X").
export const PAST_OFFICE_WORDS = new Set(['former', 'onetime', 'one-time', 'ex', 'retired', 'late', 'erstwhile']);
export const CORPORATE_TITLE = /\b(?:chief|executive|ceo|cfo|chairman|chairwoman|chair|director|founder|president|officer)\b/;
export const SPORT_TITLE = /\b(?:manager|coach|captain|striker|forward|midfielder|defender|goalkeeper|winger|keeper|skipper)\b/;
export const STATE_TITLE = /\b(?:minister|premier|president|chancellor|king|queen|emir|sultan|general|commander|chief|ambassador|envoy|governor|secretary|spokesman|spokeswoman|spokesperson|speaker|deputy)\b/;

// Words that open a storm's name ("Hurricane Vela", "Tropical Storm Ana", "Super Typhoon Kai"); "tropical" and
// "super" only before one of them or "depression" ("Tropical Medicine Reports" is a journal).
export const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'superstorm']);

// Short forms of first names and the names they shorten: "Marty Lenz" and "Martin Lenz" in one report are one
// person. Only common English pet names; a short form of two names lists both.
export const FIRST_NAME_SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  al: ['albert', 'alan', 'alfred'], alex: ['alexander'], andy: ['andrew'], ben: ['benjamin'], bill: ['william'],
  billy: ['william'], bob: ['robert'], bobby: ['robert'], charlie: ['charles'], chuck: ['charles'], chris: ['christopher'],
  dan: ['daniel'], danny: ['daniel'], dave: ['david'], dick: ['richard'], don: ['donald'], doug: ['douglas'],
  ed: ['edward'], eddie: ['edward'], fred: ['frederick'], greg: ['gregory'], hank: ['henry'], jack: ['john'],
  jeff: ['jeffrey'], jerry: ['gerald', 'jerome'], jim: ['james'], jimmy: ['james'], joe: ['joseph'], johnny: ['john'],
  ken: ['kenneth'], larry: ['lawrence'], liz: ['elizabeth'], marty: ['martin'], matt: ['matthew'], mike: ['michael'],
  nick: ['nicholas'], pat: ['patrick', 'patricia'], pete: ['peter'], rick: ['richard'], rob: ['robert'], ron: ['ronald'],
  sam: ['samuel', 'samantha'], steve: ['stephen', 'steven'], sue: ['susan'], ted: ['edward', 'theodore'], tom: ['thomas'],
  tommy: ['thomas'], tony: ['anthony'], will: ['william'],
}));

// A party's member, which ends a description, never a name: "a grandstanding Varno Republican has subpoenaed …".
export const PARTY_MEMBER_NOUNS = new Set(['republican', 'republicans', 'democrat', 'democrats', 'tory', 'tories', 'socialist', 'socialists', 'communist', 'communists', 'conservative', 'conservatives', 'liberal', 'liberals', 'libertarian']);

// Capitalised words that open a place's name ("New York", "South Dakota", "San Luis"): a word after one of them
// before a title is the place's second word, no body of its own ("New York governor X").
export const PLACE_OPENERS = new Set(['new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'saint', 'st', 'san', 'santa', 'los', 'las', 'fort', 'port', 'mount', 'upper', 'lower', 'great']);

// The name of unnamed kin told by whose it is ("Roth's mother"): no longer form of the owner's name.
export const KIN_DESCRIPTION = /['’]s\s+\p{Ll}/u;

// Words that open only a place's name, never a person's ("Mount Pleasant", "Fort Dale", "Port Ellis", "Cape Roan").
export const PLACE_ONLY_OPENERS = new Set(['mount', 'mt', 'fort', 'ft', 'port', 'cape']);

// Plain nouns of people who gather or go somewhere as a crowd ("thousands of people rallied", "fans gathered",
// "mourners filed past"): where they do it only hosts them.
export const CROWD_NOUNS = new Set(['people', 'crowd', 'crowds', 'thousands', 'hundreds', 'mourners', 'marchers', 'worshippers', 'worshipers', 'pilgrims', 'spectators', 'tourists', 'shoppers', 'passengers', 'commuters', 'children', 'women', 'men', 'families', 'supporters', 'onlookers']);

