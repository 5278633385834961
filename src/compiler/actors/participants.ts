// Participants, not bystanders: of the actors a sentence names, the ones that
// take part in the happening an event reports. The sentence is cut into
// chunks at clause marks (commas, semicolons, dashes, "which", "when",
// "after X …", ", and the …"); the event's clause is the chunk holding its
// date with the chunks it continues, passing over relative clauses and
// appositions inside it. A place ("in Brazil") takes part only when nobody
// else does (a quake in a country), a country that qualifies a thing ("US
// stocks") never, and the speaker of an attribution only in the statement
// itself. Pure: offsets in, actor ids out.
import type { Actor } from '../../model/schema';
import type { Sentence } from '../text/segment';
import { familyAfter, type ActorMention } from './context';
import { ACT_VERBS, BASE_VERBS, CROWD_NOUNS, KIN_AFTER, KIN_NOUNS, LOCATIVE_PLACE, ROLE_NOUNS, TITLE_HEADS } from './peopleWords';
import { isTitlePhrase, OWNER_BEFORE } from './membership';
import { typesOfHead } from './discover';
import { ACTION_NOUNS, AGENT_NOUNS, BUSINESS_THING_PLURALS, GROUP_NOUNS, MARKET_THINGS, ING_PREPOSITIONS, ORG_NOUNS, BACKGROUND_PREPOSITIONS, DEMAND_WORDS, PHRASE_PREPOSITIONS, SLOGAN_WORDS, TERRITORY_NOUNS, THING_ING_NOUNS } from './organisationWords';
import { FUNCTION_WORDS, FUTURE_WORDS, IRREGULAR_PAST, PAST_WORDS, PRESENT_WORDS, SUBJECT_PRONOUNS } from '../text/lexicon';

export interface Span { start: number; end: number }
export interface Attribution extends Span { actorId: string | null }

type ChunkKind = 'start' | 'plain' | 'rel' | 'sub' | 'coord' | 'hard' | 'appos';
interface Chunk { kind: ChunkKind; start: number; end: number; text: string; restrictive?: boolean }

const PRONOUN_SUBJECT = new RegExp(`^(?:${SUBJECT_PRONOUNS.join('|')})$`, 'i');
const SUBORDINATORS = /^(?:after|before|since|until|while|whereas|because|although|though|if|unless|once)$/i;
const RELATIVES = /^(?:which|who|whom|whose|where)$/i;
const DETERMINERS = /^(?:a|an|the|his|her|its|their)$/i;
const CALENDAR_START = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)/;

/** The word at `at` in `text` (letters, digits, apostrophes, dots inside), or ''. */
function wordAt(text: string, at: number): string {
  return /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*/u.exec(text.slice(at, at + 40))?.[0] ?? '';
}

/** Whether the stretch before the comma at `comma` is one item of a list of names ("Chile, Peru, and …"). */
function endsListItem(text: string, comma: number): boolean {
  const before = text.slice(0, comma);
  const item = /(?:^|[,;]\s*)([^,;]*)$/.exec(before)?.[1] ?? '';
  return before.includes(',') && /^(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(item);
}

/** Whether the words at `at` open a clause of their own: a name or a pronoun, not a date or a bare noun. */
function opensClause(text: string, at: number): boolean {
  const w = wordAt(text, at);
  if (!w) return false;
  if (PRONOUN_SUBJECT.test(w)) return true;
  if (DETERMINERS.test(w)) return true;
  return /^\p{Lu}/u.test(w) && !CALENDAR_START.test(w);
}

/** Whether the words at `at`, after the comma at `comma`, are a title and "of"/"for" in apposition to a name before the comma. */
function isRoleApposition(text: string, comma: number, at: number): boolean {
  const role = /^(?:the\s+)?(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+(?:of|for|at)\s/u.exec(text.slice(at, at + 40));
  if (!role || !(TITLE_HEADS.has(role[1]!) || ROLE_NOUNS.has(role[1]!))) return false;
  // A name of two words or more, or one after other words: not an opening word ("Meanwhile, secretary of state X").
  return /\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}.'’-]*$/u.test(text.slice(0, comma)) || /\S\s+\p{Lu}[\p{L}.'’-]*$/u.test(text.slice(0, comma));
}

