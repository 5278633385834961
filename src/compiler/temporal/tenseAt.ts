// Reads the tense of the clause around a date expression from the nearest
// tense cue (a modal, a past form, a present-perfect auxiliary). The cue lists
// live in the shared lexicon (text/lexicon.ts); here is only how they are weighed.
import type { Tense } from './types';
import { beforeDay } from './beforeDay';
import { coordinatedTimetable } from './coordinatedTimetable';
import { fixtureAhead } from './fixtureAhead';
import { forecastAhead } from './forecastAhead';
import { presentStateParticiple } from './presentState';
import { PRESENT_S_VERB, relativePresent } from './relativePresent';
import { sameFormPast } from './sameFormPast';
import { resultsAhead } from './resultsAhead';
import { targetAhead } from './targetAhead';
import { FUTURE_WORDS, MODAL_VERBS, MONTH_NUMBERS, NOT_PAST_ED, ORDER_VERBS, PAST_WORDS, PRESENT_WORDS, WEEKDAY_NUMBERS } from '../text/lexicon';

export type ClauseTense = Tense | 'unknown';

/** A comparison with an earlier figure, in the expression's own comma-free stretch: "down from … in". */
const COMPARED_WITH_BEFORE = /(?:\b(?:down|up|higher|lower)\s+from|\bcompared\s+(?:with|to))\b(?:[^,;:.]|[.,](?=\d))*$/i;

/**
 * A deadline that still stands: "has until Friday to respond", "have been given until 9 a.m. Tuesday". The present
 * perfect gave it, but what it gives lies ahead ("had until Friday" stays past).
 */
const STANDING_DEADLINE_BEFORE = new RegExp(
  "\\b(?:(?:has|have)\\s+(?:until|till)|(?:has|have|is|are)\\s+(?:been\\s+)?(?:given|granted|allowed)\\s+(?:[A-Za-z'\\u2019-]+\\s+){0,4}?(?:until|till|by))" +
  '\\s+(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*[ap]\\.?m\\.?\\s+)?$', 'i');

/** Past forms that plan something with "to": after the date they date the deciding, which is past. */
const DECIDED_TO = /^(?:agreed|decided|vowed|pledged|promised|threatened|offered|planned|hoped|aimed|wanted|intended|voted|resolved)$/;

/** How many words either side of the expression may carry its tense. */
const WINDOW = 12;
/** Before the expression the cue may sit further back: "X will meet Y, her counterpart, in the border city of Z on Friday". */
const WINDOW_BEFORE = 18;
/** A unit or day that "last" counts back to after a determiner: "the last week", "its last Friday". */
const LOOKED_BACK_UNIT = /^(?:days?|weeks?|weekends?|months?|quarters?|years?|decades?|century|centuries|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|newly|recently|widely)$/;
/** A noun's possessive, which orders like a determiner: "the league's last game", "Brel's last race". */
const POSSESSIVE = /['\u2019]s$/i;
/** What follows the verb of a relative clause opened by "that" ("that ended in September", "that closed Sept. 30"), never a noun. */
const RELATIVE_VERB_AFTER = /^(?:in|on|at|by|during|last|this|early|late|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|\d+)$/;


/** Letters, apostrophes and hyphens make up a word; one needs a letter to count. */
const isWordCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x2019 || c === 39 || c === 45;
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** What follows "due" when it names a term: "due by Friday", "due Monday", "due next week", "due March 20". */
function dueTerm(next: string | undefined): boolean {
  return next !== undefined && (/^(?:by|before|until|today|tomorrow|next|this)$/.test(next) || WEEKDAY_NUMBERS[next] !== undefined || MONTH_NUMBERS[next] !== undefined);
}

function classify(word: string, next: string | undefined, nextAfter: string | undefined): ClauseTense {
  const w = word.toLowerCase().replace(/\u2019/g, "'");
  // "May" capitalised is the month, not the modal.
  if (w === 'may' && word !== 'may') return 'unknown';
  // Multi-word cues decided by the following word.
  if (w === 'set' || w === 'due') {
    // "due back on Wednesday", "due out in May": expected, so ahead.
    // "a record set on Aug. 6", "a film set in 1920": "set" before a date only looks ahead with "for".
    if (next === 'for' || (w === 'due' && (next === 'on' || next === 'in' || next === 'back' || next === 'out' || next === 'home'))) return 'future';
    // "bids are due by Friday", "the report is due Monday": a term still to come.
    if (w === 'due' && dueTerm(next)) return 'future';
    if (next === 'to') {
      // "due to the closure" gives a cause, not a plan.
      return nextAfter && /^(the|a|an|his|her|its|their|this|that|these|those)$/.test(nextAfter) ? 'unknown' : 'future';
    }
    return w === 'set' ? 'past' : 'unknown';
  }
  if ((w === 'is' || w === 'are' || w === 'was' || w === 'were') && next === 'to') return 'future';
  // "is expected to ask", "are scheduled to meet": a plan, whatever the auxiliary.
  if (next === 'to' && /^(?:expected|forecast|forecasted|predicted|projected|scheduled|planned|slated|targeted|poised|likely|set|due|preparing|intends|intended|plans|hopes|hoped|aims|aimed|promised|pledged|vowed|agreed|wants|wanted|decided|threatened|offered)$/.test(w)) return 'future';
  // "could be held on …" plans; "could have met" looks back; "could not" says nothing of time.
  if (w === 'could' || w === 'should' || w === 'must') {
    if (next === 'have') return 'past';
    return next === 'not' ? 'unknown' : 'future';
  }
  if (w === 'to' && next === 'be' && nextAfter !== undefined && /^(held|signed|opened|launched|completed)$/.test(nextAfter)) return 'future';
  // "next to the embassy" places, it does not look ahead.
  if (w === 'next' && next === 'to') return 'unknown';
  if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) return 'future';
  if (PAST_WORDS.has(w)) return 'past';
  if (PRESENT_WORDS.has(w)) return 'present';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  return 'unknown';
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** A comma stands between this word and the one before it. */
  afterComma?: boolean;
}

