// Whether an event's label already shows its date as drawn on the timeline:
// the compiler tells twin labels apart by a year in brackets ("Ceasefire
// signed (2020)" and "… (2021)"), and a label may end in the very words of its
// date ("… has run the mill since 2017"); the date that would follow such a
// label says the same thing twice. A more precise date ("12 March 2020") still
// adds something, and is kept.

/** True when `label` ends with `date`, in brackets or as its last words, letter for letter (case aside). */
export function labelCarriesDate(label: string, date: string): boolean {
  const wanted = date.trim().toLowerCase();
  const bracket = /\(([^()]+)\)\s*$/.exec(label);
  if (bracket !== null) return bracket[1]!.trim().toLowerCase() === wanted;
  const end = label.trim().replace(/[.,;:!?]+$/, '').toLowerCase();
  return wanted !== '' && end.endsWith(wanted) && (end.length === wanted.length || /\s/.test(end[end.length - wanted.length - 1]!));
}
