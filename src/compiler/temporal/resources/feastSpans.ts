// The days a holiday's weekend or break covers, around the holiday's own day
// (resources/feasts.ts): the Easter weekend runs from Good Friday to Easter
// Monday, the Thanksgiving weekend from the Thursday to the Sunday, and the
// weekend of a Monday holiday from the Saturday before it to the Monday.

/** Days from the holiday to the first and the last day of its weekend, by the holiday's name (lower case, single spaces). */
export const FEAST_WEEKENDS: Readonly<Record<string, readonly [number, number]>> = {
  'easter': [-2, 1],
  'thanksgiving': [0, 3],
  'memorial day': [-2, 0],
  'labor day': [-2, 0],
  'martin luther king day': [-2, 0],
  "presidents' day": [-2, 0],
  'presidents day': [-2, 0],
  'columbus day': [-2, 0],
};

/** Holidays whose "holiday" or "break" is the same few days as their weekend ("the Easter holiday", "the Thanksgiving break"). */
export const FEAST_BREAKS: ReadonlySet<string> = new Set(['easter', 'thanksgiving']);
