// The news of the day told with no date: "The city council has approved the
// new stadium", "Harbour Lines said it will cut 400 jobs". A report's lead
// tells its main happening, and wire and newspaper style often gives it no
// date of its own, since the article's day is the date. When nothing the
// article dates in the week up to its publication may be the lead's own
// happening told with its day (leadHappening.ts) and the lead itself names no
// date, its happening is put on the publication day, so the article's own
// news is on the timeline at all. The lead must tell something done: a past
// or present-perfect verb, or "says"/"reports" as news; a forecast, a plan, a
// state, a question or a quotation is left alone. Pure: the lead, the
// article's other events and the publication day in, at most one dated
// expression out.
import type { TimeExpression } from '../temporal/findTimeExpressions';
import { AUXILIARY_VERBS, DETERMINERS, FUNCTION_WORDS, MODAL_VERBS, PAST_EED_VERBS, PAST_LIKE_PRESENT_VERBS, REPORTING_VERB_SET, SUBJECT_ADVERBS, VERB_PREFIXES } from '../text/lexicon';
import { mayBeTheLead, type DatedHappening, type LeadActor } from './leadHappening';
import { isPastVerb } from './headline';
import { isCap, tokenize } from '../text/tokens';
import { addDays } from '../../model/calendar';

/** How far before the publication day a dated event makes the lead's undated happening likely to be that one. */
export const RECENT_DAYS = 7;

/** How many words into the lead its main verb may be looked for. */
const VERB_WINDOW = 30;

/** The rule name the event's date reason carries. */
export const UNDATED_LEAD_RULE = 'undated-lead';

// After "is"/"was": the clause tells a plan, a likelihood or a schedule, not a deed ("is expected to", "was set to").
const AHEAD_AFTER_BE = new Set(['expected', 'likely', 'unlikely', 'set', 'due', 'scheduled', 'slated', 'poised', 'about', 'going', 'to', 'planning', 'preparing', 'considering', 'weighing', 'mulling']);
// Modals hedge or put the clause ahead ("may have", "will vote", "could face", "she'll sign").
const MODALS = new Set([...MODAL_VERBS, 'll']);
// Negations of the verb group ("has not", "hasn't", "did not"): nothing happened.
const NEGATIONS = new Set(['not', 'never', 'no', 'hasn', 'haven', 'didn', 'wasn', 'weren', 'isn', 'aren', 't']);

export interface LeadEvent {
  published: string;
  /** Whether the publication day is stated (front matter, sidecar, dateline) rather than guessed from the text. */
  statedPublication: boolean;
  /** The lead sentence's text (the dateline set apart). */
  lead: string;
  /** Whether the tagger found any time expression in the lead, kept as a happening's date or not. */
  leadHasDates: boolean;
  /** Whether an event already quotes the lead. */
  leadHasEvent: boolean;
  /** The other events: their dates, and what they tell (without it, any of the week's is taken for the lead's). */
  dated: ReadonlyArray<DatedHappening>;
  /** The actors the lead names, at offsets into the lead. */
  leadActors?: ReadonlyArray<LeadActor>;
  /** The article's headline, whose news the lead tells. */
  headline?: string;
}

/** A participle after "has"/"was": a past form or an irregular "-en" ("taken", "chosen", "driven"). */
function participle(word: string): boolean {
  return isPastVerb(word) || PAST_EED_VERBS.has(word) || /^[a-z]{3,}en$/.test(word);
}

// Pronouns whose present would take an "-s" ("it cuts"): a verb spelt alike in both tenses after them is past.
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

/**
 * "Orlo Foods cut its dividend", "The council set a date": a verb spelt alike in present and past, after a name or
 * a singular noun and before its object, is past, since the present would be "cuts", "sets". After "to", a modal, a
 * plural noun or "they" ("they cut", "workers hit"), or with no object after it ("set to", "cut by half"), it is
 * left unread.
 */
export function pastLikePresent(tokens: ReadonlyArray<{ text: string; key: string }>, i: number): boolean {
  const word = tokens[i]?.key;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (word === undefined || !PAST_LIKE_PRESENT_VERBS.has(word) || before === undefined || after === undefined) return false;
  if (SINGULAR_PRONOUNS.has(before.key)) return objectAfter(after.key);
  // "to cut", "will set", "they hit", "also cut": no subject of the verb's own right before it.
  if (FUNCTION_WORDS.has(before.key) || SUBJECT_ADVERBS.has(before.key) || /^\d/.test(before.key)) return false;
  // A singular subject: a name ("Orlo Foods", "Varnia") or a noun that is no plural ("the council", "a storm"); a
  // capital that only opens the sentence ("Costs hit …") is no name.
  const name = isCap(before.text) && i > 1;
  if (!name && /s$/.test(before.key) && !/ss$/.test(before.key)) return false;
  return objectAfter(after.key);
}

/** Whether a word may open a verb's object: a determiner, a number, a noun; not "to", "by", "for", "and". */
function objectAfter(word: string): boolean {
  return DETERMINERS.has(word) || !FUNCTION_WORDS.has(word);
}

/**
 * What the lead's first verb group tells: 'done' (a past or present-perfect deed, or a present "says"), or the
 * reason it is left alone.
 */
