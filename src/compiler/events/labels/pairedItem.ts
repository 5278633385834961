// Dated lists: "Varno in 1971, Peltz in 1984 and Ostra in 1999": each later date gets the first item's clause with
// its own item in place.
import { AUXILIARY_LEAD, isIngVerb, isVerbOfClause } from './clauseParts';
import type { LabelInput } from './labelInput';
import { bare, words } from './labelText';

// Between two dates of a paired list ("Varno in 1971, Peltz in 1984 and Ostra in 1999"): a list joint, the next
// item (a few words), its preposition.
// ("… in Brno in 1995 and in Graz in 2002": the place's own preposition is the first item's too.)
const PAIRED_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:in|at|to|for)\s+)?((?:[\p{L}\p{N}$%.'’-]+\s+){1,4}?)(in|on|at|by)\s+$/u;
// The first item, read back from its preposition: names, figures and the words that join them ("Greece and Turkey").
const FIRST_ITEM = /(?<!\S)(?:(?:[\p{Lu}\p{N}$][\p{L}\p{N}$%.,'’-]*|and|of|the|de)\s+)*?[\p{Lu}\p{N}$][\p{L}\p{N}$%.'’-]*\s+$/u;

/**
 * "The league grew to include Varno in 1971, Peltz in 1984 and Ostra in 1999": each later date has an item of its
 * own, and its label is the first item's clause with that item in its place ("League grew to include Peltz"),
 * not the tail of the list. Dates that merely follow each other ("in 1971, 1984 and 1999") have no items.
 */
export function pairedItem(input: LabelInput, clauseOf: (input: LabelInput) => string): string | null {
  const { sentence, exprStart } = input;
  const dates = [...(input.others ?? []), { start: exprStart, end: input.exprEnd }].sort((a, b) => a.start - b.start);
  let k = dates.findIndex((d) => d.start === exprStart);
  // The first item's label ends at its item ("Museum opened branches in Brno", not "… in Brno and in Graz").
  const gap = (i: number) => (i >= 1 && i < dates.length ? PAIRED_GAP.exec(sentence.slice(dates[i - 1]!.end, dates[i]!.start)) : null);
  const item = gap(k) ?? gap(k + 1);
  // "won power in 2011 and was re-elected in 2015": a second verb of the subject, not an item (secondConjunct's).
  if (!item || AUXILIARY_LEAD.test(item[1]!)) return null;
  const own = gap(k) ? item[1]!.trim() : null;
  while (gap(k)) k--;
  const first = dates[k]!;
  const lead = /(?:in|on|at|by)\s+$/.exec(sentence.slice(0, first.start));
  if (!lead) return null;
  // Otherwise as many words as the later item has ("rose to 5 percent in 2001, 7 percent in 2002").
  const firstItem = FIRST_ITEM.exec(sentence.slice(0, lead.index))?.[0].trim()
    ?? words(sentence.slice(0, lead.index)).slice(-words(item[1]!).length).join(' ');
  // The first item must be what a verb or a preposition takes whole ("to include Varno", "rose to 5 percent"), or a
  // verb itself like the later one ("signed in 2009 and amended in 2014"): a name at the end of a longer noun
  // phrase ("the town of Tesk", "the Orlan district", "more than 50 people") is not the item, so nothing is swapped.
  const before = words(sentence.slice(0, lead.index)).slice(0, -words(firstItem).length).map(bare);
  const [prev, last] = [before[before.length - 2] ?? '', before[before.length - 1] ?? ''];
  const takenWhole = /^(?:in|to|at|for|from|into|on)$/.test(last) || isVerbOfClause(last) || isIngVerb(last) || prev === 'to';
  const bothVerbs = isVerbOfClause(bare(firstItem)) && isVerbOfClause(bare(words(item[1]!)[0] ?? ''));
  if (!takenWhole && !bothVerbs) return null;
  const clause = clauseOf({ ...input, exprStart: first.start, exprEnd: first.end, listStart: first.start, others: [] });
  const at = clause.lastIndexOf(`${firstItem} ${lead[0]}`);
  return at > 0 ? `${clause.slice(0, at)}${own ?? firstItem}` : null;
}
