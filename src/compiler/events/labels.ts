// Short readable labels for events, made from the clause that states them
// ("who did what"), not from the sentence cut at N characters. Pure string
// work over one sentence and the offsets the other stages found.
import { isSpaceCode } from '../text/segment';
import { AUXILIARY_VERBS, BINDING_NOUNS, CALENDAR_WORDS, DATED_HAPPENING_NOUNS, IRREGULAR_PAST, MONTH_NAMES, NOT_PAST_ED as NOT_PAST_ED_WORDS, REPORTING_VERBS, SEASON_WORDS, alternation } from '../text/lexicon';
import { isCap } from '../text/tokens';
import { capitalise, headline, type HeadlineInput } from './headline';
import { placedSaying } from './quotedSaying';
import { openingGerund } from './openingGerund';

export interface LabelInput extends HeadlineInput {
  /** The sentence text. */
  sentence: string;
  /** Offsets (inside the sentence) of the first item of the coordinated list the expression belongs to. */
  listStart: number;
  /** The attribution clause inside the sentence, if any. */
  attribution: { start: number; end: number } | null;
  /** The speaker's name when the event is the statement itself ("X said on Thursday"). */
  statementBy: string | null;
  /** Names of people mentioned, so "Armenian Prime Minister Nikol Pashinyan" can shrink to the name. */
  people: string[];
  /** A date anchored to a happening (anchoredDates.ts): the noun after the phrase, or the noun before it and its clause. */
  anchored?: 'noun' | 'relative' | undefined;
  /** Where the sentence's other dates stand: a date beside another one may date a background happening of its own. */
  others?: ReadonlyArray<{ start: number; end: number; date?: { start: string } }> | undefined;
  /** The first day the date stands for (YYYY-MM-DD), to tell a background happening (before the clause's date) from a plan. */
  dateStart?: string | undefined;
  /** The article's day (YYYY-MM-DD): a date after it is still to come. */
  published?: string | undefined;
}

/** How far back a list's tail looks for the thing it qualifies, in words. */
const LIST_TAIL_WORDS = 12;
const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'since', 'by', 'from', 'during', 'after', 'before', 'until', 'till', 'through', 'throughout',
  'between', 'for', 'within', 'over', 'as', 'of', 'around', 'about', 'early', 'late', 'last', 'earlier', 'later',
]);
// "scheduled for", "due on", "set to take place on": a plan, right before its date.
const PLANNED_FOR = String.raw`(?:scheduled|planned|set|due|slated|expected)\s*(?:for|on|to\s+take\s+place\s+on)?\s*$`;
const PLANNED_ALONE = new RegExp(String.raw`^\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?` + PLANNED_FOR, 'i');
const TRAILING_PREPOSITIONS = /(?:\b(?:in|on|at|since|by|from|during|after|before|until|till|through|throughout|between|for|within|over|around|about|of|early|late|mid|the|a|an)\s*)+$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
const LEADING_JUNK = /^(?:and|but|or|so|then|while|when|where|which|who|whom|that|also|however|meanwhile|moreover|the|a|an)\b\s*/i;
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'for', 'by', 'with', 'from', 'that', 'this', 'its', 'their',
  'his', 'her', 'since', 'when', 'where', 'which', 'as', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had',
]);
const SCHEDULED = new RegExp(String.raw`\b(?:an?|the)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:that\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?` + PLANNED_FOR, 'i');
// SCHEDULED's closing words alone: its long pattern is tried only where they end the text.
const PLANNED_END = new RegExp(PLANNED_FOR, 'i');

// ", officials said Saturday": a trailing clause that is only a speaker, a reporting verb and the date.
// (", the mayor said when asked Friday", ", officials said as night fell Monday": a short when-clause of the saying
// may stand between the verb and its date; so may the wire's "here": ", the prime minister said here Friday".)
const REPORTED_BY = new RegExp(String.raw`^\s*(?:['"”’]+\s*)?((?:[\p{L}.'’-]+\s+){1,5}?)(${alternation(REPORTING_VERBS)})\s+(?:here\s+)?(?:(?:when|as|while)\s+(?:[\p{Ll}'’-]+\s+){1,3}?)?(?:on\s+)?$`, 'iu');
// A deadline ("by June 1", "until May") at the end of what a ruling or an order requires: its subject, its modal and
// its verb ("the mill must close"), after the verb that required it and any date of that verb. (What was only said
// to come by a date, "said the road would be rebuilt by March", stays the saying's.)
const DEADLINE_OF_CONTENT = new RegExp(String.raw`\b(?:ruled|decided|ordered|agreed|demanded|insisted|required|told\s+[\p{L}'’-]+)\s+(?:[^,;:]{0,30}?\s+)?(?:that\s+)?((?:[\p{L}\d'’.-]+\s+){1,5}?(?:must|should|would|will|shall|(?:has|have|had)\s+to)\s+[^,;:]{3,120}?)\s+(?:by|until|no\s+later\s+than)\s+$`, 'u');
// A deadline ("by Jan. 14", "until March 6") after a noun of what binds or plans the deed and the deed itself: "…
// around Wednesday's ruling by the land tribunal to send the boy home by Jan. 14", "the talks that are supposed to end
// by May", "a court order that the mill stay shut until March 6": the noun and its deed, not the clause around them.
const DUE_BY_NOUN = new RegExp(
  String.raw`(?:^|\s)(?:(?:[Tt]he|[Aa]n?)\s+|((?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*['’]s\s+))` +
    String.raw`((?:[\p{L}\d.'’-]+\s+){0,4}?(?:${alternation(BINDING_NOUNS)})` +
    String.raw`(?:\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,2}(?:\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:and|of|for)\s+(?:\p{Lu}[\p{L}.'’&-]*\s*){1,3})?)?` +
    String.raw`\s+(?:(?:that|which)\s+|to\s+(?!(?:the|a|an|its|their|his|her)\s|\p{Lu}|\S+s\s))[^,;:]{2,100}?)\s+(?:by|until|till|no\s+later\s+than)\s+$`,
  'u',
);
// What may follow the date in that trailing clause: only what it was about ("… said when asked Friday about the fines").
// ("… said Monday before leaving the air base": a short phrase of what the speaker did then.)
const SAID_ABOUT = /^\s*(?:(?:about|of|on|regarding)\s[^,;:]{1,60}|(?:before|after|upon|while|on)\s+\p{Ll}+ing\s[^,;:]{1,50})$/u;
// "… was Nigeria - and that was almost 20 years ago": the date dates the clause before.
const THAT_WAS = /^\s*(?:(?:and|but)\s+)?(?:that|this)\s+(?:was|came|happened)\s+(?:(?:almost|nearly|about|some|fully|only|just|exactly|more\s+than)\s+)*$/i;
// "the same day as …", "that week": a determiner that opens a time phrase, not the verb's object.
const TIME_NOUN = /^(?:same|day|week|month|year|time|night|morning|evening)$/i;

// "the worst crisis since the Great Depression of the 1930s": the yardstick of a superlative is named, and its name is the label.
const YARDSTICK = /\b(?:[a-z]{2,}est|worst|best|most\s+[a-z]+|least\s+[a-z]+)\s+(?:[a-z]+\s+){0,3}since\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4})(?:of|in)\s+(?:the\s+)?$/u;

/** Clause boundaries: commas, semicolons, colons, dashes and brackets. */
// A comma or colon between digits ("2,400", "10:30") is part of a number, not a boundary.
// Older wire copy types a dash as an underscore between spaces ("Since 1985 _ when the army … _ nearly 200 …").
const BOUNDARY = /(?:(?<!\d)[,:]|[,:](?!\d)|[;()])\s*|\s+(?:[—–-]{1,2}|_)\s+/g;

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
  if (/^\p{Ll}/u.test(next) && (isVerbOfClause(next) || REPORTING.has(next))) return false;
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
function yearInsideNounPhrase(sentence: string, exprStart: number, exprEnd: number): boolean {
  if (!/\d{4}$/.test(sentence.slice(exprStart, exprEnd)) || !/\b(?:an?|the|its|his|her|their)\s+$/i.test(sentence.slice(Math.max(0, exprStart - 8), exprStart))) return false;
  const next = /^,\s+(\p{Ll}+)/u.exec(sentence.slice(exprEnd, exprEnd + 30))?.[1];
  return !!next && !PREPOSITIONS.has(next) && !FUNCTION_WORDS.has(next) && !isVerbOfClause(next);
}

