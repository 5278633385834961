// TIMEX3 (TimeML 1.2, TIDES values): the extent rules and the value
// formats every parser uses. Extents leave out the prepositions that link an
// expression to its clause ("on", "in", "since": TimeML's signals) and a
// possessive "'s", and keep determiners and modifiers ("the", "last",
// "early", "nearly"). Values: "2022-12-22", "2022-12", "2022-W51",
// "2022-Q3", "2020-FA", "2020", "199" (a decade), "19" (a century),
// "2022-12-22T15:00", "2022-12-22TNI", "P3D", "PT2H", "PXY", "PRESENT_REF".
import { addDays, parseIsoDay, toUtcMs, weekday } from '../../model/calendar';
import type { Precision } from '../../model/schema';
import type { Duration, TemporalResult, TimeExpression, Timex, TimexType } from './types';

/** Words that link a time expression to its clause and stay outside its TIMEX3. */
const SIGNAL_LEAD = /^(?:(?:on|in|at|since|by|until|till|from|for|during|before|after|of|through|throughout|between|to|into|within|as\s+of|as\s+early\s+as|as\s+late\s+as|starting|beginning|effective|around|circa|over)\s+)+/i;

const ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'st', 'nd', 'rd', 'th', 'a.m', 'p.m', 'est', 'gmt']);

/** The TimeML extent inside [start, end): signals before, a possessive and punctuation after, left out. */
export function timexExtent(s: string, start: number, end: number): { start: number; end: number } {
  let text = s.slice(start, end);
  for (;;) {
    const lead = SIGNAL_LEAD.exec(text);
    if (!lead) break;
    // "over two weeks": a modifier of a count, kept; "over the weekend": a signal. "at least" is a modifier too.
    const word = /^\S+/.exec(lead[0])![0].toLowerCase();
    if ((word === 'over' || word === 'around') && /^(?:over|around)\s+(?:a|an|\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|several|few|dozen)/i.test(text) && !(word === 'over' && spreadsAmount(s, start, text))) break;
    if (word === 'at' && /^at\s+(?:least|most)\b/i.test(text)) break;
    const cut = /^\S+\s+/.exec(text)![0].length;
    start += cut;
    text = text.slice(cut);
  }
  const tail = /(?:['\u2019]s|['\u2019])?[\s,;:]*$/.exec(text);
  if (tail && tail[0].length > 0 && tail[0].length < text.length) end -= tail[0].length;
  // A full stop ends the sentence, unless it ends an abbreviation ("p.m.", "Nov.").
  const dot = /(?:^|[^A-Za-z.])([A-Za-z]+)\.$/.exec(s.slice(start, end));
  if (dot && !ABBREVIATIONS.has(dot[1]!.toLowerCase()) && dot[1]!.length > 1) end -= 1;
  return { start, end };
}

