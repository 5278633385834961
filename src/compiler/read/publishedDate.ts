// The publication date of an article: stated (front matter or sidecar) or,
// failing that, inferred from the text (a dateline, or the latest full date
// it mentions) and flagged as inferred. Relative dates are read against it,
// so an inferred one is reported in the compile output.
import { isValidDay, isoDay } from '../../model/calendar';
import { MONTH_NUMBERS, WEEKDAY_NAMES } from '../text/lexicon';

export interface PublishedDate {
  published: string;
  basis: 'stated' | 'inferred';
  /** Where it came from, for people: "front matter", "sidecar", "dateline", "latest date in text", "none found". */
  from: string;
}

export interface StatedDate {
  value: string;
  /** Where the value was written, for messages ("front matter line 4", "x.meta.json"). */
  where: string;
  from: 'front matter' | 'sidecar';
}

export interface PublishedProblem {
  where: string;
  message: string;
}

const MONTHS = MONTH_NUMBERS;
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'g');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
// A dateline may write the month in capitals ("STEPANAKERT, JULY 7, …").
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b`, 'i');
const LEADING_WEEKDAY = new RegExp(`^(?:${WEEKDAY_NAMES.map((w) => `${w.slice(0, 3)}(?:${w.slice(3)})?`).join('|')})\\.?,?\\s+`, 'i');
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/** Checks a stated YYYY-MM-DD value; returns the problem in words, or null when it is a real day. */
export function checkIsoDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return `"${value}" is not a date in the form YYYY-MM-DD`;
  if (!isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) return `"${value}" is not a real calendar day`;
  return null;
}

/**
 * The calendar day of a date a page or a feed states, as written: ISO 8601
 * with or without a time ("2022-12-22T23:10:00-05:00" is the 22nd, the day in
 * the publisher's own zone), RFC 822 as feeds write it ("Thu, 22 Dec 2022
 * 10:00:00 +0300"), "December 22, 2022" or "22 December 2022". Null for
 * anything else, or a day the calendar lacks.
 */
export function dayOfStatedDate(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isValidDay(y, m, d) ? isoDay(y, m, d) : null;
  }
  // A weekday in front ("Thu, ") and a time after are not part of the day.
  const words = text.replace(LEADING_WEEKDAY, '').slice(0, 40);
  const head = fullDates(words.replace(/\s+\d{1,2}:\d{2}.*$/, ''));
  return head.length === 1 ? head[0]! : null;
}

export function resolvePublished(
  stated: StatedDate[],
  text: string,
  dateline: string | null,
): { date: PublishedDate; problems: PublishedProblem[] } {
  const problems: PublishedProblem[] = [];
  for (const candidate of stated) {
    const problem = checkIsoDay(candidate.value);
    if (problem === null) {
      return { date: { published: candidate.value.trim(), basis: 'stated', from: candidate.from }, problems };
    }
    problems.push({ where: candidate.where, message: `published: ${problem}; ignored` });
  }
  return { date: inferPublished(text, dateline), problems };
}

/** Latest full date in the text; a year-less dateline takes the latest year the text names. */
export function inferPublished(text: string, dateline: string | null): PublishedDate {
  const full = fullDates(text);
  const latest = full.length > 0 ? full.reduce((a, b) => (a > b ? a : b)) : null;
  if (dateline) {
    const inDateline = fullDates(dateline);
    if (inDateline.length > 0) return { published: inDateline[0]!, basis: 'inferred', from: 'dateline' };
    const md = MONTH_DAY.exec(dateline);
    const year = latestYear(text);
    if (md && year !== null) {
      const month = MONTHS[md[1]!.toLowerCase().replace('.', '')];
      const day = Number(md[2]);
      if (month && isValidDay(year, month, day)) {
        return { published: isoDay(year, month, day), basis: 'inferred', from: 'dateline' };
      }
    }
  }
  if (latest) return { published: latest, basis: 'inferred', from: 'latest date in text' };
  const year = latestYear(text);
  if (year !== null) return { published: isoDay(year, 12, 31), basis: 'inferred', from: 'latest year in text' };
  return { published: '1970-01-01', basis: 'inferred', from: 'none found' };
}

function fullDates(text: string): string[] {
  const found: string[] = [];
  const push = (y: number, m: number | undefined, d: number) => {
    if (m && isValidDay(y, m, d)) found.push(isoDay(y, m, d));
  };
  for (const m of text.matchAll(MONTH_DAY_YEAR)) push(Number(m[3]), MONTHS[m[1]!.toLowerCase().replace('.', '')], Number(m[2]));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) push(Number(m[3]), MONTHS[m[2]!.toLowerCase().replace('.', '')], Number(m[1]));
  for (const m of text.matchAll(ISO_DATE)) push(Number(m[1]), Number(m[2]), Number(m[3]));
  return found;
}

function latestYear(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (best === null || y > best) best = y;
  }
  return best;
}