/** Words around [start, end), the expression's own included, cut at strong punctuation. */
function windowWords(sentence: string, start: number, end: number, reach = 160): Word[] {
  const from = Math.max(0, start - reach);
  const to = Math.min(sentence.length, end + reach);
  const words: Word[] = [];
  let i = from;
  let comma = false;
  while (i < to) {
    const c = sentence.charCodeAt(i);
    if (c === 44 /* , */) comma = true;
    if (c === 59 /* ; */ || c === 0x2014 /* — */ || c === 10 /* \n */) {
      if (i < start) words.length = 0;
      else if (i >= end) break;
      i += 1;
      continue;
    }
    if (isWordCode(c)) {
      let j = i + 1;
      let letter = isLetterCode(c);
      for (; j < sentence.length && isWordCode(sentence.charCodeAt(j)); j++) letter ||= isLetterCode(sentence.charCodeAt(j));
      if (letter) {
        words.push({ text: sentence.slice(i, j), start: i, end: j, ...(comma ? { afterComma: true } : {}) });
        comma = false;
        i = j;
        continue;
      }
    }
    i += 1;
  }
  return words;
}

function cueAt(words: Word[], k: number): ClauseTense {
  const word = words[k];
  if (!word) return 'unknown';
  const prev = words[k - 1]?.text.toLowerCase();
  // "voting began Feb. 20 and ends Friday": a timetable joined by "and" tells its own time, the present.
  if (coordinatedTimetable(words.slice(0, k).map((w) => w.text), words.slice(k, k + 4).map((w) => w.text).join(' '), word.afterComma === true)) return 'present';
  const t = classify(word.text, words[k + 1]?.text.toLowerCase(), words[k + 2]?.text.toLowerCase());
  // "will be held", "will stay closed": the participle after "be" takes its time from what precedes it.
  if (t === 'past' && prev !== undefined && /^(?:be|being|stay|stays|stayed|remain|remains|remained|get|gets|become|becomes)$/.test(prev)) return 'unknown';
  // "flights are suspended until Friday", "the road has been closed until Monday": a passive told in the present is a
  // state that holds now, not a past act ("were suspended" and "had been closed" stay past).
  if (t === 'past' && !PAST_WORDS.has(word.text.toLowerCase()) && prev !== undefined &&
    (/^(?:is|are|am)$/.test(prev) || (prev === 'been' && /^(?:has|have)$/.test(words[k - 2]?.text.toLowerCase() ?? '')) ||
      presentStateParticiple(words.slice(Math.max(0, k - 2), k).map((w) => w.text)))) return 'present';
  // "will last until the autumn", "is expected to last into May": after a modal or "to", "last" is the verb of lasting
  // (whose time the modal gives); "the last meeting before the summer" and "the league's last game" are an order. Only "last year", "its last
  // week" look back.
  if (t === 'past' && prev !== undefined && word.text.toLowerCase() === 'last' &&
    (MODAL_VERBS.has(prev) || /^(?:to|not|never)$|'ll$/.test(prev) ||
      ((DETERMINER.test(prev) || POSSESSIVE.test(prev)) && !LOOKED_BACK_UNIT.test(words[k + 1]?.text ?? '')))) return 'unknown';
  // "bids were due Friday", "the loan was due in May": a term told in the past has passed.
  if (t === 'future' && word.text.toLowerCase() === 'due' && prev !== undefined && /^(?:was|were)$/.test(prev) && dueTerm(words[k + 1]?.text.toLowerCase())) return 'past';
  // "is now targeted for no earlier than March 20": a floor set on a date tells no past.
  if (t === 'past' && /^earlier$/i.test(word.text) && /^(?:no|not)$/.test(prev ?? '') && words[k + 1]?.text.toLowerCase() === 'than') return 'unknown';
  // "the plan", "its plans": a noun names a plan, made or not, without looking ahead.
  if (t === 'future' && prev !== undefined && DETERMINER.test(prev) && /^plans?$/i.test(word.text)) return 'unknown';
  // "had been set to lapse on Friday", "had been scheduled for Monday": a plan overtaken, so past.
  // "as previously planned", "originally scheduled for Monday": the plan is told as made before, so past.
  if (t === 'future' && (prev === 'had' || prev === 'previously' || prev === 'originally' ||
    (prev === 'been' && words[k - 2]?.text.toLowerCase() === 'had'))) return 'past';
  // "the certified results", "a wounded soldier": an -ed word right after a determiner is an adjective. After "that",
  // one followed by a preposition or a date is the verb of a relative clause: "the year that ended in September".
  if (t === 'past' && !PAST_WORDS.has(word.text.toLowerCase()) && prev !== undefined && DETERMINER.test(prev) &&
    !(prev === 'that' && RELATIVE_VERB_AFTER.test(words[k + 1]?.text ?? ''))) return 'unknown';
  // "On May 20 it holds its fair", "she leads the list": a verb in -s after a subject pronoun is the present.
  if (t === 'unknown' && prev !== undefined && /^(?:he|she|it)$/.test(prev) && PRESENT_S_VERB.test(word.text)) return 'present';
  // "Brel, who turns 30 in June, signed …": a relative clause's verb in -s tells its own present.
  if (t === 'unknown' && relativePresent(prev, word.text)) return 'present';
  // "The bank cut rates", "a quake hit the coast": a verb spelt alike in present and past, after a singular subject.
  if (t === 'unknown' && sameFormPast(words[k - 1]?.text, word.text, words[k + 1]?.text)) return 'past';
  return t;
}

