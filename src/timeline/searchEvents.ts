// Search over what a reader sees of an event: its label and the passages it
// was read from (in the events' details; until they load, labels alone).
// Every word of the query must occur (in any order, any case); matches are
// marked by splitting text into parts, never by building HTML.
import type { EventDetails, IndexEvent } from '../model/schema';

export interface TextPart {
  text: string;
  match: boolean;
}

/** The query's words, lower-cased; an empty list means "no search". */
export function searchTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/\s+/).filter((term) => term !== ''))];
}

/** True when every term occurs in the label or in one of the quotes. */
export function eventMatches(event: IndexEvent, terms: readonly string[], details?: EventDetails | null): boolean {
  const haystack = [event.label, ...(details?.sources.map((source) => source.quote) ?? [])].join('\n').toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

/** The ids of the events that match, or null when there is nothing to search for. */
export function matchingEventIds(
  events: readonly IndexEvent[],
  terms: readonly string[],
  details: ReadonlyMap<string, EventDetails> | null,
): Set<string> | null {
  if (terms.length === 0) return null;
  return new Set(events.filter((event) => eventMatches(event, terms, details?.get(event.id))).map((event) => event.id));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits `text` into runs that match one of the terms and runs that do not. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  // Longer terms first, so "moscow" wins over "mo" where both start.
  const pattern = new RegExp([...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gi');
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