/** The sentence cut at clause marks, each chunk typed by how it opens. Offsets are the sentence's own. */
export function clauseChunks(text: string): Chunk[] {
  const cuts: Array<{ at: number; kind: ChunkKind; restrictive?: boolean }> = [];
  // Hard marks: a semicolon, a spaced dash, a colon before words.
  // (Looked for only where one of the marks stands: most sentences have none.)
  if (/[;:–—]|\s-/.test(text)) for (const m of text.matchAll(/;\s+|\s+[–—]+\s+|\s+--?\s+|:\s+(?=\D)/g)) cuts.push({ at: m.index + m[0].length, kind: 'hard' });
  // Commas, except inside numbers and dates ("20,000", "Dec. 12, 2022").
  for (const m of text.matchAll(/,\s+(?!\d)/g)) {
    const at = m.index + m[0].length;
    const w = wordAt(text, at);
    if (RELATIVES.test(w)) cuts.push({ at, kind: 'rel' });
    // ", after toppling X": a subordinator before a verb in -ing has no subject of its own; it goes on with the clause.
    else if (SUBORDINATORS.test(w) && /^\p{Ll}{3,}ing$/u.test(wordAt(text, at + w.length + 1))) cuts.push({ at, kind: 'plain' });
    else if (w.toLowerCase() === 'when' || SUBORDINATORS.test(w) || (w.toLowerCase() === 'as' && opensClause(text, at + 3))) cuts.push({ at, kind: 'sub' });
    // ", and the army said …" opens a clause; ", and Armenia," only ends a list.
    else if (/^(?:and|but|or)$/i.test(w) && opensClause(text, at + w.length + 1) && !endsListItem(text, m.index)) cuts.push({ at, kind: 'coord' });
    else if (DETERMINERS.test(w) && /^(?:a|an)$/i.test(w)) cuts.push({ at, kind: 'appos' });
    // "Ivo Varga, head of the Tarn Council and the mayor's key man for trade, said": after a name, a title and
    // "of"/"for" say who the person is; the names in it take no part.
    else if (isRoleApposition(text, m.index, at)) cuts.push({ at, kind: 'appos' });
    // "Investors, betting on a fight of X and Y, pushed up …": a participle in commas right after the subject
    // says what the subject was doing; the names in it take no part in the verb after it.
    // Not "including", which names the subject's own members ("Flights, including one from X, began …").
    else if (cuts.length === 0 && ING_FORM.test(w) && !THING_ING_NOUNS.has(w) && !ING_PREPOSITIONS.has(w) && /,\s+\p{Ll}/u.test(text.slice(at))) cuts.push({ at, kind: 'appos' });
    else cuts.push({ at, kind: 'plain' });
  }
  // A subordinator without a comma opens a clause when a subject follows ("since NATO drove …", "when the army …").
  // So does "where" after a noun of a place with a name after it ("a house where Ana Roth lived in 1998").
  for (const m of text.matchAll(/(?<=\s)(when|after|before|since|until|while|because|although|where)\s+/giu)) {
    const at = m.index;
    if (at > 0 && /,\s*$/.test(text.slice(0, at))) continue;
    const rest = at + m[0].length;
    if (m[1]!.toLowerCase() === 'where' && !/^\p{Lu}/u.test(wordAt(text, rest))) continue;
    if (m[1]!.toLowerCase() === 'when' || (opensClause(text, rest) && !DETERMINERS.test(wordAt(text, rest)))) cuts.push({ at, kind: 'sub' });
  }
  // "The co-chairs — Russia, the US and France — said …": a pair of dashes holds an apposition, and the clause goes on after it.
  // Typed as two hyphens too ("The suspect -- X -- was to appear").
  for (const m of text.matchAll(/\s+(?:[–—]+|--)\s+(?:(?!--)[^–—;]){1,120}?\s+(?:[–—]+|--)\s+/g)) {
    const open = m.index + /^\s+(?:[–—]+|--)\s+/.exec(m[0])![0].length;
    const close = m.index + m[0].length;
    for (const c of cuts) if (c.at >= open && c.at < close) c.kind = 'appos';
    for (const c of cuts) if (c.at === close) c.kind = 'plain';
  }
  // "the bombings which killed 40 people on Friday": "which" or "who" right after a lower-case noun, with no comma,
  // opens a clause about that noun; the subject of the clause before takes no part in it.
  for (const m of text.matchAll(/(?<=[^\s,]\s)(which|who)\s+/gu)) {
    const noun = /(?<![\p{L}'’-])(\p{L}[\p{L}-]{2,})\s$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
    if (noun === undefined || isVerb(noun) || FUNCTION_WORDS.has(noun) || cuts.some((c) => c.at === m.index)) continue;
    cuts.push({ at: m.index, kind: 'rel', restrictive: true });
  }
  cuts.sort((a, b) => a.at - b.at);
  const chunks: Chunk[] = [];
  let from = 0;
  // "While the visit was about X, Y answered …": a subordinate clause that opens the sentence before a comma is
  // one of its own, as after a comma.
  let kind: ChunkKind = OPENING_SUBORDINATE.test(text) && cuts.some((c) => c.kind === 'plain') ? 'sub' : 'start';
  let restrictive = false;
  const chunk = (end: number): Chunk => ({ kind, start: from, end, text: text.slice(from, end), ...(restrictive ? { restrictive } : {}) });
  for (const c of cuts) {
    if (c.at <= from) continue;
    chunks.push(chunk(c.at));
    from = c.at;
    kind = c.kind;
    restrictive = c.restrictive === true;
  }
  chunks.push(chunk(text.length));
  return chunks;
}

// A sentence with several dates asks for its chunks once per date, one after another: the last sentence's are kept.
let lastChunks: { text: string; chunks: readonly Chunk[] } = { text: '', chunks: [] };
function chunksOf(text: string): readonly Chunk[] {
  if (lastChunks.text !== text || lastChunks.chunks.length === 0) lastChunks = { text, chunks: clauseChunks(text) };
  return lastChunks.chunks;
}

const ING_FORM = /^\p{Ll}{3,}ing$/u;
// A subordinator that opens a sentence, then a subject (a name, a pronoun or a determiner) before a comma.
const OPENING_SUBORDINATE = /^(?:While|Although|Though|Because|Whereas|Unless)\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|\p{Lu}[\p{L}.'’-]*)\s[^,]{2,}?,\s/u;

/** Whether chunk d is a participle in commas right after the sentence's subject ("X, citing Y, said"). */
function participleAfterSubject(chunks: readonly Chunk[], d: number): boolean {
  return d === 1 && chunks[d]!.kind === 'appos' && ING_FORM.test(wordAt(chunks[d]!.text, 0));
}

/** The chunks that make the clause of chunk d: back over its continuations to where the clause opens, passing over embedded clauses. */
function clauseOf(chunks: readonly Chunk[], d: number): { own: number[]; antecedent: number | null } {
  const kind = chunks[d]!.kind;
  // "X, which …" is about X; "…, where …" about a place.
  if (kind === 'rel') return { own: [d], antecedent: d > 0 && !/^where\b/i.test(chunks[d]!.text) ? d - 1 : null };
  if (kind === 'sub' || (kind === 'appos' && !participleAfterSubject(chunks, d))) return { own: [d], antecedent: null };
  const own = [d];
  // "Chile, warning Peru on Friday, closed …": the date of a participle after the subject dates the subject's
  // doing, read as the clause it stands in.
  if (kind === 'plain' || kind === 'appos') {
    for (let k = d - 1; k >= 0; k--) {
      const c = chunks[k]!;
      // An apposition of names names the same actors ("The co-chairs — Russia, the US and France — said");
      // one that describes ("Ortega, a foe of the US, led") is about its name, not the clause.
      if (c.kind === 'appos') {
        let first = k;
        while (first > 0 && chunks[first - 1]!.kind === 'appos') first--;
        // So does one that names some of them ("speculators -- including the financier X -- surfaced").
        if ((/^\p{Lu}/u.test(chunks[first]!.text) && !/^(?:The|A|An)\b/.test(chunks[first]!.text)) || /^including\s/.test(chunks[first]!.text)) { own.push(k); continue; }
      }
      // "where Ana Roth, a welder, lived in 1998": a subordinate clause cut after its subject's name by an
      // apposition goes on after it.
      if (c.kind === 'sub' && chunks[k + 1]?.kind === 'appos' && /\p{Lu}[\p{L}.'’-]*,\s*$/u.test(c.text) && !c.text.split(/\s+/).some((w) => isVerb(w.toLowerCase()))) { own.push(k); break; }
      // "the bombings which killed 40, including 12 Peruvians, on Friday": a clause opened by "which" with no
      // comma goes on to the date after the list.
      // Not when the main clause's verb follows it ("X, the manager who has run Lumo since 2013, is stepping down").
      if (c.restrictive && !isVerb(wordAt(chunks[k + 1]!.text, 0).toLowerCase())) { own.push(k); break; }
      if (c.kind === 'rel' || c.kind === 'sub' || c.kind === 'appos') continue;
      own.push(k);
      if (c.kind !== 'plain') break;
    }
  }
  return { own: [...own, ...continued(chunks, d).slice(1)], antecedent: null };
}

/**
 * The chunks of a "when" clause that opens at chunk k: up to another subordinate clause ("X, who lived there from
 * 1968, when Y invaded Z, until 1989, said he …") or a clause joined by "and" once the "when" clause has its verb
 * ("…, when X arrived from Y, and the club announced …"); a list of its subjects goes on ("when X, Y's father,
 * and Z spent five days in talks").
 */
function whenChunks(chunks: readonly Chunk[], k: number): number[] {
  const own = [k];
  const hasVerb = (c: Chunk) => c.text.split(/\s+/).some((w) => isVerb(w.toLowerCase().replace(/[^\p{L}-]/gu, '')));
  let verb = hasVerb(chunks[k]!);
  for (let j = k + 1; j < chunks.length; j++) {
    const c = chunks[j]!;
    if (c.kind === 'sub' || (c.kind === 'coord' && verb)) break;
    own.push(j);
    verb ||= hasVerb(c);
  }
  return own;
}

/**
 * Chunk k and the chunks that go on with it: plain ones, and an apposition
 * after a stretch with words of its own ("occupied X, a territory of Y,"),
 * not one after a bare name ("Ortega, 60, a foe of …, led").
 */
function continued(chunks: readonly Chunk[], k: number): number[] {
  const own = [k];
  for (let j = k + 1; j < chunks.length; j++) {
    const c = chunks[j]!;
    if (c.kind === 'appos' && /\s\p{Ll}/u.test(chunks[j - 1]!.text)) { own.push(j); continue; }
    if (c.kind !== 'plain') break;
    own.push(j);
  }
  return own;
}

/** How a mention stands in its sentence: a place, a qualifier of a thing, or an actor. */
function standing(text: string, m: ActorMention, kind: Actor['kind'] | undefined, at: number): 'place' | 'qualifier' | 'actor' {
  if (m.rule.endsWith('-location')) return MEETING_BEFORE.test(text.slice(0, m.start - at)) ? 'actor' : 'place';
  // "X's father joined the rally", "two of X's cousins sought support": the kin act, not X.
  if (KIN_AFTER.test(text.slice(m.end - at, m.end - at + 60))) return 'qualifier';
  // "the Brandt family sent a fax": the family acts (a group of its own), not the one person named Brandt.
  if (kind === 'person' && familyAfter(text, m.start - at, m.end - at) > 0) return 'qualifier';
  const lead = text.slice(Math.max(0, m.start - at - 80), m.start - at);
  // "an anti-Varga senator", "pro-Chile groups": the name is what they are for or against; it does nothing.
  if (STANCE_BEFORE.test(lead)) return 'qualifier';
  // "chanting ``Long live Chile!''", "placards reading ``Roth out''": a name inside a slogan only is called out.
  if (OPENING_QUOTE.test(lead) && SLOGAN_BEFORE.test(lead)) return 'qualifier';
  // "marchers demanding Roth's release", "a rally calling for Chile's withdrawal": whose fate is asked for
  // takes no part in the asking.
  if (/^['’]s\s/.test(text.slice(m.end - at, m.end - at + 3)) && DEMAND_BEFORE.test(lead)) return 'qualifier';
  // "a rally demanding the return of Roth", "calling for the immediate release of X": the same, said with "of".
  if (/\bof\s+(?:the\s+)?$/.test(lead) && DEMAND_OF_BEFORE.test(lead)) return 'qualifier';
  // "a rifle was found in Roth's quiet Kelby neighbourhood": a person named as whose the place is, after a
  // word of place, does nothing there.
  if (kind === 'person' && /\b(?:in|at|near|outside|inside|from|into|behind)\s+$/i.test(lead) && HOME_AFTER.test(text.slice(m.end - at, m.end - at + 60))) return 'qualifier';
  // The same said with "of": "they waited outside the home of Ana Roth".
  if (kind === 'person' && HOME_OF_BEFORE.test(lead)) return 'qualifier';
  // "mementoes for the Roth library", "the Roth stadium": a building named for a person, who does nothing there;
  // the same for a family's home ("a rifle buried near the Roth home").
  if (kind === 'person' && /\bthe\s+$/i.test(lead) && NAMED_FOR_AFTER.test(text.slice(m.end - at, m.end - at + 20))) return 'qualifier';
  // "a major development in the Roth murder investigation": the case a person's name labels is others' doing.
  if (kind === 'person' && /\bthe\s+$/i.test(lead) && CASE_AFTER.test(text.slice(m.end - at, m.end - at + 40))) return 'qualifier';
  // "Roth's foreign minister, Olek Varga, signed": whose officer the named one is; the officer acts.
  if (kind === 'person' && TITLE_OWNER_AFTER.test(text.slice(m.end - at, m.end - at + 80))) return 'qualifier';
  // "The Chilean ambassador to Peru, Ana Roth, said": the country of a post named before its holder is where she
  // serves, no party to what she does.
  if (kind === 'country' && POST_TO_BEFORE.test(lead) && /^,\s+\p{Lu}/u.test(text.slice(m.end - at, m.end - at + 4))) return 'qualifier';
  // "The Chilean foreign minister, Ana Roth,": the country of a title in apposition before the name is hers.
  if (kind === 'country' && /\b[Tt]he\s+$/.test(lead) && TITLE_THEN_NAME.test(text.slice(m.end - at, m.end - at + 90))) return 'qualifier';
  // "Ana Roth, the U.S. prosecutor in Harbourton, said": the country of a title in apposition after a name is
  // the person's (a membership), no actor beside her.
  if (kind === 'country' && /\p{Lu}[\p{L}.'’-]*,\s+(?:the|a|an)\s+$/u.test(lead) && TITLE_AFTER_COUNTRY.test(text.slice(m.end - at, m.end - at + 40))) return 'qualifier';
  // "marched to protest the killings of farmers by Varnian police": the doers of what is protested take no part.
  if (PROTESTED_BY.test(lead)) return 'qualifier';
  // "condemned the two explosions near U.S. embassies", "welcomed the ceasefire in Kelby": where the happening a
  // stance is taken on stood, or whom it struck, takes no part in taking the stance.
  const judged = JUDGED_HAPPENING_AT.exec(lead);
  if (judged && kind !== 'person' && isActionNoun(judged[1]!)) return 'qualifier';
  // "two aides to Ana Roth left for Luma": whose aides they are, not one who goes.
  if (kind === 'person' && AIDES_TO_BEFORE.test(lead)) return 'qualifier';
  // "the Battle of Kelso", "the Treaty of Varna": a happening's own name holds the place; it does nothing.
  if (NAMED_HAPPENING_OF.test(lead)) return 'qualifier';
  // "near Harbourton, Varnia", "the north coast of Varnia": where it happened, said more exactly.
  const closed = /^\s*(?:[,.;:)]|$)/.test(text.slice(m.end - at, m.end - at + 3));
  if (kind !== 'person' && ((TOWN_THEN_REGION.test(lead) && closed) || PART_OF_PLACE.test(lead))) return MEETING_BEFORE.test(text.slice(0, m.start - at)) ? 'actor' : 'place';
  const lastWord = /([\p{L}]+)\W*$/u.exec(m.text)?.[1]?.toLowerCase() ?? '';
  // "held at the Dunmore County Jail", "died at St Ann's Hospital": a building named as where something happened.
  if (kind === 'organization' && FACILITY_HEADS.has(lastWord) && /\b(?:at|in|to|from|near|outside|inside|into)\s+(?:the\s+)?$/i.test(lead)) return 'qualifier';
  if (citedSource(text, m, kind, at)) return 'qualifier';
  // "1.9% for the Harlow Bank Composite", "the Harbour Exchange Index": a market's index named after a body; the
  // body does nothing.
  if (kind === 'organization' && INDEX_AFTER.test(text.slice(m.end - at, m.end - at + 20))) return 'qualifier';
  // "the fire at the Lumera Cells plant": a body's name before a noun of a place or a thing it owns.
  if (kind === 'organization' && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - at - 5), m.start - at))
    && /^(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:plant|plants|factory|store|stores|site|headquarters|offices|office|building|mine|shop|warehouse|hall|premises)\b/u.test(text.slice(m.end - at, m.end - at + 60))) return 'qualifier';
  if (kind !== 'country') return 'actor';
  // "a Chilean head of a NATO survey team", "a retired Varnian diplomat": whose national someone serving another
  // body, or serving no more, is; the state takes no part.
  if (m.rule === 'demonym' && (NATIONAL_OF_BODY_AFTER.test(text.slice(m.end - at, m.end - at + 40)) || PAST_OFFICE_BEFORE.test(text.slice(Math.max(0, m.start - at - 20), m.start - at)))) return 'qualifier';
  // "the Lima relatives", "his Chilean cousins", "the Peruvian family": where kin live or come from; the kin act.
  if (KIN_HOME_AFTER.test(text.slice(m.end - at, m.end - at + 40))) return 'qualifier';
  // "burning Chilean flags", "waving Peruvian and Bolivian flags": the country's emblems, not the country.
  if (EMBLEM_AFTER.test(text.slice(m.end - at, m.end - at + 60))) return 'qualifier';
  // "a Varnian-built embassy", "a Varnian-born singer": where a thing was made or a person was born, said of
  // them. Not "-led" or "-backed", which name who leads or backs.
  if (MADE_OR_BORN_IN.test(text.slice(m.end - at, m.end - at + 16))) return 'qualifier';
  // "two hours after their launch from Ostrel", "a suspect deported from Varnia": where a journey set out
  // from or was headed, no party to what happened.
  if (JOURNEY_FROM.test(lead) || JOURNEY_TO.test(lead) || JOURNEY_FROM_TO.test(lead) || (TRAVEL_TO.test(lead) && !/^['’]s\b/u.test(text.slice(m.end - at, m.end - at + 3))) || JOURNEY_NOUN_TO.test(lead) || (ROUTE_BETWEEN.test(lead) && m.rule !== 'plural-reference')) return 'qualifier';
  // "the capitals of Varnia and Ostrel": the later countries of a list of places the first is in.
  if (PART_OF_PLACE_LIST.test(lead)) return 'place';
  // "the Varnian capital Luma", "a Varnian border town": the country's demonym says where a place is.
  if (m.rule === 'demonym' && PLACE_AFTER_DEMONYM.test(text.slice(m.end - at, m.end - at + 20))) return 'place';
  // "200 diplomats left Varnia today": the land people leave or flee; not "the storm left Varnia devastated".
  if (LEFT_LAND.test(lead) && !LEFT_IN_STATE.test(text.slice(m.end - at, m.end - at + 30))) return 'qualifier';
  // "in southern Varnian Kelby province", "the Kelby region": a province's name, and the demonym before it.
  if (PROVINCE_AFTER.test(text.slice(m.end - at, m.end - at + 50))) return 'place';
  const before = /([\p{L}]+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, m.start - at - 20), m.start - at))?.[1]?.toLowerCase();
  // "a volcano in Varnia", "a scientist in Varnia": where a thing of nature or a person is, said of them; the
  // country does nothing even when no one else is named.
  if (before && LOCATIVE_PLACE.has(before) && whereSomeoneIs(text, m, at)) return 'qualifier';
  // The place of talks is their host, a party to them ("a meeting on Friday in Moscow").
  if (before && LOCATIVE_PLACE.has(before)) return MEETING_BEFORE.test(text.slice(0, m.start - at)) ? 'actor' : 'place';
  // "in Ghana and Malawi", "in Chile, Peru or Bolivia": the preposition governs the whole list.
  // The list is the hosts of a vote or talks held in them as the first place is ("Polls in A, B and C").
  const from = Math.max(0, m.start - at - 60);
  const listed = /^(?:,|\s+(?:and|or)\b)/.test(text.slice(m.end - at, m.end - at + 5));
  const list = LIST_OF_PLACES.exec(text.slice(from, m.start - at)) ?? (listed ? LIST_MIDDLE.exec(text.slice(from, m.start - at)) : null);
  if (list) return MEETING_BEFORE.test(text.slice(0, from + list.index) + /^\S+\s+(?:the\s+)?/.exec(list[0])![0]) ? 'actor' : 'place';
  // "US stocks", "French benchmark index": a country before a lower-case noun that is nobody.
  const after = /^\s+([\p{Ll}][\p{L}-]*)(?:\s+([\p{Ll}][\p{L}-]*))?/u.exec(text.slice(m.end - at, m.end - at + 40));
  if (m.rule !== 'possessive' && after && isThingNoun(after[1]!, after[2] ?? '')) return 'qualifier';
  return 'actor';
}

// "in Ghana, Peru and …" up to an item of the list: the preposition governs it too.
const placeList = (tail: string) => new RegExp(`\\b(?:${['in', 'at', 'near', 'across', 'throughout', 'within'].join('|')})\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*(?:,\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)*${tail}(?:the\\s+)?$`, 'u');
const LIST_OF_PLACES = placeList(',?\\s+(?:and|or)\\s+');

/** Whether a body's name is a news outlet's: "… News Agency", "… Times", "… Herald". */
function isNewsOutlet(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.includes('news') || typesOfHead(words[words.length - 1]!.replace(/\W+$/, '')).includes('media');
}

/** "The Harbour Times said …", "according to the Evening Courier": a newspaper cited as the source of what is told. */
function citedSource(text: string, m: ActorMention, kind: Actor['kind'] | undefined, at: number): boolean {
  if (kind !== 'organization') return false;
  // "As the Courier reported, …": whatever the body is, it is cited for what follows.
  if (/\b[Aa]s\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - at - 8), m.start - at)) && /^\s+(?:reported|said|wrote|noted|revealed|disclosed)\b/.test(text.slice(m.end - at, m.end - at + 12))) return true;
  const lastWord = /([\p{L}]+)\W*$/u.exec(m.text)?.[1]?.toLowerCase() ?? '';
  if (!typesOfHead(lastWord).includes('media')) return false;
  return /^\s+(?:said|says|reported|reports|wrote|writes|quoted|cited|added)\b/i.test(text.slice(m.end - at, m.end - at + 12))
    || /\baccording\s+to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - at - 20), m.start - at));
}

