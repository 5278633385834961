// Word lists of the temporal tagger: the patterns it builds from the shared
// lexicon (text/lexicon.ts: months, weekdays, seasons, tense cues), number
// words, and the nouns that make a bare four-digit number read as a year (or not).
import type { Season } from '../../model/calendar';
import { MONTH_NAMES, MONTH_NUMBERS, SEASON_WORDS, WEEKDAY_NAMES, WEEKDAY_NUMBERS } from '../text/lexicon';
export { FUTURE_WORDS, NOT_PAST_ED, PAST_WORDS, PRESENT_WORDS } from '../text/lexicon';

/** Month names as written in news, keyed by lower case; abbreviations with and without the dot. */
export const MONTHS: Readonly<Record<string, number>> = MONTH_NUMBERS;

/**
 * Capitalised month names only: "may", "march" and "dec" in lower case are
 * words, not months. "Mar" and "Jun" without a dot read as names too often.
 */
export const MONTH_SRC =
  `(?:${MONTH_NAMES.join('|')}|` +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?|' +
  `${MONTH_NAMES.map((n) => n.toUpperCase()).join('|')})(?![A-Za-z])`;

export const WEEKDAYS: Readonly<Record<string, number>> = WEEKDAY_NUMBERS;

/** Full weekday names only: "Sun", "Sat" and "Wed" are words far more often than days. */
export const WEEKDAY_SRC = `(?:${WEEKDAY_NAMES.join('|')})`;

export const SEASONS: Readonly<Record<string, Season>> = SEASON_WORDS;

export const SEASON_SRC = '(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)';

/** early / mid / late and their longer forms; the value narrows the interval, never the precision. */
export type Part = 'early' | 'mid' | 'late';
export const PART_SRC =
  '(?:(?:[Ee]arly|[Ll]ate|[Mm]id|[Mm]iddle|[Ee]nd)-(?=[A-Z0-9])|(?:[Ee]arly|[Ll]ate|[Mm]id)\\s+|' +
  '(?:the\\s+)?(?:beginning|start|middle|end)\\s+of\\s+|[Tt]he\\s+(?:beginning|start|middle|end)\\s+of\\s+)';

export function partOf(text: string): Part | undefined {
  const t = text.toLowerCase();
  if (/early|beginning|start/.test(t)) return 'early';
  if (/late|end/.test(t)) return 'late';
  if (/mid/.test(t)) return 'mid';
  return undefined;
}

const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, couple: 2,
};

/** Counts that name no exact number; a date built on them gets a coarser precision. */
const VAGUE_NUMBERS = new Set(['few', 'several', 'many', 'some', 'couple', 'dozens', 'hundreds', 'a few']);

export const NUMBER_SRC =
  '(?:\\d{1,3}(?:,\\d{3})*|(?:a\\s+)?few|several|many|some|dozens\\s+of|hundreds\\s+of|a\\s+couple\\s+of|' +
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|a|an|one\\s+hundred|a\\s+hundred)';

/** Every word a count in NUMBER_SRC can begin with, lower case. */
export const NUMBER_FIRST_WORDS = [
  'a', 'an', 'few', 'several', 'many', 'some', 'dozens', 'hundreds', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];

/** Every word a part in PART_SRC can begin with, lower case. */
export const PART_FIRST_WORDS = ['early', 'late', 'mid', 'middle', 'end', 'the', 'beginning', 'start'];

interface WordNode { next: Array<WordNode | undefined>; value: number }

/**
 * Words of ASCII letters with a number each, read straight from a text
 * without building the word: `valueAt` walks the run of letters at a
 * position, case-insensitively. Every pattern of the tagger that begins with
 * a word requires a non-letter right after it, so a match can only begin
 * where the run of letters is one of the pattern's first words.
 */
export class WordTable {
  private readonly root: WordNode = { next: [], value: 0 };

  /** Adds `bits` to the word's number. */
  add(word: string, bits: number): void {
    let node = this.root;
    for (const ch of word.toLowerCase()) {
      const k = ch.charCodeAt(0) - 97;
      if (k < 0 || k > 25) throw new Error(`not a word of ASCII letters: ${word}`);
      node = node.next[k] ??= { next: [], value: 0 };
    }
    node.value |= bits;
  }

  /** The number of the run of letters at `at`; 0 for a word not in the table, -1 when no letter starts there. */
  valueAt(s: string, at: number): number {
    let node: WordNode | undefined = this.root;
    let i = at;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i) | 32;
      if (c < 97 || c > 122) break;
      node = node.next[c - 97];
      if (!node) return 0;
    }
    return i === at ? -1 : node.value;
  }
}

