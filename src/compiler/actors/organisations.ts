// Organisations and groups: a demonym or a country's possessive before an
// institution noun ("Russian Foreign Ministry", "Azerbaijani ecologists"),
// named bodies closed by a head word ("Civil Contract Party", "Acme Corp."),
// bodies introduced by a role noun ("engine maker Orvil Turbines"), and the
// article's own bodies found before the main pass so every sentence can
// refer to them.
import type { Actor } from '../../model/schema';
import { isAllCaps, isCap, tokenKey, TOKEN_RE, type Token } from '../text/tokens';
import { gazetteer, slug } from './gazetteer';
import { CALLED_TYPES, DEFINITE_TYPES, discoverCountries, GENERIC_FIRST, ROLE_TYPES, typesOfHead, type Lookup, type OrgType } from './discover';
import { actorOf, demonymName, extend, gazActor, lookup, NAME_GAP, nameWithoutLast, walkTrie, type ActorMention, type Add, type Ctx } from './context';
import { countryAround, domesticCountry } from './membership';
import { acronymBodies, findProperNames, initialsOf, spells } from './properNames';
import { FUNCTION_WORDS, literal, REPORTING_VERBS } from '../text/lexicon';
import { isVerb } from './participants';
import { officerBodyNames } from './people';
import { ACT_VERBS, ALLIANCES, BLOCS, NAME_STOP, PARTICLES, TITLE_HEADS } from './peopleWords';
import { ACTING_PEOPLE, ADJECTIVE_HEADS, BARE_MODIFIERS, BODY_STOP, COLLECTIVE_OWNERS, COMMON_BODY_HEADS, COMPANY_FORMS, DESCRIBED_COMPANY_NOUNS, QUALIFIED_COMPANY_NOUNS, DOMESTIC_ADJECTIVES, OTHER_BODY_WORDS, GROUP_ADJECTIVES, GROUP_PEOPLE, DOMESTIC_NOUNS, GROUP_NOUNS, HEAD_ALIASES, MINISTRY_OF, OF_HEADS, MISSION_NOUNS, LEADING_BODY_HEADS, NAME_OPENING_WORDS, ORG_HEADS, PRESS_NOUNS, ORG_MODIFIERS, ORG_NOUNS, PLACE_WORDS, SHORT_FORM_HEADS, SPEAKING_PEOPLE } from './organisationWords';
import { US_STATE_NAMES } from './countryWords';

/**
 * Institutions: "[the] Russian Foreign Ministry", "Russia's Defense Ministry",
 * "the Defense Ministry of Armenia", "Russian peacekeepers", "Azerbaijani
 * ecologists", later "the ministry"; named bodies ending in Party, Corp., etc.
 */
