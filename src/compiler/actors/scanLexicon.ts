// The lexicon's matches in a sentence (gazetteer and the article's own
// names): country names, demonyms, capitals and seats of government, each
// kept or passed over by its context ("Baku said" acts, "in Baku" is a
// place, "Georgia" the US state is no country).
import type { Actor } from '../../model/schema';
import type { Token } from '../text/tokens';
import { isCap } from '../text/tokens';
import { actorOf, lookup, NAME_GAP, type Add, type Ctx } from './context';
import { CALENDAR_WORDS, IRREGULAR_PAST } from '../text/lexicon';
import { ACT_VERBS, LOCATIVE, NAME_STOP, OBJECT_CUES, ROLE_NOUNS, TITLE_HEADS } from './peopleWords';
import { CITY_PLACE_NOUNS, COUNTED, CURRENCY_WORDS, NATION_GROUP_NOUNS, PRIVATE_COMPANY_NOUNS, PRIVATE_PERSON_NOUNS, DEMONYM_SKIP_AFTER, DEMONYM_SKIP_BEFORE, PLACE_PREFIXES, US_STATE_CONTEXT } from './countryWords';
import { isBodyHead, ORG_MODIFIERS, QUALIFIED_COMPANY_NOUNS } from './organisationWords';
import { slug } from './gazetteer';
import { typesOfHead } from './discover';
import { isVerb } from './participants';

/**
 * Whether the country name or demonym at tokens [i, endTok] is a word of a
 * longer proper name rather than the country: "New Jersey", "the Spanish
 * Grand Prix", "the US Pending Home Sales Index", "U.S. dollars". A title
 * ("Russian Foreign Minister") or an institution ("Czech National Bank",
 * "US Commerce Department") after it keeps the country.
 */
function insideProperName(ctx: Ctx, toks: Token[], i: number, endTok: number, isName: boolean): boolean {
  const { text } = ctx;
  const next = toks[endTok + 1];
  const gapAfter = next ? text.slice(toks[endTok]!.end, next.start) : '';
  if (next && /^\s+$/.test(gapAfter) && CURRENCY_WORDS.has(next.key)) return true;
  // "US$148.9 million", "NZ$40": a country's letters joined to a dollar sign are the currency's.
  if (text.charCodeAt(toks[endTok]!.end) === 36 && /\d/.test(text.charAt(toks[endTok]!.end + 1))) return true;
  const prev = toks[i - 1];
  if (isName && prev && text.slice(prev.end, toks[i]!.start) === ' ' && isCap(prev.text) && (PLACE_PREFIXES.has(prev.key)
    || (i - 1 > 0 && !NAME_STOP.has(prev.key) && !TITLE_HEADS.has(prev.key) && !CALENDAR_WORDS.has(prev.key) && !ACT_VERBS.has(prev.key) && !lookup(ctx, toks, i - 1)))) return true;
  if (!next || gapAfter !== ' ' || !isCap(next.text) || next.key === 's') return false;
  // The capitalised run after the country: a title or a body's name keeps it, anything else is a name that holds it.
  let j = endTok + 1;
  const run: Token[] = [];
  while (j < toks.length && run.length < 6 && isCap(toks[j]!.text) && NAME_GAP.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) run.push(toks[j++]!);
  const first = run[0]!;
  if (TITLE_HEADS.has(first.key) || ROLE_NOUNS.has(first.key) || NAME_STOP.has(first.key) || CALENDAR_WORDS.has(first.key) || lookup(ctx, toks, endTok + 1)) return false;
  // "Varnia Television", "Varnia News": an outlet named after its country is the outlet's name, not the country.
  if (typesOfHead(run[run.length - 1]!.key).includes('media')) return true;
  if (run.some((t) => isBodyHead(t.key) || TITLE_HEADS.has(t.key))) return false;
  // A person named after the country ("Nigerian Goodluck Jonathan") is read by the people rules.
  if (ctx.surnames.has(run[run.length - 1]!.key)) return false;
  return true;
}

