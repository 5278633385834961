// People: a title or a role before a capitalised name ("Foreign Minister
// Sergey Lavrov", "runner Tigist Alemu"), a full name that acts ("Mira Kos
// said"), an appositive that gives the name a role ("X, the region's
// leader,"); each registered by surname so later short forms bind to it.
import type { Actor } from '../../model/schema';
import { isAllCaps, isCap, tokenKey, type Token } from '../text/tokens';
import { gazetteer, slug } from './gazetteer';
import { typesOfHead } from './discover';
import { actorOf, ensure, lookup, type ActorMention, type Add, type Ctx } from './context';
import { bodyOfTitle, countryAround, countryIsGuessed } from './membership';
import { ACT_VERBS, CALENDAR_FIRST_NAMES, CORPORATE_TITLE, DATE_LEADS, HONORIFICS, KIN_DESCRIPTION, KIN_NOUNS, NAME_STOP, PARTICLES, PARTY_MEMBER_NOUNS, PAST_OFFICE_WORDS, PLACE_ONLY_OPENERS, PLACE_OPENERS, ROLE_NOUNS, STATE_TITLE, STORM_WORDS, TITLE_HEADS } from './peopleWords';
import { BODY_NAME_WORDS, COMPANY_FORMS, COMPANY_PART_NOUNS, ORG_HEADS } from './organisationWords';
import { PRIVATE_COMPANY_NOUNS } from './countryWords';
import { FIRST_NAMES } from './firstNames';
import { shortFirstNameOf, shorterFormOf } from './mergeActors';
import { FUNCTION_WORDS, literal } from '../text/lexicon';

export function personActor(name: string, memberOf: string[]): Actor {
  return { id: slug(name), name, kind: 'person', aliases: [], memberOf };
}

