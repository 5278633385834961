// Coreference: phrases that point back at actors already named. "The two
// countries" takes the actors of the last sentences when exactly that many
// fit; "either government" takes both; "she", "he" and "it" take the person
// or the body named last.
import type { Sentence } from '../text/segment';
import type { Actor } from '../../model/schema';
import { tokenKey, type Token } from '../text/tokens';
import { gazetteer, slug } from './gazetteer';
import { initialsOf, spells } from './properNames';
import { familyAfter, nameWithoutLast, type ActorMention, type Add, type Ctx } from './context';
import { COMPANY_SUFFIXES } from './organisationWords';
import { sameCompanyNumber, shortFirstNameOf } from './mergeActors';
import { KIN_DESCRIPTION, KIN_NOUNS } from './peopleWords';
import { CALENDAR_WORDS, literal } from '../text/lexicon';

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };
// Case-sensitive, so a capitalised word between the number and the noun is a name's ("the three Andean nations").
const PLURAL_RE = /\b(?:(?:[Tt]he|[Bb]oth)\s+)(?:(two|three|four|five)\s+)?(?:(?:former|neighbou?ring|rival|warring|feuding|ex-Soviet|Soviet|Caucasus|South|Caucasian|post-Soviet|Balkan|Gulf|allied|two|\p{Lu}[\p{L}-]*)\s+)*(countries|nations|states|republics|sides|parties|neighbou?rs|governments|parliaments|delegations|capitals|rivals|leaders|presidents|ministers|foreign ministers|premiers|men|candidates|campaigns|companies|clubs|teams)\b/gu;
// "either parliament", "neither government": one of the two just named, so both take part.
const EITHER_RE = /\b(?:either|neither)\s+(country|nation|state|side|party|government|parliament|leader|candidate|campaign|company|club|team)\b/giu;
const EITHER_HINT = /either/iu;
// "The three will sign", "the two met": a number standing for the actors, before a verb.
const BARE_NUMBER_RE = /\b[Tt]he\s+(two|three|four|five)(?=\s+(?:are|were|will|would|have|had|also|then|must|can|could|should|met|signed|agreed|\p{Ll}+ed)\b)/gu;
// The kinds a bare number may stand for, in the order tried: the first of which exactly that many were named.
const BARE_KINDS: readonly Actor['kind'][] = ['country', 'person', 'organization'];
const PLURAL_OF: Record<string, string> = { country: 'countries', nation: 'nations', state: 'states', side: 'sides', party: 'parties', government: 'governments', parliament: 'parliaments', leader: 'leaders', candidate: 'candidates', campaign: 'campaigns', company: 'companies', club: 'clubs', team: 'teams' };

/**
 * "the two former Soviet republics": the N most recent actors of that kind, only when exactly N fit.
 * True when the sentence has such a plural phrase at all, resolved or not.
 */