/**
 * Whether a known body of one country ("Congress", the US one) is named at token i as another country's: "Chile's
 * National Congress", "the Peruvian Congress". That is the other country's own body, which the organisation rules
 * name from its qualifier; "the American Congress" and "the US Congress" stay the known one.
 */
function otherCountrysBody(ctx: Ctx, toks: Token[], i: number, actor: Actor): boolean {
  if (actor.kind !== 'organization' || actor.memberOf.length === 0) return false;
  const gap = (k: number): string => ctx.text.slice(toks[k]!.end, toks[k + 1]!.start);
  let k = i - 1;
  // "National", "Federal": capitalised words of the body's name between the qualifier and the known word.
  while (k >= 0 && isCap(toks[k]!.text) && ORG_MODIFIERS.has(toks[k]!.key) && gap(k) === ' ') k--;
  if (k < 0 || gap(k) !== ' ') return false;
  if (toks[k]!.key === 's' && k > 0 && /^['’]$/.test(gap(k - 1))) k--;
  for (let s = Math.max(0, k - 3); s <= k; s++) {
    const q = lookup(ctx, toks, s);
    const country = q && q.endTok === k && (q.entry.type === 'name' || q.entry.type === 'demonym') ? actorOf(ctx, q.entry.actorId) : undefined;
    if (country?.kind === 'country' && !actor.memberOf.includes(country.id)) return true;
  }
  return false;
}

/**
 * "a Varnian tourist", "the 6-year-old Varnian boy", "the second Varnian auto maker": a country before one private
 * person or one company, after "a", "an" or "the" and at most three small words, says whose national it is; the
 * state takes no part. The person is a group of the nation's people (as "Varnian protesters" are); the company
 * is nobody. Returns whether it read the words so. Not "a Varnian official", "the Varnian government".
 */
function privateOfNation(ctx: Ctx, toks: Token[], start: number, endTok: number, country: Actor, add: Add): boolean {
  const { text } = ctx;
  const spaced = (k: number) => toks[k + 1] !== undefined && text.slice(toks[k]!.end, toks[k + 1]!.start) === ' ';
  let head = endTok + 1;
  if (!spaced(endTok) || toks[head] === undefined) return false;
  const company = (k: number) => toks[k] !== undefined && !isCap(toks[k]!.text) && (PRIVATE_COMPANY_NOUNS.has(toks[k]!.key) || QUALIFIED_COMPANY_NOUNS.has(toks[k]!.key));
  // "auto maker": one lower-case word before the company noun.
  if (!PRIVATE_PERSON_NOUNS.has(toks[head]!.key) && !company(head) && !(spaced(head) && !isCap(toks[head]!.text) && company(head + 1))) return false;
  if (!PRIVATE_PERSON_NOUNS.has(toks[head]!.key) && !company(head)) head++;
  const noun = toks[head]!;
  // "a Varnian tourist board": the noun qualifies a body's head.
  const then = toks[head + 1];
  if (isCap(noun.text) || !/^(?:\s|[,.;:)'’]|$)/u.test(text.slice(noun.end, noun.end + 1)) || (then && spaced(head) && isBodyHead(then.key))) return false;
  let k = start - 1;
  while (k >= 0 && start - k <= 3 && !ARTICLES.has(toks[k]!.key) && (/^(?:no|\d+)$/.test(toks[k]!.key) || /^[\p{Ll}\d-]+$/u.test(toks[k]!.text))) k--;
  if (k < 0 || !ARTICLES.has(toks[k]!.key)) return false;
  if (company(head)) return true;
  // The person acts or is acted on ("a Varnian tourist was hurt", "a Varnian man who …"); named only as an object
  // ("the case of the Varnian boy", "posters of the Varnian boy were …") the country stays a word that qualifies, for the participants' rules.
  if (!then || !(then.key === 'who' || isVerb(then.text)) || (k > 0 && /^(?:of|about|on|for|with)$/.test(toks[k - 1]!.key))) return false;
  const name = text.slice(toks[start]!.start, noun.end);
  add({ id: slug(name), name, kind: 'group', aliases: [], memberOf: [country.id] }, toks[start]!.start, noun.end, 'named-group');
  return true;
}
const ARTICLES = new Set(['a', 'an', 'the', 'another']);

/** Gazetteer and user-alias matches: names, demonyms, capitals, seats. */
export function scanLexicon(ctx: Ctx, toks: Token[], add: Add): void {
  const { text } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const m = lookup(ctx, toks, i);
    if (!m) continue;
    const a = toks[i]!.start;
    const b = toks[m.endTok]!.end;
    const actor = actorOf(ctx, m.entry.actorId) ?? ctx.actors.get(m.entry.actorId) ?? { id: m.entry.actorId, name: text.slice(a, b), kind: 'group' as const, aliases: [], memberOf: [] };
    const before = toks[i - 1];
    const after = toks[m.endTok + 1];
    const afterGap = after ? text.slice(b, after.start) : '';
    const possessive = after !== undefined && after.key === 's' && /^['’]$/.test(afterGap);
    const rest = text.slice(b, Math.min(text.length, b + 40));
    i = m.endTok;
    switch (m.entry.type) {
      case 'name': {
        const key = toks[m.start]!.key;
        // Ambiguous names: Georgia the US state, Jordan/Chad the first names.
        if (key === 'georgia' && US_STATE_CONTEXT.test(text.slice(Math.max(0, a - 60), b + 60))) continue;
        if ((key === 'jordan' || key === 'chad') && m.endTok === m.start) {
          const nameBefore = before && isCap(before.text) && /^ $/.test(text.slice(before.end, a)) && !NAME_STOP.has(before.key);
          const nameAfter = after && isCap(after.text) && afterGap === ' ' && !ACT_VERBS.has(after.key);
          if (nameBefore || nameAfter) continue;
        }
        if (actor.kind === 'country' && insideProperName(ctx, toks, m.start, m.endTok, true)) continue;
        if (otherCountrysBody(ctx, toks, m.start, actor)) continue;
        if (actor.kind === 'country' && !possessive && privateOfNation(ctx, toks, m.start, m.endTok, actor, add)) { i = m.endTok + 1; continue; }
        add(actor, a, b, possessive ? 'possessive' : 'name');
        break;
      }
      case 'demonym': {
        if (after && DEMONYM_SKIP_AFTER.has(after.key) && /^\s+$/.test(afterGap)) continue;
        if (before && DEMONYM_SKIP_BEFORE.has(before.key) && /^[\s-]$/.test(text.slice(before.end, a))) continue;
        // The language: "in Russian.", "translated from Armenian".
        if (before && /^(?:in|into|from|speak|speaks|spoke|speaking)$/.test(before.key) && (!after || !/^\s+[\p{L}]/u.test(rest))) continue;
        if (actor.kind === 'country' && insideProperName(ctx, toks, m.start, m.endTok, false)) continue;
        // "one Chilean arrived", "two Peruvians and …": a counted national is a person, not the country.
        if (before && (/^\d+$/.test(before.key) || COUNTED.has(before.key)) && (!after || /^(?:and|or)$/.test(after.key) || ACT_VERBS.has(after.key) || /ed$/.test(after.key) || !/^\s+\p{Ll}/u.test(rest))) continue;
        // "Varnian protesters", "ethnic Varnian settlers": a group of the nation's people, not the state.
        if (actor.kind === 'country' && after && NATION_GROUP_NOUNS.has(after.key) && afterGap === ' ') {
          const ethnic = before && before.key === 'ethnic' && text.slice(before.end, a) === ' ';
          const from = ethnic ? before.start : a;
          const name = text.slice(from, after.end).replace(/^ethnic/, 'Ethnic');
          add({ id: slug(name), name, kind: 'group', aliases: [], memberOf: [actor.id] }, from, after.end, 'named-group');
          i = m.endTok + 1;
          continue;
        }
        if (actor.kind === 'country' && privateOfNation(ctx, toks, m.start, m.endTok, actor, add)) { i = m.endTok + 1; continue; }
        // Name the country's bodies with the demonym this article uses ("Kyrgyz", not the data set's "Kirghiz").
        if (actor.kind === 'country' && !ctx.localDemonym.has(actor.id) && isCap(text.slice(a, b))) ctx.localDemonym.set(actor.id, text.slice(a, b));
        add(actor, a, b, 'demonym');
        break;
      }
      case 'demonym-plural': {
        // "Three Chileans and one Peruvian landed": people of that nationality, not the country.
        if (before && (/^\d+$/.test(before.key) || COUNTED.has(before.key))) continue;
        // "ethnic Varnians marched": people of the nation's stock, wherever they live; a group, not the state.
        if (actor.kind === 'country' && before && before.key === 'ethnic' && text.slice(before.end, a) === ' ') {
          const name = `Ethnic ${text.slice(a, b)}`;
          add({ id: slug(name), name, kind: 'group', aliases: [], memberOf: [actor.id] }, before.start, b, 'named-group');
          continue;
        }
        // "Varnia Ostrelians": a nation's people living in another land, a group of their own.
        const land = before && text.slice(before.end, a) === ' ' ? lookup(ctx, toks, i - (m.endTok - m.start) - 1) : null;
        if (actor.kind === 'country' && land && land.endTok === m.start - 1 && land.entry.type === 'name' && actorOf(ctx, land.entry.actorId)?.kind === 'country' && land.entry.actorId !== actor.id) {
          const from = toks[land.start]!.start;
          const name = text.slice(from, b);
          add({ id: slug(name), name, kind: 'group', aliases: [], memberOf: [land.entry.actorId] }, from, b, 'named-group');
          continue;
        }
        add(actor, a, b, 'demonym');
        break;
      }
      case 'capital':
      case 'seat': {
        // Part of a longer name: "Morgan Stanley", "Real Madrid", "Paris Saint-Germain", "Washington Post".
        const inName = (k: number, gap: string): boolean => {
          const t = toks[k];
          return t !== undefined && isCap(t.text) && /^[ -]$/.test(gap) && !NAME_STOP.has(t.key) && !TITLE_HEADS.has(t.key) && !ACT_VERBS.has(t.key) && !lookup(ctx, toks, k);
        };
        if (m.entry.type === 'capital' && (inName(m.start - 1, before ? text.slice(before.end, a) : '') || inName(m.endTok + 1, afterGap))) continue;
        // "London's stock exchange", "Lima's streets": the city's own places; it stands for no government there.
        const cityPlace = possessive && CITY_PLACE_AFTER.test(text.slice(after!.end, after!.end + 30));
        const acting = (possessive && !cityPlace) || (after !== undefined && ACT_VERBS.has(after.key) && /^\s+$/.test(afterGap)) || /^\s+and\s+\p{Lu}\p{L}+\s+(?:said|have|had|agreed|signed)\b/u.test(rest);
        if (acting) add(actor, a, b, m.entry.type === 'seat' ? 'seat' : 'capital-metonym');
        else if (before && OBJECT_CUES.has(before.key) && /^\s+$/.test(text.slice(before.end, a))) add(actor, a, b, m.entry.type === 'seat' ? 'seat' : 'capital-metonym');
        // "ruled directly by Lima", "backed by Quito": the agent of a passive is the government the capital stands for.
        else if (m.entry.type === 'capital' && passiveAgent(text.slice(Math.max(0, a - 40), a))) add(actor, a, b, 'capital-metonym');
        else if ((before && LOCATIVE.has(before.key)) || cityPlace) add(actor, a, b, m.entry.type === 'seat' ? 'seat-location' : 'capital-location');
        else if (m.entry.type === 'seat') add(actor, a, b, 'seat');
        break;
      }
    }
  }
}

// After a city's possessive, up to two words, then a place or a market of the city.
const CITY_PLACE_AFTER = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${[...CITY_PLACE_NOUNS].join('|')})\\b`, 'u');

/**
 * Whether the text before a name is a passive and "by" ("has been ruled directly by ", "was backed by "): a form
 * of "be", then a past participle. Not a verb of going past ("the trucks drove by", "the convoy passed by").
 */
function passiveAgent(lead: string): boolean {
  const m = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?by\s+$/u.exec(lead);
  return m !== null && (/^\p{Ll}{2,}(?:ed|en|wn)$/u.test(m[1]!) || IRREGULAR_PAST.has(m[1]!));
}
