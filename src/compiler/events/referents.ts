// What "he", "it", "they", "the company" stand for, read over the whole
// article: a label says who did what by name, never by a pronoun or a generic
// description. Sentence by sentence the tracker notes the people named (the
// actor stage's people, and names written like a person's: "Ilse Marow",
// later "Marow") and each sentence's subject, by name or through its own
// pronoun. A pronoun that opens a sentence means the last sentence's subject;
// one inside a sentence its own subject, else the person the headline names
// (the story's protagonist), else the last one named. Pure: sentences and
// mentions in, a lookup out.
import type { Actor } from '../../model/schema';
import type { ActorMention } from '../actors/extractActors';
import type { Sentence } from '../text/segment';
import { KIN_NOUN_SET, KIN_NOUNS, ROLE_NOUNS } from '../actors/peopleWords';
import { AGENT_NOUNS } from '../actors/organisationWords';
import { gazetteer } from '../actors/gazetteer';
import { tokenKey } from '../text/tokens';
import { CALENDAR_WORDS, alternation, DETERMINERS, PERSON_DESCRIPTION_NOUNS, FUNCTION_WORDS, IRREGULAR_PAST, LINKING_ADVERBS, MODAL_VERBS, NOT_PAST_ED, REPORTING_VERB_SET, SUBJECT_ADVERBS, isSentenceAdverb, literal } from '../text/lexicon';
import { NUMBER_FIRST_WORDS, ORDINAL_WORDS } from '../temporal/resources/patterns';
import { isExpletiveIt } from './expletiveIt';

/** How far back (in sentences) a pronoun looks for what it stands for. */
const LOOK_BACK = 6;

type Kind = 'person' | 'thing';

interface Named {
  name: string;
  kind: Kind;
  /** A list of names ("Varno, Peltz and Ostra") or a plural noun ("Varnese troops"): what "they" can stand for. */
  plural?: boolean;
  /** Absolute offset of the mention in the article text. */
  at: number;
}

export interface Referents {
  /**
   * The name a pronoun or generic description stands for, given where it is
   * (absolute offset) in sentence `index`; null when nothing fits.
   */
  nameFor(word: string, index: number, at: number): string | null;
  /** The subject of sentence `index` ("Brenmark Foods" in "Brenmark Foods said …", "Appeal" in "The appeal … was"), with its pronoun resolved. */
  subjectOf(index: number): string | null;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers']);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** A verb of saying and the first word of the clause said ("said that Tomas …", "says the …"). */
// (A day between them is no word of the clause: "said on Monday that …".)
const REPORTED_SUBJECT = new RegExp(String.raw`\b(${[...REPORTING_VERB_SET].join('|')})\s+(?:(?:on|last|this|late|early)\s+\p{L}+\s+|yesterday\s+|today\s+)?(?:that\s+)?([\p{L}'’-]+)`, 'gu');
/** "The three", "both": a group counted, which stands for a list of as many names told before. */
const GROUP_COUNTS = new Map([['both', 2], ['two', 2], ['three', 3], ['four', 4], ['five', 5]]);
const LIST_ITEM = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const NAME_LIST = new RegExp(String.raw`(?<![\p{L}'’-]\s?)${LIST_ITEM}(?:,\s+${LIST_ITEM}){0,3},?\s+and\s+${LIST_ITEM}`, 'gu');
/** A subject that is a list of names, whole: "Varno, Peltz and the Ostra Republic can …". */
const LIST_SUBJECT = new RegExp(String.raw`^\W*(${LIST_ITEM}(?:,\s+${LIST_ITEM}){0,3},?\s+and\s+${LIST_ITEM})\s*$`, 'u');
/** A subject that is a group counted: "The three are …", "Both have …". */
const COUNTED_SUBJECT = /^\W*(?:the\s+)?(two|three|four|five|both)\s*$/i;


/** The lower-case words of a phrase. */
export function wordsOf(phrase: string): string[] {
  return phrase.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
}

/** Where a name is written in a text, as whole words. */
function positionsOf(text: string, form: string): number[] {
  return wordStarts(text, form).filter((p) => p.closed).map((p) => p.at);
}

/**
 * Where a name is written in a text with a word's edge before it; `closed` when a word's edge follows it too. A
 * prefix of the text that ends right after the name holds it as a whole word either way.
 */
function wordStarts(text: string, form: string): { at: number; closed: boolean }[] {
  const out: { at: number; closed: boolean }[] = [];
  if (form.length < 3) return out;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ')) out.push({ at, closed: !/[\p{L}\p{N}]/u.test(text[at + form.length] ?? ' ') });
  }
  return out;
}

