// The items of a chronology: lines that open with a date and a colon or a
// dash ("Jan. 4: Rebels seize the port", "- March 3 — Talks open"). Under a
// heading or in a passage that names an earlier year ("Chronology of the 2008
// crisis:"), a year-less item is in that year, whatever the tense it is told
// in (chronologies are written in the present), not in the year publication
// implies. A year an item writes out ("Dec. 30, 2007: …") holds for the items
// after it, and items run forward: one in January after one in December is in
// the next year.
//
// Two readers share these rules. readChronology follows the sentences as the
// tagger reads them (the TimeML output and the compiler both go through it) and
// gives an item the year it is to be read in, so "a day later" inside an item
// counts from a date already in the right year. readChronologyLayout sees the
// whole article, paragraphs included, which only the compiler has: the heading
// over a list tells no happening, and a bare year opening an item ("1998 – An
// insurgency grows") is its date, though a year alone is read elsewhere only
// where it looks like one.
import { parseIsoDay } from '../../model/calendar';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, alternation } from '../text/lexicon';
import type { Sentence } from '../text/segment';
import type { Focus, TimeExpression } from './types';

/** A date opening its line, then a colon or a dash: what a chronology's item starts with. */
const AFTER_ITEM_DATE = /^\s*(?::|[-\u2013\u2014](?=\s))/;
const BEFORE_ITEM_DATE = /^[\s\-\u2013\u2014\u2022*]*$/;
/** Words that name a list of dated happenings. */
const CHRONOLOGY_WORDS = /\b(?:chronology|timeline|time\s+line|key\s+(?:dates|events|moments)|how\s+(?:it|the\s+\w+|events)\s+unfolded|at\s+a\s+glance|in\s+dates)\b/i;
const WRITTEN_YEAR = /\b(?:1[5-9]|20)\d\d\b/;
/** Sentences a heading's year waits for the first item, and sentences between items before the chronology is over. */
const HEADING_REACH = 2;
const GAP_REACH = 3;
const MAX_HEADING_WORDS = 10;
/** A longer heading is named in a date's "why" by its date alone. */
const MAX_HEADING_CHARS = 60;

/** The date that opens a chronology's item, or null when the sentence is not one. */
export function itemDate(sentence: string, expressions: readonly TimeExpression[]): TimeExpression | null {
  const first = expressions[0];
  if (!first || first.kind === 'ongoing' || first.date.precision === 'decade' || first.date.precision === 'year') return null;
  if (!BEFORE_ITEM_DATE.test(sentence.slice(0, first.start))) return null;
  return AFTER_ITEM_DATE.test(sentence.slice(first.end)) ? first : null;
}

/**
 * The year a heading gives the list under it ("Chronology of the 2008 crisis:", "Key dates, 1994") and the words
 * that say so (the heading, or its date when the heading is long), or null.
 */
