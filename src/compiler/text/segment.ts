// Sentence splitting for news text, with absolute offsets, paragraph numbers,
// a role per sentence (headline, standfirst, repeated headline, body) and the
// leading dateline set apart. A hand-written linear scanner rather than
// Intl.Segmenter, which splits after titles such as "Gen." and "Mr.": every
// decision looks at most a few dozen characters around a full stop, so a
// 5 MB article with a 200,000-character line stays O(n).
import { alternation, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './lexicon';

export interface Sentence {
  index: number;
  /** Offsets into the full article text; text.slice(start, end) === sentence.text, trimmed. */
  start: number;
  end: number;
  text: string;
  /** 0-based paragraph (blank-line separated blocks; see splitParagraphs for single newlines). */
  paragraph: number;
  /** 'furniture': a byline, an "Updated …" stamp, a photo caption or a "Read more" link, not the story. */
  role: 'headline' | 'standfirst' | 'repeated-headline' | 'body' | 'furniture';
  /** A leading dateline ("MOSCOW, Nov. 10 (Reuters) -"), excluded from start..end, absolute offsets. */
  dateline: { start: number; end: number; text: string } | null;
}

export interface SplitOptions {
  /** The first line is the headline (articles without front matter). Default true. */
  hasTitle?: boolean;
  /** The title from front matter: a first paragraph equal to it is still the headline. */
  title?: string;
}

// Titles and words that are followed by a name or a number, so their full stop
// never ends a sentence.
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'gens', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'cdr',
  'sgt', 'cpl', 'pvt', 'adm', 'brig', 'pres', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'rev', 'hon',
  'st', 'ste', 'mt', 'ft', 'no', 'nos', 'vs', 'fig', 'supt', 'insp', 'det', 'amb', 'atty', 'sec', 'dept',
  'approx', 'est', 'vol', 'art', 'para', 'ch', 'op', 'cf', 'ca', 'nr', 'gov’t', 'lieut', 'cmdt', 'comdr',
]);

// Month abbreviations stop a sentence only when no day number follows.
const MONTHS: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS);

// Capitalised words that follow "U.S." or "U.N." inside one noun phrase ("U.S.
// President", "U.N. Security Council"); any other capitalised word after such an
// abbreviation starts a new sentence ("...in the U.S. Officials said").
const AFTER_ACRONYM = new Set([
  'president', 'vice', 'secretary', 'ambassador', 'envoy', 'senator', 'congressman', 'congresswoman',
  'representative', 'army', 'navy', 'air', 'marine', 'marines', 'coast', 'forces', 'military', 'state',
  'department', 'embassy', 'consulate', 'treasury', 'senate', 'house', 'congress', 'supreme', 'district',
  'federal', 'national', 'government', 'administration', 'attorney', 'special', 'general', 'security',
  'central', 'defense', 'defence', 'foreign', 'trade', 'commerce', 'justice', 'energy', 'agency',
  'open', 'census', 'geological', 'capitol', 'chamber', 'postal', 'border', 'customs', 'immigration',
  'intelligence', 'mission', 'human', 'high', 'commissioner', 'food', 'health', 'environment',
  'charter', 'peacekeeping', 'refugee', 'development', 'children', 'court', 'navy’s', 'army’s',
  // Titles and offices that open with a word of their own ("U.S. Surgeon General X", "U.N. Deputy Secretary").
  'surgeon', 'deputy', 'assistant', 'chief', 'undersecretary', 'labor', 'interior', 'agriculture', 'education',
  'transportation', 'olympic',
]);
// ...but these abbreviations usually end a clause and are followed by function words.
const ACRONYM_COUNTRIES = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.a.e', 'u.s.s.r']);

// After "a.m."/"p.m." a weekday, month or time zone continues the sentence.
const AFTER_CLOCK = new RegExp(`^(?:${alternation(WEEKDAY_NAMES)}|${alternation(MONTH_ABBREVIATIONS)}|may|[a-z]{1,2}t|gmt|utc|est|edt|pst|pdt|cet|cest|msk|local|eastern|central|pacific|moscow|baku|yerevan)`, 'i');

const TERMINAL = new Set(['.', '?', '!', '…']);
const CLOSERS = new Set(['"', '\'', '”', '’', ')', ']', '»', '›', '*', '_']);
const OPENERS = new Set(['"', '\'', '`', '“', '‘', '(', '[', '«', '‹', '*', '_', '—', '–', '-']);