/** Reads a name starting at token i: capitalised words, particles inside, hyphen/apostrophe joins. */
export function readName(ctx: Ctx, toks: Token[], i: number): number {
  let j = i;
  let last = -1;
  while (j < toks.length && j - i < 6) {
    const t = toks[j]!;
    if (j > i) {
      const gap = ctx.text.slice(toks[j - 1]!.end, t.start);
      // "Charles E. Schumer": an initial and its dot inside a name.
      const initial = gap === '. ' && isInitial(toks[j - 1]!.text) && isCap(t.text);
      if (!/^(?: |-|’|')$/.test(gap) && !initial) break;
      // "Armenia's" - a possessive ends the name.
      if ((gap === '’' || gap === "'") && t.key === 's') break;
    }
    // "Bandar bin Sultan": after a particle a title's word is a name's.
    const afterParticle = j > i && PARTICLES.has(toks[j - 1]!.key);
    const cap = (isCap(t.text) && (!isAllCaps(t.text.length > 1 ? t.text : 'x') || isInitial(t.text)) && !NAME_STOP.has(t.key) && (!TITLE_HEADS.has(t.key) || afterParticle) && !(j === i && (roleOpening(ctx, toks, j) || participleOpening(ctx, toks, j))))
      || (j === i && calendarAsFirstName(ctx, toks, j));
    if (cap && (!lookup(ctx, toks, j) || capitalAsFirstName(ctx, toks, j))) { last = j; j++; continue; }
    if (PARTICLES.has(t.key) && !isCap(t.text) && last >= 0 && j + 1 < toks.length && isCap(toks[j + 1]!.text)) { j++; continue; }
    if (PARTICLES.has(t.key) && last < 0 && ctx.text[t.end] === '-' && j + 1 < toks.length && isCap(toks[j + 1]!.text)) { j++; continue; }
    break;
  }
  return last;
}

/**
 * "Foreign Minister Jan Kovar", "May Tan said": a month name that is also a first name opens a name when a
 * surname follows right after it, and no date preposition or number goes before it ("in May Chile voted",
 * "Jan. 13", "on 3 May Lena Ruiz …"; the surname must be no name the lexicon knows).
 */
function calendarAsFirstName(ctx: Ctx, toks: Token[], j: number): boolean {
  const t = toks[j]!;
  const next = toks[j + 1];
  if (!CALENDAR_FIRST_NAMES.has(t.key) || !isCap(t.text) || isAllCaps(t.text) || next === undefined) return false;
  if (ctx.text.slice(t.end, next.start) !== ' ' || !isCap(next.text) || isAllCaps(next.text) || NAME_STOP.has(next.key) || TITLE_HEADS.has(next.key) || lookup(ctx, toks, j + 1)) return false;
  const prev = toks[j - 1];
  return prev === undefined || (!DATE_LEADS.has(prev.key) && !/^\d/.test(prev.text));
}

/**
 * "Chanting Ana Roth must go, the crowd marched": a word in -ing that opens a sentence or a clause is a verb's
 * participle before the name, not a first name (unless the first names know it).
 */
function participleOpening(ctx: Ctx, toks: Token[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  if (!/^\p{Lu}\p{Ll}{2,}ing$/u.test(t.text) || FIRST_NAMES.has(t.key) || next === undefined || ctx.text.slice(t.end, next.start) !== ' ' || !isCap(next.text)) return false;
  // A surname in -ing ("Ana Keating … Keating said") is written capitalised inside a sentence somewhere.
  if (writtenMidSentence(ctx, t.text)) return false;
  return k === 0 || /[.!?;:“"(–—]\s*$/.test(ctx.text.slice(toks[k - 1]!.end, t.start));
}

// Per article, whether a word is written after a lower-case word or a comma somewhere: each answer reads the
// whole text, and an article may open thousands of sentences with the same word ("Following …").
const midSentence = new WeakMap<Ctx, Map<string, boolean>>();
function writtenMidSentence(ctx: Ctx, word: string): boolean {
  let seen = midSentence.get(ctx);
  if (!seen) midSentence.set(ctx, (seen = new Map()));
  let found = seen.get(word);
  if (found === undefined) seen.set(word, (found = new RegExp(`[\\p{Ll},] ${word}\\b`, 'u').test(ctx.text)));
  return found;
}

/** "Writer Ibrahim X", "– Writer X": a capitalised role noun that opens a sentence or a line before a name is a title. */
function roleOpening(ctx: Ctx, toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (!ROLE_NOUNS.has(t.key) || !isCap(t.text)) return false;
  const before = k === 0 ? '' : ctx.text.slice(toks[k - 1]!.end, t.start);
  return k === 0 || /[–—:;-]\s*$/.test(before);
}

// The names an article writes before a lower-case "party" ("the Lumo Vanta party"): a party's, read in
// organisations.ts. Read once per article: a long article has thousands of names to ask about.
const PARTY_NAMES = new WeakMap<Ctx, Set<string>>();
function partyNames(ctx: Ctx): Set<string> {
  let names = PARTY_NAMES.get(ctx);
  if (!names) {
    names = new Set<string>();
    for (const m of ctx.text.matchAll(/((?:\p{Lu}[\p{L}'’-]*\s+){2,3})party\b/gu)) {
      const words = m[1]!.trim().split(/\s+/);
      for (let k = 0; k < words.length - 1; k++) names.add(words.slice(k).join(' '));
    }
    PARTY_NAMES.set(ctx, names);
  }
  return names;
}

// The names an article writes before a company's legal form ("Talvik Mills Inc.", "Larin Oy"): a company's,
// whatever verb follows them elsewhere ("The chief of Talvik Mills said"). Read once per article.
const COMPANY_FORM_NAMES = new WeakMap<Ctx, Set<string>>();
// (A form opens with a capital, the rest in either case: "Inc", "LLC", "GmbH", "Oy".)
// ("Varlow Jones & Co.", "Varlow Jones amp Co.": an ampersand, or the "amp" a converted text spells it as, before the form.)
const FORM_AFTER_NAME = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4})(?:(?:&|amp)\\s+)?(?:${[...COMPANY_FORMS].map((f) => f[0]!.toUpperCase() + [...f.slice(1)].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|')})\\b`, 'gu');
function companyFormNames(ctx: Ctx): Set<string> {
  let names = COMPANY_FORM_NAMES.get(ctx);
  if (!names) {
    names = new Set<string>();
    for (const m of ctx.text.matchAll(FORM_AFTER_NAME)) {
      const words = m[1]!.trim().split(/\s+/);
      while (words.length > 1 && FUNCTION_WORDS.has(words[0]!.toLowerCase())) words.shift();
      names.add(words.join(' '));
      for (let k = 1; k < words.length - 1; k++) names.add(words.slice(k).join(' '));
    }
    COMPANY_FORM_NAMES.set(ctx, names);
  }
  return names;
}

// The names an article writes as a body's: before a body's part ("Lumo's Brin Foods unit"), or opening a name
// that goes on with a word only bodies' names hold ("Ada Kerr Federal Savings & Loan Association": "Ada Kerr"
// there and wherever the article writes it alone). Read once per article.
const BODY_WRITTEN_NAMES = new WeakMap<Ctx, Set<string>>();
const NAME_RUN = /(?<![\p{L}'’.-])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;
const PART_AFTER = new RegExp(`^\\s+(?:${[...COMPANY_PART_NOUNS].join('|')})\\b`, 'u');
function bodyWrittenNames(ctx: Ctx): Set<string> {
  let names = BODY_WRITTEN_NAMES.get(ctx);
  if (!names) {
    names = new Set<string>();
    for (const m of ctx.text.matchAll(NAME_RUN)) {
      const words = m[0].split(/\s+/);
      if (PART_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14))) for (let j = 0; j < words.length - 1; j++) names.add(words.slice(j).join(' '));
      const k = words.findIndex((w, j) => j > 0 && BODY_NAME_WORDS.has(tokenKey(w)));
      if (k >= 2) for (let j = 2; j <= k; j++) names.add(words.slice(0, j).join(' '));
    }
    BODY_WRITTEN_NAMES.set(ctx, names);
  }
  return names;
}

const MODEL_YEAR_BEFORE = /(?:['’]s|\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:19|20)\d\d\s+$/u;

/** "Secretary of State X", "Minister of Defence X": a capitalised title head, "of" and its portfolio end at token k. */
function titleOfPortfolio(ctx: Ctx, toks: Token[], k: number): boolean {
  if (k < 2 || !isCap(toks[k]!.text) || toks[k - 1]!.key !== 'of' || !TITLE_HEADS.has(toks[k - 2]!.key) || !isCap(toks[k - 2]!.text)) return false;
  return ctx.text.slice(toks[k - 2]!.end, toks[k]!.start) === ' of ';
}

/** Whether token k is the portfolio of a title with "of" and a first name follows ("Chief of Staff John Vardell"). */
function portfolioBeforeName(ctx: Ctx, toks: Token[], k: number): boolean {
  const next = toks[k + 1];
  return next !== undefined && titleOfPortfolio(ctx, toks, k) && FIRST_NAMES.has(next.key) && isCap(next.text) && ctx.text.slice(toks[k]!.end, next.start) === ' ';
}

/** A single capital, as an initial is written before its dot ("E" of "Charles E. Schumer"). */
const isInitial = (word: string): boolean => word.length === 1 && isCap(word);

// A noun, its comma, and what may stand before a name in apposition to it ("company, to be called ").
const APPOSED_TO_NOUN = /\b(\p{Ll}+),\s+(?:(?:to\s+be|now|later)\s+)?(?:(?:called|named|renamed|known\s+as)\s+)?$/u;

/** Whether the text before a name ends in a body's noun the name is in apposition to ("the new company, "). */
function namesABodyNoun(before: string): boolean {
  const noun = APPOSED_TO_NOUN.exec(before)?.[1];
  return noun !== undefined && (typesOfHead(noun).length > 0 || PRIVATE_COMPANY_NOUNS.has(noun) || COMPANY_PART_NOUNS.has(noun));
}

/** "Sofia Castel", "Paris Hilton": a capital's name followed by a surname is a first name. */
function capitalAsFirstName(ctx: Ctx, toks: Token[], j: number): boolean {
  const m = lookup(ctx, toks, j);
  if (!m || m.endTok !== j || m.entry.type !== 'capital') return false;
  const next = toks[j + 1];
  return next !== undefined && ctx.text.slice(toks[j]!.end, next.start) === ' ' && isCap(next.text) && !NAME_STOP.has(next.key) && !TITLE_HEADS.has(next.key) && !lookup(ctx, toks, j + 1);
}

/**
 * People: a title followed by a name, a full name followed by an act verb, or
 * "said" followed by a name. Without `add` (pass 1) it only registers them.
 */
export function findPeople(ctx: Ctx, toks: Token[], add: Add | null, out: ActorMention[] = []): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isCap(t.text) || (NAME_STOP.has(t.key) && !calendarAsFirstName(ctx, toks, i)) || TITLE_HEADS.has(t.key)) continue;
    if (i > 0 && readNameStartsBefore(ctx, toks, i)) continue;
    // "Guber/Peters Entertainment": the name after a slash is the second of two joined into one, no person's.
    if (i > 0 && isCap(toks[i - 1]!.text) && ctx.text.slice(toks[i - 1]!.end, t.start) === '/') continue;
    // "Chief of Staff John Vardell": the portfolio word after "<Title> of" closes the title when a first name
    // follows; the person's name starts there.
    if (portfolioBeforeName(ctx, toks, i)) continue;
    // Inside a body's name or another mention already read ("Lakeside Liberation Front").
    if (insideOtherMention(out, t.start)) continue;
    const last = readName(ctx, toks, i);
    if (last < 0) continue;
    // "Brenford Rovers will", "Skyline Air said": a body's head word ends it, so it is no person.
    if ((typesOfHead(toks[last]!.key).length > 0 || ORG_HEADS.has(toks[last]!.key) || /^(?:programme|program|office|service|ministry)$/.test(toks[last]!.key)) && !personFor(ctx, ctx.text.slice(t.start, toks[last]!.end))) { i = last; continue; }
    // "Harlow Federal Savings said", "Lumo's High Yield Bond Portfolio has", "Kessel International's Ana Roth":
    // a word only bodies' names hold makes the name a body's, and so does the article writing it as one
    // elsewhere ("Lumo's Brin Foods unit … Brin Foods will"). Not a name the article already knows as a person's.
    if (last > i && (toks.slice(i + 1, last + 1).some((x) => BODY_NAME_WORDS.has(x.key)) || bodyWrittenNames(ctx).has(ctx.text.slice(t.start, toks[last]!.end))) && !personFor(ctx, ctx.text.slice(t.start, toks[last]!.end))) { i = last; continue; }
    // "an Ostrel Republican has subpoenaed him": a place and a party's member describe someone, no name.
    if (last > i && PARTY_MEMBER_NOUNS.has(toks[last]!.key)) { i = last; continue; }
    // "Kopp's 1987 Chevrolet Cavalier", "a 2004 Harlan Tourer": a model year before a name makes it a make and model.
    if (MODEL_YEAR_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 12), t.start))) { i = last; continue; }
    // "the new company, Lumo Mills, could …", "the unit, to be called Lumo Mills,": a name in apposition to a
    // body's noun names that body, whatever verb follows it.
    if (namesABodyNoun(ctx.text.slice(Math.max(0, t.start - 40), t.start))) { i = last; continue; }
    // "a clinic now in Mount Pleasant can move": a name opened by a word only places' names open with is no one's.
    if (last > i && PLACE_ONLY_OPENERS.has(t.key)) { i = last; continue; }
    const name = ctx.text.slice(t.start, toks[last]!.end);
    const words = last - i + 1;
    // "Hurricane Vela", "Tropical Storm Ana": a storm, named like a person and acting like one, but no person;
    // its bare name ("Vela made landfall") and "it" take it after.
    const stormAt = (k: number): boolean => STORM_WORDS.has(toks[k]!.key) || (/^(?:tropical|super)$/.test(toks[k]!.key) && k < last && (stormAt(k + 1) || toks[k + 1]!.key === 'depression'));
    if (words >= 2 && stormAt(i) && !STORM_WORDS.has(toks[last]!.key) && toks[last]!.key !== 'depression') {
      const storm: Actor = { id: slug(name), name, kind: 'group', aliases: [], memberOf: [] };
      registerPerson(ctx, storm);
      if (add) add(storm, t.start, toks[last]!.end, 'named-storm');
      i = last;
      continue;
    }
    const prev = toks[i - 1];
    const prevGapOk = prev ? /^\.?\s+$/.test(ctx.text.slice(prev.end, t.start)) : false;
    // "Writer Ibrahim Rugova": a capitalised role noun opening the sentence is a title.
    const titled = prev !== undefined && prevGapOk && (TITLE_HEADS.has(prev.key) || roleOpening(ctx, toks, i - 1) || titleOfPortfolio(ctx, toks, i - 1));
    const next = toks[last + 1];
    // ("The Court of Human Rights found": words after "of" and a capitalised word close a body's name.)
    const ofName = i >= 2 && /^(?:of|for)$/.test(toks[i - 1]!.key) && isCap(toks[i - 2]!.text);
    const verbAfter = !ofName && next !== undefined && ACT_VERBS.has(next.key) && /^,?\s+$/.test(ctx.text.slice(toks[last]!.end, next.start));
    const saidBefore = prev !== undefined && /^(?:said|says|told|added|according)$/.test(prev.key);
    const known = personFor(ctx, name);
    let person: Actor | null = known;
    // "runner Tigist Alemu", "teacher Mira Kos": a role noun before a full name.
    const roled = prev !== undefined && prevGapOk && ROLE_NOUNS.has(prev.key) && !isCap(prev.text);
    // "Elmar Mammadyarov, his Azerbaijani counterpart,": a title or role in an appositive after the name.
    const described = appositiveRole(ctx.text, toks[last]!.end);
    // "Gary Ashby, 66, was …": an age in commas after a full name.
    const aged = /^,\s*\d{1,3},/.test(ctx.text.slice(toks[last]!.end, toks[last]!.end + 6));
    // A known first name opens a person's full name ("Alan Carr joined the board").
    const firstNamed = FIRST_NAMES.has(t.key) && !isAllCaps(t.text);
    // A word the article writes as only a person's ("X's father", "6-year-old X", "X, who") in the name.
    const cues = personCueWords(ctx);
    // The cue of the last word holds only inside a sentence: "Applauding Ortega's victory" is no one's name.
    const cued = !isAllCaps(t.text) && (cues.has(t.key) || (cues.has(toks[last]!.key) && i > 0));
    // "The Grand Prix was won": a name after "the" is a thing or a body, whatever verb follows it.
    // (Not after a title: "the Mayor Ida Brandt" is a person.)
    const determined = !titled && /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}$/u.test(ctx.text.slice(Math.max(0, t.start - 40), t.start));
    // "the Varnian ambassador to Luma, Olek Varga,": a full name in apposition after a title or a role.
    const apposed = words >= 2 && roleApposedBefore(ctx.text.slice(Math.max(0, t.start - 120), t.start));
    if (!person && words >= 2 && !determined && (titled || verbAfter || saidBefore || roled || described !== null || aged || firstNamed || cued || apposed) && !partyNames(ctx).has(name) && !companyFormNames(ctx).has(name) && !officerBodyNames(ctx).has(name)) {
      person = personActor(name, []);
    } else if (!person && words === 1 && cued && !lookup(ctx, toks, i) && !inFullName(ctx.text, t.text)) {
      // "Varek, 44, organised the trip", "Ilko's father": one name the article gives a person's cue, and
      // never writes inside a longer name (that name is the person, read where it stands).
      person = personActor(name, []);
    } else if (!person && words === 1 && titled && HONORIFICS.has(prev!.key) && !gazetteer().trie.next.has(t.key) && !(next && isCap(next.text) && ctx.text.slice(toks[last]!.end, next.start) === ' ')) {
      // ("Prince Edward Island": a capitalised word after the one name makes it a place's.)
      person = personActor(name, []);
    } else if (!person && words === 1 && !determined && described !== null && !lookup(ctx, toks, i) && !isAllCaps(t.text)
      && /^,?\s*(?:said|says|told|added|announced)\b/.test(ctx.text.slice(toks[last]!.end + described, toks[last]!.end + described + 12))) {
      // "Mugo, the court's registrar, said": one name, a person's title in commas after it, then a saying.
      person = personActor(name, []);
    }
    if (!person) { i = last; continue; }
    // Country and body from the title phrase on the left, or an appositive on the right; a role's too
    // ("Varnian runner X", "Lumo engineer X"), though a role names no body by itself.
    // Memberships are read in pass 2 only, once the article's own bodies are known ("president of U.S. Trust" names
    // a bank, not the country).
    if (add && (titled || roled)) {
      let k = i - 1;
      // Not back over a verb or another person's name: in "Peru's Ana Lobo called President X" and "Peruvian
      // Prime Minister Ana Lobo and President X" the country is Lobo's, not the title's.
      const otherPerson = (k: number) => k >= 2 && /^(?:and|or)$/.test(toks[k - 1]!.key) && ctx.surnames.has(toks[k - 2]!.key);
      while (k > 0 && i - k < 7 && !/[,;:()"“”]/.test(ctx.text.slice(toks[k - 1]!.end, toks[k]!.start)) && !ACT_VERBS.has(toks[k - 1]!.key) && !otherPerson(k)) k--;
      const around = countryAround(ctx, toks, k, i - 2);
      const memberOf = [around.org, around.country].filter((x): x is string => x !== null);
      // A title that names no body belongs to the one the article is about:
      // "Chief Executive X" to the company just named, "Prime Minister X" to the country.
      if (memberOf.length === 0 && titled) {
        // A capitalised title is the capitalised words before the name: "the revolution that brought President
        // X", "younger brother of President X" are a president's, whatever words lead to the title.
        // Not a rank or an honorific alone ("police spokesman Capt. X" is a spokesman's).
        let c = i - 1;
        while (c > k && isCap(toks[c - 1]!.text) && isCap(toks[c]!.text)) c--;
        const run = toks.slice(c, i).map((x) => x.key);
        const titleRun = isCap(toks[i - 1]!.text) && run.some((w) => STATE_TITLE.test(w) || CORPORATE_TITLE.test(w));
        const phrase = titleRun ? run : toks.slice(k, i).map((x) => x.key);
        const named = namedBodyOfTitle(ctx, toks.slice(k, i), k === 0);
        const body = named === undefined ? bodyOfTitle(ctx, phrase, out, t.start) : named;
        // A country the sentence does not name is a guess, and no second country for a person who has one.
        const guessed = body !== null && actorOf(ctx, body)?.kind === 'country' && countryIsGuessed(ctx);
        const hasCountry = [...person.memberOf, ...(ctx.actors.get(person.id)?.memberOf ?? [])].some((m) => actorOf(ctx, m)?.kind === 'country');
        if (guessed) ctx.guessedMembers.add(`${person.id} ${body}`);
        if (body && !(guessed && hasCountry)) memberOf.push(body);
      }
      person = { ...person, memberOf: [...new Set([...person.memberOf, ...memberOf])] };
    }
    // The country of the title or role the name is in apposition to ("the Varnian ambassador, X").
    if (add && apposed && !titled && !roled) {
      let k = i - 1;
      while (k > 0 && i - k < 10 && !/[,;:()"“”]/.test(ctx.text.slice(toks[k - 1]!.end, toks[k]!.start))) k--;
      // The country nearest the title: "X and her Varnian counterpart, Y" is Varnian whatever X's country is.
      let country: string | null = null;
      for (let j = i - 2; j >= k && country === null; j--) country = countryAround(ctx, toks, j, i - 2).country;
      if (country && !person.memberOf.includes(country)) person = { ...person, memberOf: [...person.memberOf, country] };
    }
    // Both appositive patterns open with a comma.
    const appositive = ctx.text.charCodeAt(toks[last]!.end) === 44 ? ctx.text.slice(toks[last]!.end, Math.min(ctx.text.length, toks[last]!.end + 80)) : null;
    const ap = appositive === null ? null : APPOSITIVE_OF.exec(appositive) ?? APPOSITIVE_POSSESSIVE.exec(appositive);
    if (add && described !== null && !titled) {
      const from = toks.findIndex((x) => x.start > toks[last]!.end);
      const to = toks.findIndex((x) => x.start >= toks[last]!.end + described);
      const around = from >= 0 ? countryAround(ctx, toks, from, (to < 0 ? toks.length : to) - 1) : null;
      if (around?.country && !person.memberOf.includes(around.country)) person = { ...person, memberOf: [...person.memberOf, around.country] };
      // "X, the chief of Talvik Mills,", "X, Talvik's vice president for finance,": an officer's title in the
      // appositive makes X a member of the body it names (not a former one's, not a person's).
      const body = from >= 0 ? officerBody(ctx, toks, from) : null;
      if (body && !person.memberOf.includes(body)) person = { ...person, memberOf: [...person.memberOf, body] };
    } else if (add && ap) {
      const j = toks.findIndex((x) => x.start >= toks[last]!.end + ap[0].length - 1 - (ap[0].endsWith(' ') ? 0 : 0) && x.start <= toks[last]!.end + ap[0].length + 1);
      const guess = j >= 0 ? countryAround(ctx, toks, j, Math.min(toks.length - 1, j + 1)) : null;
      const from = toks.findIndex((x) => x.start > toks[last]!.end);
      const guess2 = guess?.country ? guess : from >= 0 ? countryAround(ctx, toks, from, Math.min(toks.length - 1, from + 1)) : null;
      if (guess2?.country && !person.memberOf.includes(guess2.country)) person = { ...person, memberOf: [...person.memberOf, guess2.country] };
    }
    // "X, who is president of Talvik Mills,", "X was named chairman of Talvik Mills": an office a clause after the
    // name gives X makes X a member of the body it names.
    const office = add ? OFFICE_CLAUSE.exec(ctx.text.slice(toks[last]!.end, toks[last]!.end + 60)) : null;
    if (office) {
      const from = toks.findIndex((x) => x.start >= toks[last]!.end + office[0].length);
      const body = from >= 0 ? officerBody(ctx, toks, from) : null;
      if (body && !person.memberOf.includes(body)) person = { ...person, memberOf: [...person.memberOf, body] };
    }
    // "Torvan Motors's Anna Kessler", "Peru's Ana Lobo": the body or country whose possessive stands before the name.
    if (add && prev?.key === 's' && i >= 2 && /^['’]$/.test(ctx.text.slice(toks[i - 2]!.end, prev.start)) && /^\s+$/.test(ctx.text.slice(prev.end, t.start))) {
      const owner = possessor(ctx, toks, i - 2);
      if (owner && !person.memberOf.includes(owner)) person = { ...person, memberOf: [...person.memberOf, owner] };
    }
    // A family member read before (findFamilyMembers) that the text names as a person in its own right here
    // ("Ilan Varga left", "President Ilan Varga") shares the surname like anyone else.
    if (words >= 2 && (titled || verbAfter || saidBefore || roled || described !== null || aged || firstNamed || cued || apposed)) FAMILY_MEMBERS.get(ctx)?.delete(person.id);
    registerPerson(ctx, person);
    if (add) add(person, t.start, toks[last]!.end, known ? (words === 1 ? 'surname' : 'person-known') : titled ? 'person-title' : 'person-verb');
    i = last;
  }
  if (add) findListedSurnames(ctx, toks, add, out);
}

// Between a listed name and the next person: ", and" or "and", and up to three lower-case words of a title.
const LIST_LINK_AFTER = /^,?\s+and\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * "secretary of state Ana Roth, Berg and defense secretary Olek Varga announced …": one capitalised word between
 * two people of a list is a person too, known by the surname alone. Not a word the lexicon knows (a country, a
 * body), an acronym, a word of a longer name, or a word after a sentence's opening.
 */
function findListedSurnames(ctx: Ctx, toks: Token[], add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  const isPerson = (m: ActorMention) => ctx.actors.get(m.actorId)?.kind === 'person';
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if (!isCap(t.text) || isAllCaps(t.text) || NAME_STOP.has(t.key) || TITLE_HEADS.has(t.key) || lookup(ctx, toks, k)) continue;
    if (isCap(toks[k + 1]!.text) && text.slice(t.end, toks[k + 1]!.start) === ' ') continue;
    if (out.some((m) => m.start <= t.start && m.end > t.start)) continue;
    const before = out.find((m) => isPerson(m) && /^,\s+$/.test(text.slice(m.end, t.start)));
    const after = out.find((m) => isPerson(m) && m.start > t.end && LIST_LINK_AFTER.test(text.slice(t.end, m.start)));
    if (!before || !after) continue;
    const person = personFor(ctx, t.text) ?? personActor(t.text, []);
    registerPerson(ctx, person);
    add(person, t.start, t.end, 'surname');
  }
}

// A clause after a name that gives its holder an office now: ", who is", "was named", "has been appointed".
const OFFICE_CLAUSE = /^(?:,\s+who\s+(?:is|has\s+been|became|was\s+(?:named|appointed|elected))|\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:named|appointed|elected))\s+(?:as\s+)?/u;

/** The body an officer's title in the appositive opening at token from names: its first organisation, when a
 * corporate title ("chief", "vice president", "chairman") and no word of a past office ("former") stand there. */
function officerBody(ctx: Ctx, toks: Token[], from: number): string | null {
  // The appositive runs to its closing comma or the sentence's end.
  let to = from;
  while (to + 1 < toks.length && to - from < 12 && !/[,;:()"“”]/.test(ctx.text.slice(toks[to]!.end, toks[to + 1]!.start))) to++;
  const words = toks.slice(from, to + 1).map((x) => x.key);
  if (!words.some((w) => CORPORATE_TITLE.test(w)) || words.some((w) => PAST_OFFICE_WORDS.has(w))) return null;
  for (let k = from; k <= to; k++) {
    const m = lookup(ctx, toks, k);
    if (!m) continue;
    const a = ctx.actors.get(m.entry.actorId) ?? actorOf(ctx, m.entry.actorId);
    if (a?.kind === 'organization') return a.id;
    k = m.endTok;
  }
  return null;
}

/**
 * "Torvan chief executive Ola Brun": a capitalised word of no title in the title phrase names the body the
 * person works for, so the company named last in the article is no guess for it. The body is the one of the
 * article whose name opens with that word, else the word itself as a body. Undefined when the phrase names
 * no body this way ("chief executive X", "Chief Executive X").
 */
function namedBodyOfTitle(ctx: Ctx, phrase: Token[], opensSentence: boolean): string | null | undefined {
  const named = officerBodyRun(ctx, phrase);
  if (named) return named;
  const word = phrase.find((x) => isCap(x.text) && !TITLE_HEADS.has(x.key) && !NAME_STOP.has(x.key) && !ROLE_NOUNS.has(x.key) && !TITLE_MODIFIERS.has(x.key));
  // A word the article also writes in lower case is part of the title ("Finance Chief X"), not a body's name.
  if (word && lowerWords(ctx).has(word.key)) return undefined;
  // Only title words follow it: "the Valmont Police and Chief X" names no body of the chief's.
  const rest = word ? phrase.slice(phrase.indexOf(word) + 1) : [];
  const before = word ? phrase[phrase.indexOf(word) - 1] : undefined;
  if (before && PLACE_OPENERS.has(before.key) && isCap(before.text) && ctx.text.slice(before.end, word!.start) === ' ') return undefined;
  if (!word || rest.length === 0 || !rest.every((x) => TITLE_HEADS.has(x.key) || TITLE_MODIFIERS.has(x.key))) return undefined;
  for (const a of ctx.actors.values()) {
    if (a.kind === 'organization' && a.name.split(/\s+/)[0]!.toLowerCase() === word.key) return a.id;
  }
  // No body of the article opens with it: a word capitalised only by opening the sentence ("Once Colonel X
  // was picked"), or a state's portfolio ("Environment Minister X", "Cabinet Secretary X"), names no body.
  const openingWord = opensSentence && word === phrase[0] && (FUNCTION_WORDS.has(word.key) || /(?:ing|ly)$/.test(word.key) || word.key === 'once');
  if (openingWord || rest.some((x) => STATE_PORTFOLIO_TITLE.test(x.key))) return undefined;
  return ensure(ctx, { id: slug(word.text), name: word.text, kind: 'organization', aliases: [], memberOf: [] }).id;
}
/**
 * "Varo Fein chairman Mitchell Dunne", "Navigation Varra Chairman Marc Fournet": two or three capitalised words right
 * before a company officer's title name the body the officer heads: the article's body of that name, else a new
 * one. Not a state's portfolio, nor words the article writes in lower case, nor a name the article gives a person.
 */
function officerBodyRun(ctx: Ctx, phrase: Token[]): string | null {
  let t = phrase.length;
  while (t > 0 && (TITLE_HEADS.has(phrase[t - 1]!.key) || TITLE_MODIFIERS.has(phrase[t - 1]!.key))) t--;
  const title = phrase.slice(t);
  if (title.length === 0 || !title.some((x) => OFFICER_TITLE.test(x.key)) || title.some((x) => STATE_PORTFOLIO_TITLE.test(x.key))) return null;
  let r = t;
  while (r > 0 && t - r < 3 && isCap(phrase[r - 1]!.text) && !NAME_STOP.has(phrase[r - 1]!.key) && (r === t || ctx.text.slice(phrase[r - 1]!.end, phrase[r]!.start) === ' ')) r--;
  const run = phrase.slice(r, t);
  if (run.length < 2 || run.some((x) => lowerWords(ctx).has(x.key))) return null;
  const name = ctx.text.slice(run[0]!.start, run[run.length - 1]!.end);
  const known = ctx.actors.get(slug(name)) ?? actorOf(ctx, slug(name));
  if (known) return known.kind === 'organization' ? ensure(ctx, known).id : null;
  return ensure(ctx, { id: slug(name), name, kind: 'organization', aliases: [], memberOf: [] }).id;
}
// A company officer's title: the words that make the capitalised words before it a body's name.
const OFFICER_TITLE = /^(?:chairman|chairwoman|treasurer)$/;
// The names an article writes before such a title and a capitalised name ("Varo Fein chairman Mitchell Dunne"): a
// body's, whatever verb follows them elsewhere. Two or three words, as the rule above reads them.
const BODY_BEFORE_OFFICER = /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’-]*\s+){2,3})(?:[Cc]hairman|[Cc]hairwoman|[Tt]reasurer)\s+(?:Sir\s+)?\p{Lu}/gu;
const OFFICER_BODY_NAMES = new WeakMap<Ctx, Set<string>>();
export function officerBodyNames(ctx: Ctx): Set<string> {
  let names = OFFICER_BODY_NAMES.get(ctx);
  if (!names) {
    names = new Set<string>();
    for (const m of ctx.text.matchAll(BODY_BEFORE_OFFICER)) {
      const words = m[1]!.trim().split(/\s+/);
      if (words.some((w) => NAME_STOP.has(w.toLowerCase()) || TITLE_HEADS.has(w.toLowerCase()))) continue;
      names.add(words.join(' '));
    }
    OFFICER_BODY_NAMES.set(ctx, names);
  }
  return names;
}
// Where a capitalised word can only be a person's name: a kin after its possessive ("X's father"), an age before
// it ("6-year-old X") or after it in commas ("X, 44,"). Not "X, who": clubs and towns take "who" too.
const PERSON_CUES = [
  new RegExp(`(?<![\\p{L}.])(\\p{Lu}[\\p{Ll}'’-]+)['’]s\\s+(?:${KIN_NOUNS.join('|')})(?![\\p{L}-])`, 'gu'),
  // Not an age of a thing named after a body: "the 30-year-old Harbour City full back".
  /\b\d{1,3}-year-old\s+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}-])(?!(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?!(?:to|and|or|was|is|has|had|will|would|who|with|in|at|on|from|for)\b)\p{Ll}[\p{Ll}-]*(?<!ed)(?<![^s]s)\b)/gu,
  /(?<![\p{L}.])(\p{Lu}[\p{Ll}'’-]+),\s*\d{1,3},/gu,
  // "his son, Tomas", "her daughter Mira": one name in apposition to a person's kin.
  new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:${KIN_NOUNS.join('|')}),?\\s+(\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}-])(?!\\s+\\p{Lu})`, 'gu'),
];
/** Whether the text writes the word beside another capitalised word, as a part of a longer name. */
function inFullName(text: string, word: string): boolean {
  const w = literal(word);
  // A capitalised word before it counts inside a sentence only ("Applauding X's win" is no longer name).
  // (Not a word that ends a sentence before it: "his son, Tomas. Tomas has …" is one name twice.)
  return new RegExp(`(?<=[\\p{L}\\d,;:]\\s+)\\p{Lu}[\\p{L}'’.-]*(?<!\\p{Ll}{2}\\.)\\s+${w}(?![\\p{L}])|(?<![\\p{L}])${w}\\s+\\p{Lu}\\p{Ll}`, 'u').test(text);
}
const CUE_WORDS = new WeakMap<Ctx, Set<string>>();
/** The words the article gives a person's cue somewhere, read once per article. */
function personCueWords(ctx: Ctx): Set<string> {
  let words = CUE_WORDS.get(ctx);
  if (!words) {
    words = new Set<string>();
    for (const re of PERSON_CUES) for (const m of ctx.text.matchAll(re)) if (!NAME_STOP.has(tokenKey(m[1]!))) words.add(tokenKey(m[1]!));
    CUE_WORDS.set(ctx, words);
  }
  return words;
}
// The words an article writes in lower case, read once per article (a long article has many titled people).
const LOWER_WORDS = new WeakMap<Ctx, Set<string>>();
function lowerWords(ctx: Ctx): Set<string> {
  let words = LOWER_WORDS.get(ctx);
  if (!words) {
    words = new Set(ctx.text.match(/\b\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
    LOWER_WORDS.set(ctx, words);
  }
  return words;
}
// Titles whose capitalised word before names a portfolio, not a body ("Environment Minister", "Cabinet Secretary").
const STATE_PORTFOLIO_TITLE = /^(?:minister|secretary|undersecretary|commissioner)$/;
// Words inside a title that name no body ("Senior Vice President", "Acting Chief Financial Officer").
const TITLE_MODIFIERS = new Set(['crown', 'senior', 'junior', 'acting', 'interim', 'former', 'financial', 'operating', 'technology', 'technical', 'marketing', 'managing', 'general', 'assistant', 'associate', 'executive', 'principal', 'finance', 'operations', 'communications', 'information', 'research', 'sales']);

// A lower-case title, role or kin ("Marta's great-uncle, Tomas Berg"), with what it is of or to, then a comma: a
// name after it is that person.
const ROLE_APPOSED = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\\p{Lu}[\\p{L}]*['’]s)\\s+(?:\\p{L}[\\p{L}-]*\\s+){0,3}(?:${[...TITLE_HEADS, ...ROLE_NOUNS, ...KIN_NOUNS].filter((w) => /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w)).join('|')})(?:\\s+(?:of|to|for|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?,\\s+$`, 'u');

/** ROLE_APPOSED's test, its long pattern tried only where its closing comma and space end the text. */
function roleApposedBefore(before: string): boolean {
  return /,\s+$/.test(before) && ROLE_APPOSED.test(before);
}

/** The actor whose name ends at token `end` (a lexicon entry: a country, a known or named body), or null. */
function possessor(ctx: Ctx, toks: Token[], end: number): string | null {
  for (let k = Math.max(0, end - 4); k <= end; k++) {
    const m = lookup(ctx, toks, k);
    if (m && m.endTok === end) return m.entry.actorId;
  }
  return null;
}

// ", the foreign minister of Armenia", ", Russia's ambassador": where the country of the name before may stand.
/** Whether a mention other than a person's covers the offset. */
export function insideOtherMention(out: ActorMention[], at: number): boolean {
  for (const m of out) if (m.start <= at && m.end > at && !m.rule.startsWith('person') && m.rule !== 'surname') return true;
  return false;
}

const APPOSITIVE_OF = /^,\s+(?:the|a|an)?\s*(?:[\p{L}-]+\s+){0,3}?(?:president|prime minister|minister|leader|ambassador|spokes\w+|head|chief|envoy|foreign minister)\s+of\s+(?:the\s+)?/iu;
const APPOSITIVE_POSSESSIVE = /^,\s+(?:[\p{Lu}][\p{L}-]+(?:’s|'s)\s+|the\s+[\p{Lu}][\p{L}-]+\s+)/u;

const APPOSITIVE_ROLE = new RegExp(
  `^,\\s+(?:the|a|an|his|her|its|their|(?:[\\p{Lu}][\\p{L}-]+\\s+){0,2}[\\p{Lu}][\\p{L}-]+(?:'s|’s))\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:${[...TITLE_HEADS, ...ROLE_NOUNS]
    .filter((w) => w.length > 3)
    .join('|')})(?![\\p{L}-])`,
  'u',
);

/**
 * The length of an appositive that gives the name before it a title or a
 * role (", the region's separatist leader", ", a billionaire businessman"),
 * or null. Up to four words may come between the determiner and the role.
 */
export function appositiveRole(text: string, at: number): number | null {
  if (text.charCodeAt(at) !== 44 /* , */) return null;
  const m = APPOSITIVE_ROLE.exec(text.slice(at, at + 120));
  return m ? m[0].length : null;
}

/** True when the token continues a capitalised run that started earlier (so names are read once, from their start). */
function readNameStartsBefore(ctx: Ctx, toks: Token[], i: number): boolean {
  const prev = toks[i - 1]!;
  const gap = ctx.text.slice(prev.end, toks[i]!.start);
  if (!/^(?: |-)$/.test(gap) || portfolioBeforeName(ctx, toks, i - 1)) return false;
  return isCap(prev.text) && !NAME_STOP.has(prev.key) && !TITLE_HEADS.has(prev.key) && !roleOpening(ctx, toks, i - 1) && !participleOpening(ctx, toks, i - 1) && (!lookup(ctx, toks, i - 1) || capitalAsFirstName(ctx, toks, i - 1));
}

export function personFor(ctx: Ctx, name: string): Actor | null {
  const id = slug(name);
  const direct = ctx.actors.get(id);
  if (direct && direct.kind === 'person') return direct;
  const ids = ctx.surnames.get(id);
  if (ids && ids.size === 1) {
    const only = ctx.actors.get([...ids][0]!);
    if (only) return only;
  }
  // "Lena M. Varga" and "Lena Varga" (one person, merged later) both end in "Varga": one of them is the other
  // with a middle name or initial more, and "Varga" is that person.
  if (ids && ids.size > 1) {
    const people: Actor[] = [...ids].flatMap((x) => ctx.actors.get(x) ?? []);
    const fullest = people.reduce<Actor | null>((a, b) => (a === null || b.name.split(/\s+/).length > a.name.split(/\s+/).length ? b : a), null);
    if (fullest && people.every((a) => a === fullest || shorterFormOf(a.name, fullest.name))) return fullest;
    // "Martin Lenz" and "Marty Lenz": one with a short form of the other's first name, and "Lenz" is the longer one.
    const formal = people.find((p) => people.every((a) => a === p || shortFirstNameOf(a.name, p.name)));
    if (formal) return formal;
  }
  // "Bagir told …" after "Chief Justice Bagir Manan": the first word of exactly one person's full name.
  if (!ids && !id.includes('-')) {
    const byFirst = [...ctx.actors.values()].filter((a) => a.kind === 'person' && a.name.includes(' ') && slug(a.name.split(/\s+/)[0]!) === id && !KIN_DESCRIPTION.test(a.name));
    if (byFirst.length === 1) return byFirst[0]!;
  }
  return null;
}

export function registerPerson(ctx: Ctx, person: Actor): void {
  if (ctx.ignore.has(person.id) || ctx.ignore.has(person.name.toLowerCase())) return;
  const a = ensure(ctx, person);
  const parts = a.name.split(/\s+/);
  // A family member read by findFamilyMembers leaves the surname alone to the one who had it first.
  if (parts.length >= 2 && !FAMILY_MEMBERS.get(ctx)?.has(a.id)) {
    const surname = slug(parts[parts.length - 1]!);
    let set = ctx.surnames.get(surname);
    if (!set) { set = new Set(); ctx.surnames.set(surname, set); }
    set.add(a.id);
  }
}

/**
 * "the campaign to return Elan Ruiz to Varnia", beside "his father, Juan Pablo Ruiz": a capitalised word right
 * before the surname of a person the article names is the first name of another of that family, a person of
 * that full name (not a body when it stands alone later: "Elan was rescued"). The surname alone stays the first
 * person's. Not a word the lexicon knows, the article writes in lower case, or a title; not a word of a name of
 * that surname already known ("Juan Ruiz" may be Juan Pablo Ruiz), nor a name the article gives a company's
 * form, an officer's title or a party after it. Run after the first pass, which registers surnames.
 */
export function findFamilyMembers(ctx: Ctx, tokens: Token[][]): void {
  const lower = lowerWords(ctx);
  for (const toks of tokens) {
    for (let i = 1; i + 1 < toks.length; i++) {
      const t = toks[i]!;
      const sur = toks[i + 1]!;
      // (The cheap tests first: most words are no capitalised word followed by a space.)
      if (!isCap(t.text) || isAllCaps(t.text) || ctx.text.slice(t.end, sur.start) !== ' ') continue;
      const holders = ctx.surnames.get(slug(sur.text));
      if (!holders) continue;
      if (NAME_STOP.has(t.key) || TITLE_HEADS.has(t.key) || HONORIFICS.has(t.key) || ROLE_NOUNS.has(t.key) || lower.has(t.key) || lookup(ctx, toks, i)) continue;
      // Exactly two words: no capitalised word joined before or after them.
      const prev = toks[i - 1]!;
      const next = toks[i + 2];
      if ((isCap(prev.text) && /^(?: |-)$/.test(ctx.text.slice(prev.end, t.start))) || (next && isCap(next.text) && /^(?: |-)$/.test(ctx.text.slice(sur.end, next.start)))) continue;
      if (/^['’]$/.test(ctx.text.slice(sur.end, sur.end + 1)) && next?.key !== 's') continue;
      // Not a word the article writes as a place ("the Harbourton Ruiz family" beside "in Harbourton").
      if (new RegExp(`\\b(?:in|at|near)\\s+${literal(t.text)}\\b`, 'u').test(ctx.text)) continue;
      const name = `${t.text} ${sur.text}`;
      if (ctx.actors.has(slug(name)) || companyFormNames(ctx).has(name) || officerBodyNames(ctx).has(name) || partyNames(ctx).has(name)) continue;
      const family = [...holders].flatMap((id) => ctx.actors.get(id) ?? []);
      if (family.length === 0 || family.some((p) => p.kind !== 'person' || p.name.split(/\s+/).map(tokenKey).includes(t.key))) continue;
      const member = ensure(ctx, personActor(name, []));
      let members = FAMILY_MEMBERS.get(ctx);
      if (!members) FAMILY_MEMBERS.set(ctx, (members = new Set()));
      members.add(member.id);
    }
  }
}
const FAMILY_MEMBERS = new WeakMap<Ctx, Set<string>>();