export function resolvePlurals(ctx: Ctx, sentence: Sentence, recent: string[][], add: Add, recentActing: string[][] = recent, last?: { list: ActorMention[]; start: number }): boolean {
  const found: Array<{ index: number; text: string; n: number; noun: string }> = [];
  let plural = false;
  for (const m of sentence.text.matchAll(PLURAL_RE)) {
    plural = true;
    const explicit = m[1] ? NUMBER_WORDS[m[1].toLowerCase()] : /^both\b/i.test(m[0]) ? 2 : undefined;
    const noun = m[2]!.toLowerCase();
    const n = explicit ?? (/^(?:sides|parties)$/.test(noun) ? 2 : /^(?:companies|clubs|teams)$/.test(noun) ? 0 : undefined);
    if (n !== undefined) found.push({ index: m.index ?? 0, text: m[0], n, noun });
  }
  // Most sentences lack the word: a plain search is far cheaper than the full pattern.
  if (EITHER_HINT.test(sentence.text)) for (const m of sentence.text.matchAll(EITHER_RE)) found.push({ index: m.index ?? 0, text: m[0], n: 2, noun: PLURAL_OF[m[1]!.toLowerCase()]! });
  for (const m of sentence.text.matchAll(BARE_NUMBER_RE)) found.push({ index: m.index, text: m[0], n: NUMBER_WORDS[m[1]!]!, noun: '' });
  for (const m of found) {
    const { n, noun } = m;
    const people = /^(?:leaders|presidents|ministers|foreign ministers|premiers|men|candidates|campaigns)$/.test(noun);
    const bodies = /^(?:companies|clubs|teams)$/.test(noun);
    const fits = (id: string): boolean => {
      const a = ctx.actors.get(id);
      if (!a) return false;
      if (bodies) return a.kind === 'organization' && (ctx.orgTypes.get(id) ?? []).some((x) => x === 'company' || x === 'club' || x === 'airline' || x === 'bank');
      // "the three foreign ministers": people the article gives that title, when it is one.
      if (people && TITLED_PLURAL.has(noun)) return a.kind === 'person' && titledAs(ctx.text, a, TITLED_PLURAL.get(noun)!);
      return people ? a.kind === 'person' : /^(?:sides|parties|rivals)$/.test(noun) ? a.kind !== 'person' : a.kind === 'country';
    };
    const start = sentence.start + m.index;
    // "the two republics of Armenia and Azerbaijan" names them itself.
    const tail = sentence.text.slice(m.index + m.text.length, m.index + m.text.length + 60);
    if (/^\s+(?:of|,)\s+\p{Lu}/u.test(tail)) continue;
    // People and bodies are named further back than the countries of a diplomatic story.
    // "The companies said …" with no number: the bodies the sentence before opens with ("Tallent and Brinmore
    // said …"), else those of the last sentence (of the two before) naming several.
    const opening = n === 0 && last ? [...new Set(subjectsOf(ctx, last.list, last.start).map((x) => x.actorId))].filter(fits) : [];
    const chosen = n === 0 ? (opening.length >= 2 ? opening : severalNamed(recent, fits, 2))
      : noun === ''
      ? BARE_KINDS.map((kind) => lastNamed(recentActing, n, (id) => ctx.actors.get(id)?.kind === kind, kind === 'country' ? 3 : 6)).find((c) => c !== null) ?? null
      : lastNamed(recent, n, fits, people || bodies ? 6 : 3);
    for (const id of chosen ?? []) add(ctx.actors.get(id)!, start, start + m.text.length, 'plural-reference');
  }
  return plural;
}

const TITLED_PLURAL = new Map([['presidents', 'president'], ['ministers', 'minister'], ['foreign ministers', 'minister'], ['premiers', 'premier']]);

/** Whether the text gives a person a title ("Foreign Minister Ana Roth", "Roth, the foreign minister,", "the minister, Ana Roth"). */
function titledAs(text: string, person: Actor, title: string): boolean {
  return [person.name, ...person.aliases, person.name.split(/\s+/).pop()!].some((name) => {
    const n = literal(name);
    // ("Lena Varga, her Hungarian counterpart": one of the same title as the one named before.)
    return new RegExp(`\\b${title}s?,?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}${n}\\b|\\b${n},\\s+[^,.;]{0,40}\\b(?:${title}|counterpart)\\b`, 'iu').test(text);
  });
}

/** The two to four fitting actors of the latest sentence, within `window`, that names more than one; else null. */
function severalNamed(recent: readonly string[][], fits: (id: string) => boolean, window: number): string[] | null {
  for (let back = recent.length - 1; back >= 0 && back >= recent.length - window; back--) {
    const fitting = [...new Set(recent[back]!.filter(fits))];
    if (fitting.length >= 2) return fitting.length <= 4 ? fitting : null;
  }
  return null;
}

/** The n actors that fit, named most recently within `window` sentences; null unless exactly n fit. */
function lastNamed(recent: readonly string[][], n: number, fits: (id: string) => boolean, window: number): string[] | null {
  const chosen: string[] = [];
  for (let back = recent.length - 1; back >= 0 && back >= recent.length - window; back--) {
    chosen.push(...recent[back]!.filter((id) => fits(id) && !chosen.includes(id)));
    if (chosen.length === n) return chosen;
    if (chosen.length > n) break;
  }
  // "Armenia and Azerbaijan clashed … Turkey backed Baku … the two countries' border": the last
  // sentence that named exactly that many fitting actors together.
  for (let back = recent.length - 1; back >= 0 && back >= recent.length - 2 * window; back--) {
    const fitting = recent[back]!.filter(fits);
    if (fitting.length === n) return fitting;
  }
  return null;
}

