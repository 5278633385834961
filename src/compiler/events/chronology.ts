// A chronology's items carry their year down the list. News timelines write
// the year once and leave it off the items that follow ("March 18-19, 2003 –
// Talks fail." then "March 24 – Strikes begin."): read alone, "March 24" would
// take the publication's year, years after the happening. Here, when at least
// two paragraphs open on a date and a dash ("June 1989 –", "1998 –",
// "Nov. 18, 2001 –"), an item whose head names no year takes the year of the
// item before it, and so do the dates counted from it inside the item ("a day
// later"). A head that is a bare year ("1998 – An insurgency grows") dates its
// item even where a year alone would not be read as a date. Pure: sentences
// and their expressions in, expressions out.
import type { Sentence } from '../text/segment';
import type { TimeExpression } from '../temporal/findTimeExpressions';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, alternation } from '../text/lexicon';

const MONTH = `(?:${alternation(MONTH_NAMES)}|(?:${alternation(MONTH_ABBREVIATIONS.map((a) => a[0]!.toUpperCase() + a.slice(1)))})\\.?)`;
const DAYS = String.raw`\d{1,2}(?:\s*[-–]\s*\d{1,2})?`;
// The item's head: a date alone, then a dash or colon. "March 18-19, 1999 –", "June 1989 –", "12 May 2004:", "1998 –".
const ITEM_HEAD = new RegExp(
  String.raw`^(?:(?:early|mid|late)[\s-]+)?(?:${MONTH}(?:\s+${DAYS})?|${DAYS}\s+${MONTH})?,?\s*(\d{4})?\s*(?:--|[–—:]|\s-)\s+`,
  'i',
);
const YEAR_IN = /\b\d{4}\b/;
const MAX_HEADING_WORDS = 10;

interface Item {
  /** The year the head names, or null when it leaves it to the item before. */
  year: number | null;
  /** Where the head ends in the sentence: a date before it is the item's. */
  headEnd: number;
  headText: string;
}

function itemHead(text: string): Item | null {
  const m = ITEM_HEAD.exec(text);
  if (!m || m[0].trim().length <= 1) return null;
  const headText = m[0].replace(/\s*(?:--|[–—:]|\s-)\s*$/, '');
  // A head that is neither a month nor a year ("Update –", "12 –") opens no item.
  if (!/[A-Za-z]/.test(headText) && !m[1]) return null;
  return { year: m[1] ? Number(m[1]) : null, headEnd: headText.length, headText };
}

function shiftDay(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) + years;
  const rest = day.slice(4);
  // 29 February in a year that has none: the last day of that February.
  if (rest === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${String(y).padStart(4, '0')}-02-28`;
  return `${String(y).padStart(4, '0')}${rest}`;
}

function shifted(e: TimeExpression, years: number): TimeExpression {
  if (years === 0) return e;
  return { ...e, date: { ...e.date, start: shiftDay(e.date.start, years), end: shiftDay(e.date.end, years) } };
}

export interface Chronology {
  /** The expressions of sentence `index` (text `text`), with a chronology item's year carried into them. */
  adjust(index: number, text: string, expressions: TimeExpression[]): TimeExpression[];
  /** Whether sentence `index` is the heading of a list of items ("Chronology of the 2008 crisis:"): it tells no happening. */
  isHeading(index: number): boolean;
}

const NONE: Chronology = { adjust: (_i, _t, expressions) => expressions, isHeading: () => false };

export function readChronology(sentences: readonly Sentence[]): Chronology {
  // An item opens its paragraph; one paragraph opening on a date is a dateline or a lead, not a list.
  const heads = new Map<number, Item>();
  let previousParagraph = -1;
  for (const s of sentences) {
    if (s.paragraph === previousParagraph || s.role !== 'body') continue;
    previousParagraph = s.paragraph;
    const item = itemHead(s.text);
    if (item) heads.set(s.index, item);
  }
  if (heads.size < 2) return NONE;

  // A short line ending on a colon just before the first item introduces the list; a longer one is a sentence
  // ("On June 2, the council set out its plan:") and may tell a happening.
  const firstItem = Math.min(...heads.keys());
  const heading = sentences[firstItem - 1];
  const headingIndex = heading && (heading.role === 'body' || heading.role === 'standfirst') && /:\s*$/.test(heading.text)
    && heading.text.trim().split(/\s+/).length <= MAX_HEADING_WORDS ? heading.index : -1;

  let year: number | null = null;
  let paragraph = -1;
  let shift = 0;
  return {
    isHeading: (index) => index === headingIndex,
    adjust(index, text, expressions) {
      const sentence = sentences[index];
      if (!sentence) return expressions;
      const item = heads.get(index);
      if (item) {
        paragraph = sentence.paragraph;
        shift = 0;
        const headDates = expressions.filter((e) => e.start < item.headEnd);
        const target = item.year ?? year;
        if (headDates.length === 0 && item.year !== null && /^\d{4}$/.test(item.headText.trim())) {
          // "1998 – …": the head is the date, though a year alone is read only where it looks like one.
          const at = text.indexOf(item.headText.trim());
          const bare: TimeExpression = {
            start: at, end: at + 4, text: String(item.year),
            date: { start: `${item.year}-01-01`, end: `${item.year}-12-31`, precision: 'year' },
            kind: 'point', rule: 'chronology-year', tense: 'past',
          };
          expressions = [bare, ...expressions];
        }
        const first = headDates[0];
        // The tagger read the item in the year of its list already (a heading's year, a list crossing into
        // January): that reading stands.
        if (first?.anchor?.kind === 'story') {
          year = Number(first.date.start.slice(0, 4));
          return shiftRest(expressions, item.headEnd, 0);
        }
        if (first && target !== null && !YEAR_IN.test(first.text)) {
          shift = target - Number(first.date.start.slice(0, 4));
        }
        const adjusted = expressions.map((e) => (e.start < item.headEnd && !YEAR_IN.test(e.text) ? shifted(e, shift) : e));
        year = item.year ?? (first ? Number(shifted(first, shift).date.start.slice(0, 4)) : year);
        return shiftRest(adjusted, item.headEnd, shift);
      }
      if (sentence.paragraph !== paragraph) {
        // Prose after the list: the carry stops.
        if (sentence.role === 'body' && !heads.has(index)) { paragraph = -1; shift = 0; }
        return expressions;
      }
      return shiftRest(expressions, 0, shift);
    },
  };
}

/** Inside an item, dates counted from the one before ("a day later") move with the item's year. */
function shiftRest(expressions: TimeExpression[], from: number, years: number): TimeExpression[] {
  if (years === 0) return expressions;
  return expressions.map((e) => (e.start >= from && e.anchor?.kind === 'previous' && !YEAR_IN.test(e.text) ? shifted(e, years) : e));
}