/**
 * The tense of the clause holding sentence[start, end). The nearest cue
 * before the expression wins ("said on Thursday that … will" dates the
 * saying in the past); only when there is none does a cue after it count
 * ("On Friday, the leaders will meet").
 */
export function tenseAt(sentence: string, start: number, end: number): ClauseTense {
  const before = sentence.slice(0, start);
  const text = sentence.slice(start, end);
  // "expects to sell 1.2 million, down from 1.35 million forecast in July": a figure compared with is an earlier one.
  if (COMPARED_WITH_BEFORE.test(before.slice(-80))) return 'past';
  // The expression may hold its own "until" ("until Friday" read by the weekday parser).
  if (STANDING_DEADLINE_BEFORE.test(beforeDay(before, text, /^(?:until|till|by)\s+/i, 80))) return 'future';
  // "now targets Thursday for the launch": a target still held lies ahead.
  if (targetAhead(before, text)) return 'future';
  // "Tallent reports third-quarter results on Thursday": a results calendar names the coming day.
  if (resultsAhead(before, text)) return 'future';
  // "the Tigers host the Hawks on Sunday": a fixture told with a bare verb between two teams.
  if (fixtureAhead(before, text, sentence.slice(end))) return 'future';
  const words = windowWords(sentence, start, end);
  const firstInside = words.findIndex((w) => w.end > start);
  const beforeEnd = firstInside === -1 ? words.length : firstInside;
  // "…would bring aid to the towns, where the Aug. 7 floods struck": a relative clause has its own verb,
  // after the expression; the cues before the comma belong to the clause it hangs from.
  const texts = words.map((w) => w.text);
  let k = beforeEnd - 1;
  let n = 0;
  for (; k >= 0 && n < WINDOW_BEFORE; k -= 1, n += 1) {
    if (RELATIVE_OPENER.test(words[k]!.text) && /,\s*$/.test(sentence.slice(Math.max(0, words[k]!.start - 3), words[k]!.start))) break;
    // "said whoever wins on Sunday will lead": a clause opened by "whoever" is the subject of the verb after it, whose
    // tense it takes; the saying before it dates nothing inside.
    if (FREE_RELATIVE.test(words[k]!.text)) break;
    // "rain is forecast from Saturday", "forecasters warn of gusts on Sunday": a forecast in the present looks ahead.
    if (forecastAhead(texts, k)) return 'future';
    const t = cueAt(words, k);
    // "subpoenaed him to testify on Feb. 10", "ordered the firm to pay by March 1": what an order asks for comes after
    // it, and the order is news, so the date is the one nearest publication, not the one gone by.
    if (t === 'past' && ORDER_VERBS.has(words[k]!.text.toLowerCase()) && infinitiveBetween(words, k, beforeEnd)) return 'unknown';
    if (t !== 'unknown') return t;
  }
  const after = cueAfter(words, end);
  if (after !== 'unknown') return after;
  if (k < 0) return sentenceCue(sentence, start, end);
  for (; k >= 0 && n < WINDOW_BEFORE; k -= 1, n += 1) {
    const t = cueAt(words, k);
    if (t !== 'unknown') return t;
  }
  return sentenceCue(sentence, start, end);
}