// Pronouns that open a clause and stand for its subject: "She died …", "He won …", "It will cut …".
const PERSON_PRONOUNS = new Set(['he', 'she']);
const PERSON_POSSESSIVES = new Set(['his', 'her']);
// "It" is the body's only before a verb of its own, not in "it is expected", "it's been six weeks".
const IT_VERBS = /^(?:will|would|said|says|has|had|announced|plans|planned|expects|expected|added|also|filed|reported|posted|cut|cuts|agreed|sold|bought|made|won|lost|\p{Ll}+ed)$/u;
// "It was expected to cross", "it is due to report": a body's or a storm's plan, not "it is expected that".
const IT_EXPECTED = /^(?:is|was|are|were)\s+(?:expected|due|set|scheduled|forecast|likely|about)\s+to\s/;
// Where a clause may open: the sentence's start, after a comma, a conjunction or a verb of saying.
const CLAUSE_OPENERS = new Set(['and', 'but', 'that', 'when', 'after', 'before', 'while', 'because', 'as', 'since', 'said', 'says', 'announced', 'so', 'then', 'although', 'though', 'if', 'until']);

/** How many sentences back a pronoun looks for its actor. */
const PRONOUN_REACH = 4;

/**
 * "He", "She" (and a sentence-opening "His", "Her") for the person named
 * last, in this sentence before the pronoun or in the few before it; "It"
 * before a verb for the organisation named last. Only where a clause opens,
 * so an object ("told her") or an expletive ("it is expected") is left alone.
 */