// An amount a few words back in the same clause: "$5 billion", "2,000 jobs", "3 percent a year", "20% annually", "40
// million can be used". A year (1990, 2013) or a count fused to a unit ("45-year-old") is no amount.
const AMOUNT_BEFORE = /(?:^|[\s(])(?:[$\u20ac\u00a3]\s?\d[\d,.]*|(?!(?:1[89]|20)\d\d\b)\d[\d,.]*%?(?![\w-])|(?:hundred|thousand|million|billion|trillion)s?|percent|%)(?:\s+[A-Za-z$%][\w'%-]*){0,4}\s+$/;

/** Whether an amount stands a few words before `at` in the same clause ("cut 2,000 jobs over", "rise 8% annually"). */
export function followsAmount(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 60), at);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return AMOUNT_BEFORE.test(clause);
}

/**
 * Whether the "over" at `start` spreads an amount across a stretch ("save $5 billion over five years", "cut 2,000 jobs
 * over three years") rather than meaning "more than" ("for over ten years", "lasted over a week"). Spread across, it is
 * a signal left outside the TIMEX3, and the length has no mod. `text` is the expression from "over" on.
 */
function spreadsAmount(s: string, start: number, text: string): boolean {
  // "died over two years ago": a date counted back, where "over" can only be "more than".
  if (/\b(?:ago|earlier|later|before|after)$/i.test(text)) return false;
  return followsAmount(s, start);
}

const MODIFIER_BEFORE = /(?:^|[^A-Za-z])((?:nearly|almost|about|around|roughly|some|approximately|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|up\s+to|over|under)\s+)$/i;

/** Where a count's TIMEX3 starts when a modifier stands right before it ("nearly two months after"). */
export function startWithModifier(s: string, start: number): number {
  const m = MODIFIER_BEFORE.exec(s.slice(Math.max(0, start - 24), start));
  return m ? start - m[1]!.length : start;
}

/** The TimeML mod of a count's or a period's modifier. */
export function modOf(text: string): string | undefined {
  const t = text.toLowerCase();
  if (/^(?:the\s+)?(?:early|beginning|start|dawn)\b|^earlier\b/.test(t)) return 'START';
  if (/^(?:the\s+)?(?:mid|middle)\b/.test(t)) return 'MID';
  if (/^(?:the\s+)?(?:late|end|close)\b|^later\b/.test(t)) return 'END';
  if (/^(?:more\s+than|over)\b/.test(t)) return 'MORE_THAN';
  if (/^(?:less\s+than|fewer\s+than|under|nearly|almost)\b/.test(t)) return 'LESS_THAN';
  if (/^at\s+least\b/.test(t)) return 'EQUAL_OR_MORE';
  if (/^(?:at\s+most|no\s+more\s+than|up\s+to)\b/.test(t)) return 'EQUAL_OR_LESS';
  if (/^(?:about|around|roughly|some|approximately)\b|\bor\s+so(?:\s+(?:ago|earlier|later))?$/.test(t)) return 'APPROX';
  return undefined;
}

export function timex(
  s: string, start: number, end: number, type: TimexType, value: string, extra: Partial<Pick<Timex, 'mod' | 'quant' | 'freq'>> = {},
): Timex {
  const at = timexExtent(s, start, end);
  const mod = extra.mod ?? modOf(s.slice(at.start, at.end));
  // Built key by key: a literal opening on a spread of `at` costs V8 a slow path for every key after it (withFields.ts).
  const t: Timex = { start: at.start, end: at.end, type, value };
  if (mod) t.mod = mod;
  if (extra.quant) t.quant = extra.quant;
  if (extra.freq) t.freq = extra.freq;
  return t;
}

/** A TIMEX3 over exactly [start, end): for expressions whose first word is their own ("at present", "in future"). */
export function wholeTimex(start: number, end: number, type: TimexType, value: string): Timex {
  return { start, end, type, value };
}

const SEASON_CODE = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];

/** The TIMEX3 value of a date at its precision. */
/**
 * The value of a day told from a coarser date ("that day" after "in 1987"): its known part and X for the rest
 * (1987-XX-XX, 1998-10-XX), as the TIDES rules write an underspecified day, not the year alone.
 */
export function dayFromCoarser(start: string, precision: Precision): string {
  if (precision === 'month') return `${start.slice(0, 7)}-XX`;
  if (precision === 'year') return `${start.slice(0, 4)}-XX-XX`;
  return dateValue(start, precision);
}

export function dateValue(start: string, precision: Precision): string {
  switch (precision) {
    case 'day':
      return start;
    case 'month':
      return start.slice(0, 7);
    case 'season': {
      const month = Number(start.slice(5, 7));
      // January and February belong to the winter that began the December before.
      const year = month <= 2 ? Number(start.slice(0, 4)) - 1 : Number(start.slice(0, 4));
      return `${year}-${SEASON_CODE[month - 1]}`;
    }
    case 'year':
      return start.slice(0, 4);
    case 'decade':
      return start.slice(0, 3);
  }
}