/**
 * The last resort when no cue stands within the windows: the nearest one anywhere in the sentence, before the
 * expression first. "In January, one week after the anniversary of the dam's opening on the river, a flood in the
 * valley town destroyed two bridges" is the January gone by; a long aside between the date and its verb does not make it
 * the nearest January ahead.
 */
function sentenceCue(sentence: string, start: number, end: number): ClauseTense {
  const words = windowWords(sentence, start, end, sentence.length);
  const firstInside = words.findIndex((w) => w.end > start);
  for (let k = (firstInside === -1 ? words.length : firstInside) - 1; k >= 0; k -= 1) {
    const t = cueAt(words, k);
    if (t !== 'unknown') return t;
  }
  const firstAfter = words.findIndex((w) => w.start >= end);
  for (let k = firstAfter; k >= 0 && k < words.length; k += 1) {
    const t = cueAt(words, k);
    if (t !== 'unknown') return t;
  }
  return 'unknown';
}

/** "to" and a verb's bare form between words[from] and words[to]: "to testify", "to pay" (not "to the", "to Paris"). */
function infinitiveBetween(words: Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k += 1) {
    if (words[k]!.text === 'to' && /^[a-z]+$/.test(words[k + 1]!.text) && !DETERMINER.test(words[k + 1]!.text) && !NOT_A_VERB_AFTER_TO.test(words[k + 1]!.text)) return true;
  }
  return false;
}
const NOT_A_VERB_AFTER_TO = /^(?:be|date|power|court|office|jail|prison|trial|work|school|war|him|her|them|us|me|it|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** A free relative ("whoever wins …"): its clause is the subject of a verb that follows. */
const FREE_RELATIVE = /^(?:whoever|whichever|whatever|whomever)$/i;

/** A relative word that opens a clause of its own after a comma. */
const RELATIVE_OPENER = /^(?:where|which|who|whom|whose|whereas|although|though)$/i;

/** The first tense cue after the expression, within the window. */
function cueAfter(words: Word[], end: number): ClauseTense {
  const firstAfter = words.findIndex((w) => w.start >= end);
  if (firstAfter === -1) return 'unknown';
  for (let k = firstAfter, n = 0; k < words.length && n < WINDOW; k += 1, n += 1) {
    const t = cueAt(words, k);
    // "Tuesday's meeting agreed to open centres": the agreeing is past; only what it agreed to lies ahead.
    if (t === 'future' && words[k + 1]?.text.toLowerCase() === 'to' && DECIDED_TO.test(words[k]!.text.toLowerCase())) return 'past';
    if (t !== 'unknown') return t;
  }
  return 'unknown';
}