export function resolvePronouns(ctx: Ctx, toks: Token[], out: ActorMention[], before: ActorMention[][], add: Add, lastStart?: number): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // "On Friday she had …", "In 1998 he left": a date opening the clause stands before its subject too.
    const dateBefore = i > 0 && (CALENDAR_WORDS.has(toks[i - 1]!.key) || /^(?:1[89]|20)\d\d$/.test(toks[i - 1]!.key) || /^(?:yesterday|today|tonight|later)$/.test(toks[i - 1]!.key)) && ctx.text.slice(toks[i - 1]!.end, t.start) === ' ';
    // ("…,'' he said": a closing quotation after the comma, as wire copy writes it.)
    const opens = i === 0 || /[,;:“"(—–]\s*$|,\s*(?:''|[”’])\s*$/.test(ctx.text.slice(toks[i - 1]!.end, t.start)) || CLAUSE_OPENERS.has(toks[i - 1]!.key) || dateBefore;
    if (!opens) continue;
    const person = PERSON_PRONOUNS.has(t.key) || (i === 0 && PERSON_POSSESSIVES.has(t.key));
    const body = t.key === 'it' && toks[i + 1] !== undefined && ctx.text.slice(t.end, toks[i + 1]!.start) === ' '
      && (IT_VERBS.test(toks[i + 1]!.key) || IT_EXPECTED.test(ctx.text.slice(toks[i + 1]!.start, toks[i + 1]!.start + 40)));
    // "The companies said … They said they expect …": a "They" opening a sentence is the several actors the
    // sentence before opens with.
    if (t.key === 'they' && i === 0 && lastStart !== undefined) {
      for (const m of subjectsOf(ctx, before[before.length - 1] ?? [], lastStart)) add(ctx.actors.get(m.actorId)!, t.start, t.end, 'pronoun');
      continue;
    }
    if (!person && !body) continue;
    const wanted = t.key === 'he' || t.key === 'his' ? 'male' : t.key === 'she' || t.key === 'her' ? 'female' : null;
    const fits = (m: ActorMention, pronounToo = false): boolean => {
      const a = ctx.actors.get(m.actorId);
      if (a === undefined || (m.rule === 'pronoun' && !pronounToo)) return false;
      if (!person) return a.kind === 'organization' || a.kind === 'group';
      // "Ana Roth, a spokesman for …" is no "she": a person the text marks as a man or a woman takes only that pronoun.
      const g = a.kind === 'person' ? genderOf(ctx.text, a.name, a.aliases) : null;
      return a.kind === 'person' && (g === null || wanted === null || g === wanted);
    };
    // The name read whole, not a shorter reading inside it ("General Motors Corp", not "Motors Corp").
    const whole = (list: ActorMention[]) => list.filter((m) => fits(m) && !list.some((o) => o !== m && fits(o) && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
    // "He has met Ana Roth twice since he arrived": the pronoun the sentence opens with, said again, is the same one.
    const opening = person ? out.find((m) => m.rule === 'pronoun' && m.start === (toks[0]?.start ?? -1) && m.end <= t.start && ctx.text.slice(m.start, m.end).toLowerCase() === t.key && fits(m, true)) : undefined;
    let found: ActorMention | undefined = opening ?? whole(out.filter((m) => m.end <= t.start)).pop();
    // "X's father said that he …": the pronoun after the kin of the person named last is the kin, whom the
    // sentence does not name, so it takes no one. Not after kin of whom there are several ("X's cousins have
    // cared for him since he arrived" is X).
    if (found && person && found.rule !== 'pronoun' && KIN_OF.test(ctx.text.slice(found.end, found.end + 60))) continue;
    // "Ana Roth has been in hiding since May. He is also charged …": a pronoun opening a sentence is the
    // subject of the sentence before when that one opens with a fitting actor, however often others were named.
    // So is "It" for a body: "Tallent, which owns 90 shops, grew. It has said …" is Tallent, not the rival the
    // report names more often.
    if (!found && (person || body) && i === 0 && lastStart !== undefined) found = subjectOf(ctx, before[before.length - 1] ?? [], lastStart, fits);
    if (!found) {
      // Before this sentence: the actor the recent sentences name most, the subject of the latest on a tie
      // ("Ortega, 60, led the country … after toppling X. He won …" is Ortega).
      const count = new Map<string, number>();
      let latest: ActorMention[] = [];
      for (let back = before.length - 1; back >= 0 && back >= before.length - PRONOUN_REACH; back--) {
        const list = whole(before[back]!);
        if (latest.length === 0) latest = list;
        for (const m of list) count.set(m.actorId, (count.get(m.actorId) ?? 0) + 1);
      }
      const best = Math.max(0, ...count.values());
      found = latest.find((m) => count.get(m.actorId) === best) ?? [...before].reverse().flatMap((l) => whole(l)).find((m) => count.get(m.actorId) === best);
    }
    if (found) add(ctx.actors.get(found.actorId)!, t.start, t.end, 'pronoun');
  }
}

// Kin one person has at most one of ("X's father", not "X's cousins"): the ones a name can be given for.
const ONE_KIN = KIN_NOUNS.filter((k) => !/s$/.test(k));
const KIN_OF = new RegExp(`^['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${ONE_KIN.join('|')})(?![\\p{L}-])`, 'u');
// Kin one has several of, after a person's possessive and up to two words ("'s Lima cousins").
const MANY_KIN_OF = new RegExp(`^['’]s\\s+(?:\\p{Lu}[\\p{L}-]*\\s+|\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?:${KIN_NOUNS.filter((k) => /s$/.test(k)).join('|')})(?![\\p{L}-])`, 'u');
// Between the kin and the name given for it: a short place ("'s father in Varnia, Ana Roth"), a comma.
const KIN_TO_NAME = /^(?:\s+(?:in|from|of)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?,?\s+$/u;
// After unnamed kin, what makes it the subject that acts: a verb, or "and" and a few words before one.
const KIN_SUBJECT_AFTER = /^(?:,\s+who\b|\s+(?:and\s+(?:[\p{L}\d-]+\s+){1,3})?(?:said|says|told|died|perished|drowned|fled|wrote|\p{Ll}+ed)\b)/u;
// Per article: "owner id, kin noun" -> the person the text gave as that kin.
const KIN_NAMED = new WeakMap<Ctx, Map<string, string>>();

/**
 * "Ana Roth's father, Ivo Roth, …" gives the father's name; a later "Roth's father said" is Ivo Roth, found
 * at the kin noun (the owner only qualifies it). Kin without a name given stay nobody.
 */
export function resolveKin(ctx: Ctx, out: ActorMention[], add: Add): void {
  let named = KIN_NAMED.get(ctx);
  if (!named) KIN_NAMED.set(ctx, (named = new Map()));
  for (const owner of [...out]) {
    if (owner.rule === 'pronoun' || ctx.actors.get(owner.actorId)?.kind !== 'person') continue;
    // "Roth's cousins", "Roth's Lima relatives": kin of whom there are several are a group of their own, in the
    // sentence's words (the owner only qualifies them).
    // "the Brandt family sent a fax": the family is a group of its own, in the sentence's words.
    const family = familyAfter(ctx.text, owner.start, owner.end);
    if (family > 0) {
      const name = ctx.text.slice(owner.start, owner.end + family);
      add({ id: slug(name), name, kind: 'group', aliases: [], memberOf: [] }, owner.start, owner.end + family, 'kin-group');
      continue;
    }
    const many = MANY_KIN_OF.exec(ctx.text.slice(owner.end, owner.end + 60));
    if (many) {
      const name = ctx.text.slice(owner.start, owner.end + many[0].length);
      add({ id: slug(name), name, kind: 'group', aliases: [], memberOf: [] }, owner.start, owner.end + many[0].length, 'kin-group');
      continue;
    }
    const kin = KIN_OF.exec(ctx.text.slice(owner.end, owner.end + 60));
    if (!kin) continue;
    const kinEnd = owner.end + kin[0].length;
    const key = `${owner.actorId}\u0000${kin[1]!.toLowerCase()}`;
    const given = out.find((m) => m.start >= kinEnd && m.actorId !== owner.actorId && ctx.actors.get(m.actorId)?.kind === 'person' && KIN_TO_NAME.test(ctx.text.slice(kinEnd, m.start)));
    if (given) { named.set(key, given.actorId); continue; }
    const person = named.get(key);
    if (person && ctx.actors.has(person)) { add(ctx.actors.get(person)!, kinEnd - kin[1]!.length, kinEnd, 'kin-reference'); continue; }
    // "Roth's mother and ten others drowned": kin the article never names is a person in the sentence's words.
    if (!person && KIN_SUBJECT_AFTER.test(ctx.text.slice(kinEnd, kinEnd + 40))) {
      const name = `${owner.text}'s ${kin[1]!.toLowerCase()}`;
      add({ id: slug(name), name, kind: 'person', aliases: [], memberOf: [] }, kinEnd - kin[1]!.length, kinEnd, 'kin-person');
    }
  }
}

/**
 * "the boy", "the girl", "the child": the one person the article gives a child's age or calls so by name
 * ("6-year-old Anel Voss", "Anel, 6,", "Anel, the boy at the centre of …", "the boy Anel"). None when no one or
 * several are; not "a boy", "the boys", "the boy's school" of no named child.
 */
export function resolveChild(ctx: Ctx, toks: Token[], out: ActorMention[], add: Add): void {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!CHILD_NOUNS.has(t.text) || toks[i - 1]!.key !== 'the' || out.some((m) => m.start <= t.start && m.end >= t.end)) continue;
    // "the boy Anel": the name that follows is read where it stands.
    if (toks[i + 1] && /^\p{Lu}/u.test(toks[i + 1]!.text) && ctx.text.slice(t.end, toks[i + 1]!.start) === ' ') continue;
    const child = childOf(ctx);
    if (child) add(ctx.actors.get(child)!, t.start, t.end, 'child-description');
  }
}
const CHILD_NOUNS = new Set(['boy', 'girl', 'child']);
const CHILD_OF = new WeakMap<Ctx, string | null>();
const CHILD_NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})";
const CHILD_CUES = [
  new RegExp(`\\b(\\d{1,2})-year-old\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?${CHILD_NAME}`, 'gu'),
  new RegExp(`${CHILD_NAME},\\s+(\\d{1,2}),`, 'gu'),
  // (Not "Salas, the boy's stepmother": the boy's kin.)
  new RegExp(`${CHILD_NAME},\\s+the\\s+(boy|girl|child)\\b(?!['’])`, 'gu'),
  new RegExp(`\\bthe\\s+(boy|girl|child)\\s+${CHILD_NAME}`, 'gu'),
];
function childOf(ctx: Ctx): string | null {
  if (CHILD_OF.has(ctx)) return CHILD_OF.get(ctx)!;
  const found = new Set<string>();
  for (const re of CHILD_CUES) {
    for (const m of ctx.text.matchAll(re)) {
      const age = /^\d+$/.test(m[1]!) ? Number(m[1]) : /^\d+$/.test(m[2]!) ? Number(m[2]) : 0;
      if (age >= 18) continue;
      const name = /^\p{Lu}/u.test(m[1]!) ? m[1]! : m[2]!;
      const words = name.split(/\s+/);
      const person = [...ctx.actors.values()].find((a) => a.kind === 'person' && words.every((w) => a.name.split(/\s+/).includes(w)));
      if (person) found.add(person.id);
    }
  }
  const child = found.size === 1 ? [...found][0]! : null;
  CHILD_OF.set(ctx, child);
  return child;
}

