// The label rubric (docs/extraction.md), as a check a program can run: a
// label is a headline a reader takes in at a glance, who did what, never a
// fragment of its sentence. The check is mechanical, so it sees the forms of a
// fragment (a label that opens on a pronoun, a verb or a preposition, ends on a
// word that wants more, is cut inside a word, or is only a date), not whether
// the label names the right happening: that the extraction measure judges.
import { IRREGULAR_PAST, MODAL_VERBS, MONTH_NAMES, REPORTING_VERB_SET, WEEKDAY_NAMES } from '../text/lexicon';

/** The longest label the rubric allows, in characters. */
export const MAX_LABEL_LENGTH = 80;

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'them', 'him', 'us', 'one', 'which', 'who', 'whose', 'whom']);
const AUXILIARIES = new Set([...MODAL_VERBS, 'was', 'were', 'is', 'are', 'am', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'did', 'does', 'do', "won't", 'won’t', "didn't", 'didn’t', "wasn't", 'wasn’t']);
const OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'since', 'until', 'till', 'when', 'while', 'as', 'from', 'by', 'with', 'during',
  'following', 'of', 'for', 'to', 'into', 'than', 'and', 'but', 'or', 'so', 'nor', 'also', 'then', 'if', 'because',
  'although', 'though', 'whether', 'where', 'according', 'including', 'amid', 'despite', 'about', 'over', 'under',
]);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
// Words a headline never ends on ("in", "over", "before" can: "sworn in", "the outbreak is over").
const OPEN_ENDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'and', 'or', 'but', 'by', 'with', 'for', 'at', 'from', 'that', 'which', 'who', 'whose',
  'as', 'than', 'into', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'be', 'its', 'their', 'his',
  'her', 'our', 'until', 'between', 'because', 'while', 'if',
]);
// "At least 114 dead", "About 200 flights": a quantity, not a clause's link word.
const QUANTITY = /^(?:at\s+(?:least|most)|about|around|nearly|almost|more\s+than|less\s+than|fewer\s+than|up\s+to|over|under|some)\s+(?:[\d$€£]|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand|million))/i;
const GENERIC_HEADS = new Set([
  'company', 'firm', 'agency', 'ministry', 'union', 'group', 'bank', 'team', 'club', 'court', 'department', 'organisation',
  'organization', 'carrier', 'airline', 'retailer', 'lender', 'insurer', 'automaker', 'group’s', "group's",
]);
const CALENDAR = new RegExp(`^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b`, 'i');

/** Whether the label's last word is, in the quote, only the start of a longer word. */
function cutInsideWord(label: string, quote: string): boolean {
  const m = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(label);
  if (!m || m[1]!.length < 3) return false;
  const tail = m[1]!.toLowerCase();
  // An inflection ("collapse" for "collapsed") is a word of its own; a cut leaves more behind, or says so with "…".
  const minimumLeft = /…\s*$/.test(label) ? 1 : 4;
  const q = quote.toLowerCase();
  let whole = false;
  let part = false;
  for (let i = q.indexOf(tail); i >= 0; i = q.indexOf(tail, i + 1)) {
    const before = q[i - 1];
    const after = q[i + tail.length];
    const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    if (isLetter(before)) continue;
    let rest = 0;
    while (isLetter(q[i + tail.length + rest])) rest++;
    if (rest >= minimumLeft) part = true;
    else if (!isLetter(after)) whole = true;
  }
  return part && !whole;
}

/**
 * A past form before a preposition, an object or a date ("Announced on
 * Monday…", "Signed the deal…"), or an -ing form before an object ("Protesting
 * the ruling…"), is a clause without its subject; "Meeting in Moscow" and
 * "Opening of the bridge" are nouns and pass.
 */
function opensOnVerb(first: string, second: string, secondAsWritten: string): boolean {
  const object = PRONOUNS.has(second) || second === 'the' || second === 'a' || second === 'an';
  if (/ed$/.test(first) || IRREGULAR_PAST.has(first)) return object || (OPENERS.has(second) && second !== 'of') || CALENDAR.test(secondAsWritten);
  if (/ing$/.test(first)) return object;
  return false;
}

const words = (label: string): string[] => label.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, '')).filter(Boolean);

/**
 * What keeps a label from meeting the rubric, in words; an empty list when it
 * meets it. With the sentence it was made from, a label that stops on a part
 * of one of its words is found cut inside a word.
 */
export function labelProblems(label: string, quote?: string): string[] {
  const problems: string[] = [];
  const text = label.trim();
  if (!text) return ['empty'];
  if (text.length > MAX_LABEL_LENGTH) problems.push(`longer than ${MAX_LABEL_LENGTH} characters`);
  if (quote !== undefined && cutInsideWord(text, quote)) problems.push('cut inside a word');
  if (/^[,;:.)\]—–-]/.test(text)) problems.push('opens on punctuation');
  const w = words(text);
  if (w.length === 0) return [...problems, 'no words'];
  const first = w[0]!.toLowerCase();
  const second = w[1]?.toLowerCase();
  // An acronym ("WHO") or a quoted title ("'My Son's Story' published") is a name, whatever its letters spell.
  const named = (/^\p{Lu}{2,}$/u.test(w[0]!) && w[0] !== 'I') || /^["'“‘]/.test(text);
  if (named || QUANTITY.test(text)) {
    // nothing to say about the opening
  } else if (PRONOUNS.has(first)) problems.push(`opens on the pronoun "${w[0]}"`);
  else if (AUXILIARIES.has(first) || REPORTING_VERB_SET.has(first)) problems.push(`opens on the verb "${w[0]}"`);
  else if (OPENERS.has(first)) problems.push(`opens on "${w[0]}", a clause's link word`);
  else if (DIRECTIONS.has(first) && second === 'of') problems.push(`opens on a place phrase ("${w[0]} of")`);
  else if (second !== undefined && opensOnVerb(first, second, w[1]!)) problems.push(`opens on the verb "${w[0]}"`);
  if (first === 'the' && second !== undefined && GENERIC_HEADS.has(second)) problems.push(`"the ${second}" is not said by name`);
  const last = w[w.length - 1]!.toLowerCase();
  if (w.length > 1 && OPEN_ENDS.has(last) && !/[.!?"”’)]$/.test(text)) problems.push(`ends on "${w[w.length - 1]}", which wants more`);
  const dateOnly = text.replace(/\b(?:on|in|at|the|of|early|late|mid|last|next|this|since|until|by)\b/gi, '').replace(/[\d\s,.'’–-]+/g, ' ');
  const left = words(dateOnly);
  if (left.some((x) => CALENDAR.test(x)) && left.every((x) => CALENDAR.test(x) || /^\p{Lu}{2,}$/u.test(x))) problems.push('only a date or dateline');
  const opens = (text.match(/[“([]/g) ?? []).length;
  const closes = (text.match(/[”)\]]/g) ?? []).length;
  if (opens !== closes) problems.push('unbalanced quote marks or brackets');
  return problems;
}