/** Whether the character code is one a regular expression's `\s` matches. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v';
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The token that ends right before the full stop at `dot`, e.g. "U.S" or "Gen"; bounded look-back. */
function tokenBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  const limit = Math.max(floor, dot - 24);
  while (i > limit && !isSpace(text[i - 1]) && !OPENERS.has(text[i - 1] ?? '')) i--;
  return text.slice(i, dot);
}

/** The next word after `from` (skipping spaces and opening quotes), bounded look-ahead. */
function nextWord(text: string, from: number, limit: number): { word: string; opener: boolean } {
  let i = from;
  let opener = false;
  const stop = Math.min(limit, from + 40);
  while (i < stop && (isSpace(text[i]) || OPENERS.has(text[i] ?? ''))) {
    if (OPENERS.has(text[i] ?? '')) opener = true;
    i++;
  }
  let j = i;
  while (j < stop && !isSpace(text[j]) && text[j] !== ',' && text[j] !== ';') j++;
  return { word: text.slice(i, j), opener };
}

/**
 * Whether the full stop ending `token` closes the sentence, given the next word.
 * Only called when the next word begins with a capital, digit or opening quote.
 */
function periodEndsSentence(token: string, next: string, before = '', opener = false): boolean {
  const bare = token.replace(/^[^A-Za-z0-9]+/, '');
  const lower = bare.toLowerCase();
  const first = next[0];
  if (NEVER_FINAL.has(lower)) return false;
  if (MONTHS.has(lower)) return !isDigit(first);
  // An initial ("J. R. Smith"), or the middle of a spelled-out acronym.
  if (/^[A-Z]$/.test(bare)) return false;
  if (ACRONYM_COUNTRIES.has(lower)) {
    // A country's acronym as a noun takes "the" ("sold in the U.S. Analysts expect …"); without it, it opens a name
    // ("chairman of U.S. Trust Corp.", "U.S. Trust, a bank, …").
    if (!/^the$/i.test(before) && /^[A-Z][a-z]/.test(next)) return false;
    return !AFTER_ACRONYM.has((/^[A-Za-z’']+/.exec(next)?.[0] ?? '').toLowerCase());
  }
  // ("at 9:20 a.m. (0620 GMT) Monday": the same time in another zone, in brackets, goes on with it.)
  if (lower === 'a.m' || lower === 'p.m') return !AFTER_CLOCK.test(next) && !(opener && /^\d{1,2}[:.]?\d{2}$/.test(next));
  return true;
}

interface Block { start: number; end: number }

/**
 * Paragraphs as [start, end) ranges: blank-line separated blocks. Inside a block,
 * single newlines are soft wraps unless most lines end like sentences (text
 * pasted one paragraph per line), or the line is a Markdown heading or list item.
 */
function splitParagraphs(text: string, hasTitle: boolean): Block[] {
  const lines: Block[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start: s, end: i });
      s = i + 1;
    }
  }
  const blank = (b: Block): boolean => text.slice(b.start, b.end).trim() === '';
  const blocks: Block[][] = [];
  let current: Block[] = [];
  for (const line of lines) {
    if (blank(line)) {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  const out: Block[] = [];
  blocks.forEach((block, bi) => {
    let lineBlock = block;
    if (bi === 0 && hasTitle && block.length > 1) {
      out.push(block[0]!);
      lineBlock = block.slice(1);
    }
    const ends = lineBlock.slice(0, -1).filter((l) => /[.?!…:"”’)]\s*$/.test(text.slice(Math.max(l.start, l.end - 4), l.end))).length;
    const structural = (l: Block): boolean => /^\s{0,3}(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>)/.test(text.slice(l.start, Math.min(l.end, l.start + 8)));
    const perLine = lineBlock.length > 1 && ends * 2 >= lineBlock.length - 1;
    let open: Block | null = null;
    for (const line of lineBlock) {
      if (perLine || structural(line) || open === null) {
        if (open) out.push(open);
        open = { ...line };
        if (structural(line) && !perLine) { out.push(open); open = null; }
      } else open.end = line.end;
    }
    if (open) out.push(open);
  });
  return out;
}

const MONTH_TITLE = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
// Wire copy writes the month in capitals too ("STEPANAKERT, JULY 7, …").
const MONTH_NAME = `(?:${MONTH_TITLE}|${MONTH_TITLE.toUpperCase()})`;
const DATE_PART = `(?:${MONTH_NAME}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_NAME})(?:,?\\s+\\d{4})?`;
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}'’.-]+(?:[ -]\\p{Lu}[\\p{Lu}'’.-]+){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{Ll}'’.-]+(?:[ -]\\p{Lu}[\\p{Ll}'’.-]+){0,2}";
const REGION = "(?:,\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2})?";
// "(Reuters)", "(DİHA)", "(Xinhua News Agency)"; after a comma too ("LONDON, (Reuters) –").
const AGENCY = "\\s*,?\\s*\\(\\p{Lu}[\\p{L} .&'’/-]{0,40}\\)";
// A news agency named in capitals after the date: "…, JULY 7, ARTSAKHPRESS-ARMENPRESS:".
const CAPS_AGENCY = "(?:,\\s+\\p{Lu}{2,}(?:[-/ ]\\p{Lu}{2,}){0,3})";
// The mark that ends a dateline: a dash or colon and a space, or a double or long dash right before the
// sentence's capital ("(RHC)--U.S. author …"); a hyphen needs its space, as places are written with hyphens.
// Older wire copy types the dash as an underscore ("KESSARO (AP)_ The mayor …").
const DASH = '(?:\\s*(?:--|[-–—_]|:)\\s+|\\s*(?:--|[–—_])(?=[\\p{Lu}"“‘]))';
// "NEW DELHI | March 24:": a bar between the place and the date.
const DATE_AFTER_PLACE = `(?:,\\s+|\\s+\\|\\s+)${DATE_PART}`;
// "MOSCOW, Nov. 10 (Reuters) -", "YEREVAN, Armenia (AP) —", "WASHINGTON —",
// "BAKU, Azerbaijan, December 23.", "Baku, 23 December (AzerTAc) -", "Kathmandu, April 27 (IANS) The …",
// "(Newser) – …".
const DATELINE_PATTERNS = [
  new RegExp(`^${CAPS_PLACE}${REGION}(?:${DATE_AFTER_PLACE}${CAPS_AGENCY}?)?(?:${AGENCY})?${DASH}`, 'u'),
  new RegExp(`^${CAPS_PLACE}${REGION},\\s+${DATE_PART}\\.\\s+`, 'u'),
  new RegExp(`^${TITLE_PLACE}${REGION}(?:${DATE_AFTER_PLACE})?${AGENCY}${DASH}`, 'u'),
  new RegExp(`^${TITLE_PLACE}${REGION}${DATE_AFTER_PLACE}${DASH}`, 'u'),
  // A place, a date and an agency say dateline without a dash after them.
  new RegExp(`^(?:${CAPS_PLACE}|${TITLE_PLACE})${REGION}${DATE_AFTER_PLACE}${AGENCY}\\s+(?=\\p{Lu})`, 'u'),
  new RegExp(`^\\(\\p{Lu}[\\p{L} .&'’/-]{0,40}\\)${DASH}`, 'u'),
  // "Oct. 15 (Newswire) -- …": the date and the agency, without the place.
  new RegExp(`^${DATE_PART}${AGENCY}${DASH}`, 'u'),
];
// "Sept. 27 — …": a date alone opens the lead as its dateline; in a chronology every item opens so.
const DATE_ONLY_DATELINE = new RegExp(`^${DATE_PART}${DASH}`, 'u');
const OPENS_ON_DATE = new RegExp(`^(?:${DATE_PART}|\\d{4})(?:[-–]\\d{1,2})?,?\\s*(?:\\d{4}\\s*)?(?:--|[-–—:])`, 'u');

