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
import { KIN_NOUNS } from '../actors/peopleWords';
import { CALENDAR_WORDS, FUNCTION_WORDS, IRREGULAR_PAST, LINKING_ADVERBS, NOT_PAST_ED, REPORTING_VERB_SET, isSentenceAdverb } from '../text/lexicon';
import { NUMBER_FIRST_WORDS } from '../temporal/resources/patterns';

/** How far back (in sentences) a pronoun looks for what it stands for. */
const LOOK_BACK = 6;

type Kind = 'person' | 'thing';

interface Named {
  name: string;
  kind: Kind;
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
/** "The three", "both": a group counted, which stands for a list of as many names told before. */
const GROUP_COUNTS = new Map([['both', 2], ['two', 2], ['three', 3], ['four', 4], ['five', 5]]);
const LIST_ITEM = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const NAME_LIST = new RegExp(String.raw`(?<![\p{L}'’-]\s?)${LIST_ITEM}(?:,\s+${LIST_ITEM}){0,3},?\s+and\s+${LIST_ITEM}`, 'gu');
/** A name's possessive before one of its kin ("Ana Brel's sister"): someone else, a person, not the name. */
const SINGLE_KIN = new RegExp(`['’]s\\s+(?:${KIN_NOUNS.filter((k) => !/s$/.test(k)).join('|')})$`, 'u');
const THING_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them']);
/** Heads of descriptions that stand for a named organisation ("the company", "the airline"). */
export const GENERIC_HEADS = new Set([
  'company', 'firm', 'chain', 'retailer', 'carrier', 'airline', 'bank', 'lender', 'insurer', 'automaker', 'carmaker',
  'vendor', 'contractor', 'supplier', 'group', 'agency', 'ministry', 'department', 'court', 'club', 'team', 'side',
  'union', 'party', 'board', 'committee', 'council', 'organisation', 'organization', 'network', 'operator', 'utility',
  'manufacturer', 'maker', 'giant', 'conglomerate', 'broadcaster', 'publisher', 'newspaper', 'band', 'label', 'studio',
]);

const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|does|did|do|says|say)$/;

/** Whether a lower-case word reads as the verb that ends a sentence's subject. */
function isVerb(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z’'-]/g, '');
  if (!w) return false;
  if (AUXILIARY.test(w) || REPORTING_VERB_SET.has(w) || IRREGULAR_PAST.has(w)) return true;
  return /^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.has(w);
}

const NAME_RUN = /(?:\p{Lu}[\p{L}\p{N}'’.&-]*)(?:\s+(?:of|de|du|von|van|and|&|for)?\s*\p{Lu}[\p{L}\p{N}'’.&-]*)*/u;
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
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (count > 0 && /^\p{Ll}/u.test(m[0]) && isVerb(m[0])) return { words: t.slice(from, m.index), from, end: m.index };
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
  // "Yesterday it closed at …": a day named by its distance from today opens a date phrase, not a name.
  'yesterday', 'today', 'tomorrow', 'tonight',
]);