/** The value of a count as written, or null for a vague one ("several"). */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').replace(/ of$/, '').trim();
  if (VAGUE_NUMBERS.has(t)) return null;
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  if (t === 'one hundred' || t === 'a hundred') return 100;
  const parts = t.split(/[-\s]/);
  let total = 0;
  for (const part of parts) {
    const v = SMALL_NUMBERS[part];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

export const UNIT_SRC = '(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries|century)';

// ---- Year context. ----

/** Prepositions after which a bare four-digit number in range is a year. */
export const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'before', 'after', 'during', 'between',
  'through', 'throughout', 'circa', 'around', 'early', 'late', 'mid', 'summer', 'spring', 'autumn',
  'fall', 'winter', 'to', 'and', 'or', 'as', 'for', 'into', 'pre', 'post', 'c.', 'ca.',
]);

/** Words before a year that make it a year when a noun follows: "the 1991 occupation". */
export const YEAR_DETERMINERS = new Set([
  'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'a', 'an', 'whose', 'last', 'next',
]);

/** Nouns after a bare year that make it the year of an event. */
export const EVENT_NOUNS = new Set([
  'war', 'wars', 'conflict', 'conflicts', 'election', 'elections', 'vote', 'occupation', 'ceasefire',
  'cease-fire', 'truce', 'agreement', 'agreements', 'accord', 'accords', 'deal', 'treaty', 'referendum',
  'offensive', 'clashes', 'fighting', 'hostilities', 'protests', 'protest', 'revolution', 'uprising',
  'earthquake', 'quake', 'flood', 'floods', 'hurricane', 'storm', 'olympics', 'games', 'census',
  'campaign', 'summit', 'invasion', 'massacre', 'pogrom', 'crisis', 'coup', 'budget', 'season',
  'statement', 'declaration', 'declarations', 'talks', 'negotiations', 'law', 'constitution',
  'attack', 'attacks', 'bombing', 'crash', 'report', 'survey', 'tournament', 'championship',
  'championships', 'final', 'finals', 'cup', 'race', 'primary', 'primaries', 'escalation', 'operation',
  'blockade', 'exodus', 'resolution', 'independence', 'victory', 'defeat', 'deadline', 'plan',
  'pandemic', 'outbreak', 'recession', 'collapse', 'merger', 'acquisition', 'ipo', 'earnings',
  'results', 'fiscal', 'film', 'edition', 'level', 'levels', 'figure', 'figures', 'peak', 'meeting',
  'visit', 'trip', 'battle', 'siege', 'strike', 'strikes', 'ruling', 'verdict', 'trial', 'decision',
]);

/** Words before a number that make it a label, not a year: "Resolution 1991", "Route 1991". */
export const LABEL_NOUNS = new Set([
  'no', 'no.', 'number', 'resolution', 'route', 'highway', 'flight', 'model', 'page', 'pages',
  'article', 'section', 'room', 'boeing', 'airbus', 'chapter', 'paragraph', 'item', 'line', 'bus',
  'road', 'street', 'avenue', 'unit', 'code', 'case', 'cases', 'decree', 'law', 'order', 'protocol',
  'version', 'v', 'build', 'tu', 'mig', 'su', 'il', 'an', 'apt', 'suite', 'box', 'pier', 'gate',
  'platform', 'exit', 'bill', 'hr', 'h.r.', 'iso', 'rfc', 'volume', 'vol.', 'p.', 'pp.', 'fig.',
]);

/** Units and count nouns after a number: "2020 km", "1991 soldiers", "1600 GMT". */
export const UNIT_WORDS = new Set([
  'km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'm', 'kg', 'tons', 'tonnes', 'mw',
  'gmt', 'utc', 'hours', 'hrs', 'h', 'local', 'people', 'persons', 'soldiers', 'troops', 'dollars',
  'euros', 'votes', 'seats', 'points', 'times', 'percent', 'per', 'pct', 'feet', 'ft', 'barrels',
  'residents', 'families', 'households', 'houses', 'homes', 'refugees', 'civilians', 'casualties',
  'deaths', 'dead', 'victims', 'prisoners', 'detainees', 'units', 'vehicles', 'tanks', 'drones',
  'rockets', 'missiles', 'shells', 'hectares', 'acres', 'rubles', 'roubles', 'manats', 'drams',
  'pounds', 'yen', 'yuan', 'lira', 'shares', 'jobs', 'workers', 'employees', 'members', 'students',
  'children', 'men', 'women', 'copies', 'words', 'pages', 'km/h', 'mph', 'calories', 'degrees',
]);