/** Names as a list: "Varno and Peltz", "Varno, Peltz and Ostra". */
function andList(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** Whether a name stands for many: a list ("Varno and Peltz") or a name with a plural noun ("Varnese troops"). */
function isPluralName(name: string): boolean {
  // ("Analysts at Hollis Bank": a plural noun before a name's preposition.)
  return /,|\sand\s/.test(name) || /\s\p{Ll}[\p{Ll}-]*[^s'’]s$/u.test(name) || /^\p{L}[\p{Ll}-]*[^s'’]s\s+(?:at|of|from|in|for|with)\s/u.test(name);
}

/** A word with a capital first letter. */
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Whether a noun names a person by what they are or do ("mayor", "lawyer", "sister"). */
export function isPersonNoun(word: string): boolean {
  return TITLES.has(word) || OCCUPATIONS.has(word) || ROLE_NOUNS.has(word) || KIN_NOUN_SET.has(word);
}
/** A name's possessive before one of its kin ("Ana Brel's sister"): someone else, a person, not the name. */
const SINGLE_KIN = new RegExp(`['’]s\\s+(?:${KIN_NOUNS.filter((k) => !/s$/.test(k)).join('|')})$`, 'u');
const THING_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them']);
const MANY_PRONOUNS = new Set(['they', 'their', 'them']);
/** Descriptions that as often stand for people gathered as for a body: "the group", "the team". */
const PEOPLE_HEADS = new Set(['group', 'team', 'side']);
/** Descriptions a body's name itself holds ("the union" of "the Dock Workers' Union"), unlike "the company" or "the club". */
const NAMED_HEADS = new Set(['union', 'party', 'court', 'ministry', 'agency', 'department', 'committee', 'council', 'board', 'bank', 'newspaper', 'network', 'organisation', 'organization']);
/** Heads of descriptions that stand for a named organisation ("the company", "the airline"). */
export const GENERIC_HEADS = new Set([
  'company', 'firm', 'chain', 'retailer', 'carrier', 'airline', 'bank', 'lender', 'insurer', 'automaker', 'carmaker',
  'vendor', 'contractor', 'supplier', 'group', 'agency', 'ministry', 'department', 'court', 'club', 'team', 'side',
  'union', 'party', 'board', 'committee', 'council', 'organisation', 'organization', 'network', 'operator', 'utility',
  'manufacturer', 'maker', 'giant', 'conglomerate', 'broadcaster', 'publisher', 'newspaper', 'band', 'label', 'studio',
  'thrift', 'brokerage',
]);

/** "companies", "airlines", "parties": the plural of a description of a body, which stands for bodies named before. */
function isGenericPlural(word: string): boolean {
  const w = word.toLowerCase();
  return /s$/.test(w) && (GENERIC_HEADS.has(w.replace(/ies$/, 'y')) || GENERIC_HEADS.has(w.replace(/s$/, '')));
}

/** "Marlow officials", "Telsey executives": a body's name before a plural noun of its people. */
const STAFF_OF = /^(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s+(\p{Ll}+s)$/u;

const AUXILIARY = new RegExp(`^(?:${alternation(['is', 'are', 'was', 'were', 'has', 'have', 'had', ...MODAL_VERBS, 'does', 'did', 'do', 'says', 'say'])})$`);

/** Whether a lower-case word reads as the verb that ends a sentence's subject. */
function isVerb(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z’'-]/g, '');
  if (!w) return false;
  if (AUXILIARY.test(w) || REPORTING_VERB_SET.has(w) || IRREGULAR_PAST.has(w)) return true;
  return /^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.has(w);
}

const NAME_RUN = /(?:\p{Lu}[\p{L}\p{N}'’.&-]*)(?:\s+(?:of|de|du|von|van|and|&|for)?\s*\p{Lu}[\p{L}\p{N}'’.&-]*)*/u;
// A subordinate clause opening a sentence, up to its subject ("Ever since he …", "When she …").
const SUBORDINATE_OPENING = /^\W*(?:ever\s+since|since|when|after|before|because|although|though|while|once|until)\s+$/i;
const OPENING_PHRASE = /^(?:(?:on|in|at|after|before|during|since|by|back|late|early|earlier|later|last|this|meanwhile|however|separately|also|according)\b[^,]{0,80},\s*|(?:yesterday|today|tomorrow|tonight),\s*)/i;

/** The words before a sentence's first verb, after any opening phrase and without brackets; null when no verb comes early. */
function subjectWords(text: string): { words: string; from: number; end: number } | null {
  const t = text.replace(/\([^)]{0,40}\)/g, (m) => ' '.repeat(m.length));
  const opening = OPENING_PHRASE.exec(t);
  // ("Yesterday it closed at …": a day named by its distance from today opens the sentence without a comma.)
  const from = opening ? opening[0].length : (/^\W*(?:yesterday|today|tomorrow|tonight)\s+(?=\p{Ll})/iu.exec(t)?.[0].length ?? 0);
  const re = /\S+/g;
  re.lastIndex = from;
  let count = 0;
  let previous = '';
  for (let m = re.exec(t); m; m = re.exec(t)) {
    // ("The sweetened offer has …": an "-ed" word after "the" is an adjective.)
    if (count > 0 && /^\p{Ll}/u.test(m[0]) && isVerb(m[0]) && !DETERMINERS.has(previous)) return { words: t.slice(from, m.index), from, end: m.index };
    previous = m[0].toLowerCase();
    if (++count > 16) return null;
  }
  return null;
}

/** The subject as a short noun phrase: "The appeal launched by …" is "appeal"; "Elm, 61, a former mayor" is "Elm". */
function subjectPhrase(words: string): string {
  let head = words.replace(/\s+/g, ' ').trim();
  // "Elm, 61, …", "thousands of women -- many carrying children -- marched": an aside after a comma or a dash ends it.
  const comma = head.search(/,|\s(?:--?|–|—)\s/);
  if (comma > 0) head = head.slice(0, comma);
  // A participle or relative clause after the noun ends the phrase: "The appeal launched by …".
  head = head.replace(/\s+(?:who|which|that|whose|where|when)\b.*$/i, '').replace(/\s+(?:[a-z]+ed|[a-z]+ing)\s+(?:by|in|at|on|from|to|for|with)\b.*$/, '');
  return head.replace(/^(?:the|a|an)\s+/i, '').replace(/[,.;:]+$/, '').trim();
}

/**
 * The named subject at the start of a sentence: the words before its first
 * verb, without an opening phrase ("On Thursday, …"), brackets and
 * appositions, when they hold a capitalised name ("The Czech Central Bank
 * (CCB) raised …" is "Czech Central Bank").
 */
export function namedSubject(text: string): string | null {
  const subject = subjectWords(text);
  if (!subject) return null;
  const head = subjectPhrase(subject.words);
  const run = NAME_RUN.exec(head);
  // "The center of Hurricane Maria" is named by Maria; "the impact on the territory" by nothing.
  if (!run || (run.index > 0 && !/^[\p{Ll}\s-]+\sof\s(?:the\s)?$/u.test(head.slice(0, run.index)))) return null;
  // "Thousands of Varnese women": the name qualifies the noun after it, which is the subject's head, not the name.
  if (run.index > 0 && /\S/.test(head.slice(run.index + run[0].length))) return null;
  let name = run[0].replace(/\s+(?:of|de|du|von|van|and|&|for)$/, '').trim();
  // "With their seats secure, they …", "Until Thursday, they …": a capitalised preposition opens a phrase, not a name;
  // "On Tuesday Lumera said …": the name comes after the phrase's date.
  if (run.index === 0 && OPENING_WORDS.has(name.split(/\s+/)[0]!.toLowerCase())) {
    const rest = name.split(/\s+/).slice(1);
    while (rest.length > 0 && CALENDAR_WORDS.has(rest[0]!.toLowerCase().replace(/[.,]$/, ''))) rest.shift();
    // ("For more than a decade the Varno Group tried …": a name that ends the words before the verb is the subject.)
    const last = /(?:^|\s)(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}'’.&-]*)$/u.exec(head);
    if (rest.length === 0 && last && last.index > run[0].length && !CALENDAR_WORDS.has(last[1]!.toLowerCase())) return last[1]!;
    if (rest.length === 0 || name.split(/\s+/).length - rest.length < 2) return null;
    name = rest.join(' ');
  }
  // One capitalised word opening the sentence may be an ordinary word: "Officials", "Fortunately", "Some".
  if (!/\s/.test(name) && run.index === 0 && !canBeName(name)) return null;
  // "Varnese troops", "Kessaro dockworkers": a name that qualifies a plain noun names the noun, the subject.
  const noun = run.index === 0 ? /^\s+((?:\p{Ll}[\p{Ll}-]*\s*){1,2})$/u.exec(head.slice(run[0].length)) : null;
  // ("Ana Brel apparently is …", "Varnese troops reportedly fired": an adverb after the name or the noun is no word of it.)
  const nounWords = noun ? noun[1]!.trim().split(/\s+/) : [];
  const adverbAt = nounWords.findIndex(isSentenceAdverb);
  const kept = adverbAt < 0 ? nounWords : nounWords.slice(0, adverbAt);
  if (kept.length > 0 && !kept.some((w) => FUNCTION_WORDS.has(w))) return `${name} ${kept.join(' ')}`;
  return name.replace(/\.$/, (dot) => (/\b(?:Inc|Corp|Co|Ltd|Jr|Sr)\.$/.test(name) ? dot : ''));
}

const NOT_NAMES = new Set([
  'this', 'that', 'these', 'those', 'there', 'here', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'some', 'many', 'most',
  'all', 'both', 'each', 'another', 'other', 'such', 'no', 'one', 'none', 'few', 'several', 'police', 'people', 'data',
  'everyone', 'nobody', 'what', 'which', 'who', 'whoever', 'if', 'when', 'while', 'as', 'but', 'and', 'so', 'yet', 'his', 'her', 'its', 'their',
  'the', 'a', 'an',
  // "Yesterday it closed at …": a day named by its distance from today opens a date phrase, not a name.
  'yesterday', 'today', 'tomorrow', 'tonight',
]);

/** Prepositions and link words that open a sentence's phrase before its subject. */
const OPENING_WORDS = new Set([
  'with', 'without', 'until', 'till', 'amid', 'despite', 'under', 'for', 'from', 'to', 'of', 'at', 'in', 'on', 'by', 'after',
  'before', 'during', 'since', 'among', 'unlike', 'like', 'upon', 'following', 'once', 'because', 'although', 'though',
  // ("Beneath the jargon lies a threat …", "Behind the deal stood …": a place's preposition too.)
  'beneath', 'behind', 'below', 'beyond', 'inside', 'outside', 'within', 'throughout', 'across', 'against', 'along',
  'around', 'near', 'over', 'between', 'through', 'toward', 'towards', 'beside', 'besides', 'unless', 'whether',
]);

/** Words that open a count ("Four times, …", "Twelve miners were …"): a capitalised one is no name. */
const COUNT_WORDS: ReadonlySet<string> = new Set(NUMBER_FIRST_WORDS);

/** Whether one capitalised word opening a sentence can be a name ("Brenmark", "Delta's"), not "Officials" or "Fortunately". */
function canBeName(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_NAMES.has(w) || COUNT_WORDS.has(w) || LINKING_ADVERBS.includes(w) || /(?:ly|ed|ing)$/.test(w)) return false;
  // A plural common noun ("Officials", "Tributes"); a possessive ("Brenmark's") is a name.
  return !(/s$/.test(w) && !/['’]s$/.test(w));
}

// Words that make a capitalised run a body, a place or a title rather than a person's name.
const NOT_PERSON_WORDS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group', 'holdings', 'bank', 'court', 'ministry', 'university', 'college', 'school',
  'association', 'national', 'federal', 'department', 'street', 'road', 'avenue', 'park', 'station', 'airport', 'hospital',
  'index', 'prize', 'award', 'cup', 'league', 'party', 'council', 'committee', 'commission', 'agency', 'organization',
  'organisation', 'service', 'air', 'force', 'army', 'navy', 'police', 'news', 'times', 'post', 'journal', 'herald', 'press',
  'union', 'states', 'kingdom', 'republic', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'new', 'saint', 'san', 'santa', 'los', 'las', 'mount', 'lake', 'river', 'island', 'islands', 'city', 'county', 'state',
  'world', 'global', 'international', 'general', 'motors', 'airlines', 'lines', 'foods', 'goods', 'center', 'centre',
  'institute', 'foundation', 'fund', 'office', 'house', 'senate', 'congress', 'parliament', 'assembly', 'government',
  'company', 'corporation', 'industries', 'systems', 'technologies', 'media', 'network', 'club', 'team', 'fc', 'united',
  'communications', 'enterprises', 'services', 'partners', 'products', 'software', 'energy', 'airways', 'pharmaceuticals',
  'day', 'eve', 'week', 'month', 'year', 'festival', 'games', 'olympics',
  'reserve', 'exchange', 'market', 'markets', 'stock', 'average', 'composite', 'space', 'mission', 'laboratory', 'rover',
  'hurricane', 'storm', 'typhoon', 'cyclone', 'volcano', 'bay', 'valley', 'coast', 'gulf', 'sea', 'ocean', 'district',
  'province', 'region', 'section', 'library', 'square', 'bridge', 'tower', 'hall', 'church', 'cathedral', 'museum', 'gallery', 'theatre', 'theater',
  'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'prime', 'chief', 'secretary', 'king', 'queen', 'prince', 'pope', 'chair',
  'chairman', 'director', 'governor', 'mayor', 'senator', 'judge', 'justice', 'general', 'captain', 'coach',
]);

