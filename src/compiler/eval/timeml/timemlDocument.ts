// Reads and writes TimeML documents (TimeML 1.2, as TempEval-3 distributes
// them): the creation time in <DCT>, the text in <TEXT> with its TIMEX3
// annotation. Pure: strings in, values out. The text between tags is kept
// exactly as written (entities included), so a document written back holds
// the same characters as the one read; only the tags inside TEXT change.

import type { Timex, TimexType } from '../../temporal/types';

export type { TimexType };
export const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

/** One TIMEX3 (the tagger's own type): its extent as offsets into the document's text (tags removed, entities as written). */
export type Timex3 = Timex;

export interface TimemlDocument {
  /** The whole file as read. */
  source: string;
  /** The creation time's value as written (YYYY-MM-DD, or with a time), null when the document has no DCT. */
  dct: string | null;
  /** Offsets of TEXT's contents in `source`. */
  textStart: number;
  textEnd: number;
  /** TEXT's contents with every tag removed and nothing else changed. */
  text: string;
  /** The TIMEX3 annotation found inside TEXT, in text order. */
  timexes: Timex3[];
}

/** A document that cannot be read: the message names the line. */
export class TimemlError extends Error {
  constructor(message: string, readonly line: number | null) {
    super(message);
  }
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '').text;
  return out;
}

function isTimexType(t: string | undefined): t is TimexType {
  return (TIMEX_TYPES as readonly string[]).includes(t ?? '');
}

/** Reads a TimeML document; throws a TimemlError naming the line when its TEXT cannot be found or its tags do not nest. */
export function parseTimeml(source: string): TimemlDocument {
  const open = /<TEXT(?:\s[^>]*)?>/.exec(source);
  if (!open) throw new TimemlError('no <TEXT> element', null);
  const textStart = open.index + open[0].length;
  const textEnd = source.indexOf('</TEXT>', textStart);
  if (textEnd < 0) throw new TimemlError('<TEXT> is never closed', lineAt(source, open.index));

  const dctElement = /<DCT>([\s\S]*?)<\/DCT>/.exec(source);
  const dctTimex = dctElement ? /<TIMEX3\b[^>]*>/.exec(dctElement[1] ?? '') : null;
  const dct = dctTimex ? attributes(dctTimex[0]).value ?? null : null;

  const timexes: Timex3[] = [];
  const stack: Array<{ name: string; at: number; attrs: Record<string, string>; line: number }> = [];
  let text = '';
  let i = textStart;
  const tag = /<(\/?)([A-Za-z][\w.-]*)([^>]*?)(\/?)>/g;
  while (i < textEnd) {
    const lt = source.indexOf('<', i);
    const stop = lt < 0 || lt >= textEnd ? textEnd : lt;
    text += source.slice(i, stop);
    if (stop === textEnd) break;
    tag.lastIndex = stop;
    const m = tag.exec(source);
    if (!m || m.index !== stop || m.index + m[0].length > textEnd) {
      throw new TimemlError('a "<" inside TEXT that starts no tag', lineAt(source, stop));
    }
    const [whole, closing, name, rest, selfClosing] = m as unknown as [string, string, string, string, string];
    if (closing) {
      const top = stack.pop();
      if (!top || top.name !== name) {
        throw new TimemlError(`</${name}> closes ${top ? `<${top.name}> (line ${top.line})` : 'nothing'}`, lineAt(source, stop));
      }
      if (name === 'TIMEX3') {
        const type = top.attrs.type;
        timexes.push({
          start: top.at,
          end: text.length,
          type: isTimexType(type) ? type : 'DATE',
          value: top.attrs.value ?? '',
          ...(top.attrs.mod ? { mod: top.attrs.mod } : {}),
          ...(top.attrs.freq ? { freq: top.attrs.freq } : {}),
          ...(top.attrs.quant ? { quant: top.attrs.quant } : {}),
        });
      }
    } else if (!selfClosing) {
      stack.push({ name, at: text.length, attrs: attributes(rest), line: lineAt(source, stop) });
    }
    i = stop + whole.length;
  }
  if (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    throw new TimemlError(`<${top.name}> is never closed inside TEXT`, top.line);
  }
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { source, dct, textStart, textEnd, text, timexes };
}

/** Annotation that refers to the tags of TEXT: written back without them, it would point at nothing. */
const LINK_ELEMENTS = /^[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*\/>[ \t]*\r?\n?/gm;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function openTag(t: Timex3, tid: string): string {
  const parts = [`tid="${tid}"`, `type="${t.type}"`, `value="${escapeAttribute(t.value)}"`];
  if (t.mod) parts.push(`mod="${escapeAttribute(t.mod)}"`);
  if (t.quant) parts.push(`quant="${escapeAttribute(t.quant)}"`);
  if (t.freq) parts.push(`freq="${escapeAttribute(t.freq)}"`);
  return `<TIMEX3 ${parts.join(' ')}>`;
}

/**
 * The document with TEXT's annotation replaced by `timexes` (offsets into
 * doc.text; overlapping ones after the first are left out) and the links that
 * referred to the old annotation removed. Everything else is kept as written.
 */
export function writeTimeml(doc: TimemlDocument, timexes: readonly Timex3[]): string {
  const sorted = [...timexes].sort((a, b) => a.start - b.start || b.end - a.end);
  let body = '';
  let at = 0;
  let n = 0;
  for (const t of sorted) {
    if (t.start < at || t.end <= t.start || t.end > doc.text.length) continue;
    n += 1;
    body += doc.text.slice(at, t.start) + openTag(t, `t${n}`) + doc.text.slice(t.start, t.end) + '</TIMEX3>';
    at = t.end;
  }
  body += doc.text.slice(at);
  const tail = doc.source.slice(doc.textEnd).replace(LINK_ELEMENTS, '');
  return doc.source.slice(0, doc.textStart) + body + tail;
}

/** `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references read as characters, with the offset map back. */
export function decodeEntities(raw: string): { text: string; rawOffset: (plainOffset: number) => number } {
  if (!raw.includes('&')) return { text: raw, rawOffset: (k) => k };
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  let text = '';
  // starts[k] = raw offset of plain character k; one extra entry for the end.
  const starts: number[] = [];
  const re = /&(?:#(\d+)|#x([0-9a-fA-F]+)|([a-z]+));/gy;
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === '&') {
      re.lastIndex = i;
      const m = re.exec(raw);
      const ch = m ? (m[1] ? String.fromCodePoint(Number(m[1])) : m[2] ? String.fromCodePoint(parseInt(m[2], 16)) : named[m[3] ?? '']) : undefined;
      if (m && ch !== undefined) {
        for (let k = 0; k < ch.length; k++) starts.push(i);
        text += ch;
        i += m[0].length;
        continue;
      }
    }
    starts.push(i);
    text += raw[i];
    i += 1;
  }
  starts.push(raw.length);
  return { text, rawOffset: (k) => starts[Math.max(0, Math.min(k, starts.length - 1))]! };
}
