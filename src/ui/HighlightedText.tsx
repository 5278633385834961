// Text with the search terms marked: the parts come from the pure splitter,
// so nothing is ever parsed as HTML.
import { highlightParts } from '../timeline/searchEvents';

export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return highlightParts(text, terms).map((part, i) =>
    part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
  );
}