// Titles written before a name ("Foreign Minister Ana Brel", "President Tomas Orlan").
export const TITLES: ReadonlySet<string> = new Set([
  'minister', 'president', 'secretary', 'chairman', 'chairwoman', 'director', 'governor', 'mayor', 'senator', 'judge',
  'general', 'captain', 'coach', 'king', 'queen', 'prince', 'princess', 'pope', 'chief', 'chair', 'ambassador', 'commissioner',
  'spokesman', 'spokeswoman', 'premier', 'chancellor', 'sheriff', 'lt', 'col', 'gen', 'sgt', 'capt', 'rep', 'sen', 'gov',
]);

// Occupations written before a name with a capital at a sentence's start ("Novelist Ana Brel"): not part of it.
const OCCUPATIONS = new Set([
  'novelist', 'author', 'writer', 'poet', 'actor', 'actress', 'singer', 'artist', 'producer', 'player', 'striker',
  'defender', 'goalkeeper', 'manager', 'lawyer', 'journalist', 'reporter', 'spokesman', 'spokeswoman', 'scientist',
  'professor', 'officer', 'sergeant', 'detective', 'activist', 'leader', 'founder', 'owner', 'rapper', 'composer',
  'painter', 'photographer', 'designer', 'architect', 'dancer', 'chef', 'economist', 'historian', 'astronaut', 'pilot',
]);

/** Whether a word is a nation's adjective ("American", "German"), as the gazetteer knows them. */
function isDemonym(word: string): boolean {
  return (gazetteer().trie.next.get(tokenKey(word))?.entries ?? []).some((e) => e.type === 'demonym');
}

