// Event placement: from events and a scale to marks with pixel geometry and a
// row each. Day-precise points are dots; coarser dates are bars over the whole
// unit they name (drawn as approximate); ongoing events run to the publication
// date with an open end. Key events get the larger marks. Labels take up to
// two lines, broken at words, beside the mark; a bar that leaves no useful
// room on either side (one that spans most of the window) has its label under
// it instead, from its visible start, on a whole comfortable line: a label of
// one line fits under the bar in the bar's own row, one of two lines takes the
// row below too. What follows a label (its date, its number of sources) is
// drawn where it fits; a label its two lines cannot hold is drawn cut, ending
// in "…". Events outside the scale's window are left out.
import { toUtcMs } from '../model/calendar';
import type { IndexEvent } from '../model/schema';
import { DAY_MS, type TimeScale } from './timeScale';
import { rowCount, stackRows } from './stackRows';
import { shownText, wrapText } from './wrapLabel';

export interface LayoutOptions {
  /** Width of the drawing area in pixels. */
  width: number;
  fontSize?: number;
  /** The widest a label's line may be. */
  lineWidth?: number;
  /**
   * What may follow the label, fullest first ("5 March 2024 · 3 sources", "3 sources"):
   * the first that fits in the label's two lines is drawn (all of it is in the accessible name).
   */
  meta?: (event: IndexEvent) => readonly string[];
  /** The key events: drawn with the larger marks. */
  key?: ReadonlySet<string>;
  /** Rows the stack may take before it gives up time order for fewer rows. */
  maxRows?: number;
}

export interface EventMark {
  event: IndexEvent;
  row: number;
  shape: 'point' | 'bar';
  /** Coarser than a day: the bar covers the unit, not a known interval. */
  approximate: boolean;
  /** Ongoing at publication: the bar's end is not the event's end. */
  openEnd: boolean;
  /** One of the key events: the larger mark, the bolder label. */
  key: boolean;
  markStart: number;
  markEnd: number;
  /** The label as drawn: the whole of it, or where its two lines cannot hold it, as much as they do and "…". */
  text: string;
  /** The text drawn after the label ('' where there was no room). */
  meta: string;
  /** The label's box: its width in pixels and its lines (1 or 2). */
  labelWidth: number;
  lines: number;
  /** Beside the mark, or under a bar (from its start) where neither side has room for it. */
  labelSide: LabelSide;
  /** The rows the box takes: 2 with a label of two lines under its bar, else 1 (a label of one line fits under the bar in its row). */
  rows: number;
  /** The box taken by mark and label together. */
  left: number;
  right: number;
}

export type LabelSide = 'left' | 'right' | 'below';

export interface TimelineLayout {
  marks: EventMark[];
  rowCount: number;
}

export const POINT_SIZE = 12;
export const KEY_POINT_SIZE = 16;
export const MIN_BAR_WIDTH = 8;
export const LABEL_GAP = 6;
/** The widest line of a label unless the caller says otherwise (about 40 characters, a comfortable measure). */
export const LINE_WIDTH = 300;
/** A label is never squeezed narrower than this, even where it has to run past the edge. */
export const MIN_LINE_WIDTH = 90;
/** Label lines never come closer than this to the next box in their row. */
export const ROW_GAP = 8;

/**
 * Where the label goes, given the room beside the mark on each side: right unless it does not fit there and
 * the left has more room; under a bar when the roomier side is less than a useful line (half a whole line, and
 * never under the narrowest a label is squeezed to) and the label's words do not all fit there in two lines
 * (`wordsFitIn` says whether they do in lines of a width).
 */
export function labelSideFor(
  wantedWidth: number,
  roomLeft: number,
  roomRight: number,
  lineWidth: number,
  isBar: boolean,
  wordsFitIn: (width: number) => boolean,
): LabelSide {
  const side = wantedWidth <= roomRight || roomRight >= roomLeft ? 'right' : 'left';
  const room = Math.max(roomLeft, roomRight);
  if (isBar && room < wantedWidth && room < Math.max(MIN_LINE_WIDTH, lineWidth / 2) && (room <= 0 || !wordsFitIn(room))) return 'below';
  return side;
}

/** The box of a mark and its label, from the label's side and width. */
export function labelledBox(side: LabelSide, markStart: number, markEnd: number, labelWidth: number): { left: number; right: number } {
  if (side === 'left') return { left: markStart - LABEL_GAP - labelWidth, right: markEnd };
  if (side === 'right') return { left: markStart, right: markEnd + LABEL_GAP + labelWidth };
  return { left: markStart, right: Math.max(markEnd, markStart + labelWidth) };
}

/**
 * How much wider a key event's bold label is than the same words in the regular weight (Chromium's system font:
 * about 0.62 of the font size a character in bold, 0.55 regular), so its estimate errs wide as the others' do.
 */
export const BOLD_WIDTH = 1.15;

/** How much wider than the others a merged event's lines may run to keep its number of sources in view. */
const MERGED_LINE_STRETCH = 1.34;

/**
 * The label and what follows it, in at most two lines no wider than `maxWidth` (a merged event's, a third wider,
 * but never past `widest`).
 */
