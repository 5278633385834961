// Names the article treats as proper names of bodies, though no head word
// says so ("Apple is expected to …", "The Pirate Bay appeal", "Jamaah
// Islamiyah (JI)"): a capitalised name that the article never writes in
// lower case and that acts somewhere (a verb after it), a name opened by a
// capitalised "The" inside a sentence, and a name spelt out before its
// acronym in brackets. Read before the main pass, like named bodies, so
// every sentence can refer to them.
import { CALENDAR_WORDS, FUTURE_WORDS, IRREGULAR_PAST, PAST_WORDS, POSSESSIVE_PRONOUNS, PRESENT_WORDS, SUBJECT_PRONOUNS } from '../text/lexicon';
import { isAllCaps, isCap, tokenKey, type Token } from '../text/tokens';
import type { OrgType } from './discover';
import { typesOfHead } from './discover';
import { ACT_VERBS, KIN_NOUN_SET, NAME_STOP, ROLE_NOUNS, TITLE_HEADS } from './peopleWords';
import { FIRST_NAMES } from './firstNames';
import { COMPANY_FORMS, isBodyHead, SHARE_MOVE_VERBS, SUBORDINATING_WORDS, THING_ACRONYMS } from './organisationWords';
import { NAME_GAP } from './context';

export interface ProperName { name: string; words: string[]; types: readonly OrgType[]; abbr: string | null; person: boolean }

// Last words of names of happenings and things ("Valmont Marathon", "Halden Prize", "Kessa Accord").
const THING_HEADS = new Set([
  'marathon', 'cup', 'games', 'championship', 'championships', 'open', 'prix', 'olympics', 'festival', 'awards', 'award',
  'prize', 'summit', 'conference', 'tour', 'rally', 'derby', 'classic', 'trophy', 'series', 'day', 'week', 'war', 'revolution',
  'crisis', 'act', 'law', 'treaty', 'agreement', 'accord', 'accords', 'plan', 'index', 'average', 'composite', 'report', 'stadium', 'park', 'street',
  'avenue', 'square', 'bridge', 'airport', 'station', 'river', 'lake', 'mountains', 'valley', 'island', 'bay', 'mall', 'hall',
]);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'to', 'near', 'of', 'for', 'by', 'with', 'into', 'across', 'outside', 'inside', 'via', 'toward', 'towards', 'around', 'between', 'through']);
const PRONOUNS = new Set<string>([...SUBJECT_PRONOUNS, ...POSSESSIVE_PRONOUNS, 'this', 'these', 'those', 'there', 'here']);
// "which" and its clause up to the next comma, then the word after it.
const RELATIVE_THEN_WORD = /^which\s[^,;.!?]{3,120},\s+(\p{Ll}+)\b/u;
// A work's title: the verb of its making after it in commas ("in The Long Shore, written in 1974"), or the
// kind of work before it ("her novel The Long Shore").
const MADE_AFTER = /^,\s+(?:written|published|directed|released|recorded|produced|filmed|painted|composed|staged|first published)\b/;
const WORK_BEFORE = /\b(?:novel|book|memoir|film|movie|album|song|play|poem|story|collection|series|opera|novella|documentary|painting)\s*$/;

// A body's noun in an appositive after a name, closing it ("Harbour Quiet, an anti-noise group, …"); not "a
// group of …" nor a noun that qualifies another ("a party official").
const APPOSED_BODY = /^,\s+(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(group|organi[sz]ation|firm|company|movement|coalition|association|charity|bank|airline|retailer|lender|insurer|maker|manufacturer)(?=\s*[,;:)]|\.(?:\s|$)|\s+(?:that|which|based|founded)\b)/u;