export function findOrganizations(ctx: Ctx, toks: Token[], add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  const countryAt = new Map<number, { id: string; endTok: number }>();
  // Which actor was found where, and where by its demonym: made when a country's name or demonym first asks.
  let mentionedAt: Set<string> | null = null;
  for (let i = 0; i < toks.length; i++) {
    const m = lookup(ctx, toks, i);
    if (!m) continue;
    const a = actorOf(ctx, m.entry.actorId);
    if (a?.kind === 'country' && (m.entry.type === 'demonym' || m.entry.type === 'name')) {
      mentionedAt ??= new Set(out.map((x) => `${x.actorId}\u0000${x.start}`));
      if (mentionedAt.has(`${m.entry.actorId}\u0000${toks[i]!.start}`)) countryAt.set(i, { id: a.id, endTok: m.endTok });
    }
    i = m.endTok;
  }
  const demonymAt = countryAt.size === 0 ? null : new Set(out.filter((x) => x.rule === 'demonym').map((x) => `${x.actorId}\u0000${x.start}`));
  const consumed = new Set<number>();
  for (const [ci, { id: countryId, endTok }] of countryAt) {
    let j = endTok + 1;
    // "Armenia's Foreign Ministry": skip the possessive.
    if (toks[j]?.key === 's' && /^['’]$/.test(text.slice(toks[endTok]!.end, toks[j]!.start))) j++;
    const isName = !demonymAt!.has(`${countryId}\u0000${toks[ci]!.start}`);
    // "Armenia officials" is not a pattern; "the US Commerce Department" is: a country's name, then capitalised
    // words closed by a capitalised institution noun, names that body as written.
    const asWritten = isName && j === endTok + 1 && capitalisedInstitution(ctx, toks, j);
    // "the U.S. embassy", "the U.S. embassies": a country's name before its mission abroad names the mission as its
    // demonym does (the building a bombing hit, not the country's state).
    const mission = isName && j === endTok + 1 && MISSION_NOUNS.has(toks[j]?.key ?? '') && text.slice(toks[endTok]!.end, toks[j]!.start) === ' ';
    if (isName && j === endTok + 1 && !asWritten && !mission) continue;
    const mods: string[] = [];
    for (; j < toks.length && j - endTok <= 5; j++) {
      const t = toks[j]!;
      const gap = text.slice(toks[j - 1]!.end, t.start);
      if (!/^(?:\s+|-|['’])$/.test(gap)) break;
      if (t.key === 's' && /^['’]$/.test(gap)) continue;
      // "the American Congress": the country's body the lexicon knows already (scanLexicon names it).
      const known = lookup(ctx, toks, j);
      if (known && actorOf(ctx, known.entry.actorId)?.memberOf.includes(countryId)) break;
      if (ORG_NOUNS.get(t.key) || GROUP_NOUNS.has(t.key)) {
        // A title head right after means a person ("Russian Foreign Minister"), handled elsewhere.
        const next = toks[j + 1];
        if (t.key === 'ministry' && next?.key === 'of') {
          const what = ministryOf(toks, j + 2);
          if (what) mods.push(what.label);
        }
        const group = GROUP_NOUNS.has(t.key) && !(t.key === 'troops');
        // A capitalised head is part of a proper name ("State Border Service", "Revolutionary Armed Forces"): keep it
        // as written, even a head that has a common name ("forces" → armed forces).
        const headWord = (isCap(t.text) && mods.length > 0 ? t.text : null) ?? HEAD_ALIASES.get(t.key) ?? ORG_NOUNS.get(t.key) ?? t.key;
        const demonym = demonymName(countryId, ctx);
        const modText = mods.filter((x) => !/^(?:and|of|the)$/i.test(x)).map((x) => (x === x.toLowerCase() && !group ? x : x)).join(' ');
        const label = group
          ? `${demonym} ${text.slice(toks[endTok]!.end, t.end).replace(/^(?:['’]s)?\s+/, '')}`.replace(/\s+/g, ' ').trim()
          : asWritten
            ? text.slice(toks[ci]!.start, t.end).replace(/\s+/g, ' ')
          : t.key === 'ministry'
            ? `${demonym} ${modText.replace(/\b\p{L}/gu, (c) => c.toUpperCase())} Ministry`.replace(/\s+/g, ' ')
            : headWord === 'peacekeepers' ? `${demonym} peacekeepers` : `${demonym} ${modText ? `${modText} ` : ''}${headWord}`.replace(/\s+/g, ' ');
        const actor: Actor = { id: slug(label), name: label, kind: group ? 'group' : 'organization', aliases: [], memberOf: [countryId] };
        add(actor, toks[ci]!.start, t.end, group ? 'demonym-group' : 'demonym-institution');
        ctx.lastByHead.set(t.key === 'ministry' ? 'ministry' : headWord, actor.id);
        consumed.add(j);
        break;
      }
      if (TITLE_HEADS.has(t.key)) break;
      if (ORG_MODIFIERS.has(t.key) || (isCap(t.text) && !lookup(ctx, toks, j))) { mods.push(t.text); continue; }
      break;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (consumed.has(i)) continue;
    // Every rule below starts from one of these words, or from a capital after "the".
    if (!ORGANIZATION_CUES.has(t.key) && !(isCap(t.text) && i > 0 && toks[i - 1]!.key === 'the')) continue;
    // "the Defense Ministry of Armenia", "the Ministry of Foreign Affairs of Azerbaijan".
    if (t.key === 'ministry' && isCap(t.text)) {
      let label = '';
      let k = i + 1;
      if (toks[k]?.key === 'of') {
        const what = ministryOf(toks, k + 1);
        if (what) { label = what.label; k = what.next; }
      } else if (i > 0 && isCap(toks[i - 1]!.text) && ORG_MODIFIERS.has(toks[i - 1]!.key)) label = toks[i - 1]!.text;
      if (toks[k]?.key === 'of') {
        const off = toks[k + 1]?.key === 'the' ? k + 2 : k + 1;
        const m = off < toks.length ? lookup(ctx, toks, off) : null;
        const c = m ? actorOf(ctx, m.entry.actorId) : undefined;
        if (m && c?.kind === 'country' && label) {
          const name = `${demonymName(c.id, ctx)} ${label} Ministry`;
          const startTok = toks[i - 1] && isCap(toks[i - 1]!.text) && ORG_MODIFIERS.has(toks[i - 1]!.key) ? i - 1 : i;
          add({ id: slug(name), name, kind: 'organization', aliases: [], memberOf: [c.id] }, toks[startTok]!.start, toks[m.endTok]!.end, 'institution-of-country');
          ctx.lastByHead.set('ministry', slug(name));
          i = m.endTok;
          continue;
        }
      }
    }
    const covered = out.some((x) => x.start <= t.start && x.end >= t.end);
    const prevKey = i > 0 ? toks[i - 1]!.key : '';
    // "the military planning of Chile": a body's noun that is an adjective too, before a noun of no body, names none.
    const nounAfter = toks[i + 1];
    if (ADJECTIVE_HEADS.has(t.key) && nounAfter !== undefined && text.slice(t.end, nounAfter.start) === ' ' && /^\p{Ll}+$/u.test(nounAfter.text)
      && !FUNCTION_WORDS.has(nounAfter.key) && (!isVerb(nounAfter.key) || /ing$/.test(nounAfter.key)) && !ORG_NOUNS.has(nounAfter.key) && !HEAD_ALIASES.has(nounAfter.key) && !ORG_HEADS.has(nounAfter.key)) continue;
    // "the Commission", "the Board": the last body named whose name ends in that word; written in lower case too
    // for a word only a body's name ends in ("the Civil Aviation Agency … the agency said").
    const shortFor = (isCap(t.text) || SHORT_FORM_HEADS.has(t.key)) && prevKey === 'the' ? ctx.lastByLastWord.get(t.key) : undefined;
    const nextTok = toks[i + 1];
    const nameGoesOn = nextTok !== undefined && /^[ -]$/.test(text.slice(t.end, nextTok.start)) && (isCap(nextTok.text) || nextTok.key === 'of');
    if (shortFor && !nameGoesOn && ctx.actors.has(shortFor) && !covered) {
      add(ctx.actors.get(shortFor)!, t.start, t.end, 'anaphor');
      continue;
    }
    // "the bloc's criteria", "the alliance": the bloc or alliance last named.
    if ((t.key === 'bloc' || t.key === 'alliance') && !isCap(t.text) && prevKey === 'the' && !covered) {
      const inSentence = out.filter((x) => x.end <= t.start && (t.key === 'bloc' ? BLOCS : ALLIANCES).has(x.actorId)).pop()?.actorId;
      const id = inSentence ?? ctx.lastBloc.get(t.key);
      const bloc = id ? ctx.actors.get(id) : undefined;
      if (bloc) { add(bloc, t.start, t.end, 'anaphor'); continue; }
    }
    // "the ministry", "the army": the last such body named.
    const head = HEAD_ALIASES.get(t.key) ?? ORG_NOUNS.get(t.key);
    const bound = head ? ctx.lastByHead.get(t.key === 'ministry' ? 'ministry' : head) : undefined;
    if (bound && prevKey === 'the' && ctx.actors.has(bound) && !covered) {
      add(ctx.actors.get(bound)!, t.start, t.end, 'anaphor');
      continue;
    }
    // "the airline", "the club", "the rebels": the last body of a fitting type.
    // ("the brewing giant": a company's noun that needs its describing words, which describedCompany reads.)
    const qualifiedOnly = !DEFINITE_TYPES.has(t.key) && QUALIFIED_COMPANY_NOUNS.has(t.key);
    const wanted = qualifiedOnly ? QUALIFIED_TYPES : DEFINITE_TYPES.get(t.key);
    // "the same contractor": "the" and "same" before the noun too.
    const theSame = prevKey === 'same' && toks[i - 2]?.key === 'the';
    // "the thrift holding company": a noun before another company's noun only qualifies it.
    const qualifies = [1, 2].some((n) => toks[i + n] !== undefined && DESCRIBED_COMPANY_NOUNS.has(toks[i + n]!.key) && /^ $/.test(text.slice(toks[i + n - 1]!.end, toks[i + n]!.start)) && !isCap(toks[i + n]!.text));
    const plainThe = !qualifiedOnly && (prevKey === 'the' || theSame || /^(?:rebels?|insurgents|militants)$/.test(t.key));
    if (wanted && !covered && !isCap(t.text) && !qualifies && (plainThe || describedCompany(text, toks, i))) {
      const here = out.filter((m) => m.end <= t.start && (ctx.orgTypes.get(m.actorId) ?? []).some((x) => wanted.includes(x)));
      // ("Harlow, the largest brewer, had resisted": an apposition to the name before it adds no mention.)
      const lastHere = here[here.length - 1];
      if (qualifiedOnly && lastHere && /^,\s+(?:the|a|an)\s[^,;]*$/.test(text.slice(lastHere.end, t.start))) continue;
      let id: string | undefined = lastHere?.actorId;
      // A description ("the thrift holding company") is of the company the report is about: the one named most
      // so far, the first of those, not the buyer named last.
      // A qualified noun ("the brewing giant", "the U.S. auto giant") goes on from the sentence before: the body
      // that sentence opened with, the report's subject there, before the one named most.
      if (!id && qualifiedOnly) id = ctx.openingOrg.get('company');
      if (!id && prevKey !== 'the' && !theSame) id = mostNamed(ctx, wanted);
      for (const type of wanted) if (!id) id = ctx.lastOrg.get(type);
      const body = id ? ctx.actors.get(id) ?? ctx.local.get(id) : undefined;
      if (body) { add(body, t.start, t.end, 'definite'); continue; }
    }
    // "the government", "Army offensives", "the Interior Ministry", "the country": the article's own country.
    // "the military dictator", "the military junta": the noun is an adjective of a ruler or a rule, no body.
    const after = toks[i + 1];
    const describes = after !== undefined && !isCap(after.text) && ctx.text.slice(t.end, after.start) === ' ' && RULE_NOUNS.has(after.key);
    // "the police and armies of 40 countries": the forces of many states, none of them the article's own.
    const ofManyStates = OF_MANY_STATES.test(text.slice(t.end, t.end + 60));
    const domesticHead = describes || ofManyStates ? undefined : DOMESTIC_NOUNS.get(t.key);
    const capMinistry = t.key === 'ministry' && isCap(t.text) && i > 0 && isCap(toks[i - 1]!.text) && ORG_MODIFIERS.has(toks[i - 1]!.key) && toks[i + 1]?.key !== 'of';
    // "the government", "the new parliament", "the outgoing interim government": "the" and up to two adjectives.
    const theBefore = prevKey === 'the' || [2, 3].some((n) => toks[i - n]?.key === 'the' && toks.slice(i - n + 1, i).every((x) => !isCap(x.text) && DOMESTIC_ADJECTIVES.has(x.key)));
    // "the Committee on Government Reform", "Government House": a capitalised noun inside a longer name is that name's.
    const spaced = (a: number) => toks[a] !== undefined && toks[a + 1] !== undefined && ctx.text.slice(toks[a]!.end, toks[a + 1]!.start) === ' ';
    const inName = isCap(t.text) && ((spaced(i) && isCap(toks[i + 1]!.text) && !lookup(ctx, toks, i + 1)) || (i >= 2 && /^(?:on|of|for|and)$/.test(prevKey) && isCap(toks[i - 2]!.text) && ORG_NOUNS.has(toks[i - 2]!.key)));
    const bare = domesticHead !== undefined && !isCap(t.text) && bareSubject(text, toks, i);
    const intro = theBefore || bare || (isCap(t.text) && !inName && (i === 0 || !isCap(toks[i - 1]!.text)));
    if (!covered && (capMinistry || (domesticHead && intro) || (t.key === 'country' && prevKey === 'the'))) {
      // "X, a critic of Peru, ruled the country": a country named before it in the sentence only as an
      // object is not the one "the country" means; the article's own country is.
      const objectOnly = (m: ActorMention) => /\b(?:of|against|with|to|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start));
      const here = out.filter((m) => m.end <= t.start && actorOf(ctx, m.actorId)?.kind === 'country');
      // A bare "police" is the force of where the report is filed: the countries its sentence names are mostly
      // those of the people it acts on ("Varnian exiles were arrested and police …").
      const country = t.key === 'country' && ctx.home && here.length > 0 && here.every((m) => m.actorId !== ctx.home && objectOnly(m)) ? ctx.home
        : bare ? ctx.dateline ?? ctx.home : domesticCountry(ctx);
      const c = country ? actorOf(ctx, country) ?? ctx.actors.get(country) : undefined;
      if (c) {
        if (t.key === 'country') { add(c, toks[i - 1]!.start, t.end, 'domestic-country'); continue; }
        const startTok = capMinistry ? i - 1 : i;
        const name = capMinistry ? `${demonymName(c.id, ctx)} ${toks[i - 1]!.text} Ministry` : `${demonymName(c.id, ctx)} ${domesticHead}`;
        const actor: Actor = { id: slug(name), name, kind: 'organization', aliases: [], memberOf: [c.id] };
        add(actor, toks[startTok]!.start, t.end, bare ? 'bare-noun' : 'domestic-institution');
        ctx.lastByHead.set(capMinistry ? 'ministry' : domesticHead!, actor.id);
        continue;
      }
    }
    // Named bodies: capitalised words closed by an organization head ("Civil Contract Party", "Acme Corp.").
    if (ORG_HEADS.has(t.key) && isCap(t.text) && i > 0) {
      let k = i - 1;
      // "Metal and Electrical Workers' Union", "Port Operators' Association": "and" between capitals, a plural possessive.
      const joins = (j: number): boolean => /^(?:\s|-|&|\s&\s|\samp\s|['’]\s)$/.test(text.slice(toks[j]!.end, toks[j + 1]!.start));
      // "a letter to Ruiz and Harbour Service Commissioner X": a person's name before "and" is a second addressee,
      // not the first word of the body.
      const personAt = (j: number): boolean => out.some((m) => m.start <= toks[j]!.start && m.end >= toks[j]!.end && ctx.actors.get(m.actorId)?.kind === 'person');
      while (k >= 0 && i - k <= 6) {
        const tok = toks[k]!;
        if (isCap(tok.text) && !NAME_STOP.has(tok.key) && joins(k)) { k--; continue; }
        // "the National Harbour and Coastal Rights League", "First Citizens Bank": a common opening word is the name's first.
        if (isCap(tok.text) && NAME_OPENING_WORDS.has(tok.key) && k < i - 1 && joins(k) && !lookup(ctx, toks, k)) { k--; break; }
        if ((tok.key === 'and' || tok.key === '&') && k > 0 && isCap(toks[k - 1]!.text) && !NAME_STOP.has(toks[k - 1]!.key) && !lookup(ctx, toks, k - 1) && !personAt(k - 1) && joins(k) && joins(k - 1)) { k--; continue; }
        break;
      }
      // ("the anti-Roth Harbour Foundation": not the name the stance is against.)
      const first = k >= 0 && k + 1 < i - 1 && /^(?:anti|pro)$/.test(toks[k]!.key) && text.slice(toks[k]!.end, toks[k + 1]!.start) === '-' ? k + 2 : k + 1;
      // "the full 4th U.S. Harbour Court of Review": a head inside a longer name the article knows is that name's.
      const inLonger = (k: number): boolean => k <= i && ((lookup(ctx, toks, k)?.endTok ?? 0) > i || inLonger(k + 1));
      if (first < i && !out.some((x) => x.start <= toks[first]!.start && x.end >= t.end) && !inLonger(first) && !adjectiveBeforeName(ctx, toks, first, i)) {
        const name = text.slice(toks[first]!.start, t.end);
        const { country } = countryAround(ctx, toks, first, i);
        if (!lookup(ctx, toks, first) || country) {
          add({ id: slug(name), name, kind: 'organization', aliases: [], memberOf: country ? [country] : [] }, toks[first]!.start, t.end, 'named-organization');
        }
      }
    }
  }
}

/** Whether tokens from j on are one to three capitalised words closed by a capitalised institution noun ("Commerce Department"). */
function capitalisedInstitution(ctx: Ctx, toks: Token[], j: number): boolean {
  for (let k = j; k < toks.length && k - j <= 3; k++) {
    const t = toks[k]!;
    if (!isCap(t.text) || isAllCaps(t.text) || (k > j && ctx.text.slice(toks[k - 1]!.end, t.start) !== ' ')) return false;
    if (k > j && ORG_NOUNS.has(t.key) && !GROUP_NOUNS.has(t.key)) return true;
    if (ORG_NOUNS.has(t.key) || lookup(ctx, toks, k)) return false;
  }
  return false;
}

/**
 * Finds what the gazetteer lacks and enters it into the article's own
 * lexicon: countries (see discover.ts), then named bodies with the short
 * forms the article will use for them later ("Rovers" for "Brenford
 * Rovers", "OSKR" for the name it abbreviates).
 */
export function discoverLocal(ctx: Ctx, tokens: Token[][]): void {
  const lookupFn: Lookup = (toks, i) => {
    const m = lookup(ctx, toks, i);
    if (!m) return null;
    return { endTok: m.endTok, kind: actorOf(ctx, m.entry.actorId)?.kind ?? 'group', type: m.entry.type };
  };
  const personWords = new Set<string>();
  for (const a of ctx.actors.values()) {
    if (a.kind === 'person') for (const w of a.name.split(/\s+/)) personWords.add(tokenKey(w));
    // A storm's own name ("Vela" of "Hurricane Vela") is the storm's, not a body of its own.
    else if (a.kind === 'group') personWords.add(tokenKey(a.name.split(/\s+/).pop() ?? ''));
  }
  const stop = (key: string): boolean => NAME_STOP.has(key) || TITLE_HEADS.has(key) || ACT_VERBS.has(key);
  for (const d of discoverCountries(ctx.text, tokens, lookupFn, (key) => personWords.has(key), stop)) {
    const id = slug(d.name);
    if (!id || gazActor(id) || ctx.ignore.has(id)) continue;
    ctx.local.set(id, { id, name: d.name, kind: 'country', aliases: [], memberOf: [] });
    extend(ctx, d.name, { actorId: id, type: 'name', caseMode: 'title' });
    for (const dem of d.demonyms) {
      extend(ctx, dem, { actorId: id, type: 'demonym', caseMode: 'title' });
      extend(ctx, `${dem}s`, { actorId: id, type: 'demonym-plural', caseMode: 'title' });
      if (!ctx.localDemonym.has(id) && new RegExp(`\\b${dem}\\b`, 'u').test(ctx.text)) ctx.localDemonym.set(id, dem);
    }
  }
  const found: NamedBody[] = [];
  for (const toks of tokens) found.push(...namedBodies(ctx, toks));
  // Then the names the article treats as bodies' without a head word ("Apple is expected", "Jamaah Islamiyah (JI)").
  const bodyNames = new Set(found.map((b) => slug(b.name)));
  const knownAt = (toks: Token[], i: number): boolean => lookup(ctx, toks, i) !== null || personWords.has(toks[i]!.key) || bodyNames.has(slug(toks[i]!.text));
  // A word of a named body is that body's short form ("Lumo" of "Lumo Logistics"), not a body of its own.
  const bodyWords = new Set(found.flatMap((b) => b.words));
  for (const p of findProperNames(ctx.text, tokens, knownAt, (key) => personWords.has(key))) {
    if (p.person || bodyNames.has(slug(p.name)) || (p.abbr === null && p.words.every((w) => bodyWords.has(w)))) continue;
    found.push({ name: p.name, words: p.words, types: p.types, memberOf: [], abbr: p.abbr });
  }
  found.push(...calledNames(ctx.text));
  // "Varo Fein chairman Mitchell Dunne": the words before a company officer's title name a body (people.ts).
  for (const name of officerBodyNames(ctx)) found.push({ name, words: [...name.matchAll(TOKEN_RE)].map((w) => tokenKey(w[0])), types: [], memberOf: [], abbr: null });
  found.push(...ledByHead(ctx.text, found));
  for (const b of found) b.short ??= shortAfterLeadingHead(ctx, b, personWords);
  // Acronyms that act or abbreviate a name of the article (the merge joins them to that body).
  const abbreviated = new Set(found.map((b) => b.abbr));
  for (const a of acronymBodies(ctx.text, tokens, knownAt, stop)) if (!bodyNames.has(slug(a.name)) && !abbreviated.has(a.name)) found.push({ ...a, memberOf: [] });
  // An acronym is of the kinds of the one body it spells ("GM" of "General Motors Corp."), joined to it only later.
  for (const b of found) {
    if (b.types.length > 0 || !/^\p{Lu}{2,6}$/u.test(b.name)) continue;
    const spelt = found.filter((o) => o !== b && o.types.length > 0 && initialsOf(o.name).some((x) => spells(b.name, x)));
    if (spelt.length === 1) b.types = spelt[0]!.types;
  }
  for (const b of found) clippedFullName(ctx.text, b, personWords);
  const firstWords = new Map<string, number>();
  const lastWords = new Map<string, number>();
  // One body read with and without its company form ("Tallent Group PLC", "Tallent Group") counts once.
  const distinct = [...new Map(found.map((b) => [withoutCompanyForm(b).join(' '), b])).values()];
  for (const b of distinct) {
    firstWords.set(b.words[0]!, (firstWords.get(b.words[0]!) ?? 0) + 1);
    lastWords.set(b.words[b.words.length - 1]!, (lastWords.get(b.words[b.words.length - 1]!) ?? 0) + 1);
  }
  // How many bodies are named by a first word and a company form alone.
  const soleFirst = new Map<string, number>();
  for (const b of distinct) if (withoutCompanyForm(b).length === 1) soleFirst.set(b.words[0]!, (soleFirst.get(b.words[0]!) ?? 0) + 1);
  const seen = new Set<string>();
  for (const b of found) {
    const id = slug(b.name);
    if (!id || seen.has(id) || ctx.ignore.has(id) || ctx.ignore.has(b.name.toLowerCase())) continue;
    seen.add(id);
    const armed = b.types.includes('armed') && !b.types.includes('party');
    ctx.local.set(id, { id, name: b.name, kind: armed ? 'group' : 'organization', aliases: b.abbr ? [b.abbr] : [], memberOf: b.memberOf });
    ctx.orgTypes.set(id, b.types);
    extend(ctx, b.name, { actorId: id, type: 'name', caseMode: 'title' });
    if (b.abbr) extend(ctx, b.abbr, { actorId: id, type: 'name', caseMode: 'caps' });
    if (b.short) extend(ctx, b.short, { actorId: id, type: 'name', caseMode: 'title' });
    if (b.exact) extend(ctx, b.name, { actorId: id, type: 'name', caseMode: 'exact', form: b.name });
    // A name read as a person's in pass 1 ("Lakeside Liberation Front said") is the body's.
    const misread = ctx.actors.get(id);
    if (misread?.kind === 'person') ctx.actors.delete(id);
    // "Harlow's Garden Supply": the possessive is the body's short form, and the words after it no person of Harlow's.
    const owner = /^(\S+['’]s)\s+(.+)$/u.exec(b.name);
    if (owner) {
      extend(ctx, owner[1]!, { actorId: id, type: 'name', caseMode: 'title' });
      if (ctx.actors.get(slug(owner[2]!))?.kind === 'person') ctx.actors.delete(slug(owner[2]!));
      // "Talvik's Inc." told as "Talvik officials": a possessive and a form only, whose one word goes alone too
      // (not a person's word, nor a name the lexicon knows).
      const bareOwner = /^(\p{Lu}[\p{L}-]+)['’]s$/u.exec(owner[1]!)?.[1];
      const formOnly = owner[2]!.split(/\s+/).every((w) => COMPANY_FORMS.has(tokenKey(w)));
      if (bareOwner && formOnly && !personWords.has(tokenKey(bareOwner)) && !walkTrie(gazetteer().trie, [{ text: bareOwner, key: tokenKey(bareOwner), start: 0, end: bareOwner.length }], 0, bareOwner)) {
        extend(ctx, bareOwner, { actorId: id, type: 'name', caseMode: 'title' });
      }
    }
    if (b.words.length < 2) continue;
    const first = b.words[0]!;
    // "Ogden Projects Inc.": the name without its company form is the company's too ("Ogden Projects, whose …").
    const bare = withoutCompanyForm(b);
    // (The words are counted from the end: "Ocean Drilling amp Exploration Co." holds a spelt ampersand the words lack.)
    if (bare.length >= 2 && bare.length < b.words.length) extend(ctx, nameWithoutLast(b.name, b.words.length - bare.length), { actorId: id, type: 'name', caseMode: 'title' });
    for (const short of shortFormsInText(ctx.text, b, shortFormLimit(b, bare.length))) {
      extend(ctx, short, { actorId: id, type: 'name', caseMode: 'title' });
      if (ctx.actors.get(slug(short))?.kind === 'person') {
        ctx.actors.delete(slug(short));
        // Its words are no person's now ("Harlow" of a misread "Harlow Savings" may stand for the bank).
        const still = new Set([...ctx.actors.values()].filter((a) => a.kind === 'person').flatMap((a) => a.name.split(/\s+/).map(tokenKey)));
        for (const w of short.split(/\s+/).map(tokenKey)) if (!still.has(w)) personWords.delete(w);
      }
    }
    // Parties go by their members' plural too: "the Greens", "the Socialists".
    if (b.types.includes('party') && !b.words[0]!.endsWith('s')) extend(ctx, `${b.name.split(/\s+/)[0]!}s`, { actorId: id, type: 'name', caseMode: 'title' });
    // The word of the name, not a capitalised "The" before it: "The" alone named "The Harbour Times".
    const firstTok = b.name.replace(/^The\s+/, '').split(/\s+/)[0]!;
    // A distinctive first word stands for the whole ("Nordika" for "Nordika Rail"), when no other body shares it.
    const nicknamed = b.types.some((x) => x !== 'council' && x !== 'court' && x !== 'association');
    // When several share it, it stands for the one named by that word and a company form alone ("BellSouth" for
    // "BellSouth Corp.", beside "BellSouth Enterprises Inc."; "Ogden" for "Ogden Corp.", not "Ogden Projects Inc.").
    const sole = firstWords.get(first) === 1 || (bare.length === 1 && soleFirst.get(first) === 1);
    if (nicknamed && !GENERIC_FIRST.has(first) && first.length >= 3 && sole && !personWords.has(first) && !walkTrie(gazetteer().trie, [{ text: firstTok, key: first, start: 0, end: firstTok.length }], 0, firstTok)) {
      extend(ctx, firstTok, { actorId: id, type: 'name', caseMode: 'title' });
    }
    // "Harlow-Benz Cos." told as "Harlow": a hyphenated first word's first part, where the article writes it alone.
    const part = /^(\p{Lu}[\p{Ll}]{2,})-\p{Lu}/u.exec(firstTok)?.[1];
    if (part && nicknamed && !GENERIC_FIRST.has(tokenKey(part)) && !personWords.has(tokenKey(part)) && new RegExp(`(?<![\\p{L}-])${part}(?![\\p{L}-])`, 'u').test(ctx.text)
      && !walkTrie(gazetteer().trie, [{ text: part, key: tokenKey(part), start: 0, end: part.length }], 0, part)) {
      extend(ctx, part, { actorId: id, type: 'name', caseMode: 'title' });
    }
    // Clubs go by their last word too ("Rovers"), except the ones many clubs share.
    const last = b.words[b.words.length - 1]!;
    if (b.types.includes('club') && !/^(?:united|city|town|county|club|fc)$/.test(last) && lastWords.get(last) === 1) {
      extend(ctx, b.name.split(/\s+/).pop()!, { actorId: id, type: 'name', caseMode: 'title' });
    }
  }
}

/**
 * "Harlow Bay Group Inc." told later as "Harlow Bay", "Fort of Chile Bank Corp." as "Fort of Chile": the first two
 * words or more of a company's name (with a company form), when the article writes them alone, not before another
 * capitalised word and not ending on "of" or "and". Leaves bodies without a form and one-word short forms (read
 * elsewhere, with their own checks).
 */
function shortFormsInText(text: string, b: NamedBody, limit: number): string[] {
  const words = b.name.split(/\s+/);
  const out: string[] = [];
  for (let n = 2; n < limit; n++) {
    if (/^(?:of|and|&|the|for)$/i.test(words[n - 1]!)) continue;
    const short = words.slice(0, n).join(' ');
    const escaped = literal(short);
    const alone = new RegExp(`(?<![\\p{L}'’-])${escaped}(?![\\p{L}'’-])(?!\\s+\\p{Lu})`, 'u');
    // Not the opening of another body's name ("T. Lumo High Yield Fund" beside "T. Lumo Associates Inc.").
    const other = [...text.matchAll(new RegExp(`(?<![\\p{L}'’-])${escaped}\\s+(\\p{Lu}[\\p{L}'’-]*)`, 'gu'))].some((m) => m[1] !== words[n]);
    if (alone.test(text) && !other) out.push(short);
  }
  return out;
}

/**
 * How long a short form of a body's name may be: shorter than the name without its company form; for a company
 * closed by its business's head word and no form ("Harlow Savings Bank", "Skyline Air Lines"), shorter than the
 * whole name, so "Harlow Savings" written alone is the bank and no person. None for a body without a form that is
 * no company (a council's, a court's, a party's: "Harbour City" of "Harbour City Council" is a place).
 */
function shortFormLimit(b: NamedBody, bare: number): number {
  if (bare < b.words.length) return bare;
  const last = b.words[b.words.length - 1]!;
  const company = b.words.length >= 3 && b.types.some((x) => x === 'bank' || x === 'airline' || x === 'company') && typesOfHead(last).some((x) => x === 'bank' || x === 'airline' || x === 'company');
  return company ? b.words.length : 0;
}

/** A body's words without the company forms that close its name ("Ogden Projects Inc." → ogden, projects). */
function withoutCompanyForm(b: NamedBody): string[] {
  let n = b.words.length;
  while (n > 1 && COMPANY_FORMS.has(b.words[n - 1]!)) n--;
  return b.words.slice(0, n);
}

interface NamedBody { name: string; words: string[]; types: readonly OrgType[]; memberOf: string[]; abbr: string | null; short?: string; exact?: boolean }

// A leading head, its dot, a particle, then up to four capitalised words: "Cie. de Navigation Ostrel".
const LED_BY_HEAD = new RegExp(`(?<![\\p{L}])((?:${[...LEADING_BODY_HEADS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\.?)\\s+(?:(?:de|du|des|la|le|del|della|di|do|da)\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})`, 'gu');

/** "Cie. de Navigation Ostrel": a name a leading head opens, which no head word closes, read where no body was found. */
function ledByHead(text: string, found: readonly NamedBody[]): NamedBody[] {
  const out: NamedBody[] = [];
  const known = new Set(found.map((b) => b.words.join(' ')));
  for (const m of text.matchAll(LED_BY_HEAD)) {
    const words = [...m[0].matchAll(TOKEN_RE)].map((w) => tokenKey(w[0]));
    // A title ends the name ("Cie. de Navigation Varra Chairman X"), and so does a company form.
    const title = words.findIndex((w, k) => k > 0 && (TITLE_HEADS.has(w) || NAME_STOP.has(w) && !/^(?:de|du|des|la|le|del|della|di|do|da)$/.test(w)));
    if (title > 0) words.length = title;
    while (words.length > 2 && COMPANY_FORMS.has(words[words.length - 1]!)) words.pop();
    const rest = words.slice(1).filter((w) => !/^(?:de|du|des|la|le|del|della|di|do|da)$/.test(w)).join(' ');
    if (words.length < 2 || known.has(words.join(' ')) || known.has(rest)) continue;
    const name = m[0].split(/\s+/).slice(0, words.length).join(' ');
    out.push({ name, words, types: /^ban/.test(words[0]!) ? ['bank'] : ['company'], memberOf: [], abbr: null });
  }
  return out;
}

/**
 * "Institut Varlet S.A." told as "Varlet", "Cie. de Navigation Ostrel" as "Navigation Ostrel": the words after a
 * leading head, without a particle or a company form, when the article writes them alone. Not a name the lexicon
 * knows ("Banco de Varnia" is no short form of the country) nor a person's word.
 */
function shortAfterLeadingHead(ctx: Ctx, b: NamedBody, personWords: Set<string>): string | undefined {
  if (!LEADING_BODY_HEADS.has(b.words[0]!) || b.words.length < 2) return undefined;
  const written = b.name.split(/\s+/).slice(1);
  while (written.length > 0 && /^(?:de|du|des|la|le|del|della|di|do|da)$/.test(written[0]!)) written.shift();
  while (written.length > 1 && COMPANY_FORMS.has(tokenKey(written[written.length - 1]!))) written.pop();
  const short = written.join(' ').replace(/[,.]$/, '');
  if (!short || written.some((w) => personWords.has(tokenKey(w)))) return undefined;
  // Written alone: more often than inside the full name.
  const count = (s: string) => ctx.text.split(new RegExp(`(?<![\\p{L}])${literal(s)}(?![\\p{L}])`, 'u')).length - 1;
  if (count(short) <= count(b.name.split(/\s+/).slice(0, 1 + written.length).join(' ').replace(/[,.]$/, ''))) return undefined;
  const toks = [...short.matchAll(TOKEN_RE)].map((w) => ({ text: w[0], key: tokenKey(w[0]), start: w.index, end: w.index + w[0].length }));
  const known = walkTrie(gazetteer().trie, toks, 0, short);
  return known ? undefined : short;
}

/**
 * "a chat-services provider called [57]", "a startup named zipLine": a company introduced by what it is called,
 * whatever its spelling (brackets, digits, a small first letter), and of the kind its noun says: a provider,
 * vendor or contractor is one "the vendor" and "the same contractor" may take later.
 */
function calledNames(text: string): NamedBody[] {
  const out: NamedBody[] = [];
  for (const m of text.matchAll(CALLED)) {
    const types = CALLED_TYPES.get((m[1] ?? m[2]!).toLowerCase());
    const name = m[3]!.replace(/[,.;:]+$/u, '');
    const words = [...name.matchAll(TOKEN_RE)].map((w) => tokenKey(w[0]));
    if (!types || words.length === 0) continue;
    out.push({ name, words, types, memberOf: [], abbr: null, exact: true });
  }
  return out;
}
// "the new unit, to be called Lumo Mills,": a name still to be given, after "the" too (not "the company
// named Ana Brel chief", a naming).
const CALLED = /\b(?:(?:an?|one)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)\s+|the\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+),\s+to\s+be\s+)(?:called|named|known\s+as)\s+((?:\[[^\]\s]{1,24}\]|[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})/gu;

/**
 * "the Fed" for the "Federal Reserve": a body named by one short word (four letters at most) that opens a longer
 * capitalised word of the article, followed by a capitalised word that is no title ("Kestrel Federal Reserve
 * President"), goes by that two-word name, the short word its alias. The first such pair in the text wins. Only
 * a short word the article writes after "the": a brand goes without it ("Ford said", not "Fordham University").
 */
function clippedFullName(text: string, b: NamedBody, personWords: Set<string>): void {
  if (b.words.length !== 1 || b.abbr || b.name.length > 4 || b.name.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(b.name)) return;
  // A clipped name goes with "the" ("the Fed"); a brand does not ("Ford said", not a clipped "Fordham University").
  if (!new RegExp(`\\bthe ${b.name}\\b`, 'u').test(text)) return;
  const pair = new RegExp(`(?<![\\p{L}])(${b.name}\\p{Ll}{3,})[ ]+(\\p{Lu}\\p{Ll}+)(?![\\p{L}'’])`, 'gu');
  for (const m of text.matchAll(pair)) {
    const second = tokenKey(m[2]!);
    if (TITLE_HEADS.has(second) || NAME_STOP.has(second) || personWords.has(second) || personWords.has(tokenKey(m[1]!))) continue;
    b.short = b.name;
    b.name = `${m[1]} ${m[2]}`;
    b.words = [tokenKey(m[1]!), second];
    return;
  }
}

const PLACE_BODY = new RegExp(`^(?:${PLACE_WORDS.join('|')})$`);
/** The words a named body's rules start from (a head word of a type too, see typesOfHead). */
const BODY_CUES = new Set([...PLACE_WORDS, ...OF_HEADS, ...ROLE_TYPES.keys()]);

/** Named bodies in one sentence: "Nordika Rail", "Organisation for Security in the X Region", "the newspaper La Voz de Tela", "Valmont city council". */
function namedBodies(ctx: Ctx, toks: Token[]): NamedBody[] {
  const { text } = ctx;
  const out: NamedBody[] = [];
  const capWord = (j: number): boolean => j >= 0 && j < toks.length && isCap(toks[j]!.text) && !BODY_STOP.has(toks[j]!.key) && !TITLE_HEADS.has(toks[j]!.key) && !isAllCaps(toks[j]!.text.length > 1 ? toks[j]!.text : 'x');
  // "Alfred A. Knopf": a capital initial and its dot sit inside a name too.
  const joined = (j: number): boolean => {
    const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
    return NAME_GAP.test(gap) || (gap === '. ' && /^\p{Lu}$/u.test(toks[j - 1]!.text));
  };
  const known = (from: number, to: number): boolean => {
    const m = lookup(ctx, toks, from);
    return m !== null && m.endTok >= to;
  };
  const abbrAfter = (j: number): string | null => {
    const m = /^\s*\(([\p{Lu}]{2,8})\)/u.exec(text.slice(toks[j]!.end, toks[j]!.end + 14));
    return m ? m[1]! : null;
  };
  const push = (start: number, to: number, types: readonly OrgType[], withCountry: boolean): void => {
    // "the anti-Roth Harbour Workers Foundation": the name a stance is against is no word of the body's.
    const stance = start > 0 && start < to - 1 && /^(?:anti|pro)$/.test(toks[start - 1]!.key) && text.slice(toks[start - 1]!.end, toks[start]!.start) === '-';
    const from = stance ? start + 1 : start;
    if (known(from, to)) return;
    const name = inTitleCase(text, text.slice(toks[from]!.start, toks[to]!.end));
    const words = toks.slice(from, to + 1).map((x) => x.key);
    const { country } = withCountry ? countryAround(ctx, toks, from, to) : { country: null };
    out.push({ name, words, types, memberOf: country ? [country] : [], abbr: abbrAfter(to) });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!BODY_CUES.has(t.key) && typesOfHead(t.key).length === 0) continue;
    // "X city council": the place's own body.
    if (PLACE_BODY.test(t.key) && !isCap(t.text) && toks[i + 1] && /^(?:council|hall|government|assembly)$/.test(toks[i + 1]!.key) && capWord(i - 1) && joined(i)) {
      let k = i - 1;
      while (capWord(k - 1) && joined(k)) k--;
      push(k, i + 1, ['council'], false);
      continue;
    }
    // "Organisation for Security in the X Region", "Organization of American States".
    if (OF_HEADS.has(t.key) && isCap(t.text) && /^(?:of|for)$/.test(toks[i + 1]?.key ?? '') && capWord(i + 2)) {
      let j = i + 2;
      let end = i + 2;
      while (j + 1 < toks.length) {
        if (capWord(j + 1) && joined(j + 1)) { j++; end = j; continue; }
        if (/^(?:of|for|in|the|and|on)$/.test(toks[j + 1]!.key) && !isCap(toks[j + 1]!.text)) {
          let k = j + 1;
          while (k < toks.length && /^(?:of|for|in|the|and|on)$/.test(toks[k]!.key) && !isCap(toks[k]!.text)) k++;
          if (capWord(k)) { j = k; end = k; continue; }
        }
        break;
      }
      let k = i;
      while (capWord(k - 1) && joined(k)) k--;
      k = numberedOpening(ctx, toks, k, capWord, joined);
      push(k, end, typesOfHead(t.key), false);
      i = end;
      continue;
    }
    // "engine maker Orvil Turbines", "the pension fund Pohja", "the newspaper La Voz de Tela".
    const role = ROLE_TYPES.get(t.key);
    if (role && !isCap(t.text) && capWord(i + 1) && !lookup(ctx, toks, i + 1)) {
      let j = i + 1;
      while (j + 1 < toks.length) {
        const n = toks[j + 1]!;
        if (capWord(j + 1) && joined(j + 1) && !ACT_VERBS.has(n.key)) { j++; continue; }
        if (PARTICLES.has(n.key) && !isCap(n.text) && capWord(j + 2)) { j += 2; continue; }
        break;
      }
      // The last word can say more than the role noun ("operator X Logistics" is a company either way).
      const types = [...new Set([...role, ...typesOfHead(toks[j]!.key)])];
      push(i + 1, j, types, true);
      i = j;
      continue;
    }
    // "the Lumo Vanta party": two or more capitalised words before a lower-case "party" name the party without
    // it. One word is mostly an adjective ("the biggest Protestant party").
    if (t.key === 'party' && !isCap(t.text) && capWord(i - 1) && joined(i) && capWord(i - 2) && joined(i - 1)) {
      let k = i - 2;
      while (k - 1 >= 0 && i - k < 4 && capWord(k - 1) && joined(k)) k--;
      push(k, i - 1, ['party'], true);
      continue;
    }
    // Capitalised words closed by a body's head word ("Skyline Air", "Brenford Rovers", "Social Democrats").
    // "Skyline Air Lines Inc.": a company-form suffix keeps the kind the word before it gives (an airline).
    const types = COMPANY_FORMS.has(t.key) && i > 0 ? [...new Set([...typesOfHead(toks[i - 1]!.key), ...typesOfHead(t.key)])] : typesOfHead(t.key);
    if (types.length > 0 && isCap(t.text) && !/^(?:city|town|county|capital|media|energy|oil|gas|steel)$/.test(t.key) && !(capWord(i + 1) && joined(i + 1))) {
      let k = i;
      // A title word can open a company's name ("General Motors Corp.", "General Electric").
      // A lead prints a company's name in capitals ("TALVIK Corp.", "TALVIK SHIPPING CORP."): before a company
      // form, a word in capitals is a word of the name, not an acronym of its own.
      const capsWord = (j: number) => (COMPANY_FORMS.has(t.key) || (types.includes('company') && !isAllCaps(t.text))) && j >= 0 && toks[j]!.text.length > 1 && isAllCaps(toks[j]!.text) && !BODY_STOP.has(toks[j]!.key) && !lookup(ctx, toks, j);
      const nameWord = (j: number) => capWord(j) || capsWord(j) || (TITLE_HEADS.has(toks[j]?.key ?? '') && isCap(toks[j]!.text) && types.includes('company') && j + 1 < i);
      while (k - 1 >= 0 && i - k < 4 && nameWord(k - 1) && joined(k)) k--;
      // "U.S. Trust Corp.": a country's dotted acronym opens a company's name (not "U.S. Lumo" with no form).
      if (k < i && COMPANY_FORMS.has(t.key) && dottedCountry(ctx, toks, k - 1) && joined(k)) k--;
      // "Harlow's Bay Co.": a capitalised owner's possessive opens a company's name; not a known name's ("Chile's
      // Lumo Co.") nor a person's full name, nor before another head ("Marvena's Supreme Court").
      const possessiveAt = (j: number) => j >= 2 && j <= i && toks[j - 1]!.key === 's' && /^['’]$/.test(text.slice(toks[j - 2]!.end, toks[j - 1]!.start)) && text.slice(toks[j - 1]!.end, toks[j]!.start) === ' ' && capWord(j - 2);
      if (k < i && possessiveAt(k) && COMPANY_FORMS.has(t.key) && !lookup(ctx, toks, k - 2) && !(k >= 3 && capWord(k - 3) && joined(k - 2))) k -= 2;
      // "Talvik's Inc.", "Harbour Lane's Corp.": a shop's possessive name right before its form is the company's.
      else if (k === i && possessiveAt(i) && COMPANY_FORMS.has(t.key) && !lookup(ctx, toks, i - 2)) {
        k = i - 2;
        while (k - 1 >= 0 && i - k < 5 && capWord(k - 1) && joined(k)) k--;
      }
      // "the Varnian People's Union", "the Women's League": a people's possessive inside a body's name, and the
      // words before it.
      else if (possessiveAt(k) && COLLECTIVE_OWNERS.has(toks[k - 2]!.key)) {
        k -= 2;
        while (k - 1 >= 0 && i - k < 6 && capWord(k - 1) && joined(k)) k--;
      }
      // "Fort of Chile Bank Corp.": a company's name may hold "of" and a place; the form says it is one name.
      // (A company so named is no member of the country: "Fort of Chile Bank Corp." is a private bank.)
      let ofCountry = false;
      if (k < i && COMPANY_FORMS.has(t.key) && k >= 2 && toks[k - 1]!.text === 'of' && capWord(k - 2) && actorOf(ctx, lookup(ctx, toks, k)?.entry.actorId ?? '')?.kind === 'country' && text.slice(toks[k - 2]!.end, toks[k]!.start) === ' of ') {
        k -= 2;
        while (k - 1 >= 0 && i - k < 6 && capWord(k - 1) && joined(k)) k--;
        ofCountry = true;
      }
      if (k === i) continue;
      // A country's own institution ("Chilean Air ...") is read elsewhere; here only names that start with a name.
      const m = lookup(ctx, toks, k);
      if (m && actorOf(ctx, m.entry.actorId)?.kind === 'country' && m.endTok >= i - 1 && types.every((x) => x === 'airline' || x === 'company') === false) continue;
      push(adjectiveBeforeName(ctx, toks, k, i) ? k + 1 : k, i, types, !ofCountry);
    }
  }
  return out;
}

/**
 * "a Varnian Harbour Court case": after "a" or "an", a demonym before a body the article names alone ("the
 * Harbour Court") qualifies the noun after the name, not the body. Leaves "Varnian Harbour Court ruled", "the
 * Varnian Harbour Court", and a body the article never names without its demonym.
 */
function adjectiveBeforeName(ctx: Ctx, toks: Token[], k: number, i: number): boolean {
  const m = lookup(ctx, toks, k);
  if (k >= i || !m || m.endTok !== k || m.entry.type !== 'demonym' || !/^an?$/.test(toks[k - 1]?.key ?? '')) return false;
  const rest = ctx.text.slice(toks[k + 1]!.start, toks[i]!.end);
  return new RegExp(`\\b[Tt]he\\s+${literal(rest)}\\b`, 'u').test(ctx.text);
}

/**
 * A name printed in capitals in a lead ("TALVIK SHIPPING CORP.") as the article writes it elsewhere ("Talvik
 * Shipping Corp"), when it writes its first word so; an acronym the article never spells otherwise stays ("IBM Corp").
 */
function inTitleCase(text: string, name: string): string {
  const first = /^\p{Lu}{2,}(?=[\s-]|$)/u.exec(name)?.[0];
  if (!first) return name;
  // The first word as the article writes it in small letters ("KelVaro" for "KELVARO").
  const written = [...text.matchAll(new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'giu'))].map((m) => m[0]).find((w) => w !== first);
  if (!written) return name;
  return name.replace(/\p{Lu}{2,}/gu, (w) => (w === first ? written : w[0] + w.slice(1).toLowerCase()));
}

// Words before a bare body noun that leave it opening its clause ("On Sunday evening, police and …", "…, but police said").
const CLAUSE_BEFORE = new Set(['said', 'says', 'and', 'but', 'while', 'when', 'as', 'after', 'before', 'until', 'because', 'that', 'where', 'then', 'so']);

/**
 * "police said", "On Sunday evening, police and farmers fought", "local police seized it": a bare lower-case body
 * noun (no "the", no name before it) that opens its clause and acts, a verb after it or after "and" and a few
 * words. Not "police officers said" nor "a police car" (a noun after it, or a word before it that is no opener).
 */
function bareSubject(text: string, toks: Token[], i: number): boolean {
  const opens = (k: number) => k < 0 || /[,;:"“(]\s*$/.test(text.slice(toks[k]!.end, toks[k + 1]!.start)) || (CLAUSE_BEFORE.has(toks[k]!.key) && !isCap(toks[k]!.text));
  const j = i > 0 && BARE_MODIFIERS.has(toks[i - 1]!.key) ? i - 1 : i;
  if (!opens(j - 1)) return false;
  const next = toks[i + 1];
  if (!next || text.slice(toks[i]!.end, next.start) !== ' ') return false;
  return isVerb(next.text) || (next.key === 'and' && toks.slice(i + 2, i + 6).some((x) => isVerb(x.text)));
}

// After a state's noun: "of" and up to three words before a plural of states ("of 40 countries", "and armies of
// many nations", "of the member states"); lower case, so "of the United States" is left to the names.
const OF_MANY_STATES = /^(?:\s+(?:and|or)\s+\p{Ll}+)?\s+of\s+(?:[\p{L}\d,-]+\s+){0,3}(?:countries|nations|states)\b/u;

// Kinds of rule a state noun may qualify ("the military junta", "the army regime").
const RULE_NOUNS = new Set(['dictator', 'dictatorship', 'junta', 'regime', 'rule', 'ruler', 'rulers', 'coup', 'strongman']);

/** What a qualified company noun ("the brewing giant") may take: a company, an airline or a bank. */
const QUALIFIED_TYPES: readonly OrgType[] = ['company', 'airline', 'bank'];

/** The body of one of these kinds the article has named in most sentences so far, the first named of those. */
function mostNamed(ctx: Ctx, types: readonly OrgType[]): string | undefined {
  let best: string | undefined;
  for (const [id, n] of ctx.orgCount) {
    if ((ctx.orgTypes.get(id) ?? []).some((x) => types.includes(x)) && (best === undefined || n > ctx.orgCount.get(best)!)) best = id;
  }
  return best;
}

/**
 * "the No. 1 Varnian auto maker", "the automobile and trucking insurer": "the", up to four words that only
 * describe (no comma between, none that makes it another company: "the rival carmaker"), then a company's noun.
 */
function describedCompany(text: string, toks: Token[], i: number): boolean {
  if (!DESCRIBED_COMPANY_NOUNS.has(toks[i]!.key) && !QUALIFIED_COMPANY_NOUNS.has(toks[i]!.key)) return false;
  // ("the giant panda", "the operator's licence": the noun qualifies another, or is an owner.)
  const next = toks[i + 1];
  // ("the gentle giant of the team": a person described.)
  if (QUALIFIED_COMPANY_NOUNS.has(toks[i]!.key) && next && /^ $/.test(text.slice(toks[i]!.end, next.start)) && (next.key === 'of' || (/^\p{Ll}+$/u.test(next.text) && !isVerb(next.key) && !FUNCTION_WORDS.has(next.key)))) return false;
  for (let k = i - 2; k >= 0 && i - k <= 5; k--) {
    if (/[,;:()"“”]/.test(text.slice(toks[k]!.end, toks[k + 1]!.start)) || OTHER_BODY_WORDS.has(toks[k + 1]!.key)) return false;
    if (toks[k]!.key === 'the') return true;
  }
  return false;
}

/** Whether token `j` is a country's acronym written with dots ("U.S.", "U.K."). */
/**
 * "the 7th District Court of Claims", "the 3rd Circuit U.S. Court of Review": a circuit's or district's number
 * opens the body's name, and a country's dotted acronym between its words stays inside it. `k` is the first
 * capitalised word read; returns the new first token. Leaves "the U.S. Court of Appeals" (a country first) and a
 * number before any other word ("the 4th Harbour Court").
 */
function numberedOpening(ctx: Ctx, toks: Token[], k: number, capWord: (j: number) => boolean, joined: (j: number) => boolean): number {
  let from = k;
  if (dottedCountry(ctx, toks, from - 1) && joined(from) && capWord(from - 2) && joined(from - 1)) {
    from -= 2;
    while (capWord(from - 1) && joined(from)) from--;
  }
  const ordinal = toks[from - 1];
  const numbered = ordinal !== undefined && /^\d+(?:st|nd|rd|th)$/.test(ordinal.key) && /^(?:circuit|district)$/.test(toks[from]!.key) && ctx.text.slice(ordinal.end, toks[from]!.start) === ' ';
  if (numbered) return from - 1;
  // "the 4th U.S. Circuit Court of Review": the number before the country's acronym that opens the circuit.
  const before = toks[from - 2];
  if (from === k && before !== undefined && /^\d+(?:st|nd|rd|th)$/.test(before.key) && dottedCountry(ctx, toks, from - 1) && joined(from) && /^(?:circuit|district)$/.test(toks[from]!.key) && ctx.text.slice(before.end, toks[from - 1]!.start) === ' ') return from - 2;
  return from === k ? k : from;
}

function dottedCountry(ctx: Ctx, toks: Token[], j: number): boolean {
  if (j < 0 || !/^(?:\p{Lu}\.){1,3}\p{Lu}\.?$/u.test(ctx.text.slice(toks[j]!.start, toks[j]!.end + 1).trim())) return false;
  const m = lookup(ctx, toks, j);
  return m !== null && m.endTok === j && actorOf(ctx, m.entry.actorId)?.kind === 'country';
}

/** The words findOrganizations' per-token rules start from. */
const ORGANIZATION_CUES = new Set([
  'ministry', 'bloc', 'alliance', 'country', ...HEAD_ALIASES.keys(), ...ORG_NOUNS.keys(), ...DEFINITE_TYPES.keys(), ...QUALIFIED_COMPANY_NOUNS, ...DOMESTIC_NOUNS.keys(), ...ORG_HEADS,
]);

export function ministryOf(toks: Token[], k: number): { label: string; next: number } | null {
  const two = toks[k] && toks[k + 1] ? `${toks[k]!.key} ${toks[k + 1]!.key}` : '';
  const both = MINISTRY_OF.get(two);
  if (both) return { label: both, next: k + 2 };
  const one = toks[k]?.key ?? '';
  const single = MINISTRY_OF.get(one);
  if (single) return { label: single, next: k + 1 };
  return null;
}

/**
 * "the Nobel organization", "the Harlan administration", "the Valmont committee": one or two capitalised words
 * before a lower-case noun of a body, after "the", name that body ("Nobel organization"). Not a country's
 * ("the Chilean government" is the state's, read elsewhere), nor a name already read.
 */
export function findBodiesByCommonHead(ctx: Ctx, toks: Token[], add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  for (let i = 1; i < toks.length - 1; i++) {
    if (toks[i - 1]!.key !== 'the' || !isCap(toks[i]!.text)) continue;
    let j = i;
    while (j + 1 < toks.length && j - i < 1 && isCap(toks[j + 1]!.text) && text.slice(toks[j]!.end, toks[j + 1]!.start) === ' ') j++;
    const head = toks[j + 1];
    if (!head || !COMMON_BODY_HEADS.has(head.text) || text.slice(toks[j]!.end, head.start) !== ' ') continue;
    const words = toks.slice(i, j + 1);
    if (words.some((w) => NAME_STOP.has(w.key) || BODY_STOP.has(w.key) || TITLE_HEADS.has(w.key))) continue;
    const found = lookup(ctx, toks, i);
    if (found && actorOf(ctx, found.entry.actorId)?.kind === 'country') continue;
    const start = toks[i]!.start;
    if (out.some((m) => m.start <= start && m.end > start && m.end - m.start > toks[i]!.end - start)) continue;
    const name = text.slice(start, head.end);
    add({ id: slug(name), name, kind: 'organization', aliases: [], memberOf: [] }, start, head.end, 'named-organization');
    i = j + 1;
  }
}

/**
 * "the Deep Orbit Explorer mission, or DOE": two to four capitalised words before a lower-case "mission" or
 * "programme" name that undertaking, which "the mission" takes later, and the acronym after ", or" is its alias.
 * Not one word ("the Mars mission"), nor a known actor's name ("the UN mission").
 */
export function findNamedMissions(ctx: Ctx, toks: Token[], add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  for (let i = 2; i < toks.length; i++) {
    const head = toks[i]!;
    if (!MISSION_HEADS.has(head.text) || text.slice(toks[i - 1]!.end, head.start) !== ' ') continue;
    let k = i - 1;
    while (k >= 0 && i - k <= 4 && isCap(toks[k]!.text) && !isAllCaps(toks[k]!.text) && !BODY_STOP.has(toks[k]!.key) && (k === i - 1 || text.slice(toks[k]!.end, toks[k + 1]!.start) === ' ')) k--;
    const first = k + 1;
    if (i - first < 2 || lookup(ctx, toks, first) || out.some((m) => m.start <= toks[first]!.start && m.end > toks[first]!.start)) continue;
    const name = text.slice(toks[first]!.start, toks[i - 1]!.end);
    const abbr = /^,\s+or\s+(\p{Lu}{2,6})\b/u.exec(text.slice(head.end, head.end + 12))?.[1];
    const actor: Actor = { id: slug(name), name, kind: 'organization', aliases: abbr ? [abbr] : [], memberOf: [] };
    add(actor, toks[first]!.start, toks[i - 1]!.end, 'named-organization');
    if (abbr) extend(ctx, abbr, { actorId: actor.id, type: 'name', caseMode: 'caps' });
    ctx.lastByHead.set(HEAD_ALIASES.get(head.key) ?? head.key, actor.id);
  }
}
const MISSION_HEADS = new Set(['mission', 'programme', 'program']);

/**
 * "Muslim clerics", "Democratic leaders", "Labour MPs": a capitalised adjective of a faith or a party before
 * people in the plural names a group of them; not inside a longer name ("the Democratic Party").
 */
export function findAdjectiveGroups(ctx: Ctx, toks: Token[], add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1]!;
    if (!GROUP_ADJECTIVES.has(t.key) || !isCap(t.text) || (next.text !== next.key && !/^\p{Lu}+s$/u.test(next.text)) || !GROUP_PEOPLE.has(next.key) || text.slice(t.end, next.start) !== ' ') continue;
    if (out.some((m) => m.start <= t.start && m.end > t.start)) continue;
    const name = text.slice(t.start, next.end);
    add({ id: slug(name), name, kind: 'group', aliases: [], memberOf: [] }, t.start, next.end, 'named-group');
    i++;
  }
}

/**
 * "a Harbour official said", "Treasury spokesmen": the capitalised words before a word of a body's staff, when
 * they are the name of a department, ministry, agency or bureau the article named before without its head
 * ("the Harbour Department"), stand for that body. Leaves words no such body is named by, and a title ("Chief
 * Justice X", no staff word after it).
 */
export function findBodiesByStaff(ctx: Ctx, toks: Token[], add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!isCap(t.text) || !STAFF_WORDS.has(toks[i + 1]!.key) || toks[i + 1]!.text !== toks[i + 1]!.key || text.slice(t.end, toks[i + 1]!.start) !== ' ') continue;
    // One capitalised word, or two ("Foreign Affairs officials").
    const two = i > 0 && isCap(toks[i - 1]!.text) && text.slice(toks[i - 1]!.end, t.start) === ' ' ? [i - 1, i] : [i];
    for (const k of two) {
      if (out.some((m) => m.start < t.end && m.end > toks[k]!.start)) break;
      const words = text.slice(toks[k]!.start, t.end).toLowerCase();
      const bodies = [...ctx.actors.values()].filter((a) => {
        if (a.kind !== 'organization') return false;
        const name = a.name.replace(/^The\s+/, '').split(/\s+/);
        return name.length >= 2 && STAFFED_HEADS.has(tokenKey(name[name.length - 1]!)) && name.slice(0, -1).join(' ').toLowerCase() === words;
      });
      if (bodies.length === 1) { add(bodies[0]!, toks[k]!.start, t.end, 'body-staff'); break; }
    }
  }
}
const STAFF_WORDS = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'investigator', 'investigators', 'agent', 'agents', 'source', 'sources']);
const STAFFED_HEADS = new Set(['department', 'ministry', 'agency', 'bureau']);

/**
 * "a group of Ohio lawmakers", "Texas officials said": a state's name before people of a group names a group of
 * them, of the United States. Not a state another name opens ("Georgia Tech officials"), nor a word of a longer
 * capitalised name ("New Ohio Bank officials"), nor a name the lexicon reads otherwise.
 */
export function findStateGroups(ctx: Ctx, toks: Token[], add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  for (let i = 0; i + 1 < toks.length; i++) {
    const two = isCap(toks[i]!.text) && i + 2 < toks.length && text.slice(toks[i]!.end, toks[i + 1]!.start) === ' ' && US_STATE_NAMES.has(`${toks[i]!.key} ${toks[i + 1]!.key}`);
    const last = two ? i + 1 : i;
    const noun = toks[last + 1]!;
    if (!isCap(toks[i]!.text) || !(two || US_STATE_NAMES.has(toks[i]!.key)) || !GROUP_PEOPLE.has(noun.key) || noun.text !== noun.key || text.slice(toks[last]!.end, noun.start) !== ' ') continue;
    if (i > 0 && isCap(toks[i - 1]!.text) && text.slice(toks[i - 1]!.end, toks[i]!.start) === ' ' && !NAME_STOP.has(toks[i - 1]!.key)) continue;
    // (A state's name the lexicon knows otherwise, "Georgia" the country, "Washington" the seat, is left to it.)
    if (out.some((m) => m.start < noun.end && m.end > toks[i]!.start) || lookup(ctx, toks, i)) continue;
    const name = text.slice(toks[i]!.start, noun.end);
    add({ id: slug(name), name, kind: 'group', aliases: [], memberOf: ['united-states'] }, toks[i]!.start, noun.end, 'state-group');
    i = last + 1;
  }
}

// "a senior official said" is one of the officials the article cites: one group for both.
const PLURAL_OF_SPEAKER = new Map([['official', 'officials']]);

/**
 * "Varnia's national newspapers reported", "Varnian newspapers reported", "local media quoted": a press noun that
 * says something, with up to two lower-case words before it and a country's possessive or demonym before those,
 * is a group in the sentence's words, a member of that country. Not the press of a named outlet ("the Harbour
 * Times newspapers"), nor a noun after "the" alone ("the press reported" names no one).
 */
function pressGroup(ctx: Ctx, toks: Token[], i: number, add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  let k = i;
  while (k > 0 && i - k < 2 && /^\p{Ll}{2,}$/u.test(toks[k - 1]!.text) && !FUNCTION_WORDS.has(toks[k - 1]!.key) && text.slice(toks[k - 1]!.end, toks[k]!.start) === ' ') k--;
  let country: string | null = null;
  const owner = k > 0 ? out.find((m) => m.end <= toks[k]!.start && /^(?:['’]s)?\s$/.test(text.slice(m.end, toks[k]!.start))) : undefined;
  if (owner) {
    const a = ctx.actors.get(owner.actorId);
    if (a?.kind !== 'country') return;
    country = a.id;
  } else if (k > 0 && isCap(toks[k - 1]!.text) && text.slice(toks[k - 1]!.end, toks[k]!.start) === ' ') return;
  if (country === null && k === i) return;
  const start = owner ? owner.start : toks[k]!.start;
  const name = text.slice(start, toks[i]!.end);
  add({ id: slug(name), name, kind: 'group', aliases: [], memberOf: country ? [country] : [] }, start, toks[i]!.end, 'named-group');
}
// Their saying or expecting, right after them or after a short place or source ("analysts in a poll had expected").
const SAYS_AFTER = new RegExp(`^(?:\\s+(?:in|at|from|polled\\s+by|surveyed\\s+by)\\s+[^,.;:"“”]{1,40}?)?\\s+(?:had\\s+|have\\s+|also\\s+)?(?:${[...REPORTING_VERBS, 'told', 'expected', 'expect', 'forecast', 'predicted', 'believe', 'believed'].join('|')})\\b`, 'u');

// Their verb, right after them or after a short place or source ("protesters in Kelby were quieter", "protesters
// from three towns filled the square").
const PLACE_OR_SOURCE = new Set(['in', 'at', 'from', 'outside', 'near']);
const ADVERBS_BEFORE_VERB = new Set(['also', 'later', 'then', 'again']);
function acts(after: string): boolean {
  const words = (/^[^,.;:"“”()]*/.exec(after)?.[0] ?? '').split(/\s+/).filter((w) => w !== '' && !ADVERBS_BEFORE_VERB.has(w)).slice(0, 8);
  if (words.length === 0) return false;
  if (isVerb(words[0]!)) return true;
  return PLACE_OR_SOURCE.has(words[0]!) && words.slice(2).some((w) => /^\p{Ll}/u.test(w) && isVerb(w));
}

/**
 * "…, officials said Saturday", "Analysts said the rise …", "Protesters marched on Friday": people named only by
 * their trade, as the source of what is said, or by what they do as a crowd, when they act, are a group of their
 * own. Not with a name or a country before them ("Varnian officials", "Lumo analysts", "Catholic protesters"):
 * those rules give the body, the state or the named group.
 */
export function findSpeakingGroups(ctx: Ctx, toks: Token[], add: Add, out: ActorMention[]): void {
  const { text } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (PRESS_NOUNS.has(t.key) && t.text === t.key && SAYS_AFTER.test(text.slice(t.end, t.end + 80))) { pressGroup(ctx, toks, i, add, out); continue; }
    const speaking = SPEAKING_PEOPLE.has(t.key);
    if ((!speaking && !ACTING_PEOPLE.has(t.key)) || (i > 0 && t.text !== t.key)) continue;
    if (i > 0 && isCap(toks[i - 1]!.text) && !/[,;:]\s*$/.test(text.slice(toks[i - 1]!.start, t.start)) && (speaking || toks[i - 1]!.key !== 'the')) continue;
    const after = text.slice(t.end, t.end + 80);
    if (out.some((m) => m.start <= t.start && m.end > t.start) || !(speaking ? SAYS_AFTER.test(after) : acts(after))) continue;
    // "researchers from the Halden Institute reported": the body named after them is who says it.
    if (/^\s+(?:from|of|at|with)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(t.end, t.end + 30))) continue;
    const group = PLURAL_OF_SPEAKER.get(t.key) ?? t.key;
    add({ id: group, name: group, kind: 'group', aliases: [], memberOf: [] }, t.start, t.end, speaking ? 'named-group' : 'bare-noun');
  }
}