export function leadVerb(lead: string): { tells: 'done' | 'ahead' | 'state' | 'negated' | 'none'; at: number } {
  const tokens = tokenize(lead, 0, lead.length).slice(0, VERB_WINDOW);
  const words = tokens.map((t) => t.key);
  const result = (tells: 'done' | 'ahead' | 'state' | 'negated' | 'none', i = 0) => ({ tells, at: tokens[i]?.start ?? 0 });
  const next = (i: number): { word: string | undefined; at: number } => {
    let j = i + 1;
    while (j < words.length && SUBJECT_ADVERBS.has(words[j]!) && !NEGATIONS.has(words[j]!)) j++;
    return { word: words[j], at: j };
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (MODALS.has(w)) return result('ahead', i);
    if (NEGATIONS.has(w) && i > 0 && AUXILIARY_VERBS.has(words[i - 1]!)) return result('negated', i);
    if (w === 'had' || w === 'did' || w === 'does' || w === 'do') return result(next(i).word !== undefined && NEGATIONS.has(next(i).word!) ? 'negated' : 'state', i);
    if (w === 'has' || w === 'have') {
      const { word, at } = next(i);
      if (word === undefined) return result('none');
      if (NEGATIONS.has(word)) return result('negated', i);
      if (word === 'been') {
        const after = next(at).word;
        return result(after !== undefined && participle(after) && !AHEAD_AFTER_BE.has(after) ? 'done' : 'state', i);
      }
      return result(participle(word) ? 'done' : 'state', i);
    }
    if (w === 'is' || w === 'are' || w === 'am' || w === 'was' || w === 'were') {
      const { word } = next(i);
      if (word === undefined) return result('none');
      if (NEGATIONS.has(word)) return result('negated', i);
      if (AHEAD_AFTER_BE.has(word)) return result('ahead', i);
      // "was arrested", "were killed": a deed told in the passive; "is charged" or "was a" tell a state.
      return result((w === 'was' || w === 'were') && participle(word) ? 'done' : 'state', i);
    }
    if (REPORTING_VERB_SET.has(w) || isPastVerb(w) || PAST_EED_VERBS.has(w) || pastLikePresent(tokens, i)) {
      // "The embattled mayor": an "-ed" word after a determiner is an adjective; "investors led by", "changes
      // mandated by": a participle of the subject's phrase. Read on to the verb.
      if (i > 0 && DETERMINERS.has(words[i - 1]!)) continue;
      if (words[i + 1] === 'by') continue;
      if (compoundAdjective(lead, tokens, i)) continue;
      return result('done', i);
    }
  }
  return result('none');
}

/**
 * Whether the "-ed" word at token i closes a compound adjective ("an expansion-minded retailer", "the state-owned
 * lender", "a Tolva-based airline"): joined by a hyphen to the word before it, which is no verb prefix ("re-elected",
 * "co-founded", "over-reached" stay verbs).
 */
function compoundAdjective(lead: string, tokens: ReadonlyArray<{ start: number; key: string }>, i: number): boolean {
  const token = tokens[i]!;
  return i > 0 && lead[token.start - 1] === '-' && !VERB_PREFIXES.has(tokens[i - 1]!.key);
}

// "In composite trading yesterday, Halden shares closed at $43.50, down $1", "the stock rose 50 cents to $12 in
// over-the-counter trading": the day's market price, a standing line of business news and never a report's own news.
const TRADING_REPORT = /\b(?:shares?|stock|it)\b[^.;]{0,80}?\b(?:closed|ended|finished|rose|fell|gained|lost|slipped|climbed|dropped|jumped|plunged|were\s+(?:up|down)|was\s+(?:up|down))\b[^;]*?(?:\btrading\b|\bclosed\s+at\b|\bat\s+[$€£¥#]\s?\d)/i;

/** Whether a passage tells the day's market price of a stock. */
export function isTradingReport(passage: string): boolean {
  return TRADING_REPORT.test(passage);
}

/**
 * The lead's happening as an expression of the publication day, when the article dates nothing in the week up to
 * it, the lead names no date, no event quotes the lead, the publication day is stated, and the lead tells a deed.
 * The expression is empty (the passage names no date) and sits at the lead's verb, whose clause the label tells.
 */
export function undatedLead(input: LeadEvent): TimeExpression | null {
  if (!input.statedPublication || input.leadHasDates || input.leadHasEvent) return null;
  const text = input.lead.trim();
  // A quotation or a question opens the story on someone's words, not on its news.
  if (/^["“‘'«]/.test(text) || /\?["”’']?$/.test(text)) return null;
  if (text.split(/\s+/).length < 6) return null;
  const verb = leadVerb(input.lead);
  if (verb.tells !== 'done') return null;
  const weekBefore = addDays(input.published, -RECENT_DAYS);
  const week = input.dated.filter((d) => d.precision === 'day' && d.start >= weekBefore && d.start <= input.published);
  if (week.length > 0 && mayBeTheLead(input.lead, verb.at, input.leadActors ?? [], week, input.headline)) return null;
  return {
    start: verb.at,
    end: verb.at,
    text: '',
    date: { start: input.published, end: input.published, precision: 'day' },
    kind: 'point',
    rule: UNDATED_LEAD_RULE,
    tense: 'past',
  };
}