function fitLabel(label: string, metas: readonly string[], maxWidth: number, fontSize: number, widest = Infinity): { width: number; lines: number; meta: string; text: string } {
  for (const meta of metas) {
    const wrapped = wrapText(`${label}  ${meta}`, maxWidth, 2, fontSize);
    if (wrapped.fits) return { width: wrapped.width, lines: wrapped.lines.length, meta, text: label };
  }
  // A merged event keeps its number of sources (the last, shortest meta) on lines up to a third wider rather than lose it.
  if (metas.length > 1 && widest > maxWidth) {
    const meta = metas[metas.length - 1]!;
    const wider = wrapText(`${label}  ${meta}`, Math.min(maxWidth * MERGED_LINE_STRETCH, widest), 2, fontSize);
    if (wider.fits) return { width: wider.width, lines: wider.lines.length, meta, text: label };
  }
  const wrapped = wrapText(label, maxWidth, 2, fontSize);
  return { width: wrapped.width, lines: wrapped.lines.length, meta: '', text: shownText(label, wrapped) };
}

/**
 * An event's label as wanted (fitted in a whole line's width, with what may follow it): it depends on the
 * event and the options, not on where the window puts it, so each zoom or pan step reads it back rather than
 * wrapping every label on screen again. One entry per event, for the last options it was fitted with.
 */
const wantedCache = new WeakMap<IndexEvent, { meta: LayoutOptions['meta']; lineWidth: number; fontSize: number; metas: readonly string[]; wanted: ReturnType<typeof fitLabel> }>();

function wantedLabel(event: IndexEvent, meta: LayoutOptions['meta'], lineWidth: number, fontSize: number) {
  const known = wantedCache.get(event);
  if (known && known.meta === meta && known.lineWidth === lineWidth && known.fontSize === fontSize) return known;
  const metas = meta?.(event) ?? [];
  const entry = { meta, lineWidth, fontSize, metas, wanted: fitLabel(event.label, metas, lineWidth, fontSize) };
  wantedCache.set(event, entry);
  return entry;
}

/**
 * Marks for the events that meet the scale's window, in time order, each with
 * its label fitted (rows not yet set). `placed` keeps the marks made for one
 * scale and options: a layout that tries several clusterings fits each label once.
 */
export function placeEvents(events: readonly IndexEvent[], scale: TimeScale, options: LayoutOptions, placed?: Map<IndexEvent, EventMark>): EventMark[] {
  const { width, fontSize = 13, lineWidth = LINE_WIDTH, meta, key } = options;
  const [from, to] = scale.domain;
  const [r0, r1] = scale.range;
  const clip = (x: number) => Math.min(Math.max(x, r0 - LABEL_GAP), r1 + LABEL_GAP);
  const timed = events
    .map((event) => ({ event, start: toUtcMs(event.date.start), end: toUtcMs(event.date.end) + DAY_MS }))
    // Only what meets the window is drawn; a bar that runs past an edge is cut a little beyond it.
    .filter(({ start, end }) => end > from && start < to)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return timed.map(({ event, start, end }): EventMark => {
    const known = placed?.get(event);
    if (known) return known;
    const mark = placeEvent(event, start, end);
    placed?.set(event, mark);
    return mark;
  });

  function placeEvent(event: IndexEvent, start: number, end: number): EventMark {
    const isKey = key?.has(event.id) ?? false;
    // A key event's bolder label is measured as the wider text it is.
    const labelFont = isKey ? fontSize * BOLD_WIDTH : fontSize;
    const x = scale(start);
    const isBar = event.date.precision !== 'day' || event.kind !== 'point';
    const size = isKey ? KEY_POINT_SIZE : POINT_SIZE;
    let markStart = x - size / 2;
    let markEnd = x + size / 2;
    if (isBar) {
      markStart = clip(x);
      markEnd = Math.max(clip(scale(end)), markStart + MIN_BAR_WIDTH);
    }
    const { metas, wanted } = wantedLabel(event, meta, lineWidth, labelFont);
    const roomRight = width - markEnd - LABEL_GAP;
    const roomLeft = markStart - LABEL_GAP;
    const labelSide = labelSideFor(wanted.width, roomLeft, roomRight, lineWidth, isBar, (room) => wrapText(event.label, room, 2, labelFont).fits);
    let fitted = wanted;
    if (labelSide === 'below') {
      // Under the bar the label has the drawing to itself from the bar's visible start to its edge: a comfortable
      // line, even on a narrow screen whose side labels get narrower ones to share the width with their marks.
      const room = width - markStart;
      const lineFits = Math.max(MIN_LINE_WIDTH, Math.min(Math.max(lineWidth, LINE_WIDTH), room));
      if (lineFits !== lineWidth || wanted.width > room) fitted = fitLabel(event.label, metas, lineFits, labelFont, room);
    } else {
      const room = labelSide === 'right' ? roomRight : roomLeft;
      const lineFits = Math.max(MIN_LINE_WIDTH, Math.min(lineWidth, room));
      // With room for a whole line, the label is fitted as it was wanted.
      if (lineFits !== lineWidth) fitted = fitLabel(event.label, metas, lineFits, labelFont);
    }
    return {
      event,
      row: 0,
      shape: isBar ? 'bar' : 'point',
      approximate: event.date.precision !== 'day',
      openEnd: event.kind === 'ongoing',
      key: isKey,
      markStart,
      markEnd,
      text: fitted.text,
      meta: fitted.meta,
      labelWidth: fitted.width,
      lines: fitted.lines,
      labelSide,
      rows: labelSide === 'below' && fitted.lines > 1 ? 2 : 1,
      ...labelledBox(labelSide, markStart, markEnd, fitted.width),
    };
  }
}

export function layoutEvents(events: readonly IndexEvent[], scale: TimeScale, options: LayoutOptions): TimelineLayout {
  const marks = placeEvents(events, scale, options);
  const rows = stackRows(marks, ROW_GAP, options.maxRows);
  marks.forEach((mark, i) => (mark.row = rows[i]!));
  return { marks, rowCount: rowCount(rows, marks) };
}
