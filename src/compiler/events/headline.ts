// A clause made a headline a reader takes in at a glance: who did what, by
// name, with the figure that is the news, in at most about 80 characters cut
// only at a word. The clause (labels.ts chose it) loses its own date (the
// timeline shows it), the link word it opened on ("Including …", "Noting …"),
// and a pronoun or generic description in front ("She", "the chain") for the
// name it stands for; a clause that opens on its verb gets the sentence's
// subject. Pure string work.
import { BUSINESS_HEADS, CALENDAR_WORDS, PERSON_DESCRIPTION_NOUNS, DECIDING_VERBS, FORECAST_BOUNDS, FUNCTION_WORDS, IRREGULAR_PAST, MODAL_VERBS, NOT_PAST_ED, PUBLISHED_SAYING, REPORTING_VERBS, REPORTING_VERB_SET, alternation, literal, phraseAlternation } from '../text/lexicon';
import { AGED_DESCRIPTION, DESCRIBED_PERSON, GENERIC_HEADS, RESULTS_OWNER, TITLES } from './referents';
import { saidPronoun } from './saidPronoun';
import { isExpletiveIt } from './expletiveIt';
import { namedInside, namedObject } from './innerPronouns';
import { amongFirst } from './labels/amongInversion';
import { withoutOpeningArticle } from './labels/labelText';
import { keepNameWhole } from './labels/wholeName';

/** The longest label, in characters (docs/extraction.md, the label rubric). */
export const MAX_LABEL_CHARS = 80;

export interface HeadlineInput {
  sentence: string;
  /** The date expression's offsets inside the sentence. */
  exprStart: number;
  exprEnd: number;
  /** The speaker, when the event is the statement itself. */
  statementBy: string | null;
  /** What a pronoun or a generic description ("the company") at an offset of the sentence stands for. */
  nameAt?: ((word: string, offset: number) => string | null) | undefined;
  /** The sentence's named subject, for a clause that opens on its verb. */
  subject?: string | null | undefined;
  /** The people the sentence names, in full, for a "him" or "her" the label's verb takes. */
  people?: ReadonlyArray<string> | undefined;
}

