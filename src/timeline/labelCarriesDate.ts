// Whether an event's label already shows its date as drawn on the timeline:
// the compiler tells twin labels apart by a year in brackets ("Ceasefire
// signed (2020)" and "… (2021)"), and the date that would follow such a label
// ("2020") says the same thing twice. A more precise date ("12 March 2020")
// still adds something, and is kept.

/** True when `label` ends with `date` in brackets, letter for letter (case aside). */
export function labelCarriesDate(label: string, date: string): boolean {
  const bracket = /\(([^()]+)\)\s*$/.exec(label);
  return bracket !== null && bracket[1]!.trim().toLowerCase() === date.trim().toLowerCase();
}