/** The ISO week holding a day ("2022-W51"): weeks start on Monday and belong to the year of their Thursday. */
export function weekValue(day: string): string {
  const thursday = addDays(day, 3 - ((weekday(day) + 6) % 7));
  const { year } = parseIsoDay(thursday);
  const ordinal = (toUtcMs(thursday) - toUtcMs(`${year}-01-01`)) / 86_400_000;
  return `${year}-W${String(Math.floor(ordinal / 7) + 1).padStart(2, '0')}`;
}

/** The Monday that opens an ISO week ("2022-W51" → "2022-12-19"): the inverse of `weekValue`. */
export function weekMonday(year: number, week: number): string {
  const jan4 = `${year}-01-04`;
  return addDays(jan4, 7 * (week - 1) - ((weekday(jan4) + 6) % 7));
}

/** The quarter holding a day ("2022-Q3"). */
export function quarterValue(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The value of the calendar unit of that name holding a day: "2022-12-22", "2022-W51", "2022-12", "2022-Q4", "2022", "202", "20". */
export function valueAtUnit(day: string, unit: string): string {
  switch (unitName(unit)) {
    case 'week':
    case 'weekend':
    case 'fortnight':
      return weekValue(day);
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return quarterValue(day);
    case 'year':
      return day.slice(0, 4);
    case 'decade':
      return day.slice(0, 3);
    case 'century':
    case 'millennium':
      return day.slice(0, 2);
    default:
      return day;
  }
}

/** Words that count a date from the present ("this month's", "last year", "yesterday", "two weeks ago"). */
const DEICTIC_WORDS = /\b(?:today|tonight|yesterday|tomorrow|now|ago|(?:this|last|next|coming|past)\s+(?:week(?:end)?|month|year|quarter|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** Whether a TIMEX3 is counted from the present, which ends a story's excursion into an earlier time. */
export function deictic(s: string, t: Timex): boolean {
  return DEICTIC_WORDS.test(s.slice(t.start, t.end)) || t.value === 'PRESENT_REF';
}

/**
 * Whether a TIMEX3 names the quarter a story reports ("the third quarter"), not one it compares with ("the year-ago
 * quarter") nor one still to come ("losses until the third quarter of 2031"): a reported quarter ended by publication.
 */
export function reportsQuarter(s: string, t: Timex, pub: string): boolean {
  const m = /^(\d{4})-Q([1-4])$/.exec(t.value);
  if (!m) return false;
  const { year, month } = parseIsoDay(pub);
  const ended = Number(m[1]) * 4 + Number(m[2]) <= year * 4 + Math.floor((month - 1) / 3);
  return ended && !/year-|year\s+(?:ago|earlier|before)|last\s+year|prior|comparable|corresponding|previous|past/i.test(s.slice(t.start, t.end));
}

/** A quarter value ("1989-Q3") moved by whole years. */
export function shiftQuarter(value: string, years: number): string {
  return `${Number(value.slice(0, 4)) + years}${value.slice(4)}`;
}

const EDGE_WORD_BEFORE = /(?:^|[^A-Za-z])((?:late|early|mid)[\s-]+)$/i;

/**
 * Where a TIMEX3 starts when "late", "early" or "mid" stands right before it
 * ("late yesterday", "early next year"). "Earlier" and "later" stay outside,
 * as TimeBank mostly leaves them: "earlier [this week]".
 */
export function startWithEdge(s: string, start: number): number {
  const m = EDGE_WORD_BEFORE.exec(s.slice(Math.max(0, start - 12), start));
  return m ? start - m[1]!.length : start;
}

/** A day, or a part of it ("2022-12-22TNI", a TIME) when the words name one. */
export function dayTimex(s: string, start: number, end: number, day: string, partWord?: string): Timex {
  const part = partWord ? PART_OF_DAY[partWord.toLowerCase()] : undefined;
  return part ? timex(s, start, end, 'TIME', `${day}T${part}`) : timex(s, start, end, 'DATE', day);
}

/** TimeML's parts of the day. */
export const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', dawn: 'MO', daybreak: 'MO', sunrise: 'MO', afternoon: 'AF', midday: 'MI', evening: 'EV', dusk: 'EV', sunset: 'EV',
  night: 'NI', overnight: 'NI', tonight: 'NI',
};

/** ISO 8601 duration units by TimeML: a decade is ten years, a century a hundred. */
const UNIT_CODE: Record<string, { code: string; time?: boolean; times?: number }> = {
  second: { code: 'S', time: true }, minute: { code: 'M', time: true }, hour: { code: 'H', time: true },
  day: { code: 'D' }, night: { code: 'D' }, week: { code: 'W' }, weekend: { code: 'WE' }, fortnight: { code: 'W', times: 2 },
  month: { code: 'M' }, quarter: { code: 'Q' }, year: { code: 'Y' }, decade: { code: 'Y', times: 10 }, century: { code: 'Y', times: 100 },
  millennium: { code: 'Y', times: 1000 },
};

/** The unit's singular lower-case name ("Years" -> "year", "centuries" -> "century"). */
export function unitName(word: string): string {
  const w = word.toLowerCase().replace(/-long$/, '');
  if (w === 'centuries') return 'century';
  if (w === 'millennia') return 'millennium';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** A half of each unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M. */
const HALF_OF: Record<string, string> = { Y: '6M', M: '15D', W: '3D12H', D: '12H', H: '30M', S: '' };
/** The same for units of the clock, where M is a minute: "a minute and a half" is PT1M30S. */
const HALF_OF_TIME: Record<string, string> = { H: '30M', M: '30S', S: '' };

/** "P3D", "PT2H", "P20Y" (two decades), "P2Y6M" (two and a half years), "PXY" (an unknown number of years). */
export function durationValue(count: number | null, unit: string): string {
  const u = UNIT_CODE[unitName(unit)] ?? { code: 'Y' };
  if (count === null) return `P${u.time ? 'T' : ''}X${u.times ? 'Y' : u.code}`;
  const n = Math.round(count * (u.times ?? 1) * 1000) / 1000;
  const whole = Math.floor(n);
  const half = n - whole === 0.5 ? (u.time ? HALF_OF_TIME : HALF_OF)[u.code] : undefined;
  if (half === undefined || u.code === 'WE') return `P${u.time ? 'T' : ''}${n}${u.code}`;
  const rest = /\d+H$/.test(half) && !u.time ? `T${half}` : half;
  return `P${u.time ? 'T' : ''}${whole > 0 ? `${whole}${u.code}` : ''}${rest.replace(/^(\d+D)(\d+H)$/, '$1T$2')}`;
}

// ---- The default when a parser gives no TIMEX3 of its own. ----

function durationTimex(s: string, d: Duration): Timex {
  const core = /^(.*?)(?:\s+of\s+[a-z][a-z-]*)?$/i.exec(d.text)![1]!;
  const m = /(\S+)[\s-]+(day|week|month|year|decade|centur|hour|minute)/i.exec(core);
  const count = m ? (/^\d+$/.test(m[1]!) ? Number(m[1]) : ({ a: 1, an: 1, one: 1, two: 2, three: 3 } as Record<string, number>)[m[1]!.toLowerCase()] ?? null) : null;
  return timex(s, d.start, d.start + core.length, 'DURATION', durationValue(count, m ? m[2]!.replace(/^centur$/i, 'century') : 'year'));
}

function expressionTimex(s: string, e: TimeExpression): Timex {
  return timex(s, e.start, e.end, 'DATE', dateValue(e.date.start, e.date.precision));
}

/** The TIMEX3s a parser's find implies when it names none of its own. */
export function defaultTimexes(s: string, found: Omit<TemporalResult, 'timexes'>): Timex[] {
  return [...found.expressions.map((e) => expressionTimex(s, e)), ...found.durations.map((d) => durationTimex(s, d))];
}