/** The sentence's clauses; a comma inside the date itself ("on May 2, 2001") cuts nothing. */
function segments(sentence: string, exprStart = -1, exprEnd = -1): Array<{ start: number; end: number }> {
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

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** A word lower-cased with everything but letters, digits and underscores left out. */
function bare(word: string): string {
  const lower = word.toLowerCase();
  return /^\w*$/.test(lower) ? lower : lower.replace(/[^\w]/g, '');
}

function contentWords(text: string): number {
  let n = 0;
  for (const w of words(text)) if (!FUNCTION_WORDS.has(bare(w))) n++;
  return n;
}

function startsWithPreposition(text: string): boolean {
  // The first run of non-spaces: the first of words(text), without splitting the rest.
  const first = /\S+/.exec(text)?.[0];
  return PREPOSITIONS.has(first === undefined ? '' : bare(first));
}

const TRAILING_JUNK = new Set('"“”‘’\'.,;:—–-');

/** The text without its trailing spaces, quotes and punctuation; a loop, since an end-anchored pattern retries at every character. */
function withoutTrailingJunk(text: string): string {
  let end = text.length;
  while (end > 0 && (isSpaceCode(text.charCodeAt(end - 1)) || TRAILING_JUNK.has(text[end - 1]!))) end--;
  return end === text.length ? text : text.slice(0, end);
}

function tidy(text: string): string {
  let t = withoutTrailingJunk(text)
    .replace(/^[\s"“”‘’',;:—–-]+/u, '')
    .replace(/\s+/g, ' ')
    // ("up 2 pence (1.3 cents), at 260 pence": a blanked aside leaves no space before the comma after it.)
    .replace(/ ([,;])/g, '$1')
    .trim();
  for (let i = 0; i < 3; i++) {
    // Not an acronym spelt like one of these words ("WHO"): that is a name.
    const next = /^[A-Z]{2,}\b/.test(t) ? t : t.replace(LEADING_JUNK, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

function shrinkTitles(text: string, people: string[]): string {
  let out = text;
  for (const name of people) {
    const at = out.indexOf(name);
    if (at <= 0) continue;
    // Drop a run of capitalised title words right before the name ("Armenian Prime Minister").
    const before = out.slice(0, at);
    const m = /((?:\b[A-Z][\w'’.-]*\s+){1,5})$/.exec(before);
    if (m && m.index === 0) out = out.slice(at);
    // "Ana Brel, Environment Minister Ivo Marn and Attorney General Eva Kross voted …": titles inside a list of
    // people go too, so the subject fits before its verb.
    else if (m && /(?:,|\band)\s+$/.test(before.slice(0, m.index)) && m[1]!.trim().split(/\s+/).length <= 3) out = `${before.slice(0, m.index)}${out.slice(at)}`;
  }
  return out;
}

/**
 * "found 600 kilograms (1,300 pounds) of explosives on Sunday": a measure restated in brackets (another unit, a sum
 * in another currency) is blanked out, offsets kept, so its brackets cut no clause in two. A bracket that holds the
 * date, a clock time, a name or anything longer stays.
 */
function withoutAsides(text: string, exprStart: number, exprEnd: number): string {
  const outside = (at: number, length: number) => at + length <= exprStart || at >= exprEnd;
  return text
    .replace(/\(([^()]{1,30})\)/g, (m, inner: string, at: number) =>
      outside(at, m.length) && MEASURE.test(inner.trim()) && !CLOCK.test(inner) ? ' '.repeat(m.length) : m)
    .replace(DASHED_ASIDE, (m, _dash: string, at: number) => (outside(at, m.length) ? ' '.repeat(m.length) : m));
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
const CLOCK = /\b(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2}T)\b|\d:\d/;

function cutAttribution(sentence: string, attribution: LabelInput['attribution']): string {
  if (!attribution) return sentence;
  return `${sentence.slice(0, attribution.start)}${' '.repeat(attribution.end - attribution.start)}${sentence.slice(attribution.end)}`;
}

/**
 * "Castlegate, who won the cup in 2015, also beat …": a relative clause says
 * what its antecedent did, so the label gets the antecedent back as subject.
 */
// Words that tie a sentence to the one before it, set off by a comma: "However, …", "Meanwhile, …".
const LINK_ADVERB = /^(?:however|meanwhile|moreover|nevertheless|nonetheless|furthermore|still|instead|separately|likewise|indeed|in\s+addition|in\s+fact)$/i;

function withSubject(clause: string, raw: string, text: string, segs: Array<{ start: number; end: number }>, at: number): string {
  if (at === 0) {
    // "Rescued on May 2 by fishermen, the boy has become …": an opening participle is said of the main clause's subject.
    const main = segs.length > 1 && /^\s*\p{Lu}/u.test(raw) && PARTICIPLE_LEAD.test(raw.replace(/\p{Lu}/u, (c) => c.toLowerCase())) ? clauseSubject(text.slice(segs[1]!.start, segs[1]!.end)) : '';
    return main ? `${main} ${clause.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}` : clause;
  }
  // "Ana Brel, the engineer who designed the bridge in 1998": the apposition's clause is said of the name before it.
  const described = describedName(text, segs, at);
  if (described) {
    const rel = /\s(who|whose)\s/i.exec(raw);
    if (rel) return `${rel[1]!.toLowerCase() === 'whose' ? `${described}’s` : described} ${tidy(raw.slice(rel.index + rel[0].length))}`;
  }
  // "Elm, 61, who led the city …": an age between the name and its clause is passed over.
  let k = at - 1;
  while (k > 0 && /^(?:aged\s+)?\d{1,3}$/.test(text.slice(segs[k]!.start, segs[k]!.end).trim())) k--;
  const before = text.slice(segs[k]!.start, segs[k]!.end).trim();
  let antecedent = '';
  if (/^\s*(?:who|which|whose)\s+/i.test(raw)) {
    // The noun right before the comma: "…two points clear of Eastfield, who play …" is Eastfield.
    // A short segment that reads as a noun phrase is the antecedent whole ("The Metal and Electrical Workers' Union").
    const named = (/(?:^|\s)((?:[A-Z][\w'’.-]*\s*){1,4})$/.exec(before)?.[1] ?? '').trim();
    const nounLike = /^(?:[A-Z"“]|(?:the|a|an|its|their)\s)/.test(before);
    // ("The coach said that Ivo Marn, who …": a segment with a verb is a clause; the name that ends it is the antecedent.)
    antecedent = words(before).length <= 6 && nounLike && verbless(before) ? before : named && !/^(?:The|A|An)$/.test(named) ? named : lastNounPhrase(before);
  } else if (PARTICIPLE_LEAD.test(raw)) {
    // "Dockworkers at Kessaro, Brenmark's largest port, voted on Sunday": after an apposition, a verb of the
    // noun before it; otherwise a participle qualifying the noun before it ("… under the Selmar Accord,
    // signed by the two governments in 2019").
    const subject = at >= 2 ? text.slice(segs[at - 2]!.start, segs[at - 2]!.end).trim() : '';
    // ("Traders, betting on a clash, pushed up the price": a participle's aside between the subject and the verb too.)
    const apposition = /^(?:(?:the|a|an|its|their|his|her)\s|\S+['’]s\s)/.test(before) || (ING_LEAD.test(before.toLowerCase()) && verbless(subject));
    antecedent = apposition && subject && words(subject).length <= 6 && isCap(subject) && !startsWithPreposition(subject) ? subject : describedName(text, segs, at - 1) || lastNounPhrase(before);
  } else if (ING_LEAD.test(raw)) {
    // "The minister tried to calm the row, saying on Friday that …": a participle after the clause is its subject's.
    for (let j = at - 1; j >= 0 && !antecedent; j--) antecedent = clauseSubject(text.slice(segs[j]!.start, segs[j]!.end));
  } else if (AUXILIARY_LEAD.test(raw)) {
    // "The inquiry, chaired by a judge, will hear the executives on Thursday": the subject opens the sentence.
    // ("However, the firm's mining arm, while profitable, was hurt …": a link word opening the sentence is no subject.)
    const o = segs.length > 2 && LINK_ADVERB.test(text.slice(segs[0]!.start, segs[0]!.end).trim()) ? 1 : 0;
    const opening = text.slice(segs[o]!.start, segs[o]!.end).trim();
    // "… says its chief, Ana Brel, will step down …": a name between commas right before the verb is its subject.
    if (at >= 2 && NAME_ONLY.test(before) && words(before).length <= 4 && !CALENDAR_WORDS.has(bare(words(before).pop() ?? ''))) antecedent = before;
    else if (words(opening).length <= 6 && !startsWithPreposition(opening)) antecedent = opening;
    else {
      // "We learned that the second wave of launches, the ones abroad, will begin …": the subject of the that-clause,
      // before an apposition.
      const k2 = at >= 2 && /^(?:the|a|an)\s/i.test(before) ? at - 2 : at - 1;
      const host = text.slice(segs[k2]!.start, segs[k2]!.end);
      const that = /\b(?:that|said|says)\s+((?:the|a|an|its|their)\s+[^,]+)$/i.exec(host);
      if (that && words(that[1]!).length <= 8) antecedent = that[1]!;
    }
  }
  // ("Brel Corp., capitalizing on its cuts, expects margins of 10% next year", "Tesk Mills, the largest employer,
  // expects a loss": after a participle's or a noun's aside, a present verb too.)
  const first = bare(words(raw)[0] ?? '');
  const presentAfterAside = /^[a-z]{3,}[^s]s$/.test(first) && (ING_LEAD.test(before.toLowerCase()) || /^(?:the|a|an|its|their)\s/i.test(before));
  if (!antecedent && at >= 2 && VERB_LEAD.test(raw) && (isVerbOfClause(first) || presentAfterAside)) {
    // "About 200 workers, drivers and their families, left the port on Monday": the sentence opens on the subject,
    // an apposition follows, then the verb with the date.
    const opening = text.slice(segs[0]!.start, segs[0]!.end).trim();
    // A name of one word is left to the sentence's subject, which knows it in full ("Ortega" is "Daniel Ortega").
    // (A participle opening, "Citing an example,", is no subject either.)
    const nounPhrase = /^(?:\p{Lu}|\d)/u.test(opening) && !/^(?:We|I|You|They|He|She|It)\b/.test(opening) && !ING_LEAD.test(opening.toLowerCase());
    if (verbless(opening) && nounPhrase && words(opening).length >= 2 && words(opening).length <= 6 && (!startsWithPreposition(opening) || QUANTITY.test(opening))) {
      antecedent = opening;
    }
  }
  if (!antecedent) return clause;
  // "Under the deal, which took effect …": the deal, without the preposition that governed it.
  return `${antecedent.replace(/^(?:under|with|by|after|before|in|on|at|from|for|of|to)\s+/i, '').replace(/^(?:the|a|an|this|that|these|those)\s+/i, '')} ${clause}`;
}

/**
 * The name an apposition describes: segment `k` opens on "the", "a" or "an" ("the engineer who …", "a 44-year-old
 * welder") and the segment before it ends on a capitalised name ("… for Ana Brel"). Empty when not so; a day or a
 * month is no name.
 */
function describedName(text: string, segs: Array<{ start: number; end: number }>, k: number): string {
  if (k < 1 || !/^\s*(?:the|a|an)\s/i.test(text.slice(segs[k]!.start, segs[k]!.end))) return '';
  const name = /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*$/u.exec(text.slice(segs[k - 1]!.start, segs[k - 1]!.end))?.[1] ?? '';
  const last = bare(name.split(/\s+/).pop() ?? '');
  return !name || CALENDAR_WORDS.has(last) || /^(?:The|A|An|But|And)$/.test(name) ? '' : name;
}

/** A name of a few capitalised words that opens the sentence and stands right before its date. */
const SPEAKER_LINE = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+$/u;

/** A run of capitalised words and initials only ("Ana K. Brel"). */
const NAME_ONLY = /^\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?)*$/u;

const DATE_ADVERBS = /^\s*(?:(?:and|but|so)\s+)?(?:(?:back|just|finally|only|even|again|most\s+recently|as\s+recently\s+as)\s+)+/i;

const VERB_LEAD = /^\s*\p{Ll}/u;
// "About 200 workers", "Some 40 drivers": a number of people opens on a word that is elsewhere a preposition.
const QUANTITY = /^(?:about|around|some|nearly|over)\s+\d/i;

// "saying …", "declaring victory …"; not a noun or a link word that ends in -ing.
const ING_LEAD = /^\s*(?!(?:building|morning|evening|meeting|during|nothing|something|everything|anything|according|including|following|regarding|concerning|notwithstanding|bring|thing|king|ring|spring|string|wing|ceiling|wedding|funding|hearing|ruling|spending|training|housing|shooting|bombing|killing|fighting|sitting)\b)[a-z]{3,}ing\s+\S/;

/** The subject of a clause: its words before its first past verb or auxiliary, if they read as a noun phrase of a few words. */
function clauseSubject(segment: string): string {
  const w = words(segment.trim());
  const v = w.findIndex((x, i) => i > 0 && isVerbOfClause(bare(x)) && /^\p{Ll}/u.test(x));
  if (v < 1 || v > 6) return '';
  // "The court on Thursday handed down …": the subject ends where a phrase of time or place begins.
  const cut = w.findIndex((x, i) => i > 0 && i < v && PREPOSITIONS.has(bare(x)) && bare(x) !== 'of');
  const subject = w.slice(0, cut > 0 ? cut : v).join(' ');
  return startsWithPreposition(subject) || !/^(?:\p{Lu}|(?:the|a|an|its|their|his|her)\s)/u.test(subject) ? '' : subject.replace(/^(?:the|a|an)\s+/i, '');
}

const PARTICIPLE_LEAD = /^\s*(?:[a-z]+ed|built|held|made|won|set|led|begun|taken|given|written|known|broken|chosen|drawn|grown|shown|sold|struck|brought|bought|fought|found|kept|lost|paid|sent|spent|told|shut|hit|cut)\s+(?:by|in|on|at|to|during|after|before|under|with|from|for|up|down|off|last|this)\b/;
const AUXILIARY_LEAD = /^\s*(?:will|would|could|can|may|might|must|should|shall|is|are|was|were|has|have|had)\s+\w/;

const NOUN_PHRASE_END = /^(?:in|on|at|of|from|by|with|during|after|before|since|until|over|under|near|between|through|across|against)$/;
const DATE_WORD = new RegExp(`^(?:\\d{4}s?|${MONTH_NAMES.join('|')}|${Object.keys(SEASON_WORDS).join('|')})$`, 'i');

/**
 * The noun phrase that ends `text`, without the phrases its prepositions add: from its last determiner
 * or possessive ("a 44-day war in the autumn of 2020" is "a 44-day war"; "Romania's presidential
 * election"), passing over a phrase that is only a date; else its last run of capitalised words.
 */
const DEMONSTRATIVE = /^(?:this|that|these|those)$/i;

function lastNounPhrase(text: string): string {
  const w = words(text);
  for (let i = w.length - 1; i >= Math.max(0, w.length - 10); i--) {
    const word = w[i]!;
    // ("most of that small trade, which …": a demonstrative opens the phrase too.)
    const opener = DETERMINERS.has(word.toLowerCase()) || (DEMONSTRATIVE.test(word) && i > 0);
    if (!opener && !/['’]s$/.test(word)) continue;
    if (opener && i === w.length - 1) continue;
    let end = i + 1;
    while (end < w.length && !NOUN_PHRASE_END.test(bare(w[end]!))) end++;
    // "European Union's civilian monitors": the possessor's name goes with it.
    let from = i;
    if (!opener) while (from > 0 && isCap(w[from - 1]!) && from > i - 3) from--;
    const phrase = w.slice(from, end);
    if (phrase.length > 1 && !phrase.some((x) => DATE_WORD.test(bare(x)))) return phrase.join(' ');
  }
  return (/((?:[A-Z][\w'’.-]*\s*){1,4})$/.exec(text)?.[1] ?? '').trim();
}

// A clause's opening relative word, before its verb: "which was announced", "which closed".
const SHORT_RELATIVE = /^\s*(?:which|who)\s+(?=(?:(?:is|are|was|were|has\s+been|had\s+been)\s+)?\p{Ll}+(?:ed|en)?\b)/u;

const PAST_VERB = /^(?:[a-z]+ed|flew|went|met|said|told|made|took|gave|left|won|lost|began|rose|fell|held|led|sent|signed|struck|broke|came|became|ran|fought|spoke|wrote|sold|bought|paid|hit|put|set|cut|quit|shut)$/;

/**
 * The second of two verb phrases joined by "and" when the date sits in it:
 * "President X declared an emergency on Monday and flew to the region the
 * same day" gives "President X flew to the region". Null when the sentence
 * is not built so, or the subject is more than a few words.
 */
function secondConjunct(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number): string | null {
  const head = text.slice(seg.start, exprStart);
  const and = head.lastIndexOf(' and ');
  if (and < 0) return null;
  const tail = head.slice(and + 5);
  const verb = (words(tail)[0] ?? '').toLowerCase();
  // "… has filed for bankruptcy and will close 150 stores by the end of the year": a plan is a conjunct too.
  // ("… on Saturday and were hoping to block the road on Monday": an auxiliary and its verb, the subject's too.)
  const auxiliary = /^(?:was|were|is|are|had|has|have)$/.test(verb) && /^(?:\p{Ll}+(?:ing|ed|en)|been)$/u.test(bare(words(tail)[1] ?? ''));
  if (!PAST_VERB.test(verb) && !/^(?:will|would|could|plans?|planned|intends?)$/.test(verb) && !auxiliary) return null;
  const first = words(head.slice(0, and));
  const v = first.findIndex((w, i) => i > 0 && PAST_VERB.test(w.toLowerCase()));
  if (v < 1 || v > 6) return null;
  // "The company was founded … and went public": the subject without its auxiliary.
  // ("Aberg, who first won power in 2011 and was re-elected …": a relative clause's subject is no words of it.)
  if (first.slice(0, v).some((w) => RELATIVE_WORD.test(bare(w)))) return null;
  const subject = first.slice(0, v).join(' ').replace(/\s+(?:was|were|is|are|has|have|had|will|would|had\s+been|has\s+been)$/i, '');
  // The date goes, with its preposition and any further members of its list ("in 2020 and 2022").
  const after = text.slice(exprEnd, seg.end).replace(/^(?:\s*(?:,|and|or)\s*\d[\d–-]*)+/, '');
  // "The agreement signed in 2009 and amended in 2014 was never ratified": participles, not verbs.
  if (/^\s*(?:was|were|is|are|has|have|had|will|would)\b/i.test(after)) return null;
  const rest = `${tail.replace(TRAILING_PREPOSITIONS, '')} ${after}`;
  const out = tidy(`${subject.replace(/^(?:the|a|an)\s+/i, '')} ${tidy(rest)}`);
  return contentWords(out) >= 2 ? out : null;
}

/** A short run of words with no verb in it: a name or a noun phrase, the subject of a verb to come. */
function verbless(text: string): boolean {
  const w = words(text).map(bare);
  // (Up to ten words: two people with their titles, "Varno Mayor Ana Brel and Tesk Mayor Ivo Marn".)
  return w.length > 0 && w.length <= 10 && !w.some((x) => isVerbOfClause(x) || REPORTING.has(x) || /^[a-z]{3,}ed$/.test(x));
}

/** A segment that opens on a past verb or an auxiliary ("closed the docks", "will meet …"). */
function opensOnVerb(text: string): boolean {
  const first = bare(words(text)[0] ?? '');
  return /^\p{Ll}/u.test(text.trim()) && (isVerbOfClause(first) || REPORTING.has(first));
}

const REPORTING: ReadonlySet<string> = new Set(REPORTING_VERBS.map((v) => v.toLowerCase()));

/** A lower-case word that makes what follows a clause, not a noun: a past verb or an auxiliary. */
const isClauseVerb = (word: string): boolean => PAST_VERB.test(word) || /^(?:is|are|was|were|has|have|had|will|would)$/.test(word);
/** A clause's verb, irregular pasts too ("held", "won", "told"). */
const isVerbOfClause = (word: string): boolean => isClauseVerb(word) || IRREGULAR_PAST.has(word);

const SUBORDINATE = /\s(?:after|before|when|once|until|since)\s+/gi;
// "go before the board", "appeared before a judge": a place in front of a body, not a time before a happening.
const BEFORE_A_BODY = /\b(?:go|goes|went|gone|going|come|comes|came|coming|appear|appears|appeared|appearing|brought|bring|brings|taken|take|takes|took|put|puts|placed|sent|stand|stands|stood|testify|testifies|testified|testifying)\s+before\s+$/i;

/**
 * "After the talks collapsed on Friday, the union called a strike": a clause of its own (a subordinator, a subject,
 * a verb) opens the sentence and holds the date, so the date is that clause's, not the main clause's. "After a long
 * debate on Monday, …" has no verb before its date: a phrase, and the main clause is the happening.
 */
function opensSubordinateClause(head: string): boolean {
  const w = words(head).map(bare);
  if (!/^(?:after|before|since|until|till|once)$/.test(w[0] ?? '')) return false;
  return w.slice(2).some((x) => isVerbOfClause(x));
}

const OPENING_OF_SET = new RegExp(String.raw`^\W*(?:(?:${alternation(REPORTING_VERBS)})\s+(?:that\s+)?)?(?:of|among|in)\s+$`, 'i');

const FRAMING_CLAUSE = /\b(?:could|would|might|should|must)\s+(?:not\s+)?have\s+\p{Ll}+|\btook\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}turn\b/iu;

/** The clause from the last "after/before/when…" between the segment's start and the date; null without one that has a verb. */
function subordinateClause(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number, others: LabelInput['others']): string | null {
  const head = text.slice(seg.start, exprStart);
  // "… throughout a trial that opened in January": the noun and its relative clause.
  let relative: RegExpExecArray | null = null;
  for (const m of head.matchAll(RELATIVE)) relative = m;
  // A date of the sentence between the relative clause and this one ends that clause: this date is the main clause's.
  const closed = relative !== null && (others ?? []).some((o) => o.start > seg.start + relative!.index && o.end <= exprStart);
  // "relatives who have cared for him since he was rescued in May": a clause inside the relative one is nearer the date.
  // ("a shooting that happened just before 10:30 p.m." is no such clause: a verb must follow the conjunction.)
  const nested = relative !== null && [...head.slice(relative.index + relative[0].length).matchAll(SUBORDINATE)]
    .some((m) => words(head.slice(relative!.index + relative![0].length + m.index + m[0].length)).slice(0, 4).map(bare).some(isVerbOfClause));
  // A counted or bare noun's clause ("… to 500,000 fans who cheered the team on Tuesday") is the date's only where the
  // clause before it tells no deed of its own (a state, a saying) or has its own date ("the deal signed on Saturday
  // sets up a fund for families who left their homes this month").
  if (relative && !/^(?:a|an|the|its|their|his|her)\s/i.test(relative[0])) {
    const lead = head.slice(0, relative.index);
    const deed = words(lead).map(bare).some((w) => isVerbOfClause(w) && !REPORTING.has(w) && !/^(?:is|are|was|were|has|have|had)$/.test(w));
    if (deed && !(others ?? []).some((o) => o.end <= seg.start + relative!.index)) relative = null;
  }
  // ("Of nine shops that had been robbed last year, suspects were caught in four": a phrase opening the sentence holds
  // the relative clause, and the main clause follows it.)
  // (After a saying too: "…, said that of nine shops that …".)
  const opening = relative !== null && OPENING_OF_SET.test(head.slice(0, relative.index));
  if (relative && !closed && !nested && (contentWords(head.slice(0, relative.index)) >= 2 || opening)) {
    const verb = bare(words(head.slice(relative.index + relative[0].length))[0] ?? '');
    if (isVerbOfClause(verb)) {
      // "the men who founded the party 40 years ago gathered on Sunday": the relative clause ends with its date
      // when the main clause's verb, or the main clause's own date, follows it.
      const rest = text.slice(exprEnd, seg.end);
      const next = words(rest).map(bare);
      const resumes = isClauseVerb(next[0] ?? '') || (/^(?:and|but)$/.test(next[0] ?? '') && isClauseVerb(next[1] ?? '')) || (others ?? []).some((o) => o.start >= exprEnd && o.start < seg.end);
      return tidy(`${relative[1]} ${text.slice(seg.start + relative.index + relative[0].length, resumes ? exprEnd : seg.end)}`);
    }
  }
  let from = -1;
  for (const m of head.matchAll(SUBORDINATE)) if (!BEFORE_A_BODY.test(head.slice(0, m.index + m[0].length))) from = m.index + m[0].length;
  // The main clause must say something of its own before it, or the label is the whole segment anyway.
  if (from < 0 || contentWords(head.slice(0, from)) < 3) return null;
  const clause = tidy(text.slice(seg.start + from, seg.end));
  // A clause, not a noun ("after similar floods in 2016 was shelved"): its verb comes within its first few words.
  const inner = words(head.slice(from)).map((w) => bare(w)).slice(0, 4);
  // "shortly after midnight and said …": a verb past an "and" belongs to the main clause.
  const joined = inner.findIndex((w) => w === 'and' || w === 'or' || w === 'but');
  if (joined >= 0) inner.length = joined;
  const hasVerb = inner.some((w, i) => i > 0 && isClauseVerb(w));
  if (hasVerb) return contentWords(clause) >= 3 ? clause : null;
  // "The girl was put in her aunt's care after being found adrift on a raft last Easter": a passive gerund has the main
  // clause's subject, which was found then.
  const passive = inner[0] === 'being' && (isVerbOfClause(inner[1] ?? '') || IRREGULAR_PAST.has(inner[1] ?? '') || /^(?:[a-z]{3,}en|found|caught|kept|shut|hit|put|set|sold|bought|brought|built|held|shot)$/.test(inner[1] ?? ''));
  const subject = passive ? clauseSubject(text.slice(seg.start, seg.start + from)) : '';
  if (subject) return tidy(`${subject} was ${clause.replace(/^being\s+/i, '')}`);
  // "… until his arrest in March 2021", "after the vote on Friday": the happening the date belongs to is the noun.
  const noun = HAPPENING_NOUN.exec(head.slice(from));
  return noun ? tidy(`${noun[0]}${text.slice(exprStart, exprEnd)}`) : null;
}

// ("nine shops that had been robbed last year", "a suspect in arson attacks that damaged three clinics in March": a
// noun counted by a number, or bare after a preposition, heads its relative clause too.)
const RELATIVE = /\b(?:(?:a|an|the|its|their|his|her)\s+|(?<![\d,.])(?=(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens|hundreds|thousands)\s)|(?<=\b(?:in|of|on|for|with|from|against|about|over|by)\s))((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+(?:that|which|who)\s+/gi;

/** A noun phrase of at most three words that ends in the preposition of its date. */
const HAPPENING_NOUN = /^(?:his|her|its|their|the)\s+(?!(?:end|start|beginning|middle|rest|close|turn|first|last|next)\b)(?:(?!of\b)[\w'’-]+\s+){1,3}(?:(?:in|on)\s+)?$/i;

/**
 * "the Oct. 4 raid on the depot", "its 1990 takeover of the port": a date between a determiner and its noun, in a
 * clause that tells something else (words of its own before it). The noun is the happening the date belongs to when
 * a preposition governs it ("charged in the May 2 raid") or the sentence dates its clause otherwise (another date).
 */
function isAttributive(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number, others: LabelInput['others']): boolean {
  const before = text.slice(seg.start, exprStart);
  const m = /(\S+)\s+(?:the|its|his|her|their|an?)\s+$/i.exec(before);
  // (A clause that opens on its verb, "A 2004 law named for …, R-N.C., tightened the 1987 ban", counts the words of
  // its subject, a segment before, where the other date stands before any verb.)
  const subjectDated = opensOnVerb(before) && (others ?? []).some((o) => o.end <= seg.start && !words(text.slice(0, o.start)).some((w) => /^\p{Ll}/u.test(w) && isVerbOfClause(bare(w))));
  // ("a May 4, 1987, share purchase deal": wire copy sets a year off with commas inside the noun phrase.)
  if (!m || !(/^\s+\p{Ll}/u.test(text.slice(exprEnd, exprEnd + 3)) || yearInsideNounPhrase(text, exprStart, exprEnd)) || (contentWords(before) < 2 && !subjectDated)) return false;
  // ("since the 2019 lockout" tells the state that began then: the clause says it.)
  // ("since his May 2 coup" names the coup: whose it was says a happening, not a state that began then.)
  const governed = PREPOSITIONS.has(bare(m[1]!)) && (bare(m[1]!) !== 'since' || sinceOwnHappening(before)) && !TIME_NOUN.test(bare(words(text.slice(exprEnd))[0] ?? ''));
  // Another date of the sentence before this noun phrase (not an item of its list, "the 2019 and 2020 polls") dates
  // the clause: "A 2004 law tightened the 1987 ban". One after it may date a clause about the noun itself.
  const dated = (others ?? []).some((o) => o.end < exprStart - m[0].length);
  return governed || dated;
}

/** "… since his May 2 coup": a date after "since" and a possessive opens the happening the state began with. */
const SINCE_OWN = /\bsince\s+(?:his|her|its|their)\s+$/i;
const sinceOwnHappening = (before: string): boolean => SINCE_OWN.test(before);

const NOUN_STOP = /^(?:that|which|who|whose|on|at|for|to|from|since|after|before|with|by|as|when|while|and|but|or|has|have|had|is|are|was|were|will|would|could|may|might|can|should|must)$/;

/**
 * The noun a possessive date belongs to ("Saturday's earthquake in the
 * valley", "Sunday's 1-0 win over Eastfield"), when the sentence tells
 * something else of it; null when the date is not possessive or its noun is
 * the subject of the clause ("Tuesday's meeting agreed to …": the clause).
 */
function possessiveNoun(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number, others: LabelInput['others']): string | null {
  const possessive = /['’]s$/.test(text.slice(exprStart, exprEnd));
  const attributive = !possessive && isAttributive(text, seg, exprStart, exprEnd, others);
  if (!possessive && !attributive) return null;
  const after = text.slice(exprEnd, seg.end).replace(/^,/, ' ');
  const noun: string[] = [];
  let verbNext = false;
  const ws = words(after);
  for (const [i, w] of ws.entries()) {
    const b = bare(w);
    // An attributive date's noun ends at a preposition other than "of" ("the 1990 invasion of Kuwait until …"), or
    // one of place before a name ("the Aug. 9 blasts at Varno harbour", "the 1998 raid in Tesk"), which says where.
    const where = attributive && /^(?:at|in|near|outside)$/.test(b) && noun.length > 0 && /^\p{Lu}/u.test(ws[i + 1] ?? '') && !CALENDAR_WORDS.has(bare(ws[i + 1] ?? ''));
    if (((NOUN_STOP.test(b) || PREPOSITIONS.has(b)) && attributive && b !== 'of' && !where) || (!attributive && NOUN_STOP.test(b)) || isClauseVerb(b)) {
      verbNext = isClauseVerb(b) || /^(?:has|have|had|is|are|was|were|will|would)$/.test(b);
      break;
    }
    noun.push(w);
    // A title's full stop ("Dr.", "St.") is no end of the phrase.
    if ((/[,;:.)]$/.test(w) && !/^\p{Lu}\p{Ll}{0,2}\.$/u.test(w)) || noun.length >= 8) break;
  }
  if (noun.length === 0) return null;
  // "Wednesday's ruling by the land tribunal", "Monday's meeting between the mayor and the unions": a bare noun goes
  // on with who made it or who met.
  const between = noun.slice(1).some((w) => bare(w) === 'between');
  if (!attributive && (noun.length <= 2 || between) && !/[,;:.)]$/.test(noun[noun.length - 1]!)) {
    const tail = words(after.slice(after.indexOf(noun[noun.length - 1]!) + noun[noun.length - 1]!.length));
    // ("won Sunday's election by a clear margin": a measure, not a maker; a maker is named.)
    const byName = bare(tail[0] ?? '') === 'by' && /^(?:(?:the|its)\s+)?\p{Lu}/u.test(tail.slice(1, 3).join(' '));
    if (byName || bare(tail[0] ?? '') === 'between' || (between && bare(tail[0] ?? '') === 'and')) {
      const agent: string[] = [tail[0]!];
      for (const w of tail.slice(1, 9)) {
        if (/^(?:to|at|in|on|for|that|which|who|after|before|when|over|from)$/.test(bare(w))) break;
        agent.push(w);
        // An initialism's or a title's full stop ("U.S.", "Dr.") is no end of the phrase.
        if (/[,;:)]$/.test(w) || (/\.$/.test(w) && !/^(?:\p{Lu}\.)+$|^\p{Lu}\p{Ll}{0,2}\.$/u.test(w))) break;
      }
      if (agent.length >= 2) noun.push(...agent);
    }
  }
  // "the Feb. 4 accord signed by both ministers": a participle and its agent name the thing.
  if (attributive && verbNext) {
    const last = noun[noun.length - 1]!;
    const agent = /^\s*(?:[a-z]+ed|made|held|won|led|written|built|brought)\s+by\s+[^,;:()]*/.exec(after.slice(after.indexOf(last) + last.length));
    if (agent) noun.push(agent[0].trim());
  }
  // A date that qualifies its noun stays with it ("the 1959 embargo"): without it the noun names no happening.
  // ("since his May 2 coup": whose coup it was goes with it, for the headline to name.)
  const owner = attributive && sinceOwnHappening(text.slice(seg.start, exprStart)) ? `${words(text.slice(seg.start, exprStart)).pop()} ` : '';
  if (attributive) return tidy(`${owner}${text.slice(exprStart, exprEnd)} ${noun.join(' ')}`);
  // "… said that Monday's elections were peaceful": the noun is the subject of what was said.
  if (/\b(?:that|said|says)\s*$/i.test(text.slice(seg.start, exprStart))) return null;
  const own = contentWords(text.slice(seg.start, exprStart).replace(/\b(?:from|of|in|on|at|since|after|before)\s*$/i, '')) > 0;
  if (verbNext && !own) return null;
  return tidy(noun.join(' '));
}

/** The clause that tells the event, before it is made a headline; the speaker apart for a statement. */
// Between two dates of a paired list ("Varno in 1971, Peltz in 1984 and Ostra in 1999"): a list joint, the next
// item (a few words), its preposition.
// ("… in Brno in 1995 and in Graz in 2002": the place's own preposition is the first item's too.)
const PAIRED_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:in|at|to|for)\s+)?((?:[\p{L}\p{N}$%.'’-]+\s+){1,4}?)(in|on|at|by)\s+$/u;
// The first item, read back from its preposition: names, figures and the words that join them ("Greece and Turkey").
const FIRST_ITEM = /(?<!\S)(?:(?:[\p{Lu}\p{N}$][\p{L}\p{N}$%.,'’-]*|and|of|the|de)\s+)*?[\p{Lu}\p{N}$][\p{L}\p{N}$%.'’-]*\s+$/u;

/**
 * "The league grew to include Varno in 1971, Peltz in 1984 and Ostra in 1999": each later date has an item of its
 * own, and its label is the first item's clause with that item in its place ("League grew to include Peltz"),
 * not the tail of the list. Dates that merely follow each other ("in 1971, 1984 and 1999") have no items.
 */
function pairedItem(input: LabelInput): string | null {
  const { sentence, exprStart } = input;
  const dates = [...(input.others ?? []), { start: exprStart, end: input.exprEnd }].sort((a, b) => a.start - b.start);
  let k = dates.findIndex((d) => d.start === exprStart);
  // The first item's label ends at its item ("Museum opened branches in Brno", not "… in Brno and in Graz").
  const gap = (i: number) => (i >= 1 && i < dates.length ? PAIRED_GAP.exec(sentence.slice(dates[i - 1]!.end, dates[i]!.start)) : null);
  const item = gap(k) ?? gap(k + 1);
  // "won power in 2011 and was re-elected in 2015": a second verb of the subject, not an item (secondConjunct's).
  if (!item || AUXILIARY_LEAD.test(item[1]!)) return null;
  const own = gap(k) ? item[1]!.trim() : null;
  while (gap(k)) k--;
  const first = dates[k]!;
  const lead = /(?:in|on|at|by)\s+$/.exec(sentence.slice(0, first.start));
  if (!lead) return null;
  // Otherwise as many words as the later item has ("rose to 5 percent in 2001, 7 percent in 2002").
  const firstItem = FIRST_ITEM.exec(sentence.slice(0, lead.index))?.[0].trim()
    ?? words(sentence.slice(0, lead.index)).slice(-words(item[1]!).length).join(' ');
  // The first item must be what a verb or a preposition takes whole ("to include Varno", "rose to 5 percent"), or a
  // verb itself like the later one ("signed in 2009 and amended in 2014"): a name at the end of a longer noun
  // phrase ("the town of Tesk", "the Orlan district", "more than 50 people") is not the item, so nothing is swapped.
  const before = words(sentence.slice(0, lead.index)).slice(0, -words(firstItem).length).map(bare);
  const [prev, last] = [before[before.length - 2] ?? '', before[before.length - 1] ?? ''];
  const takenWhole = /^(?:in|to|at|for|from|into|on)$/.test(last) || isVerbOfClause(last) || isIngVerb(last) || prev === 'to';
  const bothVerbs = isVerbOfClause(bare(firstItem)) && isVerbOfClause(bare(words(item[1]!)[0] ?? ''));
  if (!takenWhole && !bothVerbs) return null;
  const clause = clauseOf({ ...input, exprStart: first.start, exprEnd: first.end, listStart: first.start, others: [] });
  const at = clause.lastIndexOf(`${firstItem} ${lead[0]}`);
  return at > 0 ? `${clause.slice(0, at)}${own ?? firstItem}` : null;
}

/**
 * "The mill announced the sale Aug. 21": what is left beside the saying is only its object and the date, no clause
 * of its own, so the announcing is the happening the date dates and the label keeps it.
 */
function onlyObjectOfSaying(input: LabelInput): boolean {
  const { sentence, attribution, exprStart, exprEnd } = input;
  if (!attribution || attribution.start > 0 || exprStart < attribution.end) return false;
  const rest = `${sentence.slice(attribution.end, exprStart)} ${sentence.slice(exprEnd)}`;
  return /^\s*(?:the|a|an|its|their|his|her)\s/i.test(rest) && contentWords(tidy(rest)) <= 3
    && !words(rest).some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && isVerbOfClause(bare(w)));
}

function clauseOf(input: LabelInput): string {
  if (onlyObjectOfSaying(input)) return clauseOf({ ...input, attribution: null });
  const { sentence, exprStart, exprEnd, statementBy, people } = input;
  if (statementBy) return shrinkTitles(tidy(cutAttribution(sentence, input.attribution).replace(/\s+/g, ' ')), people);
  const paired = pairedItem(input);
  if (paired) return paired;
  // A transcript's speaker line, "McAllan on Friday ``Let me say this plainly …''": the speaker and what was said.
  const line = SPEAKER_LINE.exec(sentence.slice(0, exprStart));
  const quoted = line ? /^\s*(?:``|“|")\s*([^,;:.!?]+)/u.exec(sentence.slice(exprEnd)) : null;
  if (line && quoted && contentWords(quoted[1]!) >= 2) return `${line[1]}: ${capitalise(quoted[1]!.trim())}`;

  const text = withoutAsides(cutAttribution(sentence, input.attribution), exprStart, exprEnd);
  const segs = segments(text, exprStart, exprEnd);
  const at = Math.max(0, segs.findIndex((s) => s.start <= exprStart && exprStart <= s.end));
  const seg = segs[at] ?? { start: 0, end: text.length };

  // "X will sign the bill on Tuesday, officials said Saturday": the saying is the event, and what was said names it.
  const reported = at > 0 && (contentWords(tidy(text.slice(exprEnd, seg.end))) === 0 || SAID_ABOUT.test(text.slice(exprEnd, seg.end)))
    ? REPORTED_BY.exec(text.slice(seg.start, exprStart)) : null;
  if (reported) {
    // Back from the clause before over short asides ("in Denver, Colorado,"), not to a dateline.
    let from = at - 1;
    // A segment that opens in lower case goes on the clause before it ("… killed a doctor in Harbourton, Norway,
    // who had received threats, police said"): back to where the sentence's clause begins.
    while (from > 0 && (contentWords(text.slice(segs[from]!.start, segs[from]!.end)) < 3 || /^\s*\p{Ll}/u.test(text.slice(segs[from]!.start, segs[from]!.end)))) from--;
    const said = withoutTrailingJunk(text.slice(segs[from]!.start, segs[at - 1]!.end)).replace(/^[\s"“”‘’'`,;:—–-]+/u, '');
    const speaker = tidy(reported[1]!);
    if (contentWords(said) >= 2 && contentWords(speaker) >= 1) {
      // "But the talks have resumed, an official said": the link word ties the sentence to the one before, not to the saying.
      const what = said.replace(/^(?:But|And|Yet|So|Still|However|Meanwhile|Instead)\b,?\s*/u, '').replace(/^[A-Z][a-z]*\b/u, (d) => (FUNCTION_WORDS.has(d.toLowerCase()) ? d.toLowerCase() : d));
      return capitalise(shrinkTitles(`${speaker} ${reported[2]!.toLowerCase()} ${what}`, people));
    }
  }
  // "… and named Thursday as the deadline for the transfer": the deadline is the event, named by what it is for.
  const deadline = /\b(?:set|sets|setting|fixed|named|chose|picked)\s+$/i.test(text.slice(seg.start, exprStart))
    ? /^\s+as\s+(?:the|a|its|their)\s+((?:final\s+)?deadline\s+(?:for|to|of)\s+[^,;:]{3,100})/i.exec(text.slice(exprEnd, seg.end)) : null;
  if (deadline) return capitalise(tidy(deadline[1]!));
  // "The board ruled Monday that the mill must close by June 1": the deadline is the ruling's content, not the ruling.
  const required = DEADLINE_OF_CONTENT.exec(text.slice(seg.start, exprStart));
  if (required) return capitalise(shrinkTitles(tidy(required[1]!), people));
  const bound = DUE_BY_NOUN.exec(text.slice(seg.start, exprStart));
  // ("talks that are supposed to end": the relative word goes before its auxiliary.)
  if (bound) {
    // Whose it is goes with it ("Chancellor Orlan's promise", "his order"); a date's ("Wednesday's ruling") does not.
    const owner = bound[1] && !CALENDAR_WORDS.has(bare(bound[1].trim().split(/\s+/).pop()!.replace(/['’]s$/, ''))) ? bound[1] : '';
    return capitalise(shrinkTitles(tidy(`${owner}${bound[2]!.replace(/\s(?:that|which)\s+(?=(?:is|are|was|were|has|have|had)\s)/i, ' ')}`), people));
  }
  const yardstick = YARDSTICK.exec(text.slice(seg.start, exprStart));
  if (yardstick) return tidy(yardstick[1]!);
  // "The last to win was Brenmoor - and that was nearly 30 years ago": the clause before, past its opening phrase.
  if (at > 0 && THAT_WAS.test(text.slice(seg.start, exprStart)) && contentWords(tidy(text.slice(exprEnd, seg.end))) === 0) {
    let from = 0;
    while (from < at - 1 && startsWithPreposition(text.slice(segs[from]!.start, segs[from]!.end))) from++;
    const before = tidy(text.slice(segs[from]!.start, segs[at - 1]!.end));
    if (contentWords(before) >= 2) return capitalise(shrinkTitles(before, people));
  }

  // "…, a day after a strong earthquake left 2,000 dead": the happening the phrase anchors to follows it.
  if (input.anchored === 'noun') {
    const tail = tidy(text.slice(exprEnd, seg.end));
    if (contentWords(tail) >= 1) return capitalise(shrinkTitles(tail, people));
  }
  // "… an earthquake the day before that killed 2,500": the noun before the phrase, and its clause.
  if (input.anchored === 'relative') {
    const noun = lastNounPhrase(text.slice(seg.start, exprStart));
    const clause = tidy(text.slice(exprEnd, seg.end).replace(/^\s*(?:that|which|who)\s+/i, ''));
    if (noun) return capitalise(shrinkTitles(tidy(`${noun} ${clause}`), people));
  }

  // "the toll from Saturday's earthquake in the valley rose …": a possessive date dates its noun.
  const owned = possessiveNoun(text, seg, exprStart, exprEnd, input.others);
  if (owned) return capitalise(shrinkTitles(owned, people));

  // "a meeting scheduled for Friday in Moscow": the scheduled thing is the event.
  const beforeDate = text.slice(seg.start, exprStart);
  const scheduled = PLANNED_END.test(beforeDate) ? SCHEDULED.exec(beforeDate) : null;
  if (scheduled) {
    const rest = tidy(text.slice(exprEnd, seg.end));
    return capitalise((tidy(`${scheduled[1]} ${rest}`)));
  }

  // "elections for the regional council, planned for April 6": the thing is the segment before.
  if (at > 0 && PLANNED_ALONE.test(beforeDate)) {
    const thing = tidy(text.slice(segs[at - 1]!.start, segs[at - 1]!.end));
    if (contentWords(thing) >= 1) return capitalise((shrinkTitles(thing, people)));
  }

  // "since 1991, when the army occupied …": the when-clause is what happened then.
  const after = text.slice(exprEnd);
  // ("…, most recently last October when a doctor was shot": the date opens its segment, so no comma is needed.)
  const opensSegment = contentWords(text.slice(seg.start, exprStart).replace(DATE_ADVERBS, '')) === 0;
  // ("The city could have used help in 1979 when the army invaded", "the row took a personal turn Thursday when Ivo
  // Marn called Ana Brel a liar": a main clause that only frames the date, a deed that was not done or a turn, leaves
  // the when-clause to tell what happened, without a comma too.)
  const frames = FRAMING_CLAUSE.test(text.slice(seg.start, exprStart));
  const when = (opensSegment || frames ? /^\s*,?\s*when\s+/i : /^\s*,\s*when\s+/i).exec(after);
  if (when) {
    // A dashed aside naming the subject ("when the three founders - A, B and C - will try …") is passed over.
    const rest = text.slice(exprEnd + when[0].length).replace(/^([^,;:()]*?)\s+[—–-]{1,2}\s+[^—–]*?\s+[—–-]{1,2}\s+/u, '$1 ');
    const clause = tidy(rest.slice(0, rest.search(BOUNDARY) < 0 ? rest.length : rest.search(BOUNDARY)));
    if (contentWords(clause) >= 1) return capitalise(shrinkTitles(clause, people));
  }

  // A date that opens its clause ("On Thursday, …") is dropped from the label; one inside it
  // ("stationed since the fall 2020 conflict") is part of what the clause says.
  const prefix = text.slice(seg.start, exprStart);
  // The preposition that governed the date goes with it: "and in 1923 it became …" is "it became …".
  const own = contentWords(prefix) === 0
    ? `${prefix.replace(TRAILING_PREPOSITIONS, '')} ${text.slice(exprEnd, seg.end)}`
    : text.slice(seg.start, seg.end);
  // A date phrase standing alone ("In the fall of 2020, …", "In a statement on Thursday, …"): the
  // main clause follows; skip any further prepositional segments to reach it.
  const segText = text.slice(seg.start, seg.end);
  // "A year ago, it reported …", "Two days later, …": a segment that is the date alone opens the main clause too.
  // ("Back in May, …" too: "back" only says the date is past.)
  // ("Finally today, …", "And just last month, …", "Up until Thursday, …": adverbs that only place the date.)
  const dateAlone = contentWords(tidy(`${text.slice(seg.start, exprStart).replace(DATE_ADVERBS, '')} ${text.slice(exprEnd, seg.end)}`)) === 0;
  // The main clause after segment `at`: further date phrases, and a dateline's source tag
  // ("YEREVAN, Sept 27 (Newswire) - …"), are passed over.
  const mainAfter = (): string | null => {
    for (let i = at + 1; i < segs.length; i++) {
      const s = segs[i]!;
      const body = text.slice(s.start, s.end);
      if ((startsWithPreposition(body) || contentWords(body) < 2) && i < segs.length - 1) continue;
      // "The blasts killed 31 people, including four guards, on May 2, 2001, in the port": a date after its clause
      // leaves only a phrase of place after it, which is no clause.
      if (at > 0 && startsWithPreposition(body)) return null;
      // Keep short list items that follow ("cities, villages, and settlements").
      let end = s.end;
      for (let j = i + 1; j < segs.length && words(text.slice(segs[j]!.start, segs[j]!.end)).length <= 5; j++) {
        end = segs[j]!.end;
      }
      // "On Monday, Ana Brel, the port's director, closed the docks": a subject without its verb, then an
      // apposition, then the verb's segment: the subject and that segment.
      // ("…, joined by one of the lawyers, flew to …": a participle and its agent are an aside, not the verb.)
      const verbAt = verbless(text.slice(s.start, s.end))
        ? segs.findIndex((v, j) => j > i && opensOnVerb(text.slice(v.start, v.end)) && !/^\s*\p{Ll}+(?:ed|en)\s+by\b/u.test(text.slice(v.start, v.end))) : -1;
      if (verbAt > 0) return capitalise(shrinkTitles(tidy(`${text.slice(s.start, s.end)} ${text.slice(segs[verbAt]!.start, segs[verbAt]!.end)}`), people));
      // "The last strike there, in the summer of 2019, lasted three weeks": the verb's subject opens the sentence.
      const main = tidy(text.slice(s.start, end));
      const opening = at > 0 ? withoutTrailingJunk(text.slice(segs[0]!.start, segs[0]!.end).replace(/^[\s"“”‘’']+/u, '')) : '';
      const verbFirst = AUXILIARY_LEAD.test(main) || PAST_VERB.test((words(main)[0] ?? '').toLowerCase());
      const subject = verbFirst && words(opening).length <= 6 && !startsWithPreposition(opening) ? `${opening.replace(/^(?:the|a|an)\s+/i, '')} ` : '';
      return capitalise(shrinkTitles(`${subject}${main}`, people));
    }
    return null;
  };
  if (opensSubordinateClause(text.slice(seg.start, exprStart))) {
    return capitalise(shrinkTitles(tidy(segText.replace(/^\s*\S+\s+/, '')), people));
  }
  if ((startsWithPreposition(segText) || dateAlone) && words(segText).length <= 8 && at < segs.length - 1) {
    const main = mainAfter();
    if (main) return main;
  }
  // A long opening phrase ("In a note released Monday in Oslo recounting sessions of the panel
  // Wednesday and Thursday, the agency said …"): a date after a participle dates the main clause's saying; one
  // after a noun dates that noun.
  // ("About 100 dockers marched …": a count opening the clause is its subject, not a phrase of "about".)
  const clauseInside = /\b(?:said|says|told|had|has|have|was|were|is|are|will|would)\b/i.test(segText) || QUANTITY.test(segText.trim());
  if (at === 0 && startsWithPreposition(segText) && words(segText).length > 8 && !clauseInside && segs.length > 1 && text.slice(0, seg.end) === sentence.slice(0, seg.end)) {
    const head = text.slice(seg.start, exprStart);
    if (/\b(?:[a-z]{3,}ed|made|given|held|written|sent|told|said)\s+(?:on\s+)?$/.test(head)) {
      const main = mainAfter();
      if (main) return main;
    }
    const tail = words(head);
    let from = tail.length;
    while (from > 0 && !/^(?:[a-z]+ing|[a-z]{3,}ed|in|at|on|by|for)$/.test(bare(tail[from - 1]!))) from--;
    // "In a long speech read on state radio Thursday, the general …": a place after a participle ("read on state
    // radio") is where the phrase's happening was; the date is the main clause's.
    if (from > 1 && /^(?:in|at|on)$/.test(bare(tail[from - 1]!)) && /^(?:[a-z]{3,}ed|read|made|given|held|written|sent|shown|broadcast|aired)$/.test(bare(tail[from - 2]!))) {
      const main = mainAfter();
      if (main) return main;
    }
    const noun = tidy(tail.slice(from).join(' '));
    if (from > 0 && contentWords(noun) >= 1 && words(noun).length <= 8) return capitalise(shrinkTitles(noun, people));
  }

  const place = wherePlace(text, seg, exprStart, exprEnd);
  if (place) return capitalise(shrinkTitles(place, people));

  // A participle or list tail ("…, signed in 2020"): the thing it qualifies comes before it.
  // (Other items of the list in the segment, "June 9 and July 2", are dates, not words of a clause.)
  const isDateWord = (w: string) => DATE_WORD.test(bare(w)) || /^\d{1,2}$/.test(bare(w));
  const otherDates = words(own).filter(isDateWord).length - words(sentence.slice(exprStart, exprEnd)).filter(isDateWord).length;
  // The list's first item reads the same words as its others ("signed in 2019, 2020 and 2021"), so its label matches theirs.
  const next = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:in\s+|on\s+)?(\S+)/.exec(text.slice(exprEnd))?.[1] ?? '';
  const headsList = input.listStart === exprStart && (DATE_WORD.test(bare(next)) || /^\d{4}\b/.test(next));
  // "… welcomed the upbeat view of the pact, which was signed Friday", "a sell rating on Brel stock, which closed
  // Friday at $38.20": a short relative clause after the comma is said of the noun right before it.
  const relative = at > 0 && !headsList ? SHORT_RELATIVE.exec(text.slice(seg.start, seg.end)) : null;
  if (relative && contentWords(tidy(own)) - Math.max(0, otherDates) < 3) {
    const host = text.slice(segs[at - 1]!.start, segs[at - 1]!.end);
    const noun = /\s(?:of|on|in|for|at|to|with|from|about|over)\s+((?:[\p{L}\d'’.-]+\s+){0,3}[\p{L}\d'’.-]+)\s*$/u.exec(host)?.[1] ?? lastNounPhrase(host);
    if (contentWords(noun) >= 1 && !/^(?:he|she|it|they|him|her|them)$/i.test(noun)) {
      return capitalise(shrinkTitles(tidy(`${noun.replace(/^(?:the|a|an)\s+/i, '')} ${text.slice(seg.start, seg.end).replace(SHORT_RELATIVE, '')}`), people));
    }
  }
  if ((contentWords(tidy(own)) - Math.max(0, otherDates) < 3 && at > 0) || headsList) {
    const before = words(text.slice(0, Math.min(input.listStart, exprStart)));
    const head = before.slice(-LIST_TAIL_WORDS);
    // "The board praised the three budgets …": start at the object, after the verb that governs it.
    const object = head.findIndex((w, i) => i > 0 && DETERMINERS.has(w.toLowerCase()) && !PREPOSITIONS.has((head[i - 1] ?? '').toLowerCase())
      && !TIME_NOUN.test(bare(head[i + 1] ?? '')));
    if (object > 0 && head.length - object > 3) head.splice(0, object + 1);
    while (head.length > 1 && FUNCTION_WORDS.has((head[0] ?? '').toLowerCase())) head.shift();
    // "the bombings which killed 31 people": the relative word goes, so the noun is the verb's subject.
    const relative = head.findIndex((w, i) => i > 0 && i <= 3 && RELATIVE_WORD.test(w.toLowerCase()) && !/,$/.test(head[i - 1]!) && isVerbOfClause(bare(head[i + 1] ?? '')));
    if (relative > 0) head.splice(relative, 1);
    return capitalise(tidy(`${head.join(' ')} ${sentence.slice(exprStart, exprEnd)}`));
  }

  // "…returned to work on Saturday after their union accepted a pay offer late on Friday": a date inside a
  // clause of its own (after, before, when, as) labels that clause, not the main one.
  // "The court on Friday rejected a case over a jet blown up in 1988": the first date is the main clause's, a later
  // one in the same clause belongs to the phrase it ends.
  const bidden = biddenDeed(text, seg, exprStart, input) ?? promisedDeed(text, seg, exprStart, input);
  if (bidden) return capitalise(shrinkTitles(bidden, people));
  const dated = nounOfDate(text, seg, exprStart, exprEnd) ?? causeOfDate(text, seg, exprStart, exprEnd);
  if (dated) return capitalise(shrinkTitles(dated, people));
  const described = participleOfObject(text, seg, exprStart, exprEnd);
  if (described) return capitalise(shrinkTitles(described, people));
  const inner = innerHappening(text, seg, exprStart, input);
  if (inner) return capitalise(shrinkTitles(inner, people));

  const sub = subordinateClause(text, seg, exprStart, exprEnd, input.others);
  if (sub) return capitalise((shrinkTitles(sub, people)));

  // "X declared … on Monday and flew to the region the same day": the second verb's conjunct, with X.
  const second = secondConjunct(text, seg, exprStart, exprEnd);
  if (second) return capitalise((shrinkTitles(second, people)));

  // "The Friday explosions at embassies in Varno, Tesk, and Ostra, Peltz, killed 110 people": a dated happening noun
  // opening the sentence, cut from its verb by the commas of places, is the subject of the verb after them.
  const verbAfter = at === 0 && segs.length > 1 && DATED_HAPPENING_NOUNS.has(bare(words(text.slice(exprEnd, seg.end))[0] ?? '')) && verbless(tidy(own))
    ? segs.findIndex((v, j) => j > 0 && PAST_VERB.test(bare(words(text.slice(v.start, v.end))[0] ?? '')) && !/^\s*\p{Ll}+(?:ed|en)\s+by\b/u.test(text.slice(v.start, v.end))) : -1;
  if (verbAfter > 0) return capitalise(shrinkTitles(tidy(`${own} ${text.slice(segs[verbAfter]!.start, segs[verbAfter]!.end)}`), people));
  const clause = withSubject(tidy(own), own, text, segs, at);
  if (contentWords(clause) >= 2) return capitalise((shrinkTitles(clause, people)));
  return capitalise((shrinkTitles(tidy(text), people)));
}

// "…, payable Jan. 3 to holders of record Dec. 9": a payment's date, then who is paid (holders on another day).
const PAYABLE_BEFORE = /\bpayable\s+(?:on\s+)?$/i;
const RECORD_TAIL = /,?\s+to\s+(?:stock|holders|shareholders|stockholders)\s+of\s+record(?:\s+(?:on\s+|as\s+of\s+)?[^,;]*)?$/i;
// "declared its first quarterly dividend of 4 cents a unit": what was declared, and whose it is.
const DECLARED = /^(.*?)\s+(?:declared|authorized|approved|announced|set|voted)\s+(?:(its|their)|an?|the)\s+([^,;]+)$/i;

/**
 * "BREL Corp. declared its first quarterly dividend of 4 cents a unit, payable Jan. 3 to holders of record Dec. 9":
 * the payment is the happening the date dates, named by what was declared ("BREL Corp.'s first quarterly dividend of
 * 4 cents a unit payable"); the record date is dropped. Null when the date follows no "payable".
 */
function payment(input: LabelInput): string | null {
  const { sentence, exprStart } = input;
  if (!PAYABLE_BEFORE.test(sentence.slice(Math.max(0, exprStart - 20), exprStart))) return null;
  const comma = sentence.lastIndexOf(',', exprStart);
  const declared = comma > 0 && /^,\s*payable\s/i.test(sentence.slice(comma, exprStart + 1)) ? DECLARED.exec(sentence.slice(0, comma)) : null;
  if (!declared) return tidy(clauseOf(input).replace(RECORD_TAIL, ''));
  // ("BREL Corp., Tesk, Vt., declared …": the place between commas is no part of the owner's name.)
  const owner = declared[2] ? `${withoutTrailingJunk(declared[1]!.split(',')[0]!).replace(/\s+directors$/i, '')}’s ` : '';
  return capitalise(tidy(`${owner}${declared[3]} payable`));
}

// "… had 900 workers in 2009 but will now keep about 60": a second conjunct with a time of its own (now, today, soon)
// is not what the date dates.
const OWN_TIME_CONJUNCT = /,?\s+(?:but|and|yet)\s+(?:(?:he|she|it|they|we)\s+)?(?:(?:will|would|is|are|has|have|can|could|may|might|must|should)\s+)?(?:(?:also|still)\s+)?(?:now|today|currently|nowadays|soon|shortly|no\s+longer)\b/i;

/**
 * The clause without a conjunct after its date that tells a time of its own ("Mill had 900 workers"); the clause
 * whole when the date stands in that conjunct, when what is left has no verb, or when what is cut was said
 * ("Officials said the mill had 900 workers but will now keep 60": what was said is the saying's news).
 */
function withoutOwnTimeConjunct(clause: string, input: LabelInput): string {
  if (input.statementBy) return clause;
  const m = OWN_TIME_CONJUNCT.exec(clause);
  if (!m) return clause;
  const kept = clause.slice(0, m.index);
  const dateText = input.sentence.slice(input.exprStart, input.exprEnd);
  if (clause.slice(m.index).includes(dateText)) return clause;
  const w = words(kept).map(bare);
  if (contentWords(kept) < 3 || !w.some((x, i) => i > 0 && isVerbOfClause(x)) || w.some((x) => REPORTING.has(x))) return clause;
  return kept;
}

/** Makes the label for one event of a sentence: its clause, made a headline. Never returns an empty string. */
export function makeLabel(input: LabelInput): string {
  return headline(withoutOwnTimeConjunct(payment(input) ?? placedSaying(input) ?? openingGerund(input) ?? clauseOf(input), input), input);
}

// "… revived a treaty signed in 1994 by the two states": a noun phrase after the clause's verb, then a participle, then
// the date. The date is the participle's (the signing), not the clause's (the reviving). Only participles that make
// or issue a thing: "the quarter ended Sept. 30", "the figure it reported last year" date no making.
const OBJECT_PARTICIPLE = /(?:^|\s)(?:(?:the|a|an)\s+|((?:his|her|its|their|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*['’]s)\s+))((?:[\p{L}\d"“”'’`-]+\s+){0,5}?)(signed|held|made|given|issued|passed|written|built|sent|delivered|adopted|approved|released|launched|imposed|enacted|filed|published|introduced|ratified|unveiled|drafted|brokered|negotiated)\s+(?:(?:on|in|at|during)\s+)?$/u;

/** The noun and its participle that a date follows, deep in a clause whose own verb comes before them; null otherwise. */
function participleOfObject(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number): string | null {
  const head = text.slice(seg.start, exprStart);
  const m = OBJECT_PARTICIPLE.exec(head);
  if (!m || NOT_PAST_ED_WORDS.has(m[3]!) || AUXILIARY_VERBS.has(bare(words(m[2]!).pop() ?? ''))) return null;
  // ("a trial that opened in 2019" is the relative clause's; "a halt 30 years ago gathered" holds a date and a verb.)
  if (words(m[2]!).map(bare).some((w) => RELATIVE_WORD.test(w) || /^(?:ago|later|earlier|years?|months?|weeks?|days?)$/.test(w) || CALENDAR_WORDS.has(w))) return null;
  // "a share the bakery made last year", "the figure it made": the participle has a subject of its own, so it is
  // the verb of a clause about the noun, not a making of it dated by the date.
  if (words(m[2]!).map(bare).some((w) => CLAUSE_SUBJECT.test(w))) return null;
  // The clause's own verb stands before the noun phrase: the phrase is its object, not its subject.
  const before = words(head.slice(0, m.index)).map(bare);
  if (!before.some((w) => isVerbOfClause(w) || REPORTING.has(w))) return null;
  const rest = text.slice(exprEnd, seg.end).replace(/^[\s,]+(?:at|in|on)\s+[^,;:]*$/u, '');
  // Whose it was goes with it ("her well-known address delivered"), for the headline to name.
  const phrase = tidy(`${m[1] ?? ''}${m[2]}${m[3]} ${rest}`);
  return contentWords(phrase) >= 2 ? phrase : null;
}

// "The harbour board is reviewing an appeal last week from the mayor": a noun of a happening right before the
// date (with its "of" phrase: "the visit of the minister in May"), the object of a clause that tells no past act of
// its own (one in progress, a wish, a modal), so the date is the noun's. What the noun came from or was for goes with it.
const NOUN_BEFORE_DATE = /(?:^|\s)((?:the|a|an|his|her|its|their|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*['’]s)\s+(?:(?!(?:the|a|an|his|her|its|their|to|is|are|was|were|has|have|had|will|would)\s)[\p{L}\d$%.'’-]+\s+){0,4}?)([\p{Ll}]+)((?:\s+of\s+(?:[\p{L}\d.'’-]+\s+){0,6}?[\p{L}\d.'’-]+)?|\s+(?:issued|filed|imposed|granted|announced|made|signed|passed|lodged))\s+(?:(?:in|on|at)\s+)?$/u;
// "is reviewing", "had been discussing": a clause in progress, which no date of the past or the future
// ends; "wants the court to lift the ban issued Thursday": a wish or a plan, whose noun's participle says what was done.
// ("is planning a strike in May": a plan is the clause's own news, and names who plans.)
const IN_PROGRESS = /\b(?:is|are|am|was|were|been)\s+(?:still\s+|now\s+|also\s+)?(?!(?:plann|prepar|organi[sz]|hold|stag|call|threaten|host|schedul|go)ing\b)\p{Ll}+ing\b/u;
const UNDONE = /\b(?:will|would|could|can|may|might|must|should|shall|wants?|hopes?|expects?|seeks?|needs?|urges?|asks?|to)\s+\p{Ll}+/u;
const FROM_PHRASE = /^\s*,?\s*((?:from|by|for|to|with|between|in\s+favou?r\s+of|on\s+behalf\s+of)\s+[^,;:()—–]{1,60}?)(?=\s*[,;:()—–]|\s+(?:to|and|that|which|who|because|after|before|when|while)\s|\s*[.!?"”]*$)/u;

// Everything up to the last verb of saying: after it, the clause is what was said.
const UP_TO_SAYING = new RegExp(String.raw`^.*\b(?:${alternation(REPORTING_VERBS)})\b`, 'su');

/** The happening noun a date right after it belongs to, in a clause that tells no past act of its own; null otherwise. */
function nounOfDate(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number): string | null {
  const head = text.slice(seg.start, exprStart);
  const m = NOUN_BEFORE_DATE.exec(head);
  if (!m || !DATED_HAPPENING_NOUNS.has(m[2]!)) return null;
  // The noun is an object: a verb of the clause stands before it, and that verb tells no act done at a date.
  // (After a saying, the clause is what was said: "Orlan said he had been discussing …".)
  const before = head.slice(0, m.index).replace(UP_TO_SAYING, '');
  if (!(IN_PROGRESS.test(before) || (UNDONE.test(before) && !/^\s+of\b/.test(m[3]!) && m[3]!.trim() !== '')) || words(before).some((w) => /^\p{Ll}/u.test(w) && isClauseVerb(bare(w)) && !/^(?:is|are|was|were|has|have|had|will|would)$/.test(bare(w)))) return null;
  // ("a request last week that the board …": what follows must be a phrase of the noun, or nothing.)
  const rest = text.slice(exprEnd, seg.end);
  const from = FROM_PHRASE.exec(rest);
  if (!from && contentWords(rest.replace(/[^\p{L}\p{N}\s]/gu, ' ')) > 0 && !/^\s*,?\s*(?:and|but)\s+\p{Ll}/u.test(rest)) return null;
  // ("the slated visit", "a planned trip": a participle before the noun would read as the headline's verb.)
  return tidy(`${m[1]!.replace(/^(?:the|a|an)\s+/i, '').replace(/^(?:\p{Ll}+ed\s+)+/u, '')}${m[2]}${m[3] ?? ''}${from ? ` ${from[1]}` : ''}`);
}

// "gains, among them $6 million from the sale of Tesk Mills in May", "costs tied to the firm's takeover of a stake in
// Orlan from Varno last June": a happening named as the cause or source of what the clause tells, dated right after it.
const CAUSE_NOUN_BEFORE_DATE = /\b(?:from|associated\s+with|tied\s+to|related\s+to|linked\s+to|stemming\s+from|resulting\s+from|due\s+to|because\s+of|as\s+a\s+result\s+of|in\s+connection\s+with)\s+((?:the|a|an|its|their|his|her|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*['’]s|the\s+\p{Ll}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)(?:\s+of\s+[^,;:()]{1,90}?)?)\s+(?:(?:in|on|at|during)\s+)?(?:(?:nearly|almost|about|some|just)\s+)?$/u;

/** The happening a clause names as the cause or source of what it tells, when the date is that happening's; null otherwise. */
function causeOfDate(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number): string | null {
  const m = CAUSE_NOUN_BEFORE_DATE.exec(text.slice(seg.start, exprStart));
  if (!m || !DATED_HAPPENING_NOUNS.has(m[2]!)) return null;
  // ("… in May and a $2 million grant": a list may go on after it; a clause may not.)
  const rest = text.slice(exprEnd, seg.end);
  // ("… the bombings of two banks last year that killed 24 people": the noun's own relative clause tells what it did.)
  const own = /^\s*(?:that|which)\s+(\p{Ll}+)\s/u.exec(rest);
  if (own && isVerbOfClause(own[1]!)) return tidy(`${m[1]!.replace(/^(?:the|a|an)\s+/i, '')} ${rest.slice(own[0].length - own[1]!.length - 1)}`);
  if (contentWords(rest.replace(/[^\p{L}\p{N}\s]/gu, ' ')) > 0 && !/^\s*and\s+(?:an?|the)\s/u.test(rest)) return null;
  return tidy(m[1]!.replace(/^(?:the|a|an)\s+/i, ''));
}

// "… a hair found in a Tesk home where Ivo Marn, a driver, lived last year": the where-clause ends at its verb and
// the date; where it happened is the noun before "where", with its preposition.
const WHERE_CLAUSE = /(?:^|\s)(in|at|on|near)\s+((?:the|a|an|his|her|its|their)\s+(?:[\p{L}\d'’.-]+\s+){0,3}?[\p{L}\d'’.-]+)\s+where\s+([^;:()]{3,120}?)\s+(?:(?:in|on|at|during)\s+)?$/u;

/** The where-clause a date ends, told with the place before "where"; null otherwise. */
function wherePlace(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number): string | null {
  if (contentWords(text.slice(exprEnd, seg.end).replace(/[^\p{L}\p{N}\s]/gu, ' ')) > 0) return null;
  const m = WHERE_CLAUSE.exec(text.slice(0, exprStart));
  if (!m) return null;
  // The clause without an apposition of its subject ("Ivo Marn, a driver, lived"), ending on its verb.
  const clause = m[3]!.replace(/,\s+(?:a|an|the)\s[^,]{1,60},\s*/u, ' ').replace(/\s+/g, ' ').trim();
  const last = bare(words(clause).pop() ?? '');
  if (!(isVerbOfClause(last) || /^(?:lived|worked|stayed|died|grew|studied|met|born|was|were)$/.test(last)) || words(clause).length > 10) return null;
  return tidy(`${clause} ${m[1]} ${m[2]}`);
}

// "… said she summoned Ivo Marn to give evidence to the panel on June 10": a deed someone was told, asked or
// ordered to do, dated after the day of the article, is still to come; the date is the deed's, not the order's.
const BIDDEN = /\b(\p{Ll}{3,}ed|told|got|sent|bade)\s+((?:[\p{L}\d'’.-]+\s+){1,4}?)to\s+(\p{Ll}+\s[^,;:]{0,100}?)\s*(?:(?:on|in|at|by|for)\s+)?$/u;

// The one bidden: a name, perhaps after a determiner or an age ("6-year-old Ivo Marn", "the Tesk council").
const BIDDEN_ONE = /^(?:(?:the|his|her|their|its)\s+)?(?:\d{1,3}-year-old\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u;

/** The person and the deed they were bidden to do at a date still to come; null otherwise. */
function biddenDeed(text: string, seg: { start: number; end: number }, exprStart: number, input: LabelInput): string | null {
  if (!input.published || !input.dateStart || input.dateStart <= input.published) return null;
  const m = BIDDEN.exec(text.slice(seg.start, exprStart));
  if (!m || !(isVerbOfClause(bare(m[1]!)) || IRREGULAR_PAST.has(bare(m[1]!))) || /^(?:is|are|was|were|has|have|had|will|would)$/.test(m[1]!)) return null;
  // The one bidden is a name or a noun phrase, with no verb of its own ("ordered the mill shut to …" is no person).
  const who = m[2]!.trim();
  if (!BIDDEN_ONE.test(who) || words(who).some((w) => CALENDAR_WORDS.has(bare(w)))) return null;
  return tidy(`${who} to ${m[3]}`);
}

// "pledged to hold a vote on the matter next year": a deed promised for a date still to come.
const PROMISED = /^(.*?)\b(?:promised|pledged|vowed|undertook|threatened)\s+to\s+(\p{Ll}+\s[^,;:]{0,100}?)\s*(?:(?:on|in|at|by|for)\s+)?$/u;

/**
 * "Prime Minister Ana Brel, a sceptic herself, pledged to hold a vote on the matter next year": the date still to
 * come is the promised deed's, not the promising's (told that day): "Ana Brel to hold a vote on the matter". Null for a date not after the article's day, or with no one named to do it.
 */
function promisedDeed(text: string, seg: { start: number; end: number }, exprStart: number, input: LabelInput): string | null {
  if (!input.published || !input.dateStart || input.dateStart <= input.published) return null;
  const m = PROMISED.exec(text.slice(seg.start, exprStart));
  if (!m) return null;
  const who = tidy(m[1]!) || (input.subject ?? '');
  if (!who || words(who).length > 6 || !verbless(who)) return null;
  return tidy(`${who} to ${m[2]}`);
}

const RELATIVE_WORD = /^(?:that|who|which)$/;
const CLAUSE_SUBJECT = /^(?:the|a|an|it|they|he|she|we|i|you)$/;
// "suspected of blowing up", "accused of", "a plan to close": the small words inside a chain of verbs.
const CHAIN_WORD = /^(?:of|to|up|out|off|down)$/;
const NP_OPENER = /^(?:the|a|an|its|their|his|her|our|this|these|those|two|three|four|five|six|seven|eight|nine|ten|some|several|\d[\d,.]*)$/;
/** "blowing", "seeking": a verb in -ing, not a noun ("ruling", "bombing") or a link word. */
const isIngVerb = (word: string): boolean => ING_LEAD.test(`${word} x`);

/**
 * A date in the same clause as another, earlier date, deep after the clause's verb: the earlier date is the main
 * clause's ("The court on Friday rejected …"; "The paper said on Sunday that …"), so the later one dates the phrase it
 * ends: the nearest verb with its noun ("… two men suspected of blowing up a jet over the sea in 1988"), the noun a
 * last verb governs ("… would investigate the massacre of villagers in the valley four years ago"), or the subject of
 * what was said ("… said on Sunday that the minister's remarks last week were a warning"). Null when the sentence has
 * no such earlier date, when the dates are items of one list or bounds of one span, or no phrase of some words is found.
 */
function innerHappening(text: string, seg: { start: number; end: number }, exprStart: number, input: LabelInput): string | null {
  if (input.listStart < exprStart) return null;
  const earlier = (input.others ?? []).filter((o) => o.start >= seg.start && o.end <= exprStart).sort((a, b) => b.end - a.end)[0];
  // A plan or a deadline ("planned on Monday to ship it next year") is the clause's own: only a date before the
  // clause's is a background happening.
  if (!earlier || !earlier.date || !input.dateStart || input.dateStart >= earlier.date.start) return null;
  // "since Monday, March 4", "until May": the date bounds the clause's state.
  if (/^(?:since|until|till|through|from|by)\b/i.test(input.sentence.slice(input.exprStart, input.exprEnd))) return null;
  // The earlier date is the main clause's when it stands before the clause's first verb or right after it
  // ("The court Friday rejected", "said on Sunday"), not when a phrase of its own holds it ("tried to meet in May").
  const head = words(text.slice(seg.start, earlier.start)).map(bare);
  const firstVerb = head.findIndex((w, i) => i > 0 && (isVerbOfClause(w) || REPORTING.has(w)));
  if (firstVerb >= 0 && head.length - firstVerb > 3) return null;
  const mid = words(text.slice(earlier.end, exprStart));
  // The date's own preposition and hedges ("in", "nearly", "on") are not part of the phrase.
  while (mid.length > 0 && (PREPOSITIONS.has(bare(mid[mid.length - 1]!)) || /^(?:nearly|almost|about|some|just|only|roughly|exactly|the|to)$/.test(bare(mid[mid.length - 1]!)))) {
    // "since 1990", "until March", "by May": a bound of a span or a deadline, not a happening of its own.
    if (/^(?:since|until|till|to|through|from|between|by|before|after|within)$/.test(bare(mid[mid.length - 1]!))) return null;
    mid.pop();
  }
  if (mid.length < 3 || /[,;:]$/.test(mid[mid.length - 1]!)) return null;
  const after = text.slice(exprStart + input.sentence.slice(input.exprStart, input.exprEnd).length, seg.end);
  const b = mid.map(bare);
  const isVerb = (i: number) => /^\p{Ll}/u.test(mid[i]!) && (isVerbOfClause(b[i]!) || REPORTING.has(b[i]!) || isIngVerb(b[i]!));
  const verbs = b.map((_, i) => i).filter(isVerb);
  let from: number;
  if (verbs.length === 0) {
    // "said Sunday that the minister's remarks last week were …": the date is inside what was said, after its subject.
    if (b[0] !== 'that' || !/^\s*(?:was|were|is|are|had|has|have|came|showed|meant|marked)\b/.test(after)) return null;
    from = 1;
  } else {
    const last = verbs[verbs.length - 1]!;
    if (last === verbs[0]) {
      // One verb before the date: the noun it governs, from its first determiner. (A gerund after a preposition,
      // "before joining the club in May", tells its own clause: left to the rules after this one.)
      if (isIngVerb(b[last]!)) return null;
      const det = b.findIndex((w, i) => i > last && NP_OPENER.test(w));
      if (det < 0 || det === mid.length - 1) return null;
      from = det;
    } else {
      // The nearest verb: back over its chain ("suspected of blowing", "that has blocked") to the noun before it.
      let k = last;
      while (k > 0 && (AUXILIARY_VERBS.has(b[k - 1]!) || /^(?:not|never|also|already|still|just)$/.test(b[k - 1]!) || RELATIVE_WORD.test(b[k - 1]!) || (CHAIN_WORD.test(b[k - 1]!) && k >= 2 && isVerb(k - 2)) || (isVerb(k - 1) && k - 1 > verbs[0]!))) k--;
      // "… and was granted candidate status in June": a second verb of the clause's own subject, not a phrase.
      if (k === 0 || isVerb(k - 1) || /^(?:and|or|but)$/.test(b[k - 1]!)) return null;
      let n = k - 1;
      while (n > 0 && k - n < 5 && !NP_OPENER.test(b[n]!) && !PREPOSITIONS.has(b[n - 1]!) && !isVerb(n - 1) && !AUXILIARY_VERBS.has(b[n - 1]!) && !RELATIVE_WORD.test(b[n - 1]!)) n--;
      if (!NP_OPENER.test(b[n]!) && (PREPOSITIONS.has(b[n]!) || isVerb(n))) n++;
      // The relative word goes: "bombings that killed 200 people" reads "Bombings killed 200 people".
      const chain = mid.slice(k).filter((w, i) => !(i === 0 && RELATIVE_WORD.test(bare(w))));
      const phrase = tidy(`${mid.slice(n, k).join(' ')} ${chain.join(' ')} ${after}`);
      return contentWords(phrase) >= 3 ? phrase : null;
    }
  }
  const phrase = tidy(`${mid.slice(from).join(' ')} ${after}`);
  return contentWords(phrase) >= 2 ? phrase : null;
}