/** Prepositions and link words that open a sentence's phrase before its subject. */
const OPENING_WORDS = new Set([
  'with', 'without', 'until', 'till', 'amid', 'despite', 'under', 'for', 'from', 'to', 'of', 'at', 'in', 'on', 'by', 'after',
  'before', 'during', 'since', 'among', 'unlike', 'like', 'upon', 'following', 'once', 'because', 'although', 'though',
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
const TITLES = new Set([
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
    // "Nobel Prize winner Ana Brel": a run right before a lower-case noun is a modifier; one after a capital, part of a longer name.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    // ("Foreign Minister Ana Brel": a title before the name is no part of it.)
    const prior = /(\p{Lu}[\p{L}.]*)\s$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (prior && !/[,;:]\s$/.test(before) && !TITLES.has(prior[1]!.toLowerCase().replace(/\.$/, ''))) continue;
    out.push({ name: run, kind: 'person', at: offset + index });
  }
  return out;
}

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
      const pronoun = /^(?:\W*)(he|she|it|they)\b/i.exec(subjectPhrase(words.words));
      // "His van was towed …": the subject is what the person owns, never the person.
      const owned = /^(?:\W*)(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(\p{Ll}[\p{Ll}\s-]*)$/u.exec(subjectPhrase(words.words));
      if (owned) {
        const owner = who && who.at === s.start + words.from + subjectWordsOf(i)!.words.search(/\S/) ? who : null;
        subject = owner ? { name: `${owner.name}’s ${owned[1]!.trim()}`, kind: 'thing', at: owner.at } : null;
      } else if (named && /['’]s$/.test(named)) subject = { name: named, kind: 'thing', at: s.start };
      // "Tomas Brel's sister said she …": the subject is the one the name owns, not the name; one of a person's kin is
      // a person, whom a "he" or "she" after it means.
      else if (named && /['’]s\s+\p{Ll}/u.test(named)) subject = { name: named, kind: SINGLE_KIN.test(named) ? 'person' : 'thing', at: s.start };
      else if (who) subject = who;
      else if (named) subject = { name: named, kind: 'thing', at: s.start };
      else if (pronoun) {
        const prev = subjects[i - 1];
        const kind: Kind = PERSON_PRONOUNS.has(pronoun[1]!.toLowerCase()) ? 'person' : 'thing';
        if (prev && prev.kind === kind) subject = { ...prev, at: s.start };
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

  const window = (index: number) => Array.from({ length: Math.min(LOOK_BACK, index + 1) }, (_, k) => index - k);
  const latest = (lists: Named[][], index: number, at: number): Named | null => {
    for (const i of window(index)) {
      const list = lists[i]!.filter((n) => i < index || n.at < at);
      if (list.length > 0) return list[list.length - 1]!;
    }
    return null;
  };
  const protagonist = (index: number): string | null => {
    const recent = new Set(window(index).flatMap((i) => people[i]!.map((p) => p.name)));
    for (const name of titlePeople) if (recent.has(name)) return name;
    return null;
  };
  const opensSentence = (index: number, at: number) => {
    const s = sentences[index]!;
    const head = s.text.slice(0, at - s.start);
    return head.trim() === '' || OPENING_PHRASE.test(head) && !/,[^,]*\S[^,]*$/.test(head.replace(OPENING_PHRASE, ''));
  };

  const nameFor = (word: string, index: number, at: number): string | null => {
    const w = word.toLowerCase();
    if (GROUP_COUNTS.has(w)) return listOf(GROUP_COUNTS.get(w)!, index, at);
    // What the actor stage bound there ("the airline" to its airline). Not a person's pronoun: that stage takes the
    // last person named, where a story's "she" is more often the person it is about.
    const bound = PERSON_PRONOUNS.has(w) ? undefined : (mentions[index] ?? []).find((m) => m.start <= at && m.end >= at + word.length && actorsById.has(m.actorId));
    if (bound) {
      // (The actor stage binds "the team" to the last body named; a team described since then is another one.)
      const before = window(index).flatMap((i) => (mentions[i] ?? []).filter((m) => m.actorId === bound.actorId && m.start < bound.start));
      const named = Math.max(-1, ...before.map((m) => m.start));
      return GENERIC_HEADS.has(w) && named >= 0 && introducedSince(w, named, index, at) ? null : actorsById.get(bound.actorId)!.name;
    }
    const own = subjects[index];
    const ownBefore = own && own.at < at && !(own.at === sentences[index]!.start && opensSentence(index, at)) ? own : null;
    if (PERSON_PRONOUNS.has(w)) {
      // ("Brel's mother said she would bring him home": "him" is not the mother.)
      if (ownBefore && SINGLE_KIN.test(ownBefore.name) && !SUBJECT_PRONOUNS.has(w)) return protagonist(index) ?? latest(people, index, at)?.name ?? null;
      if (opensSentence(index, at)) {
        const prev = subjects[index - 1];
        if (prev?.kind === 'person') return prev.name;
      } else if (ownBefore?.kind === 'person') return ownBefore.name;
      else if (ownBefore && personOfThing(ownBefore)) return personOfThing(ownBefore);
      return protagonist(index) ?? latest(people, index, at)?.name ?? null;
    }
    if (THING_PRONOUNS.has(w) || GENERIC_HEADS.has(w)) {
      let found = thingFor(index, at, ownBefore);
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
  const thingFor = (index: number, at: number, ownBefore: Named | null): Named | null => {
    if (ownBefore?.kind === 'thing' && !opensSentence(index, at)) return ownBefore;
    for (const i of window(index).slice(i0(index, at))) {
      const subject = subjects[i];
      if (subject?.kind === 'thing' && (i < index || subject.at < at)) return subject;
    }
    return latest(things, index, at);
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
  // "Varno, Peltz and Ostra joined on Monday. … The three are expected to …": the latest list of as many names.
  const listOf = (size: number, index: number, at: number): string | null => {
    for (const i of window(index)) {
      const s = sentences[i]!;
      const lists = [...s.text.matchAll(NAME_LIST)].filter((m) => i < index || s.start + m.index < at);
      for (const m of lists.reverse()) if (m[0].split(/,\s+|,?\s+and\s+/).length === size) return m[0];
    }
    return null;
  };
  // A pronoun that opens its sentence looks at earlier sentences' subjects only.
  const i0 = (index: number, at: number) => (opensSentence(index, at) ? 1 : 0);

  return {
    nameFor,
    subjectOf(index) {
      const subject = subjects[index];
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