function findDateline(text: string, start: number, end: number, dateAlone: boolean): { start: number; end: number; text: string } | null {
  const head = text.slice(start, Math.min(end, start + 160));
  for (const re of dateAlone ? [...DATELINE_PATTERNS, DATE_ONLY_DATELINE] : DATELINE_PATTERNS) {
    const m = re.exec(head);
    if (!m) continue;
    const raw = m[0].replace(/\s+$/, '');
    // A dateline is followed by the sentence, never by the end of the paragraph.
    if (start + m[0].length >= end) return null;
    return { start, end: start + raw.length, text: raw };
  }
  return null;
}

const FOLD_TRAILING = new Set('.!?…:;,');

/** Lower case, no quotes, no closing punctuation, single spaces: a headline as compared with a paragraph. */
function fold(s: string): string {
  const t = s.toLowerCase().replace(/[“”"‘’'`«»]/g, '');
  // A loop rather than an end-anchored pattern, which would retry at every character.
  let end = t.length;
  while (end > 0 && (isSpaceCode(t.charCodeAt(end - 1)) || FOLD_TRAILING.has(t[end - 1]!))) end--;
  return t.slice(0, end).replace(/\s+/g, ' ').trim();
}

const FOLD_DROPS = new Set([...'“”"‘’\'`«».!?…:;,'].map((c) => c.charCodeAt(0)));

/**
 * A lower bound on fold(text[from, to)).length: the characters no step of
 * fold removes (lower case never turns one into nothing). A paragraph above the
 * headline's length is no repeat of it, and is not folded at all.
 */
function foldedAtLeast(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair counts once, by its second half.
    if (!isSpaceCode(c) && !FOLD_DROPS.has(c) && !(c >= 0xd800 && c <= 0xdbff)) n++;
  }
  return n;
}

const ATTRIBUTION_CUE = /\b(?:said|says|told|according to|announced|reported|stated|declared)\b/i;

/** Splits one paragraph range into trimmed sentence ranges. */
function splitBlock(text: string, from: number, to: number, push: (s: number, e: number) => void): void {
  let sentStart = from;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    // Not one of TERMINAL: read on.
    if (code !== 46 /* . */ && code !== 63 /* ? */ && code !== 33 /* ! */ && code !== 0x2026 /* … */) { i++; continue; }
    const c = text[i]!;
    let j = i;
    while (j < to && TERMINAL.has(text[j]!)) j++;
    const punctEnd = j;
    while (j < to && CLOSERS.has(text[j]!)) j++;
    if (j < to && !isSpace(text[j])) { i = j; continue; }
    const { word, opener } = nextWord(text, j, to);
    const first = word[0];
    let boundary = word === '' ? true : isUpper(first) || isDigit(first) || (opener && !isLower(first));
    if (boundary && isLower(first)) boundary = false;
    // A lone full stop looks back at the word it ends; "?", "!" and ellipses stand on their own.
    if (boundary && c === '.' && punctEnd - i === 1 && word !== '') {
      const token = tokenBefore(text, i, sentStart);
      boundary = periodEndsSentence(token, word, tokenBefore(text, i - token.length - 1, sentStart), opener);
    }
    if (boundary) {
      push(sentStart, j);
      sentStart = j;
    }
    i = j;
  }
  push(sentStart, to);
}

