// Clause finding: where a sentence's clauses begin and end (commas of lists, of places' states, of qualifiers and
// of dates cut nothing), with bracketed measures, dashed asides and the attribution blanked out first.
import { CALENDAR_WORDS, LINK_ADVERBS, REPORTING_VERB_SET, isSentenceAdverb } from '../../text/lexicon';
import { isVerbOfClause } from './clauseParts';
import type { LabelInput } from './labelInput';
import { FUNCTION_WORDS, PREPOSITIONS, bare } from './labelText';

/** Clause boundaries: commas, semicolons, colons, dashes and brackets. */
// A comma or colon between digits ("2,400", "10:30") is part of a number, not a boundary.
// Older wire copy types a dash as an underscore between spaces ("Since 1985 _ when the army … _ nearly 200 …").
export const BOUNDARY = /(?:(?<!\d)[,:]|[,:](?!\d)|[;()])\s*|\s+(?:[—–-]{1,2}|_)\s+/g;

/** A name before a comma ("…by Russia,"), not a day or month ("On Monday,"). */
const NAME_BEFORE = /(?:^|\s)(?:the\s+)?(\p{Lu}[\p{L}.'’-]*)\s*$/u;
/** What follows a comma inside a list of names: another name, then a comma or "and"/"or" and a name. */
const NAME_LIST_AFTER = /^(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*,\s*|,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu})/u;

/** "brokered by Russia, France and the United States": the commas of a list of names are no clause boundary. */
function insideNameList(sentence: string, comma: number, after: number): boolean {
  if (sentence[comma] !== ',') return false;
  const before = NAME_BEFORE.exec(sentence.slice(Math.max(0, comma - 40), comma));
  const name = before?.[1]?.replace(/\.$/, '').toLowerCase();
  if (!name || CALENDAR_WORDS.has(name)) return false;
  return NAME_LIST_AFTER.test(sentence.slice(after, after + 80));
}

// "Newark, N.J., airport", "Sen. Ana Vell, D-Ore., said": a state's short form (or a party and state) after a place
// or a name, between commas, is part of the name, as news agencies write it.
const STATE_SHORT = String.raw`(?:[RDI]-)?(?:(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.)`;
// ("a Tesk, Ore.-based mill": a state before "-based" closes the place too.)
// ("… at a news conference in Tesk, Mich.": a state that ends the sentence closes the place too.)
const STATE_AFTER = new RegExp(`^${STATE_SHORT}(?=,|-based\\b|["”’]?$)`);
const STATE_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}.'’-]*,\s${STATE_SHORT}$`, 'u');

/** Whether the comma at `comma` opens or closes a place's or a name's state ("Newark, N.J., airport"). */
function aroundState(sentence: string, comma: number, after: number): boolean {
  if (sentence[comma] !== ',') return false;
  const state = STATE_AFTER.exec(sentence.slice(after, after + 12));
  const place = NAME_BEFORE.exec(sentence.slice(Math.max(0, comma - 40), comma))?.[1]?.replace(/\.$/, '').toLowerCase();
  if (state && place && !CALENDAR_WORDS.has(place) && !CALENDAR_WORDS.has(state[0].replace(/\.$/, '').toLowerCase())) return true;
  // ("Kopp, 44, of Tesk, Vt., became …": the comma before a verb ends the apposition the place was in.)
  const next = bare(/^\S+/.exec(sentence.slice(after))?.[0] ?? '');
  if (/^\p{Ll}/u.test(next) && (isVerbOfClause(next) || REPORTING_VERB_SET.has(next))) return false;
  return STATE_BEFORE.test(sentence.slice(Math.max(0, comma - 60), comma)) && !CALENDAR_WORDS.has(/(\w+)\.$/.exec(sentence.slice(0, comma))?.[1]?.toLowerCase() ?? '');
}

/**
 * "… next to the city hall in Tesk, Varno Friday morning": a place, its comma, then one name (the country) and the
 * date right after it: the name closes the place, and the date is the clause's before it. ("On Monday, Varno …", a
 * day before the comma, is no place.)
 */