/** Names written like a person's in a text: two or three capitalised words, none of them a body's, place's or title's. */
function personNames(text: string, offset: number): Named[] {
  const out: Named[] = [];
  const re = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:[ -]\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}'’])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let run = m[1]!;
    let index = m.index;
    // "Foreign Minister Jan Kovar": a title inside the run; the name starts after it, so the search goes on from there.
    // (Only where the run is no person's as it stands: "Chancellor Varga" is kept whole, as before.)
    const title = run.split(/\s+/).slice(0, -1).findLastIndex((w) => TITLES.has(w.toLowerCase().replace(/\.$/, '')) && NOT_PERSON_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
    if (title >= 0) {
      const after = run.split(/\s+/).slice(0, title + 1).join(' ').length + 1;
      re.lastIndex = m.index + after;
      continue;
    }
    const occupation = /^(\p{Lu}\p{Ll}+)\s+/u.exec(run);
    if (occupation && OCCUPATIONS.has(occupation[1]!.toLowerCase()) && run.split(/\s+/).length === 3) {
      run = run.slice(occupation[0].length);
      index += occupation[0].length;
    }
    const words = run.split(/[\s-]+/);
    // ("Jan Kavan": a month's short form without its full stop, before a surname, is a first name.)
    const calendar = (w: string, i: number) => CALENDAR_WORDS.has(w.toLowerCase()) && !(i === 0 && words.length > 1 && /^\p{Lu}\p{Ll}{2}$/u.test(w) && !/^(?:May|Sun|Mon|Tue|Wed|Thu|Fri|Sat)$/.test(w));
    if (words.some((w, i) => NOT_PERSON_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || calendar(w, i) || /['’]s$/.test(w))) continue;
    if (NOT_NAMES.has(words[0]!.toLowerCase()) || /^(?:The|A|An)$/.test(words[0]!)) continue;
    // ("American Medical", "Varnese Holdings": a run that opens on a nation's adjective names a body, not a person.)
    if (isDemonym(words[0]!)) continue;
    // "Nobel Prize winner Ana Brel": a run right before a lower-case noun is a modifier; one after a capital, part of a longer name.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    // ("Foreign Minister Ana Brel": a title before the name is no part of it.)
    const prior = /(\p{Lu}[\p{L}.]*)\s$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (prior && !/[,;:]\s$/.test(before) && !TITLES.has(prior[1]!.toLowerCase().replace(/\.$/, ''))) continue;
    out.push({ name: run, kind: 'person', at: offset + index });
  }
  return out;
}

/** What a label asks for a person described by age ("year-old teacher" for "a 45-year-old teacher"): who the text identifies them as. */
export const AGED_DESCRIPTION = 'year-old';
/** What a label asks for a person described without a name ("a friend of the suspect"), told of again by a pronoun. */
export const DESCRIBED_PERSON = 'described';
/** The word nameFor reads as "whose results these are": the company the article's lead tells of. */
export const RESULTS_OWNER = 'results-owner';
const REINTRODUCED = /^\W*((?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}'’-]+),\s+(\d{1,3}),/u;
const PERSON_PRONOUN_AFTER = /\b(?:she|he|her|his|him)\b/i;
// "… police said, identifying her as Ana Brel", "Police named him as Ivo Marn": the name given to one described before.
// (Only "him", "her", "the victim" or the noun described: "identified the suspect as …" names someone else.)
const IDENTIFIED_AS = /\b(?:identified|identifying|named|naming)\s+(him|her|the\s+(?:victim|dead\s+)?(\p{Ll}+))\s+as\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)/u;

export function trackReferents(sentences: Sentence[], mentions: ActorMention[][], actorsById: Map<string, Actor>, title = ''): Referents {
  // Full names by their last word, so "Marow" later is "Ilse Marow".
  const bySurname = new Map<string, string>();
  const count = new Map<string, number>();
  const people: Named[][] = [];
  const things: Named[][] = [];
  const subjects: Array<Named | null> = [];
  const titlePeople = new Set<string>();

  // A full name is that person ("Ana Brel"); a surname alone is the last full name written with it, so a family's
  // "Brel" is the Brel just named, not the first one the article met.
  const person = (name: string): string => {
    const words = name.split(' ');
    if (words.length === 1) return bySurname.get(name) ?? name;
    bySurname.set(words[words.length - 1]!, name);
    return name;
  };
  // Each sentence's subject words, read once: for its subject here, and again when a label asks for it (subjectOf).
  const wordsBySentence = new Map<number, ReturnType<typeof subjectWords>>();
  const subjectWordsOf = (i: number): ReturnType<typeof subjectWords> => {
    if (!wordsBySentence.has(i)) wordsBySentence.set(i, subjectWords(sentences[i]!.text));
    return wordsBySentence.get(i) ?? null;
  };
  const window = (index: number) => Array.from({ length: Math.min(LOOK_BACK, index + 1) }, (_, k) => index - k);
  // "Varno, Peltz and Ostra joined on Monday. … The three are expected to …": the latest list of as many names.
  const listOf = (size: number, index: number, at: number): string | null => {
    for (const i of window(index)) {
      const s = sentences[i]!;
      const lists = [...s.text.matchAll(NAME_LIST)].filter((m) => i < index || s.start + m.index < at);
      for (const m of lists.reverse()) if (m[0].split(/,\s+|,?\s+and\s+/).length === size) return m[0];
    }
    return null;
  };
  // The title's names are read once; who each stands for is asked again after every sentence, as surnames are learnt.
  const titleNames = personNames(title, 0);
  for (const p of titleNames) titlePeople.add(person(p.name));

  sentences.forEach((s, i) => {
    const ps: Named[] = [];
    const ts: Named[] = [];
    // Full names as written ("Tomas Brel"): they win over the actor a mention inside them was filed under, so one
    // family's "Ana Brel" and "Tomas Brel" stay two people.
    const runs = personNames(s.text, s.start);
    // People in the order written, each read through person() in that order (a surname means the last one named).
    const found: Array<{ at: number; name: () => string }> = [];
    for (const m of mentions[i] ?? []) {
      const actor = actorsById.get(m.actorId);
      if (!actor || m.end <= m.start) continue;
      // A name with a body's or a place's word in it ("Hurricane Maria") is no person, whatever its kind says.
      if (actor.kind === 'person' && !actor.name.split(/\s+/).some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()))) {
        if (!runs.some((r) => r.at <= m.start && m.end <= r.at + r.name.length)) found.push({ at: m.start, name: () => person(actor.name) });
      } else if (actor.kind === 'person') ts.push({ name: actor.name, kind: 'thing', at: m.start });
      else if (actor.kind === 'organization' || actor.kind === 'group') ts.push({ name: actor.name, kind: 'thing', at: m.start });
    }
    for (const p of runs) {
      if (!found.some((x) => Math.abs(x.at - p.at) < p.name.length)) found.push({ at: p.at, name: () => person(p.name) });
    }
    for (const f of found.sort((a, b) => a.at - b.at)) ps.push({ name: f.name(), kind: 'person', at: f.at });
    // A surname alone, once the full name is known ("Marow said …").
    for (const m of s.text.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?![\p{L}])/gu)) {
      const full = bySurname.get(m[0]);
      if (full && !ps.some((x) => x.at <= s.start + m.index && s.start + m.index < x.at + x.name.length)) ps.push({ name: full, kind: 'person', at: s.start + m.index });
    }
    ps.sort((a, b) => a.at - b.at);
    for (const p of ps) count.set(p.name, (count.get(p.name) ?? 0) + 1);
    for (const p of titleNames) titlePeople.add(person(p.name));

    // The sentence's subject: a person named before its verb, a named thing, or what its pronoun stands for.
    const words = s.role === 'body' || s.role === 'standfirst' ? subjectWordsOf(i) : null;
    let subject: Named | null = null;
    if (words) {
      const end = s.start + words.end;
      const named = namedSubject(s.text);
      // A person named in an opening phrase ("In a march demanding Ana's return, thousands …") is not the subject.
      const from = /^\W*(?:on|in|at|after|before|during|since|by|according)\b/i.test(s.text) ? s.start + words.from : s.start;
      const who = ps.find((p) => p.at >= from && p.at < end);
      const phrase = subjectPhrase(words.words);
      const pronoun = /^(?:\W*)(he|she|it|they)\b/i.exec(phrase);
      // "His van was towed …": the subject is what the person owns, never the person.
      const owned = /^(?:\W*)(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(\p{Ll}[\p{Ll}\s-]*)$/u.exec(phrase);
      const list = LIST_SUBJECT.exec(words.words);
      // "The two ministers met …", which the actor stage read as the two it stands for: they are the subject, together.
      const spans = new Map<string, string[]>();
      for (const m of mentions[i] ?? []) {
        const a = actorsById.get(m.actorId);
        // (The phrase is the subject's head, where it opens: "Negotiators from the two countries" are not the countries.)
        const opens = !/\S/.test(s.text.slice(words.from, m.start - s.start).replace(/["“'‘]/g, ''));
        if (a && opens && m.end <= end && !/^\p{Lu}/u.test(m.text.replace(/^the\s+/i, ''))) spans.set(`${m.start}:${m.end}`, [...(spans.get(`${m.start}:${m.end}`) ?? []), a.name]);
      }
      const many = [...spans.entries()].find(([, names]) => new Set(names).size >= 2);
      const together: Named | null = many ? { name: andList([...new Set(many[1])]), kind: 'thing', plural: true, at: Number(many[0].split(':')[0]) } : null;
      const counted = COUNTED_SUBJECT.exec(words.words);
      const listCounted = counted ? listOf(GROUP_COUNTS.get(counted[1]!.toLowerCase())!, i, s.start) : null;
      // "Varno, Peltz and Ostra can now join …", "The three are expected to …": the list is the subject, which a
      // "they" after it stands for.
      if (list) subject = { name: list[1]!, kind: 'thing', plural: true, at: s.start + words.from };
      else if (listCounted) subject = { name: listCounted, kind: 'thing', plural: true, at: s.start + words.from };
      else if (together) subject = together;
      else if (owned) {
        const owner = who && who.at === s.start + words.from + subjectWordsOf(i)!.words.search(/\S/) ? who : null;
        subject = owner ? { name: `${owner.name}’s ${owned[1]!.trim()}`, kind: 'thing', at: owner.at } : null;
      } else if (named && /['’]s$/.test(named)) subject = { name: named, kind: 'thing', at: s.start };
      // "Tomas Brel's sister said she …": the subject is the one the name owns, not the name; one of a person's kin is
      // a person, whom a "he" or "she" after it means.
      else if (named && /['’]s\s+\p{Ll}/u.test(named)) subject = { name: named, kind: SINGLE_KIN.test(named) ? 'person' : 'thing', at: s.start };
      else if (who) subject = who;
      else if (named) subject = { name: named, kind: 'thing', plural: isPluralName(named), at: s.start };
      // "It was the third time that Ivo Marn had entered the site …": an "it" that stands for the clause after it is no
      // one's subject; the clause's own subject is the sentence's.
      else if (pronoun && isExpletiveIt(s.text.slice(words.from))) {
        const that = /\bthat\s+/.exec(s.text.slice(words.end));
        const from = that ? words.end + that.index + that[0].length : -1;
        const inner = that ? ps.find((p) => p.at === s.start + from) : undefined;
        const name = that && !inner ? namedSubject(s.text.slice(from)) : null;
        subject = inner ?? (name ? { name, kind: 'thing', plural: isPluralName(name), at: s.start + from } : null);
      } else if (pronoun) {
        const prev = subjects[i - 1];
        const kind: Kind = PERSON_PRONOUNS.has(pronoun[1]!.toLowerCase()) ? 'person' : 'thing';
        // ("They" carries on a list or a plural, "it" one thing.)
        const many = pronoun[1]!.toLowerCase() === 'they';
        if (prev && prev.kind === kind && (kind === 'person' || Boolean(prev.plural) === many)) subject = { ...prev, at: s.start };
      }
    }
    if (subject?.kind === 'thing') ts.unshift(subject);
    people.push(ps);
    things.push(ts.sort((a, b) => a.at - b.at));
    subjects.push(subject);
  });

  // "Pavel has been at the centre of a dispute since he was rescued": the actor stage may file a first name alone as
  // a body, but where one person of the article ("Pavel Lestko") goes by it, a "he" or "she" after it in its
  // sentence is that person. (A name the actor stage files as a body, "Lumera Cells", lends its first word to no one.)
  const bodies = new Set([...actorsById.values()].filter((a) => a.kind !== 'person').flatMap((a) => [a.name, ...a.aliases]));
  const byFirstName = new Map<string, string | null>();
  const fullNames = [...[...actorsById.values()].filter((a) => a.kind === 'person').map((a) => a.name), ...count.keys()];
  for (const name of new Set(fullNames)) {
    if (!/\s/.test(name) || bodies.has(name)) continue;
    const first = name.split(/\s+/)[0]!;
    byFirstName.set(first, byFirstName.has(first) && byFirstName.get(first) !== name ? null : name);
  }
  // The person a subject that is a thing stands for: the one-word name itself ("Pavel"), or its owner ("Pavel's
  // cousins have looked after him since …").
  const personOfThing = (subject: Named): string | null => {
    const word = /^(\p{Lu}[\p{Ll}'’-]+?)(?:['’]s\s+\p{Ll}[\p{Ll}\s-]*)?$/u.exec(subject.name)?.[1];
    return word ? byFirstName.get(word) ?? null : null;
  };

  // The last name told in the sentences a pronoun looks back over, before offset `at` (and of the kind `keep` asks).
  const latest = (lists: Named[][], index: number, at: number, keep: (n: Named) => boolean = () => true): Named | null => {
    for (const i of window(index)) {
      const list = lists[i]!.filter((n) => (i < index || n.at < at) && keep(n));
      if (list.length > 0) return list[list.length - 1]!;
    }
    return null;
  };
  const protagonist = (index: number): string | null => {
    const recent = new Set(window(index).flatMap((i) => people[i]!.map((p) => p.name)));
    for (const name of titlePeople) if (recent.has(name)) return name;
    return null;
  };
  // Without a headline to say whom the story is about: the person the article has named most so far, at least twice as
  // often as anyone else named in the sentences a pronoun looks back over, and named there too ("… ordered that Ilan go
  // back to his uncle, Juan Marn, by May, the month of his hearing": Ilan, not the uncle).
  const mainPerson = (index: number, at: number): string | null => {
    const times = new Map<string, number>();
    for (let i = 0; i <= index; i++) for (const p of people[i]!) if (i < index || p.at < at) times.set(p.name, (times.get(p.name) ?? 0) + 1);
    const recent = [...new Set(window(index).flatMap((i) => people[i]!.filter((p) => i < index || p.at < at).map((p) => p.name)))];
    const [top, next] = recent.sort((a, b) => (times.get(b) ?? 0) - (times.get(a) ?? 0));
    return top && (times.get(top) ?? 0) >= 2 * (next ? times.get(next) ?? 0 : 1) ? top : null;
  };
  const sameInBothClauses = (index: number, at: number, word: string): boolean => {
    const s = sentences[index]!;
    return SUBORDINATE_OPENING.test(s.text.slice(0, at - s.start)) && SUBJECT_PRONOUNS.has(word) &&
      new RegExp(`^${word}\\b[^,;]*,\\s*${word}\\b`, 'i').test(s.text.slice(at - s.start));
  };
  const mainClausePerson = (index: number, at: number, word: string): string | null => {
    const s = sentences[index]!;
    if (!SUBORDINATE_OPENING.test(s.text.slice(0, at - s.start)) || !SUBJECT_PRONOUNS.has(word)) return null;
    const comma = s.text.indexOf(',', at - s.start);
    if (comma < 0) return null;
    const opens = s.start + comma + 1 + (/^\s*/.exec(s.text.slice(comma + 1))?.[0].length ?? 0);
    return people[index]!.find((p) => p.at === opens)?.name ?? null;
  };
  const opensSentence = (index: number, at: number) => {
    const s = sentences[index]!;
    const head = s.text.slice(0, at - s.start);
    return head.trim() === '' || OPENING_PHRASE.test(head) && !/,[^,]*\S[^,]*$/.test(head.replace(OPENING_PHRASE, ''));
  };

  // What a name is, as the article tells it: one of its people (also by a first name or surname alone, "Ilko"), a
  // country, a body; a list or a plural.
  const actorKinds = new Map<string, Actor['kind']>();
  for (const a of actorsById.values()) for (const n of [a.name, ...a.aliases]) if (!actorKinds.has(n)) actorKinds.set(n, a.kind);
  // (A subject read without its full stop, "U.S", is the "U.S." the actor stage knows.)
  const kindOf = (name: string): Actor['kind'] | undefined => actorKinds.get(name) ?? actorKinds.get(`${name}.`);
  // (A name the actor stage knows goes by its kind there: "Pacific Trust Financial" is written like a person's name.)
  // ("Ilko", filed as a body, is the first name of "Ilko Salas", a person, or one of the family of "Tomas Salas", a
  // person the actor stage knows; "Lumera", a body, is only the first word of a run "Lumera Cells" written like a
  // person's name.)
  const familyNames = new Set([...actorsById.values()].filter((a) => a.kind === 'person').map((a) => a.name.split(/\s+/).pop()!));
  const isPerson = (name: string): boolean => {
    const full = /\s/.test(name) ? undefined : byFirstName.get(name) ?? bySurname.get(name);
    if (full && (actorKinds.get(full) === 'person' || familyNames.has(full.split(/\s+/).pop()!))) return true;
    const kind = kindOf(name);
    if (kind !== undefined) return kind === 'person' && !name.split(/\s+/).some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()));
    return count.has(name) || titlePeople.has(name);
  };
  // Whether a thing can be what the word stands for: "it" and a description ("the company") are one thing, no person;
  // "they" many; a description of a body no country.
  // ("Kellheim's mayor" is a person; "Tunisia" is a "they" where its own sentence calls it "their".)
  const fits = (word: string, n: Named): boolean => {
    // ("An IBM spokeswoman" is a person too.)
    if (n.kind === 'person' || isPerson(n.name) || isPersonNoun(/\s(\p{Ll}+)$/u.exec(n.name)?.[1] ?? '')) return false;
    // (A body's name with "and" in it, "Metal and Chemical Workers' Union", is one body.)
    const many = n.plural ?? (kindOf(n.name) === 'organization' ? false : isPluralName(n.name));
    if (MANY_PRONOUNS.has(word)) return many || calledMany(n);
    return !many && !(GENERIC_HEADS.has(word) && kindOf(n.name) === 'country');
  };
  // Whether the sentence that names a body goes on to call it "they" or "their", never "it" or "its".
  const calledMany = (n: Named): boolean => {
    const s = sentences.find((x) => x.start <= n.at && n.at < x.end);
    const after = s ? wordsOf(s.text.slice(n.at - s.start + n.name.length)) : [];
    return after.some((w) => MANY_PRONOUNS.has(w)) && !after.some((w) => w === 'it' || w === 'its');
  };
  // "The Harbour Authority chief toured the port" after "Director of the Harbour Authority (HA) Ivo Marn": a title after
  // a body's name stands for the one person the article named right after that name, within the same title.
  const titledPerson = (index: number, at: number): string | null => {
    const s = sentences[index]!;
    const body = /(?:^|\s)(?:the\s+)?((?:\p{Lu}[\p{L}.&'’-]*\s+){1,3})$/u.exec(s.text.slice(0, Math.max(0, at - s.start)))?.[1]?.trim();
    if (!body || kindOf(body) === 'country' || isDemonym(body.split(/\s+/)[0]!) || NOT_NAMES.has(body.toLowerCase())) return null;
    const found = new Set(titledBy(body).filter((p) => p.at < at).map((p) => p.name));
    return found.size === 1 ? [...found][0]! : null;
  };
  // The people the article names right after a body's name, found once per name over the whole article.
  const titled = new Map<string, Named[]>();
  const titledBy = (body: string): Named[] => {
    if (!titled.has(body)) {
      if (titled.size >= 1000) titled.clear();
      const re = new RegExp(String.raw`(?<![\p{L}])${literal(body)}(?![\p{L}])`, 'u');
      titled.set(body, sentences.flatMap((t, i) => people[i]!.filter((p) => {
        // (The name comes within a title's few words after the body's: "… Investigation (HI) Ivo Marn".)
        const lead = t.text.slice(Math.max(0, p.at - t.start - 60), p.at - t.start);
        return re.test(lead) && !/[.;]\s/.test(lead.slice(lead.search(re)));
      })));
    }
    return titled.get(body)!;
  };
  // A person described by age is the one its sentence or the next identifies by name ("identifying her as Ana Brel").
  const identifiedAs = (index: number, noun: string, age: string): string | null => {
    for (const j of [index, index + 1]) {
      const m = sentences[j] ? IDENTIFIED_AS.exec(sentences[j]!.text) : null;
      if (m && (!m[2] || m[2] === 'victim' || m[2] === noun)) return person(m[3]!);
    }
    // ("A 22-year-old student … . Ana Brel, 22, …": the next sentence opens on a new name with the same age.)
    const next = reintroduced(index);
    return next && next.age === age ? next.name : null;
  };
  // "A friend of the suspect said on Friday that she …. Ana Brel, 22, has denied …": a lead's described person, told of
  // again by a pronoun, is the new name the next sentence opens on, with an age after it.
  const reintroduced = (index: number): { name: string; age: string } | null => {
    const m = sentences[index + 1] ? REINTRODUCED.exec(sentences[index + 1]!.text) : null;
    if (!m) return null;
    const known = people.slice(0, index + 1).flat().map((p) => p.name);
    return known.some((k) => k === m[1] || k.endsWith(` ${m[1]!.split(' ').pop()}`)) ? null : { name: m[1]!, age: m[2]! };
  };
  const describedPerson = (index: number, at: number): string | null => {
    const s = sentences[index]!;
    // (Only in the lead, where news names the person it opened on by a description.)
    return index <= 1 && PERSON_PRONOUN_AFTER.test(s.text.slice(at - s.start)) ? reintroduced(index)?.name ?? null : null;
  };
  // "Net income rose 12% …": the one organization the lead names, told of most up to this sentence.
  const resultsOwner = (index: number): string | null => {
    const counts = new Map<string, number>();
    for (const list of mentions.slice(0, index + 1)) for (const m of list ?? []) if (actorsById.get(m.actorId)?.kind === 'organization') counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
    const lead = new Set(mentions.slice(0, 2).flatMap((list) => (list ?? []).map((m) => m.actorId)));
    const ranked = [...counts].filter(([id]) => lead.has(id)).sort((x, y) => y[1] - x[1]);
    return ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? actorsById.get(ranked[0]![0])!.name : null;
  };
  const nameFor = (word: string, index: number, at: number): string | null => {
    const w = word.toLowerCase();
    if (w === RESULTS_OWNER) return resultsOwner(index);
    if (w.startsWith(`${AGED_DESCRIPTION} `)) return identifiedAs(index, w.split(' ')[2] ?? '', w.split(' ')[1] ?? '');
    if (w === DESCRIBED_PERSON) return describedPerson(index, at);
    if (TITLES.has(w)) return titledPerson(index, at);
    // "… keeping Ilan Marn with his uncle, or sending him home, the board ruled the boy must return": a person
    // described by age or sex is the one person its sentence named before it.
    // (Not the sentence's subject, nor one whose saying comes between: "Ana Brel said the boy …" is someone else.)
    if (PERSON_DESCRIPTION_NOUNS.has(w)) {
      const s = sentences[index]!;
      const before = new Set(people[index]!.filter((p) => p.at < at).map((p) => p.name));
      const [only] = [...before];
      const p = only ? people[index]!.find((x) => x.name === only)! : null;
      const saying = p ? wordsOf(s.text.slice(p.at - s.start, at - s.start)).some((x) => REPORTING_VERB_SET.has(x) || x === 'told') : true;
      // ("Torn between keeping Ilan Varo with his cousins …, the board ruled the boy …": a name after a verb in -ing or a
      // preposition is an object, whatever the sentence's subject was read as.)
      const object = p ? /\b(?:\p{Ll}+ing|with|of|for|to|from|by|about|against)\s+$/u.test(s.text.slice(0, p.at - s.start)) : false;
      return before.size === 1 && !saying && (object || subjects[index]?.name !== only) ? only! : null;
    }
    if (GROUP_COUNTS.has(w)) return listOf(GROUP_COUNTS.get(w)!, index, at);
    // What the actor stage bound there ("the airline" to its airline). Not a person's pronoun: that stage takes the
    // last person named, where a story's "she" is more often the person it is about.
    // "The newspaper, quoting …, said": a description that is its sentence's subject, named as such before any binding.
    const description = GENERIC_HEADS.has(w) ? descriptionOf(index) : null;
    if (description?.at === at && describedSubject(index)) return describedSubject(index)!.name;
    const bound = PERSON_PRONOUNS.has(w) ? undefined : (mentions[index] ?? []).find((m) => m.start <= at && m.end >= at + word.length && actorsById.has(m.actorId));
    const actor = bound ? actorsById.get(bound.actorId)! : null;
    // (The actor stage binds "the company" to a body however long ago it was named, and "the group" even to a person;
    // its binding holds for a body of the description's kind named in the sentences a description looks back over.)
    const own = subjects[index];
    const ownBefore = own && own.at < at && !(own.at === sentences[index]!.start && opensSentence(index, at)) ? own : null;
    if (bound && actor && fits(w, { name: actor.name, kind: 'thing', at: bound.start })) {
      // (The actor stage binds "the team" to the last body named; a team described since then is another one.)
      const before = window(index).flatMap((i) => (mentions[i] ?? []).filter((m) => m.actorId === bound.actorId && m.start < bound.start));
      const named = Math.max(-1, ...before.map((m) => m.start));
      const namedAt = lastNamedAt(actor, index, at);
      // ("Velmar took a stake in Orvik. In May, Orvik's board met …; the company said …": a subject of the kind named
      // since the bound body is the nearer one.)
      const nearer = THING_PRONOUNS.has(w) || GENERIC_HEADS.has(w) ? thingFor(w, index, at, ownBefore) : null;
      // (Only a body the actor stage knows, by its name or the start of it: "American Medical" of "American Medical
      // International", not a sentence's "Revenue".)
      const known = (name: string) => [...actorsById.values()].some((b) => b.kind !== 'person' && [b.name, ...b.aliases].some((f) => f === name || f.startsWith(`${name} `) || f.startsWith(`${name}-`)));
      const since = nearer && /^\p{Lu}/u.test(nearer.name) && known(nearer.name) && nearer.name !== actor.name && !formsOf(actor).includes(nearer.name) && nearer.at > namedAt;
      // ("The Dock Workers' Union …. The union says it …": a description that is a word of the bound name holds.)
      if ((namedAt >= 0 && !since) || (GENERIC_HEADS.has(w) && wordsOf(actor.name).includes(w))) return GENERIC_HEADS.has(w) && named >= 0 && introducedSince(w, named, index, at) ? null : actor.name;
    }
    // "In his Sunday sermon, Bishop Ivo Marn said …", "In its latest ruling, the Tarvo court …": a pronoun in the
    // phrase that opens the sentence stands for the subject after it.
    if (own && inOpeningPhrase(index, at) && (PERSON_PRONOUNS.has(w) ? own.kind === 'person' : THING_PRONOUNS.has(w) && fits(w, own))) return own.name;
    if (PERSON_PRONOUNS.has(w)) {
      // "Ever since he learned of it, he has pressed …": the same pronoun opening a sentence's subordinate clause and its
      // main clause is the last sentence's subject, as a pronoun opening the sentence is.
      if (sameInBothClauses(index, at, w)) {
        const prev = subjects[index - 1];
        if (prev?.kind === 'person') return prev.name;
      }
      // "When she landed in Kessar, Ana Brel met …": the pronoun of an opening subordinate clause is the person the main
      // clause opens on.
      const ahead = mainClausePerson(index, at, w);
      if (ahead) return ahead;
      // ("Brel's mother said she would bring him home": "him" is not the mother.)
      if (ownBefore && SINGLE_KIN.test(ownBefore.name) && !SUBJECT_PRONOUNS.has(w)) return protagonist(index) ?? latest(people, index, at)?.name ?? null;
      if (opensSentence(index, at)) {
        const prev = subjects[index - 1];
        if (prev?.kind === 'person') return prev.name;
      } else if (ownBefore?.kind === 'person') {
        // "Ana Brel said Tomas Orlan would travel with his wife", "Brel said the boy's father will fetch his son": a
        // pronoun in what the subject said stands for that clause's own subject, a person named or no one named.
        const s = sentences[index]!;
        const reported = [...s.text.slice(ownBefore.at - s.start, at - s.start).matchAll(REPORTED_SUBJECT)].pop();
        const first = reported?.[2] ?? '';
        const named = /^\p{Lu}/u.test(first) && !NOT_NAMES.has(first.toLowerCase()) && !CALENDAR_WORDS.has(first.toLowerCase().replace(/\.$/, ''));
        if (reported && (named || (DETERMINERS.has(first) && !/^(?:that|this)$/.test(first)))) {
          const from = ownBefore.at + reported.index + reported[0].length - first.length;
          return people[index]!.find((p) => p.at === from)?.name ?? null;
        }
        return ownBefore.name;
      }
      else if (ownBefore && personOfThing(ownBefore)) return personOfThing(ownBefore);
      if (opensSentence(index, at)) return protagonist(index) ?? latest(people, index, at)?.name ?? null;
      // (Inside a sentence, one named three sentences back is too far to be sure of.)
      return protagonist(index) ?? mainPerson(index, at) ?? latest(people.map((list, i) => (i >= index - 1 ? list : [])), index, at)?.name ?? null;
    }
    if (THING_PRONOUNS.has(w) || GENERIC_HEADS.has(w)) {
      let found = thingFor(w, index, at, ownBefore);
      // "The Alliance's rise has been swift. Its support surged …", "NATO's mission has changed since its founding":
      // what a possessive pronoun owns is the owner's, not the thing the owner had.
      const owner = found && /^(?:its|their)$/.test(w) ? /^(\p{Lu}.*?)['’]s\s+\p{Ll}[\p{Ll}\s-]*$/u.exec(found.name) : null;
      if (found && owner) found = { ...found, name: owner[1]! };
      // "A medical team from Ostrava arrived …. The team will fly on …": the description introduced since that name
      // is what "the team" means; it has no name, so the label keeps its own words.
      return found && GENERIC_HEADS.has(w) && introducedSince(w, found.at, index, at) ? null : found?.name ?? null;
    }
    return null;
  };
  // The nearest subject that is a thing of the word's kind and number ("it" no person and no list, "they" a list or a
  // plural, "the company" no country), else the latest such thing named.
  const thingFor = (word: string, index: number, at: number, ownBefore: Named | null): Named | null => {
    if (ownBefore?.kind === 'thing' && !opensSentence(index, at)) {
      if (fits(word, ownBefore)) return ownBefore;
      const body = bodyOfStaff(word, ownBefore);
      if (body) return body;
      // "Varnese troops took the port in May, and in June it reopened": a pronoun that its own sentence's subject
      // cannot be stands for something told in that sentence, which has no name to give.
      if (THING_PRONOUNS.has(word)) return null;
    }
    const many = MANY_PRONOUNS.has(word);
    for (const i of window(index).slice(i0(index, at))) {
      const subject = subjects[i] ?? describedSubject(i);
      if (subject?.kind === 'thing' && (i < index || subject.at < at)) {
        if (fits(word, subject)) return subject;
        const body = bodyOfStaff(word, subject);
        if (body) return body;
        // ("Varnese troops took the port. In June its council voted …": the nearest thing told of is not what "its"
        // can be, so it is something unnamed there.)
        if (THING_PRONOUNS.has(word) && !isPerson(subject.name)) return null;
      }
      // "Protesters marched on Monday. They …", "The offer has wide support, and it is due …": a subject without a
      // name, of the pronoun's number and nearer than any name, is what the pronoun means; it has no name to give.
      // (A description of a body, "the chain", is one the name stands for, not a thing of its own.)
      // The label then says it by that noun phrase: "The sweetened offer is due …", "The two ministers agreed …".
      const unnamed = !GENERIC_HEADS.has(word) && !subject && (i < index || subjectEndsBefore(i, at)) ? unnamedSubject(i) : null;
      // (One of the other number, "The ministry offered the families …. They rejected it", leaves the pronoun to
      // something else the sentence told, so it has no name either.)
      // ("Orvane and Telsey said …. The companies said …. They expect …": the plural of a body's description stands for
      // the bodies a subject named before it, which the label names; without them it keeps its own words.)
      const named = unnamed?.phrase && isGenericPlural(unnamed.phrase.split(/\s+/).pop()!) ? window(index).slice(index - i + 1).map((j) => subjects[j]).find((x) => x?.kind === 'thing' && x.plural && fits(word, x)) : undefined;
      if (named) return named;
      if (unnamed) return unnamed.many === many && unnamed.phrase ? { name: `the ${unnamed.phrase}`, kind: 'thing', plural: many, at: sentences[i]!.start } : null;
      // "Ivo Marn, Ana Brel and others planned to go. The group would …": a group of people is the people just named.
      if (PEOPLE_HEADS.has(word) && (subject?.kind === 'person' || subject?.plural === true)) return null;
    }
    return latest(things, index, at, (n) => fits(word, n));
  };
  // "Marlow officials said …. Its debt ratio fell": one thing's pronoun after the people of a body is the body.
  const bodyOfStaff = (word: string, subject: Named): Named | null => {
    const staff = MANY_PRONOUNS.has(word) ? null : STAFF_OF.exec(subject.name);
    if (!staff || !AGENT_NOUNS.has(staff[2]!) || isDemonym(staff[1]!.split(/\s+/)[0]!) || isPerson(staff[1]!)) return null;
    const body: Named = { name: staff[1]!, kind: 'thing', plural: false, at: subject.at };
    return fits(word, body) ? body : null;
  };
  // A subject without a name: one thing ("The sweetened offer"), many ("Protesters"), or none (a pronoun, a name, a
  // description of a body, "the company", which its name stands for).
  // The subject's noun phrase without the adverbs before its verb ("The two ministers last met …", "The party recently
  // won …").
  const plainSubject = (i: number): string => {
    const words = subjectWordsOf(i);
    return words ? subjectPhrase(words.words).split(/\s+/).filter((w) => !/^\p{Ll}+ly$/u.test(w) && !isSentenceAdverb(w) && !SUBJECT_ADVERBS.has(w)).join(' ') : '';
  };
  // The phrase, lower case, when a label can say it ("sweetened offer", "two ministers": a few plain words, no
  // possessive pronoun of its own).
  const unnamedSubject = (i: number): { many: boolean; phrase: string | null } | null => {
    const phrase = plainSubject(i);
    const head = phrase.split(/\s+/).pop() ?? '';
    if (descriptionOf(i) || GENERIC_HEADS.has(head.toLowerCase())) return null;
    if (!/^\p{Ll}/u.test(phrase) && !/^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*)*$/u.test(phrase)) return null;
    if (!/^[\p{Ll}-]+$/u.test(head.toLowerCase()) || NOT_NAMES.has(head.toLowerCase()) || FUNCTION_WORDS.has(head.toLowerCase())) return null;
    // (One capitalised word is a subject only as a plural noun, "Officials"; "Moreover" or a name is none.)
    if (phrase.split(/\s+/).length === 1 && /^\p{Lu}/u.test(phrase) && (canBeName(phrase) || !/[^s'’]s$/.test(phrase))) return null;
    const plain = phrase.toLowerCase().split(/\s+/);
    const sayable = plain.length <= 4 && plain.every((w) => /^[\p{Ll}-]+$/u.test(w)) && !DETERMINERS.has(plain[0]!) && !NOT_NAMES.has(plain[0]!);
    return { many: /[^s'’]s$/.test(head), phrase: sayable ? plain.join(' ') : null };
  };
  // "The newspaper, quoting …, said", "The far-left party recently won …": a subject that is a description of a body
  // (a few words, its head one of the generic heads), with where it stands.
  const descriptionOf = (i: number): { head: string; at: number } | null => {
    const words = subjectWordsOf(i);
    if (!words) return null;
    const phrase = plainSubject(i).split(/\s+/);
    const head = phrase[phrase.length - 1]?.toLowerCase() ?? '';
    if (phrase.length > 3 || !GENERIC_HEADS.has(head) || !phrase.every((w) => /^[\p{L}-]+$/u.test(w)) || phrase.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
    const s = sentences[i]!;
    const at = s.text.toLowerCase().indexOf(head, words.from);
    return at < 0 ? null : { head, at: s.start + at };
  };
  // The name a subject that is a description of a body stands for ("the newspaper" is "Maariv"), read once.
  // It is the subject before it whose own words held the description ("The Marka newspaper said …. The newspaper, quoting
  // …, said"), else the body the article names most so far, well ahead of any other; never a body its own sentence
  // names beside it ("The vendor, which serves Delmar, notified …" is not Delmar).
  const described = new Map<number, Named | null>();
  const describedSubject = (i: number): Named | null => {
    if (!described.has(i)) {
      const d = descriptionOf(i);
      let found: Named | null = null;
      if (d) {
        for (const j of window(i).slice(1)) {
          const subject = subjects[j];
          const words = subjectWordsOf(j);
          if (subject?.kind === 'thing' && words && fits(d.head, subject) && wordsOf(subjectPhrase(words.words)).includes(d.head)) { found = subject; break; }
        }
        const salient = found ? null : salientBody(i, d.at, d.head);
        if (salient) found = { name: salient.name, kind: 'thing', at: d.at };
        if (found && [found.name, ...(salient?.forms ?? [])].some((f) => positionsOf(sentences[i]!.text, f).length > 0)) found = null;
        // ("A medical team from Ostrava arrived …. The team will fly on": a team described since is another one.)
        if (found && introducedSince(d.head, salient ? Math.max(-1, ...salient.forms.map((f) => lastWrittenAt(f, i, d.at))) : found.at, i, d.at)) found = null;
      }
      described.set(i, found);
    }
    return described.get(i) ?? null;
  };
  // The forms of a body's name a text may use: its name, its aliases, and its first word when that is a name of its own
  // ("Norvik" of "Norvik Components"), not an ordinary or national word ("First", "American").
  const formsOf = (a: Actor): string[] => {
    const first = a.name.split(/\s+/)[0]!;
    const own = /\s/.test(a.name) && /^\p{Lu}\p{Ll}{2,}$/u.test(first) && !NOT_PERSON_WORDS.has(first.toLowerCase()) && !NOT_NAMES.has(first.toLowerCase())
      && !COUNT_WORDS.has(first.toLowerCase()) && !(first.toLowerCase() in ORDINAL_WORDS) && !/^(?:last|next)$/i.test(first) && !isDemonym(first);
    return [a.name, ...a.aliases, ...(own ? [first] : [])];
  };
  // The body of the description's kind the text names most in sentences 0..i, before offset `at`, well ahead of the next
  // ("the union" a body with "Union" in its name; "the company" any body).
  // The article's sentences joined by spaces, and where each form of a name is written in them, found once: a
  // description's count reads a prefix of them (every sentence up to its own, cut at the description).
  const joinedStarts: number[] = [];
  let joinedLength = 0;
  for (const s of sentences) {
    joinedStarts.push(joinedLength);
    joinedLength += s.text.length + 1;
  }
  let joined: string | null = null;
  const writtenIn = new Map<string, { at: number; closed: boolean }[]>();
  const writtenBefore = (form: string, end: number): number[] => {
    joined ??= sentences.map((s) => s.text).join(' ');
    if (!writtenIn.has(form)) writtenIn.set(form, wordStarts(joined, form));
    return writtenIn.get(form)!.filter((p) => p.at + form.length < end ? p.closed : p.at + form.length === end).map((p) => p.at);
  };
  const salientBody = (i: number, at: number, head: string): { name: string; forms: string[] } | null => {
    const s = sentences[i]!;
    const end = joinedStarts[i]! + (s.end <= at ? s.text.length : Math.max(0, at - s.start));
    const kind = (a: Actor) => a.kind === 'organization' && fits(head, { name: a.name, kind: 'thing', at }) && (!NAMED_HEADS.has(head) || a.name.split(/\s+/).some((w) => w === capitalise(head)));
    const ranked = [...actorsById.values()].filter(kind).map((a) => {
      const forms = formsOf(a);
      // (Each place once: "Velmar Bank" and its "Velmar" are one naming.)
      return { name: a.name, forms, n: new Set(forms.flatMap((f) => writtenBefore(f, end))).size };
    }).sort((x, y) => y.n - x.n);
    const [top, next] = ranked;
    // (The one body whose name holds the word, named once, is enough: "the union" of the one union named.)
    const once = NAMED_HEADS.has(head) && next === undefined;
    return top && top.n >= (once ? 1 : 2) && top.n >= 2 * (next?.n ?? 0) ? top : null;
  };
  // Where a body was last written by one of its names in the sentences a description looks back over, before `at`.
  const lastNamedAt = (a: Actor, index: number, at: number): number => Math.max(-1, ...formsOf(a).map((f) => lastWrittenAt(f, index, at)));
  const lastWrittenAt = (form: string, index: number, at: number): number => {
    for (const i of window(index)) {
      const s = sentences[i]!;
      const found = positionsOf(i < index ? s.text : s.text.slice(0, Math.max(0, at - s.start)), form);
      if (found.length > 0) return s.start + found[found.length - 1]!;
    }
    return -1;
  };
  const subjectEndsBefore = (i: number, at: number): boolean => {
    const words = subjectWordsOf(i);
    return Boolean(words && sentences[i]!.start + words.end < at);
  };
  // Whether offset `at` lies in the phrase that opens sentence `index` ("In his Sunday sermon, …"), before its subject.
  const inOpeningPhrase = (index: number, at: number): boolean => {
    const s = sentences[index]!;
    const words = subjectWordsOf(index);
    return Boolean(words && words.from > 0 && at < s.start + words.from && OPENING_PHRASE.test(s.text));
  };
  // "a team", "a medical team" (not after a comma: "Velmar, a bank that …" is the name's apposition), written after
  // offset `from` and before `at`.
  const introducedSince = (head: string, from: number, index: number, at: number): boolean => {
    const intro = new RegExp(String.raw`(?<![,;]\s*)\b(?:[Aa]n?)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}${head}\b`, 'gu');
    return window(index).some((i) => {
      const s = sentences[i]!;
      return [...s.text.matchAll(intro)].some((m) => s.start + m.index > from && s.start + m.index < at);
    });
  };
  // A pronoun that opens its sentence looks at earlier sentences' subjects only.
  const i0 = (index: number, at: number) => (opensSentence(index, at) ? 1 : 0);

  return {
    nameFor,
    subjectOf(index) {
      const subject = subjects[index] ?? describedSubject(index);
      if (subject) return subject.name;
      const s = sentences[index];
      const words = s ? subjectWordsOf(index) : null;
      if (!s || !words) return null;
      const phrase = subjectPhrase(words.words);
      // A common noun phrase of a few words ("appeal", "second wave of launches") lends itself to a verb-first clause.
      return phrase && phrase.split(' ').length <= 6 && !/^(?:he|she|it|they|we|i|you|this|that|there)\b/i.test(phrase) ? phrase : null;
    },
  };
}