export function headingYear(sentence: string, expressions: readonly TimeExpression[]): { year: number; text: string } | null {
  const words = sentence.trim().split(/\s+/).length;
  // A heading ends on a colon, names a list, or is a short line without a full stop ("Velmar, 2008").
  const heading = /:\s*$/.test(sentence) || CHRONOLOGY_WORDS.test(sentence) || (words <= MAX_HEADING_WORDS && !/[.!?]["'\u201d]?\s*$/.test(sentence));
  if (!heading) return null;
  const dated = expressions.find((e) => e.kind !== 'ongoing' && e.date.precision !== 'decade' && WRITTEN_YEAR.test(e.text));
  if (!dated) return null;
  const text = sentence.trim().replace(/:\s*$/, '');
  return { year: parseIsoDay(dated.date.start).year, text: text.length <= MAX_HEADING_CHARS ? text : dated.text };
}

export interface Chronology {
  /**
   * The year to read the sentence's year-less dates in when it is an item of
   * a chronology, given what a first reading found; null when it is not one
   * or no year is known. `storyFocus` is the year the passage is set in.
   */
  focusFor(sentence: string, expressions: readonly TimeExpression[], storyFocus: Focus | null): Focus | null;
  /** Takes note of the sentence as finally read. */
  after(sentence: string, expressions: readonly TimeExpression[]): void;
}

export function readChronology(published: string): Chronology {
  const pubYear = parseIsoDay(published).year;
  let heading: { year: number; text: string; age: number } | null = null;
  let current: { year: number; text: string; lastMonth: number; gap: number } | null = null;

  return {
    focusFor(sentence, expressions, storyFocus) {
      const lead = itemDate(sentence, expressions);
      if (!lead || WRITTEN_YEAR.test(lead.text)) return null;
      const base = current ?? (heading ? { ...heading, lastMonth: 0 } : storyFocus ? { year: storyFocus.year, text: storyFocus.text, lastMonth: 0 } : null);
      if (!base || base.year >= pubYear) return null;
      // A January item after a December one: the list has crossed into the next year.
      const month = parseIsoDay(lead.date.start).month;
      const year = base.lastMonth >= 10 && month <= 3 && base.year + 1 < pubYear ? base.year + 1 : base.year;
      return { year, text: base.text, firm: true };
    },
    after(sentence, expressions) {
      const lead = itemDate(sentence, expressions);
      if (lead) {
        const { year, month } = parseIsoDay(lead.date.start);
        const text = WRITTEN_YEAR.test(lead.text) ? lead.text : current?.text ?? heading?.text ?? String(year);
        current = { year, text, lastMonth: month, gap: 0 };
        heading = null;
        return;
      }
      if (current && ++current.gap > GAP_REACH) current = null;
      if (heading && ++heading.age > HEADING_REACH) heading = null;
      const found = headingYear(sentence, expressions);
      if (found) {
        heading = { ...found, age: 0 };
        current = null;
      }
    },
  };
}

const MONTH = `(?:${alternation(MONTH_NAMES)}|(?:${alternation(MONTH_ABBREVIATIONS.map((a) => a[0]!.toUpperCase() + a.slice(1)))})\\.?)`;
const DAYS = String.raw`\d{1,2}(?:\s*[-–]\s*\d{1,2})?`;
/** An item's head opening its paragraph: a date alone, then a dash or colon. "March 18-19, 1999 –", "June 1989 –", "12 May 2004:", "1998 –". */
const ITEM_HEAD = new RegExp(
  String.raw`^(?:(?:early|mid|late)[\s-]+)?(?:${MONTH}(?:\s+${DAYS})?|${DAYS}\s+${MONTH})?,?\s*(\d{4})?\s*(?:--|[–—:]|\s-)\s+`,
  'i',
);

/** The head of the item a paragraph opens: its text, and the year when the head is a year alone ("1998 –"). */
function itemHead(text: string): { headText: string; bareYear: number | null } | null {
  const m = ITEM_HEAD.exec(text);
  if (!m || m[0].trim().length <= 1) return null;
  const headText = m[0].replace(/\s*(?:--|[–—:]|\s-)\s*$/, '');
  // A head that is neither a month nor a year ("Update –", "12 –") opens no item.
  if (!/[A-Za-z]/.test(headText) && !m[1]) return null;
  return { headText, bareYear: m[1] && /^\d{4}$/.test(headText.trim()) ? Number(m[1]) : null };
}

export interface ChronologyLayout {
  /** Whether sentence `index` is the heading of a list of items ("Chronology of the 2008 crisis:"): it tells no happening. */
  isHeading(index: number): boolean;
  /** The date of an item whose head is a bare year ("1998 – …") that the tagger left unread, or null. */
  bareYear(index: number, text: string, expressions: readonly TimeExpression[]): TimeExpression | null;
}

const NO_LAYOUT: ChronologyLayout = { isHeading: () => false, bareYear: () => null };

/** The chronology an article's paragraphs lay out: at least two paragraphs that open on a date and a dash. */
export function readChronologyLayout(sentences: readonly Sentence[]): ChronologyLayout {
  // An item opens its paragraph; one paragraph opening on a date is a dateline or a lead, not a list.
  const heads = new Map<number, { headText: string; bareYear: number | null }>();
  let previousParagraph = -1;
  for (const s of sentences) {
    if (s.paragraph === previousParagraph || s.role !== 'body') continue;
    previousParagraph = s.paragraph;
    const item = itemHead(s.text);
    if (item) heads.set(s.index, item);
  }
  if (heads.size < 2) return NO_LAYOUT;

  // A short line ending on a colon just before the first item introduces the list; a longer one is a sentence
  // ("On June 2, the council set out its plan:") and may tell a happening.
  const firstItem = Math.min(...heads.keys());
  const heading = sentences[firstItem - 1];
  const headingIndex = heading && (heading.role === 'body' || heading.role === 'standfirst') && /:\s*$/.test(heading.text)
    && heading.text.trim().split(/\s+/).length <= MAX_HEADING_WORDS ? heading.index : -1;

  return {
    isHeading: (index) => index === headingIndex,
    bareYear(index, text, expressions) {
      const item = heads.get(index);
      if (!item || item.bareYear === null) return null;
      const head = item.headText.trim();
      if (expressions.some((e) => e.start < item.headText.length)) return null;
      const at = text.indexOf(head);
      return {
        start: at, end: at + 4, text: head,
        date: { start: `${item.bareYear}-01-01`, end: `${item.bareYear}-12-31`, precision: 'year' },
        kind: 'point', rule: 'chronology-year', tense: 'past',
      };
    },
  };
}
