// Event placement: from events and a scale to marks with pixel geometry and a
// row each. Day-precise points are dots; coarser dates are bars over the whole
// unit they name (drawn as approximate); ongoing events run to the publication
// date with an open end. Labels are measured by an estimate of their width.
// Events outside the scale's window are left out.
import { toUtcMs } from '../model/calendar';
import type { IndexEvent } from '../model/schema';
import { DAY_MS, type TimeScale } from './timeScale';
import { stackRows } from './stackRows';

export interface LayoutOptions {
  /** Width of the drawing area in pixels. */
  width: number;
  fontSize?: number;
  /** Labels longer than this are cut with an ellipsis (the full one is in the accessible name). */
  maxLabelChars?: number;
  /** The text drawn after the label (a short date); counted in the label's width. */
  suffix?: (event: IndexEvent) => string;
}

export interface EventMark {
  event: IndexEvent;
  row: number;
  shape: 'point' | 'bar';
  /** Coarser than a day: the bar covers the unit, not a known interval. */
  approximate: boolean;
  /** Ongoing at publication: the bar's end is not the event's end. */
  openEnd: boolean;
  markStart: number;
  markEnd: number;
  label: string;
  /** The suffix as drawn; '' where there was no room for it (it stays in the accessible name). */
  suffix: string;
  labelSide: 'left' | 'right';
  /** The box taken by mark and label together. */
  left: number;
  right: number;
}

export interface TimelineLayout {
  marks: EventMark[];
  rowCount: number;
}

export const POINT_SIZE = 12;
export const MIN_BAR_WIDTH = 8;
export const LABEL_GAP = 6;
/** A label is never cut shorter than this, even where it has to run past the edge. */
export const MIN_LABEL_CHARS = 12;

/** A conservative width for text in a proportional sans-serif font. */
export function estimateTextWidth(text: string, fontSize = 13): number {
  return Math.ceil(text.length * fontSize * 0.58);
}

export function truncateLabel(label: string, maxChars: number): string {
  if (label.length <= maxChars) return label;
  const cut = label.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  // Prefer to cut at a word boundary unless it throws away too much.
  return `${space > maxChars * 0.6 ? cut.slice(0, space) : cut}…`;
}

export function layoutEvents(
  events: readonly IndexEvent[],
  scale: TimeScale,
  { width, fontSize = 13, maxLabelChars = 44, suffix }: LayoutOptions,
): TimelineLayout {
  const [from, to] = scale.domain;
  const [r0, r1] = scale.range;
  // Only what meets the window is drawn; a bar that runs past an edge is cut a little beyond it.
  const inWindow = events.filter((event) => toUtcMs(event.date.end) + DAY_MS > from && toUtcMs(event.date.start) < to);
  const clip = (x: number) => Math.min(Math.max(x, r0 - LABEL_GAP), r1 + LABEL_GAP);
  const marks = inWindow.map((event): EventMark => {
    const start = scale(toUtcMs(event.date.start));
    const isBar = event.date.precision !== 'day' || event.kind !== 'point';
    let markStart = start - POINT_SIZE / 2;
    let markEnd = start + POINT_SIZE / 2;
    if (isBar) {
      markStart = clip(start);
      markEnd = Math.max(clip(scale(toUtcMs(event.date.end) + DAY_MS)), markStart + MIN_BAR_WIDTH);
    }
    const fullSuffix = suffix ? `  ${suffix(event)}` : '';
    const fullWidth = estimateTextWidth(truncateLabel(event.label, maxLabelChars) + fullSuffix, fontSize);
    // Labels go right unless that runs past the edge; when neither side fits,
    // the side with more room loses the least, and the label is cut to that room.
    const roomRight = width - markEnd - LABEL_GAP;
    const roomLeft = markStart - LABEL_GAP;
    const labelSide = fullWidth <= roomRight || roomRight >= roomLeft ? 'right' : 'left';
    const room = labelSide === 'right' ? roomRight : roomLeft;
    // In a tight spot the words matter more than the date, which the axis and the accessible name still give.
    const suffixText = estimateTextWidth('x'.repeat(MIN_LABEL_CHARS) + fullSuffix, fontSize) <= room ? fullSuffix : '';
    const fitChars = Math.floor((room - estimateTextWidth(suffixText, fontSize)) / (fontSize * 0.58));
    const label = truncateLabel(event.label, Math.max(MIN_LABEL_CHARS, Math.min(maxLabelChars, fitChars)));
    const labelWidth = estimateTextWidth(label + suffixText, fontSize);
    return {
      event,
      row: 0,
      shape: isBar ? 'bar' : 'point',
      approximate: event.date.precision !== 'day',
      openEnd: event.kind === 'ongoing',
      markStart,
      markEnd,
      label,
      suffix: suffixText.trim(),
      labelSide,
      left: labelSide === 'left' ? markStart - LABEL_GAP - labelWidth : markStart,
      right: labelSide === 'right' ? markEnd + LABEL_GAP + labelWidth : markEnd,
    };
  });
  const rows = stackRows(marks);
  marks.forEach((mark, i) => (mark.row = rows[i]!));
  return { marks, rowCount: rows.length === 0 ? 0 : Math.max(...rows) + 1 };
}
