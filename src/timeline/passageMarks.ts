// An article's text split into paragraphs with several passages marked: the
// selected event's passage, and the passages of the article's other events
// (each carrying its event id, so the panel can make it a link to that event).
// Offsets are those of the compiled text; overlapping passages go to the
// selected one first, then to the earlier one.
import { passageParagraphs, type Highlight } from './passageParagraphs';

export interface MarkedRange extends Highlight {
  eventId: string;
}

export interface MarkedPart {
  text: string;
  start: number;
  /** 'selected': the open event's passage; 'other': another event's (eventId set); null: plain text. */
  kind: 'selected' | 'other' | null;
  eventId: string | null;
}

export interface MarkedParagraph {
  start: number;
  parts: MarkedPart[];
}

export function markedParagraphs(text: string, selected: Highlight, others: readonly MarkedRange[]): MarkedParagraph[] {
  // Ranges in the order they claim characters: the selected one, then the others by position.
  const ranges: Array<{ start: number; end: number; kind: 'selected' | 'other'; eventId: string | null }> = [
    { start: selected.start, end: selected.end, kind: 'selected' as const, eventId: null },
    ...[...others].sort((a, b) => a.start - b.start || a.end - b.end).map((r) => ({ ...r, kind: 'other' as const })),
  ].filter((r) => r.end > r.start && r.start >= 0 && r.end <= text.length);
  const owner = (at: number) => ranges.find((r) => r.start <= at && at < r.end) ?? null;

  return passageParagraphs(text).map((paragraph) => {
    const end = paragraph.parts.reduce((e, p) => Math.max(e, p.start + p.text.length), paragraph.start);
    // Cut points: paragraph bounds and every range edge inside it.
    const cuts = new Set([paragraph.start, end]);
    for (const r of ranges) {
      if (r.start > paragraph.start && r.start < end) cuts.add(r.start);
      if (r.end > paragraph.start && r.end < end) cuts.add(r.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const parts: MarkedPart[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const r = owner(from);
      const kind = r?.kind ?? null;
      const eventId = r?.kind === 'other' ? r.eventId : null;
      const last = parts[parts.length - 1];
      // Neighbouring pieces of one range (cut by another range's edge) stay one part.
      if (last && last.kind === kind && last.eventId === eventId) last.text += text.slice(from, to);
      else parts.push({ text: text.slice(from, to), start: from, kind, eventId });
    }
    return { start: paragraph.start, parts };
  });
}