function countryBeforeDate(sentence: string, comma: number, after: number, exprStart: number, exprEnd: number): boolean {
  // (The date ends the clause: "in Tesk, Brel Friday signed …" has its subject after the comma.)
  if (sentence[comma] !== ',' || exprStart <= after || !/^\s*(?:[.,;:!?"”’]|$)/u.test(sentence.slice(exprEnd))) return false;
  const place = NAME_BEFORE.exec(sentence.slice(Math.max(0, comma - 40), comma))?.[1]?.replace(/\.$/, '').toLowerCase();
  if (!place || CALENDAR_WORDS.has(place)) return false;
  return /^\p{Lu}[\p{L}'’-]+\s+$/u.test(sentence.slice(after, exprStart));
}

/** A compound qualifier ("$10-a-share", "five-year") and the lower-case word after it, the noun it qualifies. */
const QUALIFIER_THEN_NOUN = /^(?:[$€£¥#]?\d[\d.,]*-\S+|\p{Ll}+-\p{Ll}+)\s+(\p{Ll}+)/u;

/** "made a new, $12-a-unit bid": a comma between two words that qualify one noun cuts no clause. */
function betweenQualifiers(sentence: string, comma: number, after: number): boolean {
  if (sentence[comma] !== ',' || !/\b(?:a|an)\s+\p{Ll}[\p{Ll}-]*$/u.test(sentence.slice(Math.max(0, comma - 30), comma))) return false;
  const noun = QUALIFIER_THEN_NOUN.exec(sentence.slice(after, after + 40))?.[1];
  return !!noun && !PREPOSITIONS.has(noun) && !FUNCTION_WORDS.has(noun);
}

/** "a May 4, 1987, share purchase deal": a full date after a determiner, its year's comma, then the noun. */
export function yearInsideNounPhrase(sentence: string, exprStart: number, exprEnd: number): boolean {
  if (!/\d{4}$/.test(sentence.slice(exprStart, exprEnd)) || !/\b(?:an?|the|its|his|her|their)\s+$/i.test(sentence.slice(Math.max(0, exprStart - 8), exprStart))) return false;
  const next = /^,\s+(\p{Ll}+)/u.exec(sentence.slice(exprEnd, exprEnd + 30))?.[1];
  return !!next && !PREPOSITIONS.has(next) && !FUNCTION_WORDS.has(next) && !isVerbOfClause(next);
}

/** The sentence's clauses; a comma inside the date itself ("on May 2, 2001") cuts nothing. */
export function segments(sentence: string, exprStart = -1, exprEnd = -1): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let last = 0;
  for (const m of sentence.matchAll(BOUNDARY)) {
    if (m.index > exprStart && m.index < exprEnd) continue;
    // ("bought shares under a May 4, 1987, purchase deal": the comma that closes the date's year.)
    if (m.index === exprEnd && yearInsideNounPhrase(sentence, exprStart, exprEnd)) continue;
    if (insideNameList(sentence, m.index, m.index + m[0].length) || aroundState(sentence, m.index, m.index + m[0].length) || betweenQualifiers(sentence, m.index, m.index + m[0].length)) continue;
    if (countryBeforeDate(sentence, m.index, m.index + m[0].length, exprStart, exprEnd)) continue;
    out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: last, end: sentence.length });
  return out.filter((s) => s.end > s.start);
}

/**
 * "found 600 kilograms (1,300 pounds) of explosives on Sunday": a measure restated in brackets (another unit, a sum
 * in another currency) is blanked out, offsets kept, so its brackets cut no clause in two. A bracket that holds the
 * date, a clock time, a name or anything longer stays.
 */
export function withoutAsides(text: string, exprStart: number, exprEnd: number): string {
  const outside = (at: number, length: number) => at + length <= exprStart || at >= exprEnd;
  return text
    // ("at 9:20 a.m. (0620 GMT) Monday": a clock restated in another zone, right after the clock, too.)
    .replace(/\(([^()]{1,30})\)/g, (m, inner: string, at: number) =>
      outside(at, m.length) && ((MEASURE.test(inner.trim()) && !CLOCK.test(inner)) || (ZONE_CLOCK.test(inner.trim()) && /[ap]\.m\.\s*$/i.test(text.slice(Math.max(0, at - 8), at)))) ? ' '.repeat(m.length) : m)
    .replace(DASHED_ASIDE, (m, _dash: string, at: number) => (outside(at, m.length) ? ' '.repeat(m.length) : m))
    // "left the board in May to run, unsuccessfully, for mayor": an adverb between commas, and the clause goes on after it.
    // ("The quarter's results, however, included …": a link word too.)
    .replace(ADVERB_ASIDE, (m, adverb: string, at: number) => (outside(at, m.length) && (isSentenceAdverb(adverb) || linkBeforeVerb(text, adverb, at + m.length, exprEnd)) ? ' '.repeat(m.length) : m));
}

const ADVERB_ASIDE = /,\s+(\p{Ll}+),(?=\s+\p{Ll})/gu;

/**
 * "The quarter's results, however, included …": a link word between a dated subject and its verb; not one after an
 * opening phrase ("In Tesk, meanwhile, crowds …") nor one before the date, whose clause may be another.
 */
function linkBeforeVerb(text: string, adverb: string, end: number, exprEnd: number): boolean {
  return LINK_ADVERBS.has(adverb) && exprEnd <= end && isVerbOfClause(bare(/^\s*(\S+)/.exec(text.slice(end))?.[1] ?? ''));
}

/**
 * "said Friday that the barge Kelda _ which Orlan leads _ reached the quay": a relative clause or an apposition
 * between two dashes (older wire copy types them as underscores) qualifies the noun before it, and the clause goes
 * on after it; blanked out, offsets kept, so its dashes cut no clause in two. A name between dashes ("the suspect --
 * Ana Brel -- was") and an aside holding the date stay.
 */
const DASHED_ASIDE = /\s(--?|[—–_])\s+(?:which|who|whose|where|a|an|the)\s[^—–_]{1,100}?\s\1\s(?=\p{Ll})/gu;

// ("six pence (ten U.S. cents)": a sum written in words, and a currency's country, restate it too.)
const MEASURE = /^(?:about\s+|some\s+)?(?:[$€£¥]\s?\d|(?:dlrs|US\$|USD|EUR)\s?\d|(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s)\s*(?:U\.S\.\s+)?(?:[$€£¥]|\p{Ll}{1,12}\.?(?:\s\p{Ll}{1,12})?$))/u;
const ZONE_CLOCK = /^\d{1,2}[:.]?\d{2}\s+[A-Z]{2,4}$/;
const CLOCK = /\b(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2}T)\b|\d:\d/;

export function cutAttribution(sentence: string, attribution: LabelInput['attribution']): string {
  if (!attribution) return sentence;
  return `${sentence.slice(0, attribution.start)}${' '.repeat(attribution.end - attribution.start)}${sentence.slice(attribution.end)}`;
}