// Page furniture a scraper or a copy-paste brings along with the story.
const FURNITURE_LEAD = /^\(?(?:(?:Reporting|Writing|Editing|Additional\s+reporting|Compiled|Edited|Photos?|Graphics?)\s+by\b|(?:Updated|Published|Posted|Last\s+updated|First\s+published)\b|(?:Photo(?:graph)?|Image|Picture|Caption|Pictured|Video|Watch|Listen|Read\s+more|Related|See\s+also|More\s+on\s+this|Sign\s+up|Subscribe)\s*:|Advertisement\s*$)/i;
// "By Anna Keller and Tomás Ruiz": a byline is a few names and no sentence.
const BYLINE = new RegExp(`^By\\s+(?!(?:${WEEKDAY_NAMES.join('|')}|${MONTH_NAMES.join('|')}|Christmas|Easter|Then|Now|Noon|Midnight)\\b)\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|and|de|van|von|al|bin))+(?=\\s*(?:$|[,|•·]|\\s(?:Updated|Published|Posted|in|for)\\b))`, 'u');

// "(Xinhua News Agency March 3, 2011)", "(Reuters)": a source's credit line in brackets, with its date.
const CREDIT_LINE = new RegExp(`^\\(\\p{Lu}[\\p{L}.&'’/-]*(?:\\s+\\p{Lu}[\\p{L}.&'’/-]*){0,5}(?:,?\\s+${DATE_PART})?\\)\\.?$`, 'u');

/** True for a line of page furniture rather than the story: bylines, time stamps, captions, links, credit lines. */
export function isFurniture(sentence: string): boolean {
  if (sentence.length > 240) return false;
  return FURNITURE_LEAD.test(sentence) || CREDIT_LINE.test(sentence) || (BYLINE.test(sentence) && !/[.!?]["”’)]*$/.test(sentence));
}

// A dateline standing alone as the first paragraph, as pages and wire copy often lay it out ("LUMA, Varnia (AP)
// --" with the story below it): the splitter keeps a dateline only when the sentence follows it.
const DATELINE_ALONE = /^\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,\s+\p{Lu}[\p{L} .'’]*?)?(?:,\s+\p{Lu}\p{L}*\.?\s+\d{1,2})?\s*(?:\([^()]{1,40}\))?\s*(?:--|[-–—_:])$/u;

/** Whether a paragraph is a dateline alone ("LUMA, Varnia (AP) --", "SALEM, Ore. _"). */
export function isDatelineAlone(paragraph: string): boolean {
  return DATELINE_ALONE.test(paragraph.trim());
}

/**
 * The article's dateline as written: the one the splitter set apart, else the first line of the story when it is a
 * dateline alone (the splitter may end a sentence inside that line: "SALEM, ORE." | "(AP)--"); null when neither.
 */
export function articleDateline(text: string, sentences: readonly Sentence[]): string | null {
  const set = sentences.find((s) => s.dateline !== null)?.dateline;
  if (set) return set.text;
  const firstBody = sentences.find((s) => s.role === 'body' || s.role === 'furniture');
  if (!firstBody) return null;
  const lineEnd = text.indexOf('\n', firstBody.start);
  const line = text.slice(firstBody.start, lineEnd < 0 ? text.length : lineEnd);
  return isDatelineAlone(line) ? line : null;
}

export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const hasTitle = options.hasTitle ?? true;
  const paragraphs = splitParagraphs(text, hasTitle);
  const sentences: Sentence[] = [];
  const roleOfParagraph: Sentence['role'][] = paragraphs.map(() => 'body');

  let headline: string | null = null;
  if (paragraphs.length > 0) {
    const p0 = paragraphs[0]!;
    const firstText = text.slice(p0.start, p0.end);
    if (hasTitle || (options.title !== undefined && fold(options.title) !== '' && fold(firstText) === fold(options.title))) {
      roleOfParagraph[0] = 'headline';
      headline = fold(firstText);
    } else if (options.title !== undefined) headline = fold(options.title);
  }

  // A date alone opens the first body paragraph as its dateline, unless paragraphs open on dates as a
  // chronology's items do ("March 24 – NATO begins bombing"): there the date is the item's.
  const opensOnDate = paragraphs.filter((p) => OPENS_ON_DATE.test(text.slice(p.start, Math.min(p.end, p.start + 40)).trimStart())).length;
  const firstBody = roleOfParagraph.indexOf('body');
  paragraphs.forEach((p, pi) => {
    // Markdown heading/list/quote markers are not part of the sentence.
    let start = p.start;
    const marker = /^\s*(?:#{1,6}\s+|[-*+•]\s+|>\s*)/.exec(text.slice(start, Math.min(p.end, start + 16)));
    if (marker) start += marker[0].length;
    const folded = headline !== null && pi > 0 && p.end - p.start < 1000 && foldedAtLeast(text, start, p.end) <= headline.length
      ? fold(text.slice(start, p.end))
      : null;
    if (folded !== null && folded === headline) roleOfParagraph[pi] = 'repeated-headline';

    let dateline: Sentence['dateline'] = null;
    if (roleOfParagraph[pi] === 'body') {
      const lead = /^\s*/.exec(text.slice(start, Math.min(p.end, start + 64)));
      dateline = findDateline(text, start + (lead ? lead[0].length : 0), p.end, pi === firstBody && opensOnDate < 2);
      if (dateline) start = dateline.end;
    }
    let first = true;
    splitBlock(text, start, p.end, (s, e) => {
      while (s < e && isSpace(text[s])) s++;
      while (e > s && isSpace(text[e - 1])) e--;
      if (e <= s) return;
      sentences.push({
        index: sentences.length,
        start: s,
        end: e,
        text: text.slice(s, e),
        paragraph: pi,
        role: roleOfParagraph[pi]!,
        dateline: first ? dateline : null,
      });
      first = false;
    });
  });

  // The standfirst: one short sentence right after the headline, recognised only
  // when a repeated headline follows it (wire copy laid out "headline, summary,
  // headline, body") or when it reads like a summary (no final full stop, no
  // attribution). A lede that merely follows the headline stays body: it
  // usually carries the main event.
  for (const s of sentences) if (s.role === 'body' && isFurniture(s.text)) s.role = 'furniture';
  if (roleOfParagraph[0] === 'headline' && paragraphs.length > 2) {
    const inPara1 = sentences.filter((s) => s.paragraph === 1);
    const only = inPara1[0];
    if (only && inPara1.length === 1 && only.dateline === null && only.role === 'body') {
      const nextIsRepeat = roleOfParagraph[2] === 'repeated-headline';
      const summaryLike = only.text.length <= 250 && !/[.!?…]["”’)]*$/.test(only.text) && !ATTRIBUTION_CUE.test(only.text);
      if (nextIsRepeat || summaryLike) only.role = 'standfirst';
    }
  }
  return sentences;
}
