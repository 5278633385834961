// Membership from the text: which country or body a titled person or an
// institution belongs to ("Russian Foreign Minister X", "Chief Executive X"
// of the company just named), and the article's own country for an
// unqualified "the government".
import { actorOf, gazActor, lookup, walkTrie, type ActorMention, type Ctx } from './context';
import { isCap, tokenize, type Token } from '../text/tokens';
import { gazetteer } from './gazetteer';
import { TOPIC_NOUNS, US_DATELINE_CITIES, US_STATE_ABBREVIATIONS } from './countryWords';
import type { OrgType } from './discover';
import { CORPORATE_TITLE, ROLE_NOUNS, SPORT_TITLE, STATE_TITLE, TITLE_HEADS } from './peopleWords';
import { FUNCTION_WORDS, FUTURE_WORDS, IRREGULAR_PAST } from '../text/lexicon';

export function countryAround(ctx: Ctx, toks: Token[], from: number, to: number): { country: string | null; org: string | null } {
  let country: string | null = null;
  let org: string | null = null;
  for (let k = from; k <= to; k++) {
    const m = lookup(ctx, toks, k);
    if (m) {
      const a = actorOf(ctx, m.entry.actorId);
      if (a?.kind === 'country' && !country) country = a.id;
      else if (a && a.kind !== 'country' && !org) org = a.id;
      k = m.endTok;
    }
  }
  return { country, org };
}

/** The body a title without one belongs to: the company or club just named, else the article's country. */
export function bodyOfTitle(ctx: Ctx, phrase: string[], out: ActorMention[], before: number): string | null {
  const words = phrase.join(' ');
  // The body the article talks about most so far: a club's manager is usually the club of the story.
  const recentOf = (types: OrgType[]): string | null => {
    const count = new Map(ctx.orgCount);
    for (const m of out) if (m.end <= before) count.set(m.actorId, (count.get(m.actorId) ?? 0) + 1);
    let best: string | null = null;
    for (const [id, n] of count) {
      if (!(ctx.orgTypes.get(id) ?? []).some((x) => types.includes(x))) continue;
      if (!best || n > count.get(best)!) best = id;
    }
    return best;
  };
  if (SPORT_TITLE.test(words)) return recentOf(['club']);
  // "finance chief", "chief executive": a company's officer when the article has named a company.
  if (CORPORATE_TITLE.test(words) && !/\b(?:minister|prime|army|military|state)\b/.test(words)) {
    // "President X", "Chief X": a title a state has too is the company's only when its sentence names the
    // company; a company named sentences before made the heads of states of a story its officers.
    const shared = phrase.every((w) => w === 'vice' || STATE_TITLE.test(w));
    // A one-word name read as a body only because it acts ("the yacht Lumo", a boy's first name) is no
    // company a president heads: "President X" of such a sentence is a state's.
    const company = shared ? namedBefore(ctx, out, before, ['company', 'airline', 'bank'], true) : recentOf(['company', 'airline', 'bank']);
    if (company) return company;
  }
  if (STATE_TITLE.test(words)) return domesticCountry(ctx, true);
  return null;
}

/** The last body of one of these kinds named in the sentence before a point (with `named`, of two words or more). */
function namedBefore(ctx: Ctx, out: ActorMention[], before: number, types: OrgType[], named = false): string | null {
  const long = (id: string) => !named || /\s/.test(actorOf(ctx, id)?.name ?? '');
  const m = out.filter((o) => o.end <= before && long(o.actorId) && (ctx.orgTypes.get(o.actorId) ?? []).some((x) => types.includes(x))).pop();
  return m ? m.actorId : null;
}

/** Pre-counts the countries each sentence names, and takes the article's main one. */
export function countCountries(ctx: Ctx, tokens: Token[][]): void {
  const count = new Map<string, number>();
  const firstAt = new Map<string, number>();
  ctx.sentenceClaimed = tokens.map(() => []);
  ctx.sentenceObjects = tokens.map(() => []);
  ctx.sentenceCountries = tokens.map((toks, si) => {
    const here: string[] = [];
    const subject = new Set<string>();
    for (let i = 0; i < toks.length; i++) {
      const m = lookup(ctx, toks, i);
      if (!m) continue;
      const a = actorOf(ctx, m.entry.actorId);
      // "In Luma, President X opened …": a capital that opens the sentence as its setting places its people.
      if (a?.kind === 'country' && m.entry.type === 'capital' && i === 1 && toks[0]!.text === 'In' && /^\s*,/.test(ctx.text.slice(toks[m.endTok]!.end))) {
        here.push(a.id);
        subject.add(a.id);
      }
      if (a?.kind === 'country' && /^(?:name|demonym|demonym-plural)$/.test(m.entry.type)) {
        here.push(a.id);
        // ("to look into the Varnian issue": a topic is an object too.)
        const topic = toks[m.endTok + 1] !== undefined && TOPIC_NOUNS.has(toks[m.endTok + 1]!.key) && !isCap(toks[m.endTok + 1]!.text);
        if ((i === 0 || !OBJECT_PREPOSITIONS.has(toks[i - 1]!.key)) && !topic) subject.add(a.id);
        if (titlesSomeone(ctx.text, toks, m.endTok)) ctx.sentenceClaimed[si]!.push(a.id);
        count.set(a.id, (count.get(a.id) ?? 0) + 1);
        if (!firstAt.has(a.id)) firstAt.set(a.id, si);
      }
      i = m.endTok;
    }
    ctx.sentenceObjects[si] = [...new Set(here)].filter((c) => !subject.has(c));
    return [...new Set(here)];
  });
  let best: string | null = null;
  for (const [id, n] of count) {
    const b = best ? count.get(best)! : 0;
    if (n > b || (n === b && firstAt.get(id)! < firstAt.get(best!)!)) best = id;
  }
  ctx.home = best;
}