// Quotation marks that open and close a title.
const OPENING_MARK = /(?:``|["“‘])$/;
const CLOSING_MARK = /^(?:''|["”’])(?!\p{L})/u;
// What a name in quotation marks may be called before them: then it names a body ("a group called ``Dawn''").
const CALLED_BEFORE = /\b(?:called|named|known\s+as|dubbed|calling\s+itself|group|movement|organi[sz]ation|party|company|firm)\s*$/i;

/**
 * Whether the name from `start` to `end` stands alone between quotation marks ("said ``The Harbour Files'' was
 * knocked off-line"): the title of a work, a site or a programme, not a body. Not a name the text says a body is
 * called ("a group calling itself ``Dawn''").
 */
function quotedTitle(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 40), start);
  return OPENING_MARK.test(lead) && CLOSING_MARK.test(text.slice(end, end + 3)) && !CALLED_BEFORE.test(lead.replace(OPENING_MARK, ''));
}

/** Whether a word after a name makes the name act: a verb of its own, past, present or to come. */
function actsAfter(key: string): boolean {
  return ACT_VERBS.has(key) || IRREGULAR_PAST.has(key) || PAST_WORDS.has(key) || FUTURE_WORDS.has(key) || PRESENT_WORDS.has(key) || /^\p{Ll}+ed$/u.test(key);
}

/**
 * After "X's", a plain form that could be a verb is a noun: "X's plan to expand", "X's plans", "X's bid to";
 * a past or a third-person form is the shop's own verb ("X's planned to close", "X's wants to sell", "X's will close").
 */
function nounAfterPossessive(key: string, nextKey: string | undefined): boolean {
  const verbForm = /(?:ed|[^s]s)$/.test(key) || IRREGULAR_PAST.has(key) || key === 'will' || key === 'would';
  if (key === 'plans') return nextKey !== 'to';
  return !verbForm && (FUTURE_WORDS.has(key) || nextKey === 'to');
}

/** Whether a capitalised word may be a word of a body's name. */
function nameWord(t: Token): boolean {
  // Not an acronym, nor its plural ("NGOs", "MPs"): those name kinds of bodies, not one.
  return isCap(t.text) && !NAME_STOP.has(t.key) && !CALENDAR_WORDS.has(t.key) && !PRONOUNS.has(t.key) && !(isAllCaps(t.text) && t.text.length > 1) && !/^\p{Lu}{2,}s$/u.test(t.text);
}

/**
 * Proper names of bodies in the article's sentences (their tokens). `known`
 * answers whether tokens from i on already read as a known actor (a country,
 * a person, a named body), and `title` is the article's title, where a name
 * is capitalised by the title's style only.
 */
export function findProperNames(text: string, sentences: Token[][], known: (toks: Token[], i: number) => boolean, personWord: (key: string) => boolean = () => false): ProperName[] {
  // A word the article writes in lower case anywhere is a common word ("Signs went up", "Release is planned").
  const lower = new Set<string>();
  for (const toks of sentences) for (const t of toks) if (!isCap(t.text)) lower.add(t.key);
  const runs = new Map<string, { name: string; words: string[]; inside: boolean; acts: boolean; place: boolean; the: boolean; possessive: boolean; work: boolean; traded: boolean; apposed: string | null }>();
  for (const toks of sentences) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!nameWord(t) && t.text !== 'The') continue;
      // "Elan's Dad" in a headline's capitals: kin after a possessive is someone's kin, no name.
      if (i > 0 && toks[i - 1]!.key === 's' && KIN_NOUN_SET.has(t.key)) continue;
      // Inside a longer capitalised name ("National Stadium"): read from its start or not at all.
      // (Not after a word that opens a clause: "Since Harbour Rescue started …".)
      if (i > 0 && NAME_GAP.test(text.slice(toks[i - 1]!.end, t.start)) && isCap(toks[i - 1]!.text) && !/^(?:the|a|an)$/.test(toks[i - 1]!.key) && !SUBORDINATING_WORDS.has(toks[i - 1]!.key)) continue;
      // "Ana O'Neill", "D'Amato": the word after a capital and its apostrophe is the rest of a surname.
      if (i > 0 && /^\p{Lu}$/u.test(toks[i - 1]!.text) && /^['’]$/.test(text.slice(toks[i - 1]!.end, t.start))) continue;
      // "… Disease Control and Prevention told": a word after "of", "for" or "and" inside a longer name.
      if (i > 1 && /^(?:of|for|and|de|du|del)$/.test(toks[i - 1]!.key) && !isCap(toks[i - 1]!.text) && isCap(toks[i - 2]!.text)) continue;
      // "The Pirate Bay" inside a sentence: a capitalised "The" opens a proper name.
      const the = t.text === 'The' && i > 0 && !/[.:;!?"“]\s*$/.test(text.slice(toks[i - 1]!.end, t.start));
      if (t.text === 'The' && !the) continue;
      let j = the ? i + 1 : i;
      if (the && !(toks[j] && nameWord(toks[j]!) && text.slice(t.end, toks[j]!.start) === ' ')) continue;
      const from = j;
      while (j + 1 < toks.length && j - from < 3 && nameWord(toks[j + 1]!) && NAME_GAP.test(text.slice(toks[j]!.end, toks[j + 1]!.start))) j++;
      const first = toks[from]!;
      const next = toks[j + 1];
      const gap = next ? text.slice(toks[j]!.end, next.start) : '';
      const possessive = next?.key === 's' && /^['’]$/.test(gap) && !the;
      // "Harlow's Garden Supply filed …": capitalised words after a possessive, then a verb, are one name.
      let tail = j + 2;
      while (possessive && tail < toks.length && tail - j <= 4 && nameWord(toks[tail]!) && NAME_GAP.test(text.slice(toks[tail - 1]!.end, toks[tail]!.start)) && !ACT_VERBS.has(toks[tail]!.key)) tail++;
      // Not a person after the possessive ("Torvan Motors's Anna Kessler won").
      // Nor kin written in a headline's capitals ("Elan's Dad May Come Monday").
      const possessiveName = possessive && j === from && tail > j + 2 && toks[tail] !== undefined && actsAfter(toks[tail]!.key) && !FIRST_NAMES.has(toks[j + 2]!.key) && !KIN_NOUN_SET.has(toks[j + 2]!.key);
      // "Harlow's closed 19 stores": a possessive 's before a verb is the name's own.
      // A word that names a plan or a wish after a possessive is its noun ("Harlow's plan to expand", "Harlow's plans").
      const possessiveVerb = possessive && ((toks[j + 2] !== undefined && actsAfter(toks[j + 2]!.key) && !nounAfterPossessive(toks[j + 2]!.key, toks[j + 3]?.key)) || possessiveName);
      // A family's name is also its shop's ("Harlow's said", beside "Ann Harlow"): the verb says which is meant.
      const knownHere = known(toks, from) && !(possessiveVerb && j === from && personWord(first.key));
      if (TITLE_HEADS.has(first.key) || ROLE_NOUNS.has(first.key) || knownHere) { i = j; continue; }
      const words = toks.slice(from, possessiveName ? tail : j + 1).filter((w) => w !== next);
      if (!the && words.some((w) => lower.has(w.key))) { i = j; continue; }
      const name = possessiveName ? text.slice(first.start, toks[tail - 1]!.end) : text.slice((the ? t : first).start, toks[j]!.end);
      const key = possessiveVerb ? toks[from]!.key + "'s" : name.toLowerCase();
      // After a preposition the name is a place or an object ("a fire in Dorsk killed four"), whatever follows.
      // A lower-case "the" between changes nothing: "troops in the Gulf will stay", "found in the Atlantic".
      let before = (the ? i : from) - 1;
      if (!the && before > 0 && toks[before]!.text === 'the') before--;
      const governed = before >= 0 && PREPOSITIONS.has(toks[before]?.key ?? '');
      // "Lumora, which ran the site, closed it": a verb after a relative clause in commas is the name's too.
      const afterRelative = next !== undefined && next.key === 'which' && /^,\s+$/.test(gap) ? RELATIVE_THEN_WORD.exec(text.slice(next.start, next.start + 160)) : null;
      const acts = !governed && ((next !== undefined && /^,?\s+$/.test(gap) && actsAfter(next.key)) || possessiveVerb || (afterRelative !== null && actsAfter(afterRelative[1]!)));
      const entry = runs.get(key) ?? { name: possessiveVerb && !possessiveName ? `${name}${gap}s` : name, words: words.map((w) => w.key), inside: false, acts: false, place: false, the, possessive: possessiveVerb, work: false, traded: false, apposed: null };
      // The longest form names the body; the bare possessive is its short form.
      if (possessiveName && entry.words.length < words.length) { entry.name = name; entry.words = words.map((w) => w.key); }
      // A possessive before a verb is a name even where a sentence opens ("Harlow's closed 19 stores").
      // So are two names joined by a slash ("Guber/Peters Entertainment said").
      entry.inside ||= i > 0 || possessiveVerb || name.includes('/');
      entry.acts ||= acts;
      // "Kessel Medical fell 4 to 15": a name of two words or more whose price moves by a number is a listed company,
      // wherever it stands (one word may be any noun opening a sentence: "Exports rose 5%").
      // "Harbour Quiet, an anti-noise group, began …": a name a body's noun describes in apposition is that body.
      entry.apposed ??= APPOSED_BODY.exec(text.slice(toks[j]!.end, toks[j]!.end + 80))?.[1]?.toLowerCase() ?? null;
      entry.traded ||= !governed && words.length >= 2 && next !== undefined && gap === ' ' && SHARE_MOVE_VERBS.has(next.key) && /^\d/.test(toks[j + 2]?.text ?? '') && text.slice(next.end, toks[j + 2]!.start) === ' ';
      // "in Dorsk", "near Osterfeld": a name the article puts after "in" or "near" is a place (not "from": "signed from Valmora").
      entry.place ||= before >= 0 && /^(?:in|near)$/.test(toks[before]!.key);
      // "Kessler Inc., Harbourton, said": a name in commas right after a company's form is the company's home town.
      entry.place ||= !the && from > 0 && COMPANY_FORMS.has(toks[from - 1]!.key) && /^\.?,\s+$/.test(text.slice(toks[from - 1]!.end, first.start)) && /^,/.test(gap);
      entry.work ||= MADE_AFTER.test(text.slice(toks[j]!.end, toks[j]!.end + 24)) || WORK_BEFORE.test(text.slice(Math.max(0, (the ? t : first).start - 20), (the ? t : first).start))
        || quotedTitle(text, (the ? t : first).start, toks[j]!.end);
      runs.set(key, entry);
      i = possessiveName ? tail - 1 : j;
    }
  }
  const out: ProperName[] = [];
  for (const r of runs.values()) {
    // Capitalised only where a sentence opens, the word may be any word; acting nowhere, it may be a place.
    const listed = r.traded || r.apposed !== null;
    if ((!r.inside && !listed) || (!r.acts && !r.the && !listed) || (r.place && !r.the) || r.work) continue;
    const person = r.words.length >= 2 && FIRST_NAMES.has(r.words[0]!) && !listed;
    const types = [...new Set([...r.words, ...(r.apposed ? [r.apposed] : [])].flatMap((w) => typesOfHead(w)))];
    // "the Commission", "the Board": a body's head word alone is a short form the anaphora rules bind.
    if (r.words.length === 1 && isBodyHead(r.words[0]!)) continue;
    // Two or three words with no body's word in them are more likely a person the people rules read.
    // (Not two names joined by a slash: "Guber/Peters Entertainment" is no person's.)
    if (!r.the && !r.possessive && !listed && r.words.length >= 2 && types.length === 0 && !r.name.includes('/')) continue;
    // A race, a prize, a treaty: a happening or a thing with a name, not a body.
    if (!r.the && THING_HEADS.has(r.words[r.words.length - 1]!)) continue;
    out.push({ name: r.name, words: r.words, types: types.length > 0 ? types : ['company'], abbr: null, person });
  }
  out.push(...acronymDefinitions(text, sentences, known));
  return out;
}

/**
 * "Jamaah Islamiyah (JI)", "the Centers for Disease Control and Prevention
 * (CDC)": the capitalised words before a bracketed acronym whose initials
 * it takes, small linking words allowed inside.
 */
function acronymDefinitions(text: string, sentences: Token[][], known: (toks: Token[], i: number) => boolean): ProperName[] {
  const out: ProperName[] = [];
  for (const toks of sentences) {
    for (let k = 0; k + 1 < toks.length; k++) {
      const abbr = toks[k + 1]!;
      if (!isAllCaps(abbr.text) || abbr.text.length < 2 || abbr.text.length > 8) continue;
      if (!/\(\s*$/.test(text.slice(toks[k]!.end, abbr.start)) || !/^\s*\)/.test(text.slice(abbr.end, abbr.end + 3))) continue;
      const letters = abbr.text.replace(/[^\p{Lu}]/gu, '');
      // Walk back over the name: each capitalised word gives the next initial from the end.
      let need = letters.length - 1;
      let from = k;
      for (let j = k; j >= 0 && need >= 0; j--) {
        const w = toks[j]!;
        if (/^(?:of|for|and|the|on|in|de|du|des|la|le)$/.test(w.key) && !isCap(w.text)) continue;
        if (!isCap(w.text) || w.text[0] !== letters[need]) break;
        need--;
        from = j;
      }
      if (need >= 0 || known(toks, from)) continue;
      const words = toks.slice(from, k + 1);
      out.push({ name: text.slice(toks[from]!.start, toks[k]!.end), words: words.map((w) => w.key), types: [...new Set(words.flatMap((w) => typesOfHead(w.key)))], abbr: abbr.text, person: false });
    }
  }
  return out;
}

/** Whether an acronym spells the initials, a word's initial left out at most inside ("VMCU" of "VMCWU"). */
export function spells(acronym: string, initials: string): boolean {
  if (acronym === initials) return true;
  if (acronym.length < 3 || acronym.length + 1 !== initials.length || acronym[0] !== initials[0] || acronym.at(-1) !== initials.at(-1)) return false;
  for (let k = 1; k < initials.length - 1; k++) if (initials.slice(0, k) + initials.slice(k + 1) === acronym) return true;
  return false;
}

/** The initials of a body's name: its capitalised words' first letters, a country's form before it left out. */
export function initialsOf(name: string): string[] {
  // Not "The" before it, nor a company form after it ("General Motors Corp." is "GM").
  const words = name.replace(/^The\s+/, '').replace(/,?\s+(?:Corp|Corporation|Inc|Ltd|Co|PLC|LLC|AG|SA|NV)\.?$/, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const all = words.map((w) => w[0]!).join('');
  // "U.S. Immigration and Naturalization Service" is also "INS".
  const withoutLead = /^(?:U\.?S\.?|US|UK|U\.?N\.?|EU)$/.test(words[0] ?? '') ? words.slice(1).map((w) => w[0]!).join('') : all;
  return [...new Set([all, withoutLead])];
}

// After an acronym, what only a body has: a verb of its own, its people ("FBI agents"). Not a possessive:
// "the X's defendants" may be a website's or a case's.
const BODY_AFTER = /^(?:agents?|officials?|investigators?|spokesman|spokeswoman|spokesperson|director|chief|officers?|lawyers?|staff|employees|workers|members?|headquarters|executives?)$/;
// Capitalised words joined by small words: a name an acronym may abbreviate.
const LONG_NAME = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|and|for|the|on|de)\s+)?\p{Lu}[\p{L}.'’-]*)+/gu;

/**
 * Acronyms that name bodies: one whose letters are the initials of a longer name the article writes ("INS" of
 * the "Immigration and Naturalization Service", which the merge joins it to), or one that acts ("the FBI
 * arrested", "FBI agents said", "IBM said"), a body of no known kind. Not in a headline or
 * a line in capitals, nor a short form of a thing ("DNA tests showed").
 */
export function acronymBodies(text: string, sentences: Token[][], known: (toks: Token[], i: number) => boolean, stop: (key: string) => boolean): ProperName[] {
  // Only a body's name: "Ebola Virus Disease (EVD)" is no body's.
  // Read only once an acronym asks: most articles have none.
  let expanded: Set<string> | null = null;
  const expands = (acronym: string) => (expanded ??= new Set([...text.matchAll(LONG_NAME)].filter((m) => m[0].split(/\s+/).some((w) => isBodyHead(tokenKey(w)))).flatMap((m) => initialsOf(m[0])))).has(acronym);
  const own = new Map<string, { name: string; acts: boolean }>();
  for (const toks of sentences) {
    // A sentence in capitals (a headline, a dateline) says nothing of how the word is used.
    if (!toks.some((t) => /^\p{Ll}/u.test(t.text))) continue;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!/^\p{Lu}{2,5}$/u.test(t.text) || THING_ACRONYMS.has(t.key) || stop(t.key) || known(toks, i)) continue;
      // "(AP)", "(CDC)": a credit, or an acronym the bracket rule reads with its name.
      if (/\(\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start))) continue;
      const next = toks[i + 1];
      // A word of a longer name ("Esselte AB sold", "the DPC Acquisition Partners offer"): that name is the body.
      // Not a capitalised "The" opening the sentence: "The INS ruled" is the acronym alone.
      const joined = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && text.slice(a.end, b.start) === ' ' && isCap(a.text) && isCap(b.text) && a.key !== 'the';
      if (joined(toks[i - 1], t) || joined(t, next)) continue;
      const gap = next ? text.slice(t.end, next.start) : '';
      // "As X reported": cited, which says nothing of what X is.
      const cited = i > 0 && toks[i - 1]!.key === 'as';
      const acts = expands(t.text) || (!cited && next !== undefined && /^,?\s+$/.test(gap) && (actsAfter(next.key) || BODY_AFTER.test(next.key)));
      const entry = own.get(t.text) ?? { name: t.text, acts: false };
      entry.acts ||= acts;
      own.set(t.text, entry);
    }
  }
  // Of no kind: an acronym says nothing of whether it is a company ("IBM") or an agency ("FBI"), and a kind
  // guessed wrong makes a president a company's officer.
  return [...own.values()].filter((e) => e.acts).map((e) => ({ name: e.name, words: [e.name.toLowerCase()], types: [], abbr: null, person: false }));
}
