// The temporal tagger's public types: what a caller passes in (the article's
// publication date and the previous dated event) and what it gets back.
import type { Precision } from '../../model/schema';

export type Tense = 'past' | 'present' | 'future';

export interface TemporalContext {
  /** YYYY-MM-DD, the article's publication date. */
  published: string;
  /** Start day of the previous dated event in the article, for "two days later", "the next day". Null if none. */
  previous: { start: string; precision: Precision } | null;
  /** The value of the last dated TIMEX3 before this sentence ("1989-Q3"), for TimeML's "a year earlier". */
  previousValue?: string | null;
  /** The quarter the story reports ("1989-Q3"), once one is named: what "the quarter" and "a year ago" compare. */
  reportedQuarter?: string | null;
  /**
   * The year of the narrative in focus when the story tells an earlier time
   * ("In February 1994, …"): year-less dates of past clauses take it. Set by
   * documentTime.ts; absent, they take the year publication implies.
   */
  focus?: Focus | null;
  /** Stretches of the sentence inside quotation marks: they keep their own time, never the story's focus. */
  quotes?: ReadonlyArray<readonly [number, number]>;
}

/** The year a story is set in, and the words that set it. */
export interface Focus {
  year: number;
  text: string;
  /**
   * Set for the items of a chronology ("Jan. 4: Rebels seize the port"): the
   * year holds for every year-less date of the item, whatever its tense.
   */
  firm?: boolean;
  /**
   * Set when the year was given mid-sentence in a past-perfect clause ("the firm had moved its fleet to Ardel in June 1994"):
   * backstory told in passing. A later sentence that reports someone's words takes it only for a date that opens the
   * sentence or sits in a past-perfect clause of its own; "on the late-November crossing, the mayor said" is back in
   * the story's own time.
   */
  aside?: boolean;
}

/** What a relative date was counted from, for the event's "why this date" line. */
export interface Anchor {
  kind: 'publication' | 'previous' | 'story' | 'quote' | 'document' | 'event';
  /** The day (or year, for 'story') counted from. */
  date: string;
  /** How exact `date` is, when coarser than a day ('event': "his diagnosis" in March 2015). */
  precision?: Precision;
  /** The words that set it: "February 1994", "said on Tuesday", "an e-mail dated March 3, 2012". */
  text?: string;
}

export interface ResolvedDate {
  /** Inclusive ISO days. */
  start: string;
  end: string;
  precision: Precision;
}

export interface TimeExpression {
  /** Offsets into the sentence given; text === sentence.slice(start, end). */
  start: number;
  end: number;
  text: string;
  date: ResolvedDate;
  kind: 'point' | 'span' | 'ongoing';
  /** Short id of the rule that fired, e.g. 'weekday-past', 'month-day', 'since'. */
  rule: string;
  /** The tense the resolution used. */
  tense: Tense;
  /** The time of day the sentence gives the date ("at 11 a.m. on Thursday"), as HH:MM; only on day dates. */
  time?: TimeOfDay;
  /** What the date was counted from, when it was not written in full. */
  anchor?: Anchor;
}

export interface TimeOfDay {
  /** HH:MM, 24-hour; "24:00" is midnight at the day's end. */
  clock: string;
  /** 'minute' when the minutes were written ("10:30", "0340"), else 'hour' ("10 p.m.", "noon"). */
  precision: 'hour' | 'minute';
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * A TIMEX3 (TimeML): the extent by TimeML's rules (leading prepositions such
 * as "on", "in", "since" left out) as offsets into the sentence, its type and
 * its normalised value ("2022-12-22", "P3D", "PRESENT_REF", "XXXX-WXX-1").
 */
export interface Timex {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  /** START, MID, END, APPROX, LESS_THAN, MORE_THAN, … */
  mod?: string;
  /** Only on sets: how many ("EVERY") and how often ("1X"). */
  quant?: string;
  freq?: string;
}

/** A stated length of time ("44 days of clashes"): a property of an event, never a date. */
export interface Duration {
  start: number;
  end: number;
  text: string;
}

/** A date expression that was found but could not be resolved to days. */
export interface Unresolved {
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface TemporalResult {
  expressions: TimeExpression[];
  durations: Duration[];
  unresolved: Unresolved[];
  /** Every TIMEX3 of the sentence in text order: those of the above and those that date nothing ("now", "weekly"). */
  timexes: Timex[];
}