/**
 * The actor a sentence opens with as its subject: its first mention, with nothing but quotes or an opening
 * phrase ending in a comma before it ("Nicknamed X, Ana Roth had …"), and not a possessive ("Roth's lawyer").
 */
function subjectOf(ctx: Ctx, list: ActorMention[], start: number, fits: (m: ActorMention, pronounToo: boolean) => boolean): ActorMention | undefined {
  const first = [...list].sort((x, y) => x.start - y.start || y.end - x.end)[0];
  if (first === undefined || !fits(first, true)) return undefined;
  const lead = ctx.text.slice(start, first.start);
  if (!/^[\s"“'`(]*$/.test(lead) && !/^[^"“]*,\s*$/.test(lead)) return undefined;
  return /^['’]s?\b/.test(ctx.text.slice(first.end, first.end + 3)) ? undefined : first;
}

/**
 * The several actors a sentence opens with as its subject: the ones one plural phrase stands for ("The
 * companies"), or names joined by "and" or commas ("Tallent and Brinmore"); none when it opens with one actor.
 */
function subjectsOf(ctx: Ctx, list: ActorMention[], start: number): ActorMention[] {
  const sorted = [...list].filter((m) => m.rule !== 'pronoun' && ctx.actors.has(m.actorId)).sort((x, y) => x.start - y.start || y.end - x.end);
  const first = sorted[0];
  if (first === undefined || !/^[\s"“'`(]*$/.test(ctx.text.slice(start, first.start))) return [];
  const out = [first];
  for (const m of sorted.slice(1)) {
    const last = out[out.length - 1]!;
    if (m.start === first.start && m.end === first.end) out.push(m);
    else if (m.start >= last.end && /^\s*(?:,\s*)?(?:and\s+)?$/.test(ctx.text.slice(last.end, m.start)) && ctx.text.slice(last.end, m.start).trim() !== '') out.push(m);
    else if (m.start >= last.end) break;
  }
  const ids = [...new Set(out.map((m) => m.actorId))];
  return ids.length >= 2 && ids.every((id) => ctx.actors.get(id)?.kind !== 'person') ? out.filter((m, k) => out.findIndex((o) => o.actorId === m.actorId) === k) : [];
}

// Words that mark a person as a man or a woman when they stand in apposition to the name or title it.
const MALE_WORDS = 'spokesman|chairman|businessman|congressman|councilman|sportsman|man|boy|husband|father|son|brother|king|prince|actor|grandfather|widower';
const FEMALE_WORDS = 'spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|sportswoman|woman|girl|wife|mother|daughter|sister|queen|princess|actress|grandmother|widow';
const APPOSED = (words: string) => new RegExp(`^,\\s+(?:a|an|the|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${words})\\b`, 'iu');
const MALE_APPOSED = APPOSED(MALE_WORDS);
const FEMALE_APPOSED = APPOSED(FEMALE_WORDS);

/**
 * 'male' or 'female' when the text says so of the person: a title before one of its names ("Mr. Roth",
 * "Mrs. Roth") or a noun in apposition after it ("Ana Roth, a spokesman for …"); else null.
 */
export function genderOf(text: string, name: string, aliases: readonly string[]): 'male' | 'female' | null {
  // The surname too: "Mr. Dahl" is said of "Rune Dahl".
  for (const form of [name, ...aliases, name.split(/\s+/).pop() ?? '']) {
    if (form.length < 3) continue;
    let from = 0;
    for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, from)) {
      from = at + form.length;
      const before = text.slice(Math.max(0, at - 6), at);
      const after = text.slice(from, from + 60);
      if (/\b(?:Mr|Sir|Lord)\.?\s+$/.test(before) || MALE_APPOSED.test(after)) return 'male';
      if (/\b(?:Mrs|Ms|Miss|Dame|Lady)\.?\s+$/.test(before) || FEMALE_APPOSED.test(after)) return 'female';
    }
  }
  return null;
}


/**
 * One actor per entity within an article: a person's shorter full name is
 * the longer one it begins ("Luis Felipe Puente" is "Luis Felipe Puente
 * Espinosa"; "Charles Schumer" is "Charles E. Schumer"), a body's name is
 * the longer one that only adds a head word ("Civil Protection" is "Civil
 * Protection Agency"), and a company is filed under its name without the
 * company-form suffix, so the same company from another article, written
 * with or without it, has the same id; a company written with its generic last word in both numbers is one,
 * named by the form mentioned more often (`mentions` of an id). Returns id -> id merges.
 */
export function sameEntities(actors: Actor[], isBodyHead: (key: string) => boolean, mentions: (id: string) => number = () => 0): Record<string, string> {
  const words = (a: Actor) => a.name.split(/\s+/).map((w) => tokenKey(w.replace(/[.,]$/, ''))).filter(Boolean);
  const merge: Record<string, string> = {};
  for (const a of actors) {
    if (a.kind !== 'organization') continue;
    const w = words(a);
    if (w.length >= 2 && COMPANY_SUFFIXES.has(w[w.length - 1]!)) {
      const base = slug(nameWithoutLast(a.name));
      // "Talvik Co." is "Talvik"; not when one word left would be a country's or a person's id ("Georgia Inc."),
      // or a body's common head ("Trust Corp.", "Service Corp.").
      const taken = w.length === 2 && (gazetteer().actors.has(base) || isBodyHead(w[0]!) || actors.some((b) => b.id === base && b.kind !== 'organization'));
      if (base && base !== a.id && !taken) merge[a.id] = base;
    }
  }
  const canonical = (id: string) => merge[id] ?? id;
  // A body named by one word is the one body whose name it opens ("Lumera" of "Lumera Cells").
  for (const a of actors) {
    // Not a body the gazetteer knows ("OSCE" is not its "OSCE Minsk Group"), nor one the longer name belongs to.
    if (a.kind !== 'organization' || words(a).length !== 1 || merge[a.id] || gazetteer().actors.has(a.id)) continue;
    const longer = actors.filter((b) => b !== a && b.kind === 'organization' && words(b).length > 1 && words(b)[0] === words(a)[0] && !b.memberOf.includes(a.id));
    if (new Set(longer.map((b) => canonical(b.id))).size === 1) merge[a.id] = canonical(longer[0]!.id);
  }
  // "the People's Union" is the one "Varnian People's Union" named before it: a body's name after its country's word.
  actors.forEach((a, at) => {
    if (a.kind !== 'organization' || merge[a.id] || words(a).length < 2 || gazetteer().actors.has(a.id)) return;
    const wa = words(a);
    const national = actors.slice(0, at).filter((b) => b.kind === 'organization' && b.memberOf.length > 0 && words(b).length === wa.length + 1 && wa.every((w, k) => words(b)[k + 1] === w));
    if (new Set(national.map((b) => canonical(b.id))).size === 1) merge[a.id] = canonical(national[0]!.id);
  });
  // An acronym is the one body of the article whose initials it spells ("INS", "Immigration and Naturalization Service").
  for (const a of actors) {
    if (a.kind !== 'organization' || merge[a.id] || !/^\p{Lu}{2,6}$/u.test(a.name)) continue;
    const spelt = actors.filter((b) => b !== a && b.kind === 'organization' && words(b).length > 1 && initialsOf(b.name).some((i) => spells(a.name, i)));
    if (new Set(spelt.map((b) => canonical(b.id))).size === 1) merge[a.id] = canonical(spelt[0]!.id);
  }
  for (const a of actors) {
    if (a.kind !== 'person' && a.kind !== 'organization') continue;
    const wa = words(a);
    const bare = (w: string[]) => w.filter((x) => x.length > 1);
    for (const b of actors) {
      if (b === a || b.kind !== a.kind || canonical(b.id) === canonical(a.id) || KIN_DESCRIPTION.test(b.name)) continue;
      const wb = words(b);
      if (wb.length <= wa.length && !(a.kind === 'person' && wb.length > bare(wb).length)) continue;
      const prefix = wa.every((w, k) => wb[k] === w);
      const person = a.kind === 'person' && wa.length >= 2 && (prefix || (bare(wa).join(' ') === bare(wb).join(' ') && wb.length > wa.length));
      const body = a.kind === 'organization' && wa.length >= 2 && prefix && wb.slice(wa.length).every(isBodyHead);
      if (person || body) { merge[a.id] = canonical(b.id); break; }
    }
  }
  // "Marty Lenz" is the "Martin Lenz" of the same report: a short form of the first name, the rest the same.
  for (const a of actors) {
    if (a.kind !== 'person' || merge[a.id]) continue;
    const formal = actors.filter((b) => b.kind === 'person' && shortFirstNameOf(a.name, b.name));
    if (new Set(formal.map((b) => canonical(b.id))).size === 1) merge[a.id] = canonical(formal[0]!.id);
  }
  return { ...sameCompanyNumber(actors, mentions, canonical), ...merge };
}
