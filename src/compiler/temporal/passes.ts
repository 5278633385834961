// The tagger's passes in the order they run, in one place. At each word
// start of a sentence the parsers are tried in PARSERS order and the first
// that finds something claims its words (so the longer, more specific forms
// come first); then the refiners run over the sentence's result in
// REFINERS order.
import type { Parser, Refiner } from './scan';
import { casualDay } from './parsers/casualDay';
import { calendarUnit } from './parsers/calendarUnit';
import { theWeekend } from './parsers/theWeekend';
import { theYear } from './parsers/theYear';
import { reportedPeriod } from './parsers/reportedPeriod';
import { happeningStretch } from './parsers/happeningStretch';
import { namedRelative } from './parsers/namedRelative';
import { countedShift } from './parsers/countedShift';
import { unitsLater } from './parsers/unitsLater';
import { unitsAgo } from './parsers/unitsAgo';
import { neighbour } from './parsers/neighbour';
import { weekday } from './parsers/weekday';
import { duration } from './parsers/duration';
import { fractionUnit } from './parsers/fractionUnit';
import { dayOfMonth } from './parsers/dayOfMonth';
import { calendarPhrase } from './parsers/calendarPhrase';
import { reference } from './parsers/reference';
import { recentStretch } from './parsers/recentStretch';
import { soon } from './parsers/soon';
import { quarter } from './parsers/quarter';
import { quarterEnded } from './parsers/quarterEnded';
import { recurrence } from './parsers/recurrence';
import { clockTime } from './parsers/clockTime';
import { weekOf } from './parsers/weekOf';
import { era } from './parsers/era';
import { anaphoric } from './parsers/anaphoric';
import { feastWeekend } from './parsers/feastWeekend';
import { movableFeast } from './parsers/movableFeast';
import { partOfDay } from './parsers/partOfDay';
import { prePostYear } from './parsers/prePostYear';
import { boundedAgo } from './refiners/boundedAgo';
import { earlierInYear } from './refiners/earlierInYear';
import { orLater } from './refiners/orLater';
import { sinceYardstick } from './refiners/sinceYardstick';
import { timeOfDay } from './refiners/timeOfDay';
import { timetableAhead } from './refiners/timetableAhead';
import { timetableInOrder } from './refiners/timetableInOrder';
import { titleWords } from './refiners/titleWords';
import { weekSoFar } from './refiners/weekSoFar';

export const PARSERS: readonly Parser[] = [
  partOfDay,
  casualDay,
  quarterEnded,
  quarter,
  calendarUnit,
  theYear,
  reportedPeriod,
  theWeekend,
  namedRelative,
  countedShift,
  unitsLater,
  unitsAgo,
  happeningStretch,
  neighbour,
  anaphoric,
  weekday,
  fractionUnit,
  duration,
  recentStretch,
  reference,
  soon,
  recurrence,
  dayOfMonth,
  weekOf,
  era,
  clockTime,
  feastWeekend,
  movableFeast,
  prePostYear,
  calendarPhrase,
];

export const REFINERS: readonly Refiner[] = [titleWords, timeOfDay, sinceYardstick, earlierInYear, orLater, timetableAhead, timetableInOrder, weekSoFar, boundedAgo];
