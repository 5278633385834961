// What a label rule is given: the sentence, where its date stands, and what the other stages found in it.
import type { HeadlineInput } from '../headline';

export interface LabelInput extends HeadlineInput {
  /** The sentence text. */
  sentence: string;
  /** Offsets (inside the sentence) of the first item of the coordinated list the expression belongs to. */
  listStart: number;
  /** The attribution clause inside the sentence, if any. */
  attribution: { start: number; end: number } | null;
  /** The speaker's name when the event is the statement itself ("X said on Thursday"). */
  statementBy: string | null;
  /** Names of people mentioned, so "Armenian Prime Minister Nikol Pashinyan" can shrink to the name. */
  people: string[];
  /** A date anchored to a happening (anchoredDates.ts): the noun after the phrase, or the noun before it and its clause. */
  anchored?: 'noun' | 'relative' | undefined;
  /** Where the sentence's other dates stand: a date beside another one may date a background happening of its own. */
  others?: ReadonlyArray<{ start: number; end: number; date?: { start: string } }> | undefined;
  /** The first day the date stands for (YYYY-MM-DD), to tell a background happening (before the clause's date) from a plan. */
  dateStart?: string | undefined;
  /** The article's day (YYYY-MM-DD): a date after it is still to come. */
  published?: string | undefined;
}
