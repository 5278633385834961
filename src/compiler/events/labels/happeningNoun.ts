// A date right after the happening it dates, deep in a clause about something else: a participle of the object,
// a happening noun in a clause in progress or only wished, a cause, a where-clause.
import { AUXILIARY_VERBS, CALENDAR_WORDS, DATED_HAPPENING_NOUNS, MODAL_VERBS, NOT_PAST_ED as NOT_PAST_ED_WORDS, REPORTING_VERBS, REPORTING_VERB_SET, alternation } from '../../text/lexicon';
import { RELATIVE_WORD, isClauseVerb, isVerbOfClause } from './clauseParts';
import { bare, contentWords, tidy, words } from './labelText';

// "… revived a treaty signed in 1994 by the two states": a noun phrase after the clause's verb, then a participle, then
// the date. The date is the participle's (the signing), not the clause's (the reviving). Only participles that make
// or issue a thing: "the quarter ended Sept. 30", "the figure it reported last year" date no making.
const OBJECT_PARTICIPLE = /(?:^|\s)(?:(?:the|a|an)\s+|((?:his|her|its|their|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*['’]s)\s+))((?:[\p{L}\d"“”'’`-]+\s+){0,5}?)(signed|held|made|given|issued|passed|written|built|sent|delivered|adopted|approved|released|launched|imposed|enacted|filed|published|introduced|ratified|unveiled|drafted|brokered|negotiated)\s+(?:(?:on|in|at|during)\s+)?$/u;

/** The noun and its participle that a date follows, deep in a clause whose own verb comes before them; null otherwise. */
export function participleOfObject(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number): string | null {
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
  if (!before.some((w) => isVerbOfClause(w) || REPORTING_VERB_SET.has(w))) return null;
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
const UNDONE = new RegExp(`\\b(?:${alternation(MODAL_VERBS)}|wants?|hopes?|expects?|seeks?|needs?|urges?|asks?|to)\\s+\\p{Ll}+`, 'u');
const FROM_PHRASE = /^\s*,?\s*((?:from|by|for|to|with|between|in\s+favou?r\s+of|on\s+behalf\s+of)\s+[^,;:()—–]{1,60}?)(?=\s*[,;:()—–]|\s+(?:to|and|that|which|who|because|after|before|when|while)\s|\s*[.!?"”]*$)/u;

// Everything up to the last verb of saying: after it, the clause is what was said.
const UP_TO_SAYING = new RegExp(String.raw`^.*\b(?:${alternation(REPORTING_VERBS)})\b`, 'su');

/** The happening noun a date right after it belongs to, in a clause that tells no past act of its own; null otherwise. */
export function nounOfDate(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number): string | null {
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
export function causeOfDate(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number): string | null {
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
export function wherePlace(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number): string | null {
  if (contentWords(text.slice(exprEnd, seg.end).replace(/[^\p{L}\p{N}\s]/gu, ' ')) > 0) return null;
  const m = WHERE_CLAUSE.exec(text.slice(0, exprStart));
  if (!m) return null;
  // The clause without an apposition of its subject ("Ivo Marn, a driver, lived"), ending on its verb.
  const clause = m[3]!.replace(/,\s+(?:a|an|the)\s[^,]{1,60},\s*/u, ' ').replace(/\s+/g, ' ').trim();
  const last = bare(words(clause).pop() ?? '');
  if (!(isVerbOfClause(last) || /^(?:lived|worked|stayed|died|grew|studied|met|born|was|were)$/.test(last)) || words(clause).length > 10) return null;
  return tidy(`${clause} ${m[1]} ${m[2]}`);
}

const CLAUSE_SUBJECT = /^(?:the|a|an|it|they|he|she|we|i|you)$/;