// Words a label never opens on: they link a clause to one that is not in the label.
// ("By all accounts, …" is a hedge as a whole: neither "by" nor "all accounts" opens the headline.)
// ("During the mill's takeover of the dairy": the preposition goes, its happening stays.)
// ("Ever since she learned of the plan …": the link goes, the learning stays.)
const LINK_OPENING = /^(?:by\s+(?:all|most|many|some)\s+accounts,?|ever\s+since|during|including|following|noting|considering|amid|despite|meanwhile|separately|also|then|while|whereas|as|so|and|but|after|before|when|once|until|because|although|though|with|under|by|if\s+you\s+consider)\s+(?:that\s+)?/i;
const PRONOUN = /^(he|she|it|they|his|her|its|their)\b/i;
const POSSESSIVE = /^(?:his|her|its|their)$/i;
// The words before a name that make it qualify the noun after it: "the" and the name's earlier capitalised words.
const ATTRIBUTIVE_BEFORE = /\bthe\s+(?:\p{Lu}[\p{L}.&'’-]*\s+)*$/iu;
// Words a headline does not end on: they want more after them.
const OPEN_END = new Set([
  ...FUNCTION_WORDS, 'until', 'because', 'if', 'than', 'including', 'like', 'via', 'per', 'amid', 'despite', 'toward', 'towards',
  'beside', 'besides', 'between', 'among', 'into', 'onto', 'across', 'against', 'along', 'around', 'behind', 'below', 'beneath',
  'beyond', 'inside', 'near', 'outside', 'over', 'past', 'through', 'under', 'upon', 'within', 'without',
]);
const MODALS = new RegExp(`^(?:${alternation([...MODAL_VERBS, 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does'])})$`);
/** The modals the label patterns below find a clause's verb by ("must be sent back", "will cost"): "shall" is not among them. */
const LABEL_MODALS = alternation([...MODAL_VERBS].filter((v) => v !== 'shall'));

/** Prefixes that make a verb of a verb ("retook", "withdrew", "overthrew", "rebuilt"). */
const VERB_PREFIX = /^(?:re|over|under|with|mis|fore)(?=[a-z]{3,}$)/;

/** A past form: irregular (also with a prefix, "withdrew"), or in -ed that is no adjective or noun. */
export function isPastVerb(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_PAST.has(w) || IRREGULAR_PAST.has(w.replace(VERB_PREFIX, '')) || (/^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.has(w));
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

// The same few words (pronouns, generic heads, a sentence's verbs) are looked for in every label: each pattern is built once.
const WORD_PATTERNS = new Map<string, RegExp>();
/** A whole word, escaped, as a pattern with these flags. */
function wordPattern(word: string, flags: string): RegExp {
  const key = `${flags}:${word}`;
  let re = WORD_PATTERNS.get(key);
  if (!re) {
    // Bounded, for a dev server that runs for days.
    if (WORD_PATTERNS.size >= 10000) WORD_PATTERNS.clear();
    re = new RegExp(`\\b${literal(word)}\\b`, flags);
    WORD_PATTERNS.set(key, re);
  }
  return re;
}

const DATE_ITEM = String.raw`(?:\d{4}s?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)`;
// ("for the second half of 2020 and for 2021": the next item may repeat the preposition after "and".)
const LIST_REST = new RegExp(String.raw`^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)${DATE_ITEM}|\s*,?\s+(?:and|or)\s+(?:for|in|on|by|during|through)\s+(?:the\s+)?${DATE_ITEM})+`);
const LIST_HEAD = new RegExp(String.raw`(?:${DATE_ITEM}\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))+$`);
// The words before the date that go with it: its preposition, a hedge, and a bound of when it may come or must come
// ("may reveal as soon as Monday its plan to …", "must file no later than June 3", "by as early as May").
/** "in August of that year": the year a month was told in, after it, goes with the month. */
export const YEAR_OF_MONTH = /^\s*of\s+(?:that|the\s+same|the\s+following|the\s+previous)\s+year\b/i;
/** A saying's document and the participle of its publishing, right before a date ("said in a letter sent …"). */
export const PUBLISHED_BEFORE = new RegExp(String.raw`\b${PUBLISHED_SAYING}\s+$`, 'i');
const DATE_LEAD = new RegExp(
  String.raw`(?:\b(?:${phraseAlternation(FORECAST_BOUNDS)}|no\s+later\s+than|on|in|at|by|during|from|for|as\s+of|of|until|till|around|about|early|late|later|earlier|fully|nearly|almost|just|only|some|roughly|exactly|likely|probably|last|next|this|past|both|either)\s+)+(?:the\s+)?(?:(?:early|small|wee)\s+hours\s+of\s+)?$`,
  'i',
);
// ("at about 9:20 a.m. (0620 GMT) Monday": the same time in another zone goes too.)
const DAY_OF_MONTH = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)$/;
const CLOCK_BEFORE = /\s+at\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*[aApP]\.?[mM]\.?(?:\s*\(\d{1,2}[:.]?\d{2}\s+[A-Z]{2,4}\))?\s*$/;
// The happening a span of time is counted from ("[ten days before] the shooting"): a determiner and a few words, up to
// the end of the clause.
const ANCHOR_AFTER_SPAN = /^\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s*(?:[,;:.]|$))/;
// "a mill that in the 1970s towered over the valley": a decade after "in the" and before a past verb is the time the
// clause's verb tells, not a word of the noun's name ("the 1950s boom").
const DECADE_OF_VERB = /\b(?:in|during|by|through)\s+the\s+$/i;

/**
 * The clause without its own date: the expression, the preposition that
 * governs it and a clock time beside it ("lifted off Saturday at 9:14
 * a.m. ET from …" is "lifted off from …"). A "since" stays: it says a state
 * began then. Parts of a folded expression ("nine days later, on May 3") go
 * one by one.
 */
export function withoutOwnDate(clause: string, dateText: string): string {
  let out = clause;
  const parts = dateText.split(/\s*(?:,|\(|\))\s*/).map((p) => p.trim()).filter((p) => p.length > 1);
  for (const part of [dateText.trim(), ...parts]) {
    const at = out.indexOf(part);
    if (at < 0) continue;
    if (/^since\b/i.test(part) || /\bsince\s*$/i.test(out.slice(0, at))) continue;
    const rest = out.slice(at + part.length);
    // "raised in Saturday night's debate": a possessive date goes with its "'s"; the noun keeps its preposition ("in the debate").
    const owner = /^['’]s\s+(?=\p{Ll})/u.exec(rest);
    if (owner && at > 0 && /\p{Ll}\s+$/u.test(out.slice(0, at))) {
      out = `${out.slice(0, at)}the ${rest.slice(owner[0].length)}`;
      continue;
    }
    // "a fall in second-half operating profit": a period written as an adjective goes alone; its noun keeps the preposition.
    if (/^(?:first|second|third|fourth|\d{4})?-?(?:quarter|half|year|month)$/i.test(part) && /-/.test(part) && /^\s+\p{Ll}/u.test(rest)) {
      out = `${out.slice(0, at).replace(/\s+$/, '')} ${rest.replace(/^\s+/, '')}`;
      continue;
    }
    // "the winter 2019 lockout": a date that qualifies a noun is part of the noun's name.
    // ("by the start of the 2032 Games": so is a year before an event's name, which without it names no one edition.)
    const verbAfter = /^\d{4}s$/.test(part) && DECADE_OF_VERB.test(out.slice(0, at)) && isPastVerb(/^\s+(\S+)/.exec(out.slice(at + part.length))?.[1] ?? '');
    // (A day is no part of a name: "the May 4 vote" is the vote the timeline dates May 4.)
    const qualifies = /\b(?:the|a|an|its|their|his|her)\s+$/i.test(out.slice(0, at));
    const day = DAY_OF_MONTH.test(part) && /^\s+\p{Ll}[\p{Ll}-]+\s+\S/u.test(out.slice(at + part.length));
    // (The words before it govern the noun, not the day: "past the May 4 deadline" is "past the deadline".)
    if (day && qualifies) {
      out = `${out.slice(0, at).replace(/\s+$/, '')} ${out.slice(at + part.length).replace(/^\s+/, '')}`;
      continue;
    }
    if (!verbAfter && qualifies && (/^\s+\p{Ll}/u.test(out.slice(at + part.length)) || (/^\d{4}$/.test(part) && /^\s+\p{Lu}/u.test(out.slice(at + part.length))))) continue;
    // "The pact signed in 2009 and amended in 2014 was never ratified": the date ends the subject's participle.
    if (/^\s+(?:was|were|is|are|has|have|had|will|would)\b/.test(out.slice(at + part.length))) continue;
    // "left the firm at the beginning of October": the point of the month goes with the month ("left the firm"); a
    // deadline's "by the end of" or "until the end of" stays, below.
    const point = /\s(?:at|in|toward|towards|near)\s+the\s+(?:very\s+)?(?:beginning|start|end|middle|close)\s+of\s+(?:the\s+)?$/i.exec(out.slice(0, at));
    if (point && /^\s*(?:[,.;:]|$)/.test(out.slice(at + part.length))) {
      out = `${out.slice(0, point.index)}${out.slice(at + part.length)}`;
      continue;
    }
    // "picked Sunday as the day to …", "named May 4 as the deadline": a date its verb takes as object stays.
    // (Not a passive's "was identified Thursday as …": there the date is no object.)
    const passive = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?\S+\s*$/u.test(out.slice(0, at));
    if (!passive && isPastVerb(/(\S+)\s*$/.exec(out.slice(0, at))?.[1] ?? '') && /^\s+as\s/.test(rest)) continue;
    // "stayed part of Sunday night beside marchers": without its date, "part of" would say nothing.
    if (/\b(?:part|much|most|all|some|the\s+rest|the\s+end|the\s+start|the\s+middle)\s+of\s+(?:the\s+)?$/i.test(out.slice(0, at))) continue;
    // ("saw the van at 7 a.m. three days before the fire": the clock before a date goes with it.)
    const before = out.slice(0, at).replace(LIST_HEAD, '').replace(DATE_LEAD, '').replace(CLOCK_BEFORE, '')
      // "extended to Nov. 20 its offer", "adjourned the hearing to May 3 for …": a date inside the clause takes its "to".
      .replace(/(\p{Ll})\s+to\s+$/u, (m: string, end: string) => (/^\s+(?:its|their|his|her|the|a|an|for|in|on|at|with|after|before|because)\s/.test(rest) ? `${end} ` : m))
      // "wrote in a column posted Monday that": the publishing of the saying's letter goes with its date.
      .replace(PUBLISHED_BEFORE, (m: string) => `${m.replace(/\s+\S+\s+$/, '')} `);
    // The rest of a list the date heads or ends ("in 2014 and 2015"): the other items are events of their own.
    let after = out.slice(at + part.length).replace(LIST_REST, '');
    // "three days before the fire": the happening a span counts from goes with the span, the label's own date.
    if (/\b(?:before|after)$/i.test(part)) after = after.replace(ANCHOR_AFTER_SPAN, '');
    // "on Saturday at 9:14 a.m. ET", "Saturday morning": the clock and the part of the day go with it.
    // (The zone is capitals only: "at 6:40 a.m. for the islands" keeps its "for".)
    after = after.replace(/^\s*(?:,\s*)?(?:[Aa]t\s+)?(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[aApP]\.?[mM]\.?)(?:\s+(?:[A-Z]{2,4}\b|local\s+time))?/, '');
    after = after.replace(/^\s*(?:morning|afternoon|evening|night)\b/i, '');
    // "flowed out last week alone": the "alone" that stresses the date goes with it.
    after = after.replace(/^\s*alone\b/i, '');
    // "until 2031 or later": the hedge on the date goes with it.
    after = after.replace(/^\s*or\s+(?:later|earlier|sooner|beyond|so)\b(?!\s+than\b)/i, '');
    after = after.replace(YEAR_OF_MONTH, '');
    // "… is scheduled [for May 4]": a plan without its date says nothing; the date stays.
    if (after.trim() === '' && /\b(?:scheduled|planned|set|due|slated|expected|postponed|delayed|moved|pushed\s+back)\s*$/i.test(before)) continue;
    const next = `${before.replace(/\s+$/, '')} ${after.replace(/^\s+/, '')}`.replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').trim();
    // "Vote [on Friday]": a single word is too little to show; it keeps its date.
    if (next.includes(' ')) out = next;
  }
  // "The last final was [41 years ago]": a copula left without its date goes too; "The pact, signed [in 1977]" is
  // "The pact signed"; a word that wanted the date ("into", "and") goes with it.
  return trimOpenEnd(out)
    .replace(/,\s+([a-z]+ed|[a-z]+en)$/, ' $1').replace(/^[,;:\s]+|[,;:\s]+$/g, '').replace(/(?:\s+(?:on|in|at|by|for|from|of|the|was|were|is|are|came|happened|took\s+place))+$/i, '');
}

/** Where a word of the label stands in the sentence: its last occurrence before the date, else its first. */
function offsetOf(sentence: string, word: string, before: number): number {
  const re = wordPattern(word, 'gi');
  let last = -1;
  let first = -1;
  for (const m of sentence.matchAll(re)) {
    if (first < 0) first = m.index;
    if (m.index < before) last = m.index;
  }
  return last >= 0 ? last : first;
}

// "a 45-year-old teacher", "31-year-old miner": a person described by age, opening the label or after its verb.
const AGED = /(?:^|(?<=\s))(?:(?:a|an)\s+)?((?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+\p{Ll}+)\b/iu;

// A person's description before a saying or a deed ("Friend of the suspect said …"): a noun and a few words.
const DESCRIBED = /^(\p{Lu}\p{Ll}+(?:\s+(?:of|for|at|in)\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3})?)\s+(?=(?:said|says|told|testified|admitted|denied|was|has|had)\b)/u;

const EACH_BEFORE_MODAL = new RegExp(`^each\\s+(?=(?:${LABEL_MODALS})\\s)`, 'i');
/** The plural subject a sentence opens on, before its verb ("The Varda subsidiary banks will …"). */
const PLURAL_SUBJECT = new RegExp(`^(?:the\\s+)?((?:[\\p{L}\\d'’.-]+\\s+){0,4}?\\p{Ll}{3,}s)\\s+(?:${LABEL_MODALS}|have|had|are|were)\\s`, 'iu');

/** The label with a pronoun or a generic description in front replaced by the name it stands for. */
function named(label: string, input: HeadlineInput): string {
  const { nameAt, sentence, exprStart } = input;
  // "… until next spring, when each will take the parent's name": "each" is every one of the plural subject the sentence
  // opened on ("The Varda subsidiary banks will …").
  const each = EACH_BEFORE_MODAL.exec(label);
  const plural = each ? PLURAL_SUBJECT.exec(sentence) : null;
  if (each && plural && sentence.indexOf(plural[0]) === 0) return `${capitalise(plural[1]!)} ${label.slice(each[0].length)}`;
  if (!nameAt) return label;
  // ("It is unclear whether …": an "it" that stands for what follows stands for no name.)
  const pronoun = isExpletiveIt(label) ? null : PRONOUN.exec(label);
  if (pronoun) {
    const at = offsetOf(sentence, pronoun[1]!, exprStart);
    // A speaker read with the date before it ("On Tuesday Lumera said …") is named without the date.
    const name = at >= 0 ? nameAt(pronoun[1]!, at)?.replace(OPENING_DATE, '') ?? saidPronoun(sentence, at, pronoun[1]!, input.people) : null;
    // ("He learned that Ilko was in Tesk": a pronoun is not the person its own clause names after it;
    // "It mailed the Harbour Federal circular": a name after "the" qualifies a noun, and the pronoun may still be it.)
    const rest = label.slice(pronoun[0].length);
    const namedAfter = !!name && name.split(/\s+/).some((w) => w.length >= 3 && /^\p{Lu}/u.test(w) &&
      [...rest.matchAll(wordPattern(w, 'g'))].some((m) => !ATTRIBUTIVE_BEFORE.test(rest.slice(0, m.index))));
    if (name && !namedAfter) return `${POSSESSIVE.test(pronoun[1]!) ? possessive(name) : name}${rest}`;
    return label;
  }
  // "The three will take their seats": the group counted is the list of names told before ("Varno, Peltz and Ostra").
  const counted = /^(?:the\s+)?(three|four|five|two|both)\s+(?=(?:are|were|will|would|have|had|also|all|now|can|could|should|must|\p{Ll}+ed)\b)/iu.exec(label);
  if (counted) {
    const at = offsetOf(sentence, counted[1]!, exprStart);
    const list = at >= 0 ? nameAt(counted[1]!.toLowerCase(), at) : null;
    if (list) return `${capitalise(list.replace(/^the\s+/, ''))} ${label.slice(counted[0].length)}`;
  }
  // "45-year-old teacher was killed …, police said, identifying her as Ana Brel": the name the text gives.
  const aged = label.includes('-year-old') ? AGED.exec(label) : null;
  if (aged) {
    const at = sentence.indexOf(aged[1]!);
    const age = /^\d+/.exec(aged[1]!)?.[0] ?? '';
    const name = at >= 0 ? nameAt(`${AGED_DESCRIPTION} ${age} ${/\S+$/.exec(aged[1]!)![0].toLowerCase()}`, at) : null;
    if (name && !label.includes(name)) return `${label.slice(0, aged.index)}${name}${label.slice(aged.index + aged[0].length)}`;
  }
  // "Friend of the suspect said that she …" (from "a friend of the suspect"): the name the next sentence opens on.
  const unnamed = DESCRIBED.exec(label);
  if (unnamed && !/^(?:the|a|an)$/i.test(unnamed[1]!)) {
    const at = sentence.search(new RegExp(String.raw`\b(?:a|an)\s+${literal(unnamed[1]!)}\b`, 'i'));
    const name = at >= 0 ? nameAt(DESCRIBED_PERSON, at) : null;
    if (name) return `${name}${label.slice(unnamed[1]!.length)}`;
  }
  // "Boy should go home" (from "the boy should go home"): the one person the sentence named before.
  const person = /^(?:the\s+)?([A-Za-z]+)(?=\s+\p{Ll})/u.exec(label);
  if (person && PERSON_DESCRIPTION_NOUNS.has(person[1]!.toLowerCase())) {
    const noun = person[1]!.toLowerCase();
    const at = offsetOf(sentence, noun, exprStart);
    const name = at >= 0 && wordPattern(`the ${noun}`, '').test(sentence) ? nameAt(noun, at) : null;
    if (name) return `${name}${label.slice(person[0].length)}`;
  }
  // "Harbour Authority chief toured the port": a body's title, which the article gave one person it named.
  const titled = TITLED.exec(label);
  if (titled && TITLES.has(titled[2]!.toLowerCase()) && !/^\s+(?:of|who)\b/.test(label.slice(titled[0].length))) {
    const at = offsetOf(sentence, titled[2]!, exprStart);
    const name = at >= 0 ? nameAt(titled[2]!.toLowerCase(), at) : null;
    if (name && !label.includes(name)) return `${titled[3] ? possessive(name) : name}${label.slice(titled[0].length + (titled[3]?.length ?? 0))}`;
  }
  // "Brewing giant accounted for …" (from "the brewing giant, which …"): a description of a body by what it does.
  const described = [DESCRIBED_BODY_1.exec(label), DESCRIBED_BODY_2.exec(label)].find((m) => m && BUSINESS_HEADS.has(m[2]!.toLowerCase()) && !/^\s+(?:who|and|or)\b/.test(label.slice(m[0].length)));
  if (described) {
    const phrase = described[0].replace(/^the\s+/i, '');
    const written = new RegExp(String.raw`\b(?:the|a|an)\s+(${literal(phrase)})\b`, 'i').exec(sentence);
    // (As the sentence writes it: lower case or an acronym, "the brewing giant", "the U.S. auto giant"; "Federal Court"
    // is a name.)
    // ("the No. 2 U.K. truck maker": a rank before them too.)
    const words = written?.[1]!.replace(/^No\.\s?\d{1,2}\s+/, '') ?? '';
    if (written && /^(?:\p{Ll}|(?:\p{Lu}\.){2,}\s)/u.test(words) && !/\s\p{Lu}/u.test(words.replace(/^(?:\p{Lu}\.){2,}/u, ''))) {
      const name = nameAt(described[2]!.toLowerCase(), written.index + written[0].length - described[2]!.length);
      if (name && !label.toLowerCase().includes(name.toLowerCase()) && !wordPattern(described[2]!, 'i').test(name)) return `${described[3] ? possessive(name) : name}${label.slice(described[0].length + (described[3]?.length ?? 0) + longerDescription(label.slice(described[0].length), !!described[3]))}`;
    }
  }
  // "Net income rose 12% …", "Shares fell 50 cents": a company's results with no owner are those of the company the
  // article tells of, where it has one.
  const result = RESULT_OPENING.exec(label);
  if (result) {
    const at = offsetOf(sentence, result[1]!, exprStart);
    const name = at >= 0 ? nameAt(RESULTS_OWNER, at) : null;
    if (name && !label.toLowerCase().includes(name.toLowerCase())) return `${name} ${label[0]!.toLowerCase()}${label.slice(1)}`;
  }
  // "Chain filed for …" (from "the chain filed"), "Company's shares …", a speaker "The group".
  const generic = /^(?:the\s+)?([A-Za-z]+)(['’]s)?(?=\s|$)/i.exec(label);
  const head = generic?.[1]?.toLowerCase();
  // "A team of 37 divers", "the group of 40 stores": a head with "of" after it counts or sorts, it names no body.
  if (generic && head && GENERIC_HEADS.has(head) && !/^\s+of\b/i.test(label.slice(generic[0].length))) {
    const at = offsetOf(sentence, head, exprStart);
    const name = at >= 0 ? nameAt(head, at) : null;
    // "Organization of Coastal States said …": the head already opens the name itself, in full.
    // ("Newspaper of Coastal Party published …": the name is already there, after the generic word.)
    // ("Airline announced Orvane plans daily flights …", from "Orvane plans …, the airline announced": the name said
    // of itself, "Orvane announced it plans …".)
    const self = name ? SELF_SAYING.exec(label.slice(generic[0].length)) : null;
    // (Also by the first word of its name: "Orvane" of "Orvane Air".)
    const said = self ? [name!, name!.split(' ')[0]!].find((f) => f.length >= 3 && label.slice(generic[0].length + self[0].length).startsWith(f)) : undefined;
    if (name && self && said) {
      const rest = label.slice(generic[0].length + self[0].length + said.length);
      const owner = /^['’]s?(?=\s)/.exec(rest);
      if (owner || /^\s/.test(rest)) return `${name} ${self[1]} ${owner ? 'its' : 'it'}${rest.slice(owner?.[0].length ?? 0)}`;
    }
    if (name && label.toLowerCase().slice(0, name.length + 40).includes(name.toLowerCase())) return label;
    if (name && !wordPattern(head, 'i').test(name.split(/\s+/).slice(-1)[0] ?? '')) {
      return `${generic[2] ? possessive(name) : name}${label.slice(generic[0].length + longerDescription(label.slice(generic[0].length), !!generic[2]))}`;
    }
  }
  return label;
}

// The rest of a description a generic head opens: lower-case words, commas and "and", then another head.
const LONGER_DESCRIPTION = new RegExp(String.raw`^(?:,?\s+(?:and\s+)?[\p{Ll}-]+){1,6}?\s+(?:${[...GENERIC_HEADS].join('|')})(?=\s|$)`, 'u');

/** "Giant foods, drinks and brewing company said …": how long the rest of the description is after its first head. */
// (Only a list of what the body does, "foods, drinks and brewing", with no verb: "said its rival team" is a clause.)
function longerDescription(rest: string, possessed: boolean): number {
  const m = possessed ? null : LONGER_DESCRIPTION.exec(rest);
  if (!m || !/,|\sand\s/.test(m[0])) return 0;
  const verb = m[0].split(/[\s,]+/).some((w) => isPastVerb(w) || MODALS.test(w) || REPORTING_VERB_SET.has(w));
  return verb ? 0 : m[0].length;
}

// A result's noun opening a label, before its verb: "Net income rose", "Fourth-quarter sales fell", "Shares were".
const RESULT_OPENING = /^(?:(?:first|second|third|fourth)-quarter\s+|quarterly\s+|full-year\s+|annual\s+)?((?:net|pretax|operating)(?:\s+(?:income|profit|loss|earnings))?|profits?|earnings|revenues?|sales|shares)\s+(?=(?:rose|fell|grew|sank|slid|slipped|jumped|climbed|dropped|declined|increased|decreased|surged|plunged|tumbled|were|was|will|would)\b)/i;

// A body's name and a title after it: "FBI chief", "Harbour Authority director".
const TITLED = /^(?:the\s+)?((?:\p{Lu}[\p{L}.&'’-]*\s+){1,3})([a-z]+)(['’]s)?(?=\s)/u;
// A body described by one or two words before its generic head: "Brewing giant", "No. 2 U.S. auto giant" (only a business's
// head: "the crane operator", "the town council" are a person or another body).
const DESCRIBED_BODY_1 = /^(?:the\s+)?(?:No\.\s?\d{1,2}\s+)?((?:[A-Za-z][a-z-]+|(?:[A-Z]\.){2,})\s+)([a-z]+)(['’]s)?(?=\s)/;
const DESCRIBED_BODY_2 = /^(?:the\s+)?(?:No\.\s?\d{1,2}\s+)?((?:(?:[A-Za-z][a-z-]+|(?:[A-Z]\.){2,})\s+){2})([a-z]+)(['’]s)?(?=\s)/;
const SELF_SAYING = new RegExp(String.raw`^\s+(${alternation(REPORTING_VERBS)})\s+(?:that\s+)?`);

function possessive(name: string): string {
  return /s$/.test(name) ? `${name}’` : `${name}’s`;
}

/** A clause that opens on its verb ("Raised its main rate …") gets the sentence's subject. */
function withSubject(label: string, input: HeadlineInput): string {
  // "Officially filed for …": an adverb before the verb goes with it.
  // ("Belmor, which said it found the flaw, still plans to …": so does "still", "also", "now" before a verb of the present.)
  const adverb = /^([A-Za-z]{3,}ly|still|also|now|already|again|later|soon|never)\s+(?=\S+\s)/i.exec(label);
  const first = /^(\S+)\s/.exec(adverb ? label.slice(adverb[0].length) : label)?.[1] ?? '';
  const lower = first.toLowerCase();
  const present = !!adverb && !/ly$/i.test(adverb[1]!) && /^[a-z]{3,}s$/.test(lower) && /^\S+\s+(?:to|that)\s/.test(label.slice(adverb[0].length));
  if (adverb && input.subject && (((isPastVerb(lower) || MODALS.test(lower)) && wordPattern(lower, '').test(input.sentence)) || (present && wordPattern(`${adverb[1]!.toLowerCase()} ${lower}`, '').test(input.sentence)))) {
    return `${input.subject} ${adverb[1]!.toLowerCase()} ${label.slice(adverb[0].length)}`;
  }
  // "… took 9 percent and aims to gain its first seats in May": a present verb after "and" is the subject's too.
  const second = /^\S+\s+(\S+)/.exec(label)?.[1]?.toLowerCase() ?? '';
  const andPresent = /^[a-z]{3,}s$/.test(lower) && /^(?:to|that|the|a|an|its|his|her|their)$/.test(second) && wordPattern(`and ${lower}`, '').test(input.sentence);
  if (!input.subject || !(isPastVerb(lower) || MODALS.test(lower) || andPresent)) return label;
  // ("Suspected car bombings occurred …": a label that opens on its subject already has it.)
  if (label.toLowerCase().startsWith(input.subject.toLowerCase())) return label;
  // "Ended with a deal" is a verb; "Signed agreement" could be a noun phrase: the verb needs a lower-case form in the sentence.
  if (!wordPattern(lower, '').test(input.sentence)) return label;
  // "The party recently took …, and hopes to …": the first verb's adverb stays with it.
  const subject = andPresent ? input.subject.replace(/\s+(?:recently|reportedly|already|also|now|still|officially|formally|initially|previously|then)$/i, '') : input.subject;
  return `${subject} ${lower}${label.slice(first.length)}`;
}

/** "Bombings that killed 200 people": a noun and its relative clause read as a headline without "that". */
function withoutRelative(label: string, participleDated = false): string {
  // ("Under a plan approved by the board [in 2019] that set no cap": the date is the approval's; the relative clause
  // only describes the plan, and goes.)
  if (participleDated) return label.replace(/\s+(?:that|which)\s.*$/, '');
  return label.replace(/^((?:[\w'’-]+\s+){1,5}?)(?:that|which|who)\s+(?=[a-z]+(?:ed)?\b)/, (m, noun: string) => (/\b(?:said|says|say|announced|told)\s+$/.test(noun) ? m : noun));
}

/** Whether the date ends a participle with its agent and a relative clause follows ("approved by the board in 2019 that …"). */
function datesParticiple(clause: string, dateText: string): boolean {
  const at = clause.indexOf(dateText);
  return at > 0 && /\b\p{Ll}{3,}(?:ed|en)\s+by\s+(?:[^\s,;:]+\s+){1,5}?(?:(?:in|on|at|during)\s+)?$/u.test(clause.slice(0, at)) &&
    /^\s+(?:that|which)\s/.test(clause.slice(at + dateText.length));
}

// "This is a firm that towered over the valley", "It was a mill that employed 900": a cleft, whose happening is its
// noun doing what the relative clause tells. Not a noun of time or rank ("This is the first time that …"), nor a clause
// with a subject of its own ("This is a firm that we trust").
const CLEFT = /^(?:this|that|it|he|she|they)\s+(?:is|was|are|were|['’]s)\s+(?:a|an|the|one)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:that|which|who)\s+(\p{Ll}+)\b/iu;
const NOT_CLEFT_NOUN = /\b(?:time|times|day|year|moment|place|way|reason|thing|first|last|only|second|kind|sort|case|question|problem|point)$/;

/** The cleft's noun and its relative clause as the headline ("Company stood over the market"); the label as it was otherwise. */
function withoutCleft(label: string): string {
  const m = CLEFT.exec(label);
  if (!m || NOT_CLEFT_NOUN.test(m[1]!) || !(isPastVerb(m[2]!) || MODALS.test(m[2]!.toLowerCase()))) return label;
  return `${m[1]} ${label.slice(m[0].length - m[2]!.length)}`;
}

const DESCRIBED_AS = /\b(?:described|regarded|viewed|branded|labell?ed|portrayed|characteri[sz]ed|depicted)\b[^,;]*$/i;
// Where a headline may end early: a clause boundary, or before a phrase that adds where, when or how.
// ("said it would close the pit | if prices stayed below …": a condition is cut whole, not in its middle.)
const BOUNDARY = /\s*[,;:(—–]\s|\s(?=(?:(?:only\s+|even\s+)?if|unless|as|with|after|before|while|which|who|whose|when|where|because|amid|following|including|although|though|but|so|and\s+that|from|near|across|during|via)\s)/g;

/**
 * At most MAX_LABEL_CHARS characters: cut at the last clause boundary that
 * leaves a label of some length (a comma outside a list, "as", "which", or
 * before a phrase that adds where or when: "from", "in"), else at a word,
 * never after a word that wants more; an ellipsis says a clause was cut.
 */
export function fit(label: string, max = MAX_LABEL_CHARS): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const window = text.slice(0, max);
  let cut = -1;
  for (const m of window.matchAll(BOUNDARY)) {
    // A comma inside a list ("cities, villages, and towns") is no boundary.
    if (m[0].includes(',') && /^,\s+(?:[\w'’-]+\s+){0,3}?(?:and|or)\s/.test(text.slice(m.index))) continue;
    // ("described the council as a club of …": "as" there opens what it was described as.)
    if (/^\s+as\s/.test(m[0] + text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && DESCRIBED_AS.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // ("… will now set out | with every ship it has": a verb after a modal is not cut from the phrase it wants.)
    // (Only a preposition the verb takes: "leave | after 14 years" is cut at its time.)
    if (/^\s(?:with|from|near|across|via|as)\s/.test(text.slice(m.index, m.index + 8)) && BARE_VERB_END.test(text.slice(0, m.index))) continue;
    // ("… only if …": the condition is cut with the word that bounds it.)
    if (/\b(?:only|even)$/i.test(text.slice(0, m.index)) && /^\s+if\s/.test(text.slice(m.index))) continue;
    if (m.index >= max * 0.45 && !sayingWithoutVerb(text.slice(0, m.index))) cut = m.index;
  }
  if (cut > 0) return trimOpenEnd(text.slice(0, cut));
  const words = window.slice(0, window.lastIndexOf(' ')).split(' ');
  const all = text.split(' ');
  return `${trimOpenEnd(all.slice(0, keepNameWhole(all, words.length, max * 0.45)).join(' '))}…`;
}

// A verb in its bare form after a modal or "to", an adverb between them, ending the text ("will now proceed").
// (A quotation may open on the verb: "will now ``proceed".)
const BARE_VERB_END = new RegExp(String.raw`\b(?:${LABEL_MODALS}|to)\s+(?:not\s+|now\s+|\p{Ll}+ly\s+)?(?:\x60\x60|["“‘'])?\p{Ll}+$`, 'u');

// (A ruling too: "officials ruled a girl who …".)
const SAYING_HEAD = new RegExp(String.raw`(?<!\b(?:was|were|is|are|been|be)\s+)\b(?:said|says|told|reported|announced|confirmed|${alternation(DECIDING_VERBS)})\s+(?:that\s+)?(.*)$`, 'i');

/**
 * "Officials said the first batch of evidence": a saying whose content has no verb yet, so cutting there leaves a
 * fragment; the cut goes at a word further on, with an ellipsis.
 */
function sayingWithoutVerb(head: string): boolean {
  // ("mumps was diagnosed in a toddler": a passive is no saying.)
  const m = SAYING_HEAD.exec(head);
  if (!m) return false;
  return !m[1]!.split(/\s+/).some((w) => isPastVerb(w.replace(/[^\w]/g, '')) || MODALS.test(w.toLowerCase()));
}

function trimOpenEnd(text: string): string {
  const words = text.replace(/[\s,;:(—–-]+$/, '').split(' ');
  // "each other", "one another" end a phrase; "other" alone wants a noun after it.
  const complete = () => /^(?:each|one)\s+(?:other|another)$/i.test(words.slice(-2).join(' ').replace(/[^\w\s]/g, ''));
  while (words.length > 2 && OPEN_END.has((words[words.length - 1] ?? '').toLowerCase().replace(/[^\w']/g, '')) && !complete()) words.pop();
  return words.join(' ').replace(/[,;:]$/, '');
}

/** Balanced brackets and quote marks: a cut that leaves one open drops it. */
function balanced(text: string): string {
  let out = text;
  if ((out.match(/\(/g) ?? []).length > (out.match(/\)/g) ?? []).length) out = out.replace(/\s*\([^)]*$/, '');
  if ((out.match(/“/g) ?? []).length > (out.match(/”/g) ?? []).length) out = out.replace(/“([^”]*)$/, '$1');
  if ((out.match(/"/g) ?? []).length % 2 === 1) out = out.replace(/"([^"]*)$/, '$1');
  // Wire copy's ``quotation'' marks.
  if ((out.match(/``/g) ?? []).length > (out.match(/''/g) ?? []).length) out = out.replace(/``((?:(?!``).)*)$/, '$1');
  return out;
}

/**
 * Asides a headline drops when it is too long: a clause between commas that
 * opens on "who", "whose" or "which", an age ("Elm, 61,"), an apposition
 * ("Elm, a former mayor,").
 */
function withoutAsides(text: string): string {
  if (text.length <= MAX_LABEL_CHARS) return text;
  return text
    .replace(/,\s+(?:who|whose|which)\s[^,]{3,240},\s*/g, ' ')
    // ("Ivo Marn, 51, of Tesk, was seen …": the age and the home town go together.)
    .replace(/,\s+(?:aged\s+)?\d{1,3},\s+of\s+\p{Lu}[^,]{1,40},\s*(?=\p{Ll})/gu, ' ')
    .replace(/,\s+(?:aged\s+)?\d{1,3},\s*/g, ' ')
    // "The count, first put at 40, now stands at 52": an earlier figure between commas.
    .replace(/,\s+(?:initially|originally|previously|earlier|formerly|first)\s+(?:put\s+at\s+|at\s+)?[\d.,]+(?:\s+(?:percent|per\s+cent|million|billion))?%?,\s*/g, ' ')
    // "vowed to find anyone who was involved in the raid": the relative clause of a pronoun is its adjective.
    .replace(/\b(those|anyone|everyone|people)\s+who\s+(?:were|are|was|is)\s+(?=(?:responsible|involved|behind)\b)/gi, '$1 ')
    // "Hundreds of miners in the strike that shut the pits 40 years ago gathered …": a relative clause
    // with a date of its own (its own event) before the subject's verb.
    .replace(/\s(?:that|who|which)\s+\p{Ll}+(?:\s+[^\s,;:]+){0,8}?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years?|months?|weeks?|days?|decades?)\s+ago(?=\s+\p{Ll}+ed\s)/gu, '')
    .replace(/,\s+(?:a|an|the)\s[^,]{3,80},\s*(?=[a-z])/g, ' ')
    // "the driver who was brought back from Tesk had not owned up …": a short relative clause before its noun's verb.
    .replace(/\s(?:who|that|which)\s+(?:was|were|is|are|has|have|had)\s+[a-z]+(?:\s+(?!(?:had|has|have|was|were|is|are|will|would|could)\b)[^\s,;:]+){0,5}?(?=\s+(?:had|has|have|was|were|is|are|will|would|could)\s+\p{Ll})/gu, '')
    // "a girl who reached the coast on a raft must be sent back": a short relative clause in the past before a modal.
    .replace(RELATIVE_BEFORE_MODAL, (m: string) => (isPastVerb(/^\s\S+\s+(\S+)/.exec(m)?.[1] ?? '') ? '' : m))
    .replace(/\s+/g, ' ')
    .replace(MODAL_AHEAD.test(text) ? NOUN_PARTICIPLE : NEVER, (m: string, noun: string, participle: string) =>
      // (Not "how the thief could have got out of the yard because he knew he would …": a verb in the noun, a subject after it.)
      isPastVerb(participle) && !noun.split(/\s+/).some((w) => MODALS.test(w)) && !/\b(?:he|she|it|they|we|you|i|that|who|which)\s+$/i.test(m) && !/\b(?:he|she|it|they|we|that|who|which)\b/i.test(m.slice(noun.length)) ? `${noun} ` : m);
}

// "said a false address listed on the forms for a donor will cost the party …": a participle after its noun, before a modal.
const NOUN_PARTICIPLE = new RegExp(String.raw`(\b(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}+)\s+(\p{Ll}{3,})\s+(?:on|in|at|for|by|from|to|with|under|near)\s(?:[^\s,;:]+\s+){1,8}?(?=(?:${LABEL_MODALS})\s+(?:not\s+)?\p{Ll})`, 'gu');
const MODAL_AHEAD = new RegExp(String.raw`\b(?:${LABEL_MODALS})\s`);
// A short relative clause in the past before a modal, which withoutAsides drops.
const RELATIVE_BEFORE_MODAL = new RegExp(String.raw`\s(?:who|that)\s+(?:[a-z]{3,}ed|[a-z]+(?=\s))(?:\s+(?!(?:${LABEL_MODALS})\b)[^\s,;:]+){0,18}?(?=\s+(?:${LABEL_MODALS})\s+(?:not\s+)?\p{Ll})`, 'gu');
const NEVER = /(?!)/g;

// "Tolmar's soldiers, stationed in the valley in 2019, were recalled", "The bridge, closed for repairs, reopened":
// a participle between commas qualifies the subject (one with a date of its own has its own event); the
// headline is the main clause's, which goes on with a verb.
const PARTICIPLE_ASIDE = /,\s+(?:[a-z]{3,}ed|[a-z]{3,}en|built|held|sent|led|won|kept|brought|bought|sold)\s+(?:by|in|on|at|to|for|from|with|along|across|near|under|since|during|after|before|into|as)\s[^,]{0,120},\s*(?=[a-z]+\s)/g;

function withoutParticipleAsides(text: string, dateText: string): string {
  const drop = (m: string, offset: number) => {
    const next = /^\S+/.exec(text.slice(offset + m.length))?.[0] ?? '';
    return (isPastVerb(next) || MODALS.test(next)) && isAsideOfSubject(text.slice(0, offset)) && !m.includes(dateText) ? ' ' : m;
  };
  return text.replace(PARTICIPLE_ASIDE, drop).replace(/\s+/g, ' ');
}

/** Only after the clause's subject: a few words, the first capitalised, no verb ("… the port, closed for …" is an object). */
function isAsideOfSubject(before: string): boolean {
  const w = before.trim().split(/\s+/);
  return w.length <= 6 && /^[A-Z"“]/.test(before.trim()) && !w.slice(1).some((x) => isPastVerb(x) || MODALS.test(x));
}

// Another date the clause opens on, without a comma: "On Tuesday Brenmark said …" is "Brenmark said …".
const OPENING_DATE = new RegExp(
  String.raw`^(?:(?:on|in|at|by|since|until|during|late|early|last|this)\s+)+(?:the\s+)?(?:${[...CALENDAR_WORDS].join('|')}|\d{4}|morning|evening|night|week|month|year)\b\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?\s+(?=\p{Lu})`,
  'iu',
);

// "A truce signed in March 2004 ended a war …", "The pact signed by both sides in 2009 was never ratified": the date
// ends a participle of the subject, then the main verb comes. The date is the participle's (the signing), so the
// headline is the subject and its participle; the main clause is another happening, told without a date.
const SUBJECT_PARTICIPLE = /^((?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,4}?)((?:[a-z]{3,}ed|taken|given|written|chosen|broken|driven|stolen|shown|drawn|grown|known|sworn|built|held|sent|won|sold|struck|brought|bought|made|set|led)\b[^,;:]{0,80}?)\s*(?:\b(?:in|on|at|during|by|from)\s+(?:the\s+)?)?$/;
const MAIN_VERB_AFTER = /^\s+(?:was|were|is|are|has|have|had|will|would|could|never|also|ended|began|brought|led|made|left|became|remained|[a-z]{3,}ed)\b/;

const isParticiple = (word: string) => !/ed$/.test(word) || isPastVerb(word);

function subjectParticiple(clause: string, dateText: string): string | null {
  const at = clause.indexOf(dateText);
  if (at <= 0 || !MAIN_VERB_AFTER.test(clause.slice(at + dateText.length))) return null;
  const m = SUBJECT_PARTICIPLE.exec(clause.slice(0, at));
  if (!m || !m[1]!.trim() || !isParticiple(m[2]!.split(/\s/)[0]!) || isPastVerb(m[1]!.trim().split(/\s+/).pop() ?? '') || MODALS.test(m[1]!.trim().split(/\s+/).pop() ?? '')) return null;
  // The subject is a noun phrase: no verb inside it.
  if (m[1]!.trim().split(/\s+/).some((w) => MODALS.test(w))) return null;
  return `${m[1]}${m[2]}`.trim();
}

const SAID_HERE = new RegExp(String.raw`\b(${alternation(REPORTING_VERBS)}|told\s+reporters)\s+here\s+(?=that\s)`, 'g');
const UNNAMED_SAYING = /^(?:he|she|they)\s+(?:also\s+)?(?:said|says|added|adds|noted|stressed|explained|insisted|told\s+(?:reporters|journalists))\s+(?:that\s+)?(?=(?:the|a|an|his|her|their|its)\s)/i;
// "Warns that such firms grew fast": a saying whose speaker the clause lost (a long subject cut off by its asides) opens
// on its verb; what was said is the news. A saying with its speaker ("Ana Brel warns that …") is left alone.
const BARE_SAYING = new RegExp(String.raw`^(?:also\s+)?(?:${alternation(REPORTING_VERBS)})\s+that\s+(?=\S+\s+\S+\s+\S)`, 'i');
const NEWSROOM_SAYING = /^(?:we|i)\s+(?:have\s+|had\s+|just\s+|also\s+)*(?:learned|learnt|heard|found\s+out|(?:are|am|were|was)\s+told|understand)\s+(?:that\s+)?(?=\S+\s+\S)/i;

/** The clause as a headline; `clause` is labels.ts's choice, the speaker apart for a statement. */
export function headline(clause: string, input: HeadlineInput): string {
  const dateText = input.sentence.slice(input.exprStart, input.exprEnd);
  const participle = input.statementBy ? null : subjectParticiple(clause, dateText);
  let body = participle ?? withoutCleft(withoutOwnDate(amongFirst(withoutParticipleAsides(clause, dateText)), dateText).replace(OPENING_DATE, ''));
  // ("… said here that …": the wire's "here", without its date, says nothing.)
  body = body.replace(SAID_HERE, '$1 ');
  // "We learned that the agency has …", "I am told that …": the newsroom's own saying is no news; what it learned is.
  if (NEWSROOM_SAYING.test(body)) body = withoutOpeningArticle(body.replace(NEWSROOM_SAYING, ''));
  const unlinked = body.replace(LINK_OPENING, '').replace(LINK_OPENING, '').replace(/^(?:the|a|an)\s+(?=\S)/i, (m) => (m === body.slice(0, m.length) ? m : ''));
  // "Including the bombings that killed 200 people": with the link word gone, the noun's clause is the headline.
  body = unlinked !== body ? withoutRelative(capitalise(unlinked.trim()), datesParticiple(clause, dateText)) : capitalise(body.trim());
  if (input.statementBy) {
    // "…, according to a wire service report on Friday": the speaker is named without the date, which the timeline shows.
    // ("``We will appeal,'' he said": the closing quote mark before the speaker is the quotation's, not the speaker's.)
    const speakerText = input.statementBy.replace(/^[\s'"`’”]+/u, '');
    // ("The Varnian transport ministry: …": the article goes, as it does from every label's opening noun.)
    const by = withoutOpeningArticle(speakerText.includes(dateText) ? withoutOwnDate(speakerText, dateText) : speakerText);
    const speaker = named(capitalise(by.replace(OPENING_DATE, '')), input);
    // "Brenmark: it will cut 500 jobs" is "Brenmark says it will cut 500 jobs".
    // What the speaker said of itself: "Brenmark: it will …", "Aliyev: his country had …".
    body = body.replace(/^(?:in|on|at|during)\s[^,]{0,60}?\bthat\s+/i, '');
    const pronoun = PRONOUN.exec(body);
    // ("Kessar Mills said it will cut 200 jobs" with no one else the "it" could be: the saying keeps its own words,
    // "Kessar Mills says it will …", rather than "Kessar Mills: It will …", whose "It" names no one.)
    const namedBody = pronoun ? named(body, input) : '';
    const self = pronoun && (namedBody.startsWith(POSSESSIVE.test(pronoun[1]!) ? possessive(speaker) : speaker) || PRONOUN.test(namedBody));
    if (self) return balanced(fit(withoutAsides(`${speaker} says ${pronoun[1]!.toLowerCase()}${body.slice(pronoun[0].length)}`)));
    body = capitalise(namedInside(withSubject(named(body, input), input), input.sentence, input.nameAt));
    const said = fit(balanced(withoutAsides(body)), Math.max(30, MAX_LABEL_CHARS - speaker.length - 2));
    return said ? `${speaker}: ${balanced(said)}` : `${speaker} statement`;
  }
  body = capitalise(namedObject(namedInside(withSubject(named(body, input), input), input.sentence, input.nameAt), input.sentence, input.people));
  // "He added that a formal signing would be held …" with no one to name: what was said is the news.
  const unnamed = UNNAMED_SAYING.exec(body);
  if (unnamed && body.slice(unnamed[0].length).split(/\s+/).length >= 4) body = capitalise(withoutOpeningArticle(body.slice(unnamed[0].length)));
  if (BARE_SAYING.test(body)) body = capitalise(body.replace(BARE_SAYING, ''));
  const out = balanced(fit(balanced(withoutAsides(body))));
  return out || capitalise(clause.trim()) || dateText;
}
