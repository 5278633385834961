// Bytes to text for an article file: UTF-8 (the bad bytes of an invalid file
// shown as U+FFFD, with the line of the first), UTF-16 by its byte-order mark,
// and binary files refused. Pure, so the folder reader and the page's worker
// give the same messages for the same file.
import type { Diagnostic } from '../../model/schema';

export function decodeText(bytes: Uint8Array, name: string, diagnostics: Diagnostic[]): string | null {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    diagnostics.push({ level: 'info', file: name, line: null, message: `read as ${encoding.toUpperCase()} (byte-order mark); UTF-8 is preferred` });
    return new TextDecoder(encoding).decode(bytes);
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    diagnostics.push({ level: 'error', file: name, line: null, message: 'looks like a binary file (NUL bytes), not text; skipped' });
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    diagnostics.push({
      level: 'warning',
      file: name,
      line,
      message: `invalid UTF-8 at byte ${bad}; the bad bytes are shown as \uFFFD`,
    });
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}