/** "The Harbour Times reported …" (not "according to the Harbour Times", "as the Times reported"): a newspaper that is its verb's subject. */
function reportsByVerb(text: string, m: ActorMention, kind: Actor['kind'] | undefined, at: number): boolean {
  return citedSource(text, m, kind, at) && !/\b(?:[Aa]s|according\s+to)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - at - 20), m.start - at));
}

const whereSomeoneIs = (text: string, m: ActorMention, at: number): boolean => FEATURE_OR_ROLE_IN.test(text.slice(Math.max(0, m.start - at - 40), m.start - at));
// A thing of nature, or a person named by a role, before "in" or "near" and the country.
const FEATURE_OR_ROLE_IN = new RegExp(`\\b(?:volcano|volcanoes|glacier|glaciers|mountain|mountains|peak|crater|lake|river|island|forest|desert|reef|cave|${[...ROLE_NOUNS].join('|')})\\s+(?:in|near)\\s+(?:the\\s+)?$`, 'i');
const POST_TO_BEFORE = /\b(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}.-]+\s+){0,2}(?:ambassador|envoy|consul|emissary)\s+to\s+(?:the\s+)?$/u;
/** The titles of TITLE_HEADS written as one lower-case word ("minister", "chief", "vice-president"), as an alternation. */
const TITLE_WORDS = [...TITLE_HEADS].filter((w) => /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w)).join('|');
// After a country in a person's apposition: up to two lower-case words and a title ("the U.S. attorney", "the
// Varnian deputy trade minister").
const TITLE_AFTER_COUNTRY = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${TITLE_WORDS})\\b`, 'u');
// A word of protest or mourning, a happening of up to six words, then "by" before the name.
const PROTESTED_BY = /\b(?:protest|protests|protested|protesting|condemn|condemns|condemned|condemning|denounce|denounced|denouncing|mourn|mourned|mourning)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,6}?by\s+(?:the\s+)?$/u;
// A verb of taking a stance, its object up to a noun (captured), a preposition of place or target, up to three words.
const JUDGED_HAPPENING_AT = /\b(?:condemn|condemns|condemned|condemning|denounce|denounced|denouncing|deplore|deplored|deploring|welcome|welcomed|welcoming|hail|hailed|hailing|praise|praised|praising)\s+(?:the|a|an|this|these|those|last|[\p{L}\d-]+['’]s)?\s*(?:[\p{L}\d-]+\s+){0,3}?(\p{Ll}+)\s+(?:near|at|on|in|against|outside)\s+(?:the\s+)?(?:[\p{L}.\d-]+\s+){0,2}$/u;
// A place's name or demonym right before a kin noun, or "family".
const KIN_HOME_AFTER = new RegExp(`^\\s+(?:${[...KIN_NOUNS, 'family', 'families'].join('|')})(?![\\p{L}-])`, 'u');
const TITLE_THEN_NAME = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${TITLE_WORDS})(?:\\s+(?:to|of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?)?,\\s+\\p{Lu}`, 'u');
const INDEX_AFTER = /^\s+(?:Composite|Index|Average|Indexes|Averages)\b/;
// A case's noun after a person's name, perhaps after the crime's ("the Roth murder investigation", "the Roth case").
const CASE_AFTER = /^\s+(?:(?:murder|killing|slaying|shooting|kidnapping|assault|abuse|fraud|bribery)\s+)?(?:investigation|inquiry|probe|case|trial|inquest)\b/;
const NAMED_FOR_AFTER = /^\s+(?:library|museum|memorial|center|centre|stadium|arena|airport|hospital|school|college|building|bridge|street|avenue|park|estate|home|house|residence|apartment|farm)\b/;
const TITLE_OWNER_AFTER = new RegExp(`^['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${TITLE_WORDS})(?:\\s+(?:of|for)\\s+[\\p{L}-]+)?,\\s+\\p{Lu}`, 'u');
const STANCE_BEFORE = /(?:^|[^\p{L}])(?:anti|pro)-$/iu;
// An apposition in commas, then a setting up to the date: ", Lumo's head of sales, at a news conference ".
const INVERTED_SETTING = /^,\s+[^,;:"“”]+,\s+(?:at|in|during|before|after)\s[^,;:"“”]*$/u;
const DEMAND_BEFORE = new RegExp(`\\b(?:${DEMAND_WORDS.join('|')})\\s+(?:the\\s+)?$`, 'iu');
const DEMAND_OF_BEFORE = new RegExp(`\\b(?:${DEMAND_WORDS.join('|')})\\s+the\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+\\s+of\\s+(?:the\\s+)?$`, 'iu');
// A word of chanting, then an opening quote not yet closed before the name.
const SLOGAN_BEFORE = new RegExp(`\\b(?:${SLOGAN_WORDS.join('|')})\\b[^.;]{0,60}?(?:\`\`|"|“)[^"”'\`]*$`, 'iu');
// The opening quote SLOGAN_BEFORE needs: without one, its long pattern is not tried.
const OPENING_QUOTE = /``|["“]/;
// Up to two more countries of a list, then a noun of an emblem.
const EMBLEM_AFTER = /^(?:(?:,\s*|\s+(?:and|or)\s+)\p{Lu}[\p{L}.'’-]*){0,2}\s+(?:flags?|banners?|emblems?|anthems?|colou?rs|pennants?)\b/u;
const MADE_OR_BORN_IN = /^-(?:built|made|born|designed|manufactured|educated|raised|trained)\b/;
const JOURNEY_WORDS = 'launch|launches|liftoff|flight|flights|departure|journey|trip|voyage|crossing|passage|evacuation|return|returned|deported|extradited|flown|travell?ed';
const JOURNEY_FROM = new RegExp(`\\b(?:${JOURNEY_WORDS})\\s+from\\s+(?:the\\s+)?$`, 'i');
// "a crossing from Varnia to Ostrel", "would be travelling to Ostrel Thursday": where the journey went.
const JOURNEY_FROM_TO = new RegExp(`\\b(?:${JOURNEY_WORDS})\\s+from\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s+to\\s+(?:the\\s+)?$`, 'u');
// "would travel alone today to Ostrel", "a sea voyage to Ostrel": a going there, said with a few words of manner or
// time between the verb and "to" (not an object: "flew troops to Ostrel" names where the troops serve).
const TRAVEL_TO = /\b(?:travel|travels|travell?ing|travell?ed|fly|flies|flying|flew|sail|sails|sailing|sailed|emigrate|emigrates|emigrated|emigrating|returning|returned|repatriated|deported|extradited|come|comes|came|coming|flee|flees|fled|fleeing|escape|escapes|escaped|escaping|move|moves|moved|moving|immigrated)(?:\s+(?:alone|back|home|today|tomorrow|tonight|again|directly|immediately|together|later|soon|first|safely))*\s+to\s+(?:the\s+)?$/i;
// (A return or a repatriation too: "to prevent the boy's return to Varnia".)
const LEFT_LAND = /\b(?:left|leave|leaves|leaving|fled|flee|flees|fleeing)\s+(?:the\s+)?$/i;
// What the land was left in: a state after it ("left Varnia devastated", "in ruins"), which makes it a party.
const LEFT_IN_STATE = /^\s+(?:\p{Ll}+(?:ed|en)\b|in\s+(?:ruins|chaos|shock|mourning|darkness)|without\b|with\b|reeling\b|alone\b|isolated\b|vulnerable\b|divided\b)/u;
// Up to two capitalised words, then a noun of a part of a country.
const PROVINCE_AFTER = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:province|region|district|enclave)\b/u;
// "flights between Varnia and Ostrel", "the route between Luma and": the ends of a journey's line, no party to it.
const ROUTE_BETWEEN = new RegExp(`\\b(?:${JOURNEY_WORDS}|routes?)\\s+between\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*\\s+and\\s+(?:the\\s+)?)?$`, 'u');
// A part of a place, "of", a list of places up to "and"/"or" before the country.
const PART_OF_PLACE_LIST = /\b(?:[Cc]apitals?|[Cc]oasts?|[Ss]hores|[Oo]utskirts|[Pp]arts)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*,?\s+(?:and|or)\s+(?:the\s+)?$/u;
const PLACE_AFTER_DEMONYM = /^\s+(?:capital|city|town|village|port|border\s+town|coast|province|island)\b/;
const JOURNEY_NOUN_TO = /\b(?:voyage|voyages|journey|journeys|flight|flights|crossing|passage|evacuation|return|repatriation|deportation|extradition)\s+to\s+(?:the\s+)?$/i;
// A possessive, up to three words, then a noun of a home or a neighbourhood.
const HOME_NOUNS = 'home|house|neighborhood|neighbourhood|apartment|flat|farm|backyard|yard|garden|street|village|hometown';
const HOME_AFTER = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${HOME_NOUNS})\\b`, 'u');
// After a demonym: one who leads or works for a body, and "of" with an article ("head of a NATO team").
const NATIONAL_OF_BODY_AFTER = /^\s+(?:leader|head|chief|member|officer|employee|staffer|director)\s+of\s+(?:a|an|the)\s/;
// Before a demonym: "a retired", "the former".
const PAST_OFFICE_BEFORE = /\b(?:a|an|the)\s+(?:former|retired|onetime|one-time|ex-)\s*$/i;
// Between two names of one list: a comma, "and", "or".
const LISTED_WITH = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?$/;
// People who work for someone, and "to" or "of" before that someone's name.
const AIDES_TO_BEFORE = /\b(?:aides?|advisers?|advisors?|assistants?|bodyguards?|staffers?)\s+(?:to|of)\s+$/i;
// A word of place, "the", up to two words, a noun of a home and "of" ("outside the modest home of ").
const HOME_OF_BEFORE = new RegExp(`\\b(?:in|at|near|outside|inside|from|into|behind)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${HOME_NOUNS})\\s+of\\s+$`, 'iu');
// Where people or goods were headed ("killed en route to Varnia", "trucks bound for Varnia"): no party either.
const JOURNEY_TO = /\b(?:en\s+route\s+to|bound\s+for|headed\s+for|heading\s+for|(?:leave|leaves|leaving|left|depart|departs|departing|departed|set\s+off|set\s+out)\s+for|on\s+the\s+way\s+to)\s+(?:the\s+)?$/i;
const NAMED_HAPPENING_OF = /\b(?:Battle|Siege|Treaty|Fall|Sack|Massacre|Liberation|Partition|Congress|Peace)\s+of\s+(?:the\s+)?$/u;
// A town's name: capitalised words, with the small words some hold ("Dar es Salaam", "Rio de Janeiro").
const TOWN = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:es|de|del|da|do|dos|das|al|el|la|le|du|di)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,2}";
// "in Harbourton, Varnia", "In Port Elin, Varnia, police said", and a second address of the same list ("in
// Luma, Varnia and Porto da Ilha, Ostrel"): the country after a town and a comma says where the town is.
const TOWN_THEN_REGION = new RegExp(`\\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Oo]ff|[Ff]rom)\\s+${TOWN},\\s+(?:(?:the\\s+)?${TOWN},?\\s+(?:and|or)\\s+${TOWN},\\s+)?(?:the\\s+)?$`, 'u');
const PART_OF_PLACE = /\b(?:capitals?|coast|coastline|shores?|north|south|east|west|northeast|northwest|southeast|southwest|outskirts|interior|tip|edge|parts?|rest)\s+of\s+(?:the\s+)?$/i;
// Buildings and grounds: a body named by one is where something happens, unless it acts itself.
const FACILITY_HEADS = new Set(['jail', 'prison', 'hospital', 'airport', 'stadium', 'arena', 'hotel', 'cosmodrome', 'spaceport', 'mall', 'park', 'cemetery', 'courthouse', 'plaza', 'square']);
// "in Chile, Peru, and …": an item inside the list the preposition governs.
const LIST_MIDDLE = placeList(',\\s+');
// A meeting or a vote within a few words before "in X": the place is its host.
// (A news conference is held somewhere, with no host party: "a news conference in Lima".)
const MEETING_BEFORE = /\b(?:meeting|meetings|talks|summit|(?<!\b(?:news|press)\s)conference|negotiations|ceremony|election|elections|vote|referendum|polls)\b(?:\s+[^\s,;]+){0,5}\s+(?:in|at)\s+(?:the\s+)?$/i;
// Words after a country that are no noun of a thing: adverbs and words that only go with a subject.
const NOT_A_THING = /^(?:\p{Ll}+ly|each|both|then|again|now|still|also|too|itself|alone|first|last|once|never)$/u;

/**
 * Whether the subject of a clause (its words before the first verb, after an opening "and", "but" or
 * "meanwhile") is people named by a plain noun, a crowd, kin or a group ("tens of thousands of people", "fans",
 * "his grandparents", "striking workers"), or a market's things ("shares", "prices").
 */
function plainDoers(clause: string): boolean {
  const words = (clause.match(/[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase());
  let k = 0;
  while (k < words.length && /^(?:and|but|or|yet|so|meanwhile|then|also)$/.test(words[k]!)) k++;
  const subject: string[] = [];
  for (; k < words.length && !isVerb(words[k]!); k++) subject.push(words[k]!);
  return k < words.length && subject.some((w) => CROWD_NOUNS.has(w) || GROUP_NOUNS.has(w) || KIN_NOUNS.includes(w) || MARKET_THINGS.has(w));
}

/** Whether a word reads as a verb: a past form, an auxiliary, a verb of acting or saying. */
export function isVerb(word: string): boolean {
  return /^\p{Ll}+ed$/u.test(word) || IRREGULAR_PAST.has(word) || PAST_WORDS.has(word) || FUTURE_WORDS.has(word) || PRESENT_WORDS.has(word) || ACT_VERBS.has(word) || BASE_VERBS.has(word);
}

/**
 * Whether the word after a country is the noun of a thing the country only
 * qualifies ("US stocks suffered", "French index"), not a verb it does
 * ("Chile froze", "Peru signs a deal"), nor people, land or an action of its
 * own. A word in -s is a noun when a verb follows it.
 */
function isThingNoun(word: string, next: string): boolean {
  const w = word.toLowerCase();
  if (FUNCTION_WORDS.has(w) || NOT_A_THING.test(w)) return false;
  // "US personal income", "US federal debt": a word in -al before a noun of a thing is its adjective.
  if (/al$/.test(w) && !ACTION_NOUNS.has(w) && next !== '' && /^\p{Ll}/u.test(next) && isThingNoun(next, '')) return true;
  if (isAgentNoun(w) || isActionNoun(w) || TERRITORY_NOUNS.has(w)) return false;
  if (BUSINESS_THING_PLURALS.has(w)) return true;
  if (/s$/.test(w) && !/ss$/.test(w)) return next !== '' && isVerb(next.toLowerCase());
  return !isVerb(w);
}

// Nouns with a suffix of doing that name a thing: "a Varnian version of the letter", "on Varnian television".
const SUFFIX_NOT_ACTION = /^(?:television|version|edition|station|section|portion|apartment|document|instrument|equipment)s?$/;

/** "Armenian occupation", "Russian strikes": a noun of doing, whose doer the country is. */
function isActionNoun(word: string): boolean {
  const w = word.toLowerCase();
  return ACTION_NOUNS.has(w) || (/(?:tion|sion|ment|ance|ence|ade|al)s?$/.test(w) && !SUFFIX_NOT_ACTION.test(w));
}

function isAgentNoun(word: string): boolean {
  const w = word.toLowerCase();
  return AGENT_NOUNS.has(w) || GROUP_NOUNS.has(w) || ORG_NOUNS.has(w) || TITLE_HEADS.has(w) || ROLE_NOUNS.has(w);
}

/**
 * The actors taking part in the happening whose date expression spans
 * `eventSpan` (offsets into the article, like the mentions'). A statement
 * dated by its attribution ("…, the ministry said on Thursday") has the
 * speaker and the subject of what was said; any other event the actors of
 * its own clause, without the speaker.
 */
export function participantsOf(
  sentence: Sentence,
  eventSpan: Span,
  mentions: ActorMention[],
  attribution: Attribution | null,
  kindOf: (id: string) => Actor['kind'] | undefined = () => undefined,
  dates: readonly Span[] = [],
): string[] {
  const at = sentence.start;
  const text = sentence.text;
  const inside = (m: Span, s: Span | null) => s !== null && m.start >= s.start && m.end <= s.end;
  // "X said in a televised address on Sunday that …": a date between the saying and what was said dates the saying.
  // "…,\" said X, Lumo's head of sales, at a briefing on Friday": after a saying put before its speaker, an
  // apposition and a setting, the date dates the saying too.
  const between = attribution !== null && eventSpan.start >= attribution.end ? text.slice(attribution.end - at, eventSpan.start - at) : null;
  const invertedSetting = between !== null && /^(?:said|says|told)\s/i.test(text.slice(attribution!.start - at, attribution!.end - at)) && INVERTED_SETTING.test(between);
  const statement = attribution !== null && (inside(eventSpan, attribution) || invertedSetting || (between !== null && !/,|\bthat\b|[;:"“”]/.test(between)));
  const chunks = chunksOf(text);
  const chunkOf = (offset: number) => Math.max(0, chunks.findIndex((c) => offset - at >= c.start && offset - at < c.end));
  // A country read inside a longer mention ("Swedish" of "Swedish court") is that body's, not an actor of its own.
  const covered = (m: ActorMention) => mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
  // "Varnian author Ola Berg", "Lumo chief executive Ana Roth": the body or country before a person's title says
  // whose the person is (a membership); the person takes part.
  const titleOf = (m: ActorMention) => kindOf(m.actorId) !== 'person' && mentions.some((p) => p.start > m.end && kindOf(p.actorId) === 'person' && isTitlePhrase(text.slice(m.end - at, p.start - at)));
  // "Varnia's official Luma News Agency said": the country or body whose possessive stands before the name of
  // a news outlet only owns it (a membership); the outlet reports. Not before another body ("Varnia's Supreme
  // Court ruled": the country is often the party), nor a common noun ("Varnia's state broadcaster").
  const ownerOf = (m: ActorMention) => mentions.some((o) => o.start > m.end && kindOf(o.actorId) === 'organization' && /^\p{Lu}/u.test(o.text) && isNewsOutlet(o.text) && OWNER_BEFORE.test(text.slice(m.end - at, o.start - at)));
  // "…, the Harbour Times reported Friday": a newspaper whose verb the date follows did what is dated, the report.
  const datedReport = (m: ActorMention) => m.end <= eventSpan.start && /^\s+\p{Ll}+\s+(?:on\s+)?$/u.test(text.slice(m.end - at, eventSpan.start - at)) && reportsByVerb(text, m, kindOf(m.actorId), at);
  const judged = mentions
    .filter((m) => !covered(m) && !titleOf(m) && !ownerOf(m))
    .map((m) => ({ m, as: datedReport(m) ? 'actor' as const : standing(text, m, kindOf(m.actorId), at), chunk: chunkOf(m.start) }));
  const pick = (list: typeof judged): string[] => {
    const actors = list.filter((x) => x.as === 'actor');
    const chosen = actors.length > 0 ? actors : list.filter((x) => x.as === 'place');
    return [...new Set(chosen.map((x) => x.m.actorId))];
  };
  // "… sanctions imposed on Chile after its 1990 invasion of Peru": a date inside a noun phrase of doing dates
  // that happening, whose doers are the phrase's own names (its owner, "of"/"by" names), not the clause's.
  const phrase = happeningPhrase(text, eventSpan.start - at, eventSpan.end - at);
  if (phrase) {
    // (A name the phrase's last words open belongs to it whole: "the May 7 bombing at the Chilean embassy".)
    const named = judged.filter((x) => x.m.start - at >= phrase.start && x.m.start - at < phrase.end);
    // "its"/"his"/"their" own the phrase: the nearest fitting name before it in the sentence.
    const owner = phrase.ownerPronoun === null ? undefined : judged
      .filter((x) => x.m.end - at <= phrase.start && x.as === 'actor' && (kindOf(x.m.actorId) === 'person') === (phrase.ownerPronoun === 'person'))
      .pop();
    const found = pick(owner ? [owner, ...named] : named);
    if (found.length > 0) return found;
    // "the probe into the Aug. 7 bombings in east Africa": what is looked into names no doer, and the ones who
    // look into it are none ("hidden since the 1998 bombing" still lends the clause's subject).
    if (phrase.inquiry) return [];
  }
  const main = (x: (typeof judged)[number]) => {
    const kind = chunks[x.chunk]!.kind;
    return kind !== 'rel' && kind !== 'sub' && kind !== 'appos';
  };

  // A newspaper only cited as the source ("The Harbour Times said") is no speaker that takes part.
  // Nor is a country that only says where the speaker is ("A scientist in Varnia said").
  const cited = (id: string) => judged.some((x) => x.m.actorId === id && inside(x.m, attribution) && (citedSource(text, x.m, kindOf(id), at) || whereSomeoneIs(text, x.m, at)));
  // "X's father said": a speaker named only as the owner of the one who speaks is no speaker; nor is a place
  // named only as where the kin who speak live ("The Lima relatives said").
  const ownerOnly = (id: string) => {
    const here = judged.filter((x) => x.m.actorId === id && inside(x.m, attribution));
    return here.length > 0 && here.every((x) => KIN_AFTER.test(text.slice(x.m.end - at, x.m.end - at + 60)) || (kindOf(id) === 'country' && KIN_HOME_AFTER.test(text.slice(x.m.end - at, x.m.end - at + 40))));
  };
  const speakerId = attribution?.actorId && !cited(attribution.actorId) && !ownerOnly(attribution.actorId) ? attribution.actorId : null;
  // "A clerk was robbed in 1998, police said": a force or a crowd named by a bare noun reports what others did;
  // it speaks in its statement but is no stand-in for a clause that names nobody.
  const bareSpeaker = speakerId !== null && judged.filter((x) => x.m.actorId === speakerId && inside(x.m, attribution)).every((x) => x.m.rule === 'bare-noun');
  if (statement) {
    // Every actor of the attribution speaks ("X's government and the Y Front said on Thursday"); a newspaper
    // too, when the date is its report's ("The Harbour Times reported on Friday that …"): the report is the event.
    const reportDated = inside(eventSpan, attribution) || (between !== null && /^\s*(?:on\s+)?$/.test(between));
    const speakers = pick(judged.filter((x) => inside(x.m, attribution)).map((x) => (x.as === 'qualifier' && reportDated && reportsByVerb(text, x.m, kindOf(x.m.actorId), at) ? { ...x, as: 'actor' as const } : x)));
    const speaker = speakers.length > 0 ? speakers : speakerId ? [speakerId] : [];
    const said = judged.filter((x) => !inside(x.m, attribution) && x.as === 'actor' && main(x));
    return [...new Set([...speaker, ...said.map((x) => x.m.actorId)])];
  }
  const othersItems = otherItemsMentions(text, at, eventSpan, dates, judged.map((x) => x.m), kindOf);
  // "X issued a warning on Sunday in the aftermath of the May 7 bombings at the Y embassy": the names of another
  // date's happening phrase are that happening's doers, no party to this one.
  const otherPhrases = dates.filter((d) => d.start !== eventSpan.start).flatMap((d) => happeningPhrase(text, d.start - at, d.end - at) ?? []);
  const inOtherPhrase = (m: ActorMention) => otherPhrases.some((p) => m.start - at >= p.start && m.start - at < p.end);
  const told = judged.filter((x) => !inside(x.m, attribution) && !othersItems.has(x.m) && !inOtherPhrase(x.m));
  const subject = told.find((x) => x.as === 'actor' && main(x));
  const speaker = speakerId ? [speakerId] : [];
  let d = chunkOf(eventSpan.start);
  const dateOnly = (k: number) => chunks[k]!.text.replace(text.slice(eventSpan.start - at, eventSpan.end - at), '').replace(/[\s,;:–—-]+/g, '') === '';
  // "June 1989 – Serbian President X uses …": a date standing alone heads the clause after it.
  if (dateOnly(d) && d + 1 < chunks.length) d++;
  const first = chunks[d]!;
  // "In a statement issued Friday, the agency …": an opening phrase with a happening of its own is the subject's.
  if (d === 0 && first.kind === 'start' && /^(?:In|On|At|During|After|Before|With)\s/.test(first.text) && PARTICIPLE.test(first.text) && !told.some((x) => x.chunk === 0 && x.as === 'actor')) {
    if (subject) return [subject.m.actorId];
  }
  // "since 1991, when the army occupied …": the date belongs to the clause it introduces.
  const whenAfter = /^\s*,\s*when\b/i.test(text.slice(eventSpan.end - at));
  // "Since 1985 -- when the army occupied Kelby -- 200 soldiers have died": the clause in the dashes tells it
  // (a spaced underscore is the wire's dash).
  const dashed = WHEN_IN_DASHES.exec(text.slice(eventSpan.end - at));
  const inDashes = (x: (typeof told)[number]) => dashed !== null && x.m.start - eventSpan.end >= 0 && x.m.end - eventSpan.end <= dashed[0].length;
  // Without the comma the actors of the clause "when" opens join the date's own ("The strike began on June 9
  // when Lumo fired a driver").
  const whenJoined = !whenAfter && /^\s*when\b/i.test(text.slice(eventSpan.end - at)) && d + 1 < chunks.length && chunks[d + 1]!.kind === 'sub';
  const inClause = (k: number): typeof told => {
    const { own, antecedent } = clauseOf(chunks, k);
    let before = antecedent === null ? [] : told.filter((x) => x.chunk === antecedent && x.as === 'actor');
    // (With no comma the clause is about the words right before it: a name there, or no one.)
    if (chunks[k]!.restrictive) before = before.filter((x) => /^\s*$/.test(text.slice(x.m.end - at, chunks[k]!.start)));
    let lead = before.slice(-1);
    // "Chile and Peru, which …", "the Chilean and Peruvian governments, which …": the names listed with the last.
    while (lead.length > 0 && lead.length < before.length) {
      const prev = before[before.length - lead.length - 1]!;
      if (!LISTED_WITH.test(text.slice(prev.m.end - at, lead[0]!.m.start - at))) break;
      lead = [prev, ...lead];
    }
    // "Ana Roth of the Harbour Trust, who flew …": the person the body follows with "of", not the body.
    const person = before[before.length - 2];
    if (lead[0] && person && kindOf(lead[0].m.actorId) !== 'person' && kindOf(person.m.actorId) === 'person' && /^\s+(?:of|from|at)\s+(?:the\s+)?$/.test(text.slice(person.m.end - at, lead[0].m.start - at))) lead = [person];
    // "Ivo Salk, formerly Lumo's vice president, sales, who left Lumo in May": "who" after appositions with no
    // person of their own is the person named before them.
    if (antecedent !== null && /^who\b/i.test(chunks[k]!.text) && !lead.some((x) => kindOf(x.m.actorId) === 'person')) {
      const named = told.filter((x) => x.chunk < k && x.as === 'actor' && kindOf(x.m.actorId) === 'person').pop();
      if (named) lead = [named];
    }
    return [...lead, ...told.filter((x) => own.includes(x.chunk))];
  };
  const ofClause = (k: number): string[] => pick(inClause(k));
  // The actors of a "when" clause up to a relative pronoun inside it ("when a child who had come from X"), and
  // not a body where someone is ("when a clerk at the X bank called").
  const whenClause = (k: number): typeof told => {
    const rel = /\s(?:who|which|whose|that)\s/.exec(chunks[k]!.text);
    const end = at + chunks[k]!.start + (rel ? rel.index : chunks[k]!.text.length);
    const where = (m: ActorMention) => /\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - at - 8), m.start - at));
    return told.filter((x) => x.chunk === k && x.as === 'actor' && x.m.start < end && !where(x.m));
  };
  // There the clause it introduces tells the happening, with the clause it hangs on ("The party's rise began in
  // 2018, when students marched …" is the party's and the students').
  // "… pay the families of the sailors drowned on March 5": the date dates the participle after the noun,
  // whose doers are named after it if at all, not the clause's subject.
  const beforeDate = text.slice(first.start, eventSpan.start - at);
  // Only after the clause's own verb ("X will pay the families of the sailors drowned …"), not as that verb
  // ("Chilean officials closed the crossing on Monday").
  const reducedAt = [...beforeDate.matchAll(REDUCED_RELATIVE)].filter((r) => beforeDate.slice(0, r.index).split(/\s+/).some((w) => isVerb(w.toLowerCase()))).pop();
  const afterReduced = reducedAt === undefined ? 0 : sentence.start + first.start + reducedAt.index + reducedAt[0].length;
  // (The participle's doer may stand in apposition after a comma, as in any clause: "remarks made last week by
  // the Varnian envoy, Olek Varga, in a lecture".)
  const found = reducedAt !== undefined
    ? pick(told.filter((x) => continued(chunks, d).includes(x.chunk) && x.m.start >= afterReduced))
    : dashed ? pick(told.filter(inDashes))
    : whenAfter && d + 1 < chunks.length ? pick(told.filter((x) => whenChunks(chunks, d + 1).includes(x.chunk) || clauseOf(chunks, d).own.includes(x.chunk)))
      : whenJoined ? pick([...inClause(d), ...whenClause(d + 1)]) : ofClause(d);
  // "In Cuba, thousands of people marched on Friday", "shares rose 2% in Luma": a crowd, kin or a market's things
  // doing it, and no one named, leave the places it happened in as hosts only; the country is not the marchers.
  const hostsOnly = found.length > 0 && found.every((id) => !judged.some((x) => x.m.actorId === id && x.as === 'actor')) && plainDoers(first.text);
  if (found.length > 0 && !hostsOnly) return found;
  // A clause about a thing or people not named ("the bombings which killed …") has no one else's doers.
  if (clauseOf(chunks, d).own.some((k) => chunks[k]!.restrictive) && reducedAt === undefined && !whenAfter && !dashed) return [];
  // A relative clause or an apposition with nobody in it is about the clause it hangs on.
  if (d > 0 && /^(?:rel|sub|appos)$/.test(first.kind)) {
    // ("who lived there from 1968, when X invaded Y, until 1989": not the "when" clause set inside it.)
    let k = d - 1;
    while (k > 0 && first.kind === 'sub' && chunks[k]!.kind === 'sub' && /^when\s/i.test(chunks[k]!.text)) k--;
    const hung = ofClause(k);
    if (hung.length > 0) return hung;
  }
  // Nobody named in the clause: the sentence's subject, else whoever reports it ("…, the agency reported").
  // Not when the date sits in a participle after a noun ("the families of the workers killed on March 5"):
  // the subject of the sentence took no part in that.
  if (subject && reducedAt === undefined) return [subject.m.actorId];
  return bareSpeaker ? [] : speaker;
}


// Before the date: an article or an owner ("the", "its", "Lumo's"); after it, up to three words and a noun of doing.
const PHRASE_OPEN = /(?:^|\s)(the|a|an|its|his|her|their|\p{Lu}[\p{L}.-]*['’]s)\s+$/u;
const PHRASE_WORD = /\s+([\p{L}-]+)([,;:.!?)])?/gu;
// What goes on with the phrase after its noun: a preposition and names, up to a clause mark.
const PHRASE_TAIL = new RegExp(`^(?:\\s+(?:${PHRASE_PREPOSITIONS.join('|')})\\s+(?:[\\p{L}.'’-]+,?\\s+){0,5}?[\\p{L}.'’-]+)*`, 'u');
// Words that end the phrase's tail: a relative word or a conjunction opening a clause of its own.
const PHRASE_STOP = /^(?:that|which|who|whom|whose|when|where|after|before|since|until|while|because)$/;

/**
 * "after its 1990 invasion of Peru", "in the Oct. 3 shooting of Ana Roth", "Lumo's 2019 takeover of Kessa":
 * where the date (offsets into `text`) stands between an article or an owner and a noun of doing, the span of
 * that noun phrase with what goes on after it, and whether a possessive pronoun owns it; else null.
 */
export function happeningPhrase(text: string, from: number, to: number): { start: number; end: number; ownerPronoun: 'person' | 'body' | null; inquiry?: boolean } | null {
  // "Tuesday's declaration by Lumo", "last week's attack by rebels": a date owning a noun of doing whose doer
  // "by" names is that happening, wherever the phrase stands.
  const datePossessive = /['’]s$/.test(text.slice(from, to)) || /^['’]s\s/.test(text.slice(to, to + 3));
  if (datePossessive) {
    const head = /^(?:['’]s)?((?:\s+\p{Ll}[\p{Ll}-]*){1,3}?)\s+by\s+(?=\p{Lu})/u.exec(text.slice(to, to + 60));
    const noun = head?.[1]!.trim().split(/\s+/).pop();
    if (head && noun && isActionNoun(noun)) {
      const headEnd = to + head[0].length - /\s+by\s+$/.exec(head[0])![0].length;
      let end = nameGoesOn(text, headEnd + (PHRASE_TAIL.exec(text.slice(headEnd))?.[0].length ?? 0));
      const stop = [...text.slice(headEnd, end).matchAll(/[\s,]([\p{Ll}]+)\b/gu)].find((w) => PHRASE_STOP.test(w[1]!) || (isVerb(w[1]!) && !PHRASE_PREPOSITIONS.includes(w[1]!)));
      if (stop) end = headEnd + stop.index;
      return { start: from, end, ownerPronoun: null };
    }
  }
  const open = PHRASE_OPEN.exec(text.slice(Math.max(0, from - 40), from));
  if (!open) return null;
  // Only a phrase after a preposition of time or of setting ("after", "since", "in the aftermath of") tells a
  // happening apart from the clause's: the object of a verb is the subject's doing ("Vidal led the 2020
  // campaign"), and "jailed for the 1995 killing of X", "charged with the May 2 attack" hold the subject to it.
  const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, from - open[0].length - 20), from - open[0].length))?.[1]?.toLowerCase();
  if (before === undefined || !BACKGROUND_PREPOSITIONS.has(before)) return null;
  // The noun: the last word of doing among up to four words after the date ("abortion clinic bombing"); the
  // words before it only describe it, and a verb or a function word ends the search.
  let headEnd = -1;
  let pos = 0;
  for (const w of text.slice(to, to + 60).matchAll(PHRASE_WORD)) {
    if (w.index !== pos) break;
    pos = w.index + w[0].length;
    const word = w[1]!;
    const lower = word.toLowerCase();
    if (isVerb(lower) || FUNCTION_WORDS.has(lower)) break;
    if (/^\p{Ll}/u.test(word) && (isActionNoun(word) || (/^\p{Ll}{3,}ings?$/u.test(word) && !THING_ING_NOUNS.has(word)))) headEnd = to + w.index + w[0].length - (w[2] ?? '').length;
    if (w[2] || pos > 45) break;
  }
  if (headEnd < 0) return null;
  const start = from - open[0].length + (open[0].length - open[0].trimStart().length);
  let end = nameGoesOn(text, headEnd + (PHRASE_TAIL.exec(text.slice(headEnd))?.[0].length ?? 0));
  // A verb or a clause's opening word inside the tail ends the phrase there ("the 1998 bombing in Tarvik that killed …").
  const stop = [...text.slice(headEnd, end).matchAll(/\s([\p{Ll}]+)\b/gu)].find((w) => PHRASE_STOP.test(w[1]!) || (isVerb(w[1]!) && !PHRASE_PREPOSITIONS.includes(w[1]!)));
  if (stop) end = headEnd + stop.index;
  const pronoun = open[1]!.toLowerCase();
  const ownerPronoun = pronoun === 'its' || pronoun === 'their' ? 'body' : pronoun === 'his' || pronoun === 'her' ? 'person' : null;
  return { start, end, ownerPronoun, inquiry: before === 'into' };
}

/** The end of a name the phrase's tail stops inside ("invasion of South" goes on to "South Korea"). */
function nameGoesOn(text: string, end: number): number {
  return end + (/^(?:[ -]\p{Lu}[\p{L}.'’-]*)*/u.exec(text.slice(end))?.[0].length ?? 0);
}

// Between names of one list item: spaces, a comma, "and"/"or", "the", capitalised words (a title).
const ITEM_GLUE = /^\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
// From one date to the next item: a comma or "and"/"or", then perhaps a title ("… and President X last week").
const ITEM_LINK = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
const DATE_PREPOSITION = /\s+(?:in|on|at|by|since|during)\s*$/i;

/**
 * "joined by A and B in 1952, C in 1955 and D in 1982", "met A ten days ago and President B last week": dates
 * that each close an item of one list, the item being the names just before the date. Each item's names take
 * part in its own date's happening only: for any other date of the sentence, the mentions of the items that are
 * not its own are returned (to be left out). The names before the first item stay (the subject of them all).
 * Offsets are the article's; `dates` are the sentence's event dates, the event's own among them.
 */
export function otherItemsMentions(
  text: string,
  at: number,
  eventSpan: Span,
  dates: readonly Span[],
  mentions: readonly ActorMention[],
  kindOf: (id: string) => Actor['kind'] | undefined,
): Set<ActorMention> {
  const out = new Set<ActorMention>();
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  if (sorted.length < 2) return out;
  const crossesDate = (from: number, to: number) => sorted.some((d) => d.start < to && d.end > from);
  // The names just before a date, read back over the glue of a list item.
  const itemOf = (date: Span): { start: number; names: ActorMention[] } => {
    let p = date.start;
    const prep = DATE_PREPOSITION.exec(text.slice(Math.max(0, p - at - 12), p - at));
    if (prep) p -= prep[0].length;
    const names: ActorMention[] = [];
    for (;;) {
      const prev = mentions.filter((m) => m.end <= p && !names.includes(m)).sort((a, b) => b.end - a.end)[0];
      if (!prev || crossesDate(prev.end, p) || !ITEM_GLUE.test(text.slice(prev.end - at, p - at))) break;
      names.push(prev);
      p = prev.start;
    }
    return { start: names.length > 0 ? p : date.start, names };
  };
  const items = sorted.map((d) => ({ date: d, ...itemOf(d) }));
  // Runs of items, each after the first linked to the date before it and naming someone of its own.
  const runs: Array<typeof items> = [];
  items.forEach((item, k) => {
    const linked = k > 0 && item.names.length > 0 && ITEM_LINK.test(text.slice(sorted[k - 1]!.end - at, item.start - at));
    if (linked) runs[runs.length - 1]!.push(item);
    else runs.push([item]);
  });
  for (const run of runs) {
    if (run.length < 2) continue;
    const own = run.findIndex((item) => item.date.start === eventSpan.start);
    // An item holds only the names right before its date, so the subject before the list stays with every
    // date ("A met B on Monday and C on Tuesday": A in both). The first item's names leave a later date only
    // when that date's item names one of their kind in their place: "Chile has been a member of the Tarn
    // Council since 1990 and Peru since 1995" keeps the council in 1995.
    const ownKinds = own > 0 ? new Set(run[own]!.names.map((m) => kindOf(m.actorId))) : null;
    run.forEach((item, k) => {
      if (k === own) return;
      for (const m of item.names) if (k > 0 || !ownKinds || ownKinds.has(kindOf(m.actorId))) out.add(m);
    });
  }
  return out;
}

// A dash (or the wire's spaced underscore), "when" and its clause up to the closing dash.
const WHEN_IN_DASHES = /^\s*(?:[–—]+|--|_)\s*when\s[^–—_;]{1,160}?\s(?=[–—]+|--|_\s)/i;

// A plural noun and a past participle after it ("workers killed", "sailors drowned"): a reduced relative clause.
const REDUCED_RELATIVE = /\b\p{Ll}{3,}s\s+(?:\p{Ll}+ed|killed|hurt|held|taken|made|built|sold|shot|struck)\b/gu;

// A past participle or a verb in -ing: the opening phrase tells a happening ("a statement issued Friday").
const PARTICIPLE = /\b(?:\p{Ll}+ed|\p{Ll}+ing|made|held|given|taken|written|sent|won|lost|signed)\b/u;