/**
 * Whether a country's name ending at token `end` is another person's: a possessive before a name ("Varnia's
 * Ana Roth") or a title ("Varnian Prime Minister X").
 */
function titlesSomeone(text: string, toks: Token[], end: number): boolean {
  const next = toks[end + 1];
  if (next === undefined) return false;
  if (/^['’]$/.test(text.slice(toks[end]!.end, next.start)) && next.key === 's') return toks[end + 2] !== undefined && isCap(toks[end + 2]!.text);
  // A title after a comma opens another phrase ("… to return the boy to Varnia, President X said"): the
  // country ends its own.
  for (let k = end + 1; k <= end + 3 && k < toks.length && isCap(toks[k]!.text) && !/[,;:.!?]/.test(text.slice(toks[k - 1]!.end, toks[k]!.start)); k++) {
    if (TITLE_HEADS.has(toks[k]!.key)) return true;
  }
  return false;
}

/**
 * The country an unqualified "the government" or "Prime Minister X" belongs to in this sentence: the one
 * country it names that no other person's title takes ("Varnia's Ana Roth called President X a liar" leaves
 * the other country), else the country of the dateline, else the one the article names most; none when that
 * one is another person's in this sentence ("Varnian Prime Minister X and President Y").
 */
export function domesticCountry(ctx: Ctx, forTitle = false): string | null {
  const own = sentenceCountry(ctx, forTitle);
  if (own !== null) return own;
  const claimed = ctx.sentenceClaimed[ctx.si] ?? [];
  const fallback = ctx.dateline ?? ctx.home;
  if (fallback === null) return null;
  // Nor a part of that country ("British Prime Minister X and President Y" from a Northern Irish dateline).
  const whole = [fallback, ...(actorOf(ctx, fallback)?.memberOf ?? [])];
  return whole.some((c) => claimed.includes(c)) ? null : fallback;
}

/** Whether domesticCountry's answer for a title in the sentence being read is a guess: the sentence names no one country of its own, or names it only as an object. */
export function countryIsGuessed(ctx: Ctx): boolean {
  return sentenceCountry(ctx, true) === null;
}

/**
 * The one country the sentence being read names that no other person's title takes; with `forTitle`, not one it
 * names only as an object ("President X vowed a strike against Varnia" places no one in Varnia). Null otherwise.
 */
function sentenceCountry(ctx: Ctx, forTitle: boolean): string | null {
  const claimed = ctx.sentenceClaimed[ctx.si] ?? [];
  const here = (ctx.sentenceCountries[ctx.si] ?? []).filter((c) => !claimed.includes(c));
  if (here.length !== 1) return null;
  return forTitle && (ctx.sentenceObjects[ctx.si] ?? []).includes(here[0]!) ? null : here[0]!;
}

// Prepositions before a country named as what is acted on, not as whose the sentence's people are.
const OBJECT_PREPOSITIONS = new Set(['against', 'with', 'to', 'toward', 'towards', 'into', 'over', 'on', 'from', 'at']);

/**
 * A titled person's country guessed from the dateline or the article's main country gives way to the one a
 * sentence names ("President X and Varnia" elsewhere): a person is no member of two countries by a guess.
 */
export function dropGuessedCountries(ctx: Ctx): void {
  for (const a of ctx.actors.values()) {
    if (a.kind !== 'person') continue;
    const countries = a.memberOf.filter((m) => actorOf(ctx, m)?.kind === 'country');
    if (countries.length < 2) continue;
    const kept = a.memberOf.filter((m) => !ctx.guessedMembers.has(`${a.id} ${m}`));
    if (kept.some((m) => actorOf(ctx, m)?.kind === 'country')) a.memberOf = kept;
  }
}

/** The country a leading dateline places the report in ("LUMA, Varnia (AP) —", "SALEM, Ore. (AP)", a capital alone), or null. */
export function datelineCountry(dateline: string): string | null {
  // The place: a city, then its country or state; a date after it ("PRAGUE, Aug 3") is no part of it.
  const parts = dateline.replace(/\(.*$/su, '').split(',').map((p) => p.replace(/[\s_:—–-]+$/u, '').trim()).filter((p) => p !== '' && !/\d/.test(p));
  if (parts.length === 0) return null;
  // "PARIS, Texas": a qualified city is placed by its qualifier alone.
  const part = parts[parts.length - 1]!;
  const key = part.toLowerCase();
  if (US_STATE_ABBREVIATIONS.has(key.replace(/\.$/, '')) || (parts.length === 1 && US_DATELINE_CITIES.has(key))) return 'united-states';
  // A dateline writes its city in capitals; the lexicon's places are written as names.
  const place = key.replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  const toks = tokenize(place, 0, place.length);
  const m = toks.length > 0 ? walkTrie(gazetteer().trie, toks, 0, place) : null;
  const placed = m !== null && m.endTok === toks.length - 1 && (m.entry.type === 'name' || m.entry.type === 'capital');
  return placed && gazActor(m.entry.actorId)?.kind === 'country' ? m.entry.actorId : null;
}

// One to four words between a body and a person's name, the last of them a title or a role ("president", "author").
const TITLE_BETWEEN = /^\s+(?:[\p{L}][\p{L}.-]*\s+){1,4}$/u;

/**
 * Whether the text between a body and a person's name is a title phrase ("chief executive", "Police Chief"),
 * so the name before it says whose the person is. "France and European Council President X": a link word
 * between makes two names, not a title phrase.
 */
export function isTitlePhrase(between: string): boolean {
  if (!TITLE_BETWEEN.test(between)) return false;
  const words = between.trim().split(/\s+/).map((w) => w.toLowerCase().replace(/\.$/, ''));
  const last = words[words.length - 1]!;
  if ((TITLE_HEADS.has(last) || ROLE_NOUNS.has(last)) && !words.some((w) => FUNCTION_WORDS.has(w))) return true;
  // "Secretary of State", "Minister of Defence": a capitalised title, "of" and its capitalised portfolio.
  const of = /^\s+((?:\p{Lu}[\p{L}.-]*\s+){1,2})of\s+(?:\p{Lu}[\p{L}.-]*\s+){1,2}$/u.exec(between);
  if (!of) return false;
  const titleWords = of[1]!.trim().split(/\s+/).map((w) => w.toLowerCase());
  return TITLE_HEADS.has(titleWords[titleWords.length - 1]!) && !titleWords.some((w) => FUNCTION_WORDS.has(w));
}

/**
 * "Valmont Police Chief Ana Roth": a body read after the people of its sentence (its name has no country in
 * it) still gives the titled person its membership.
 */
export function joinTitledPeople(ctx: Ctx, out: ActorMention[]): void {
  for (const p of out) {
    const person = ctx.actors.get(p.actorId);
    if (!person || person.kind !== 'person' || p.rule === 'pronoun') continue;
    const body = out.filter((o) => o.end < p.start && ctx.actors.get(o.actorId)?.kind === 'organization' && isTitlePhrase(ctx.text.slice(o.end, p.start))).pop();
    if (body && !person.memberOf.includes(body.actorId)) person.memberOf.push(body.actorId);
  }
}

// A possessive and up to two words that only describe what follows ("'s official", "'s state-run"): what
// stands after belongs to the name before. Not a noun or a link word ("Varnia's accession to X").
export const OWNER_BEFORE = new RegExp(`^['’]s\\s+(?:(?:${['official', 'state', 'state-run', 'state-owned', 'main', 'leading', 'largest', 'biggest', 'top', 'own', 'national', 'ruling', 'lead', 'daily', 'weekly', 'semi-official', 'government-run'].join('|')})\\s+){0,2}$`, 'u');

/**
 * "Varnia's official news agency", "Torvan Motors's Kessa unit": a body named after the possessive of a
 * country or another body is that one's member.
 */
export function joinOwnedBodies(ctx: Ctx, out: ActorMention[]): void {
  for (const b of out) {
    const body = ctx.actors.get(b.actorId);
    if (!body || body.kind !== 'organization') continue;
    // "the country's NATO membership": a body's name before a noun names a thing of the owner's, not the body.
    const next = /^\s+(\p{Ll}+)\b/u.exec(ctx.text.slice(b.end, b.end + 30))?.[1];
    if (next !== undefined && !/(?:ed|s)$/.test(next) && !IRREGULAR_PAST.has(next) && !FUTURE_WORDS.has(next) && !FUNCTION_WORDS.has(next)) continue;
    const owner = out.filter((o) => o.end < b.start && o.actorId !== b.actorId && OWNER_BEFORE.test(ctx.text.slice(o.end, b.start))).pop();
    const kind = owner ? actorOf(ctx, owner.actorId)?.kind : undefined;
    if (owner && (kind === 'country' || kind === 'organization') && !body.memberOf.includes(owner.actorId)) body.memberOf.push(owner.actorId);
  }
}
