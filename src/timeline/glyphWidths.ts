// How wide each character is drawn, in hundredths of an em: the widths of the
// widest sans-serif in the page's font stack (DejaVu Sans, which `system-ui`
// gives on Linux; Segoe UI, San Francisco, Roboto, Helvetica and Arial are
// narrower), rounded up, so an estimate from them errs wide on every system.
//
// Example: "OSCE" is 69 + 64 + 70 + 64 = 267 hundredths, 2.67 em; "oscillate" is
// about 4.6 em for more than twice the letters.

/** Printable ASCII from the space (32) to "~" (126). */
const ASCII_WIDTHS = [
  32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, // space ! " # $ % & ' ( ) * + , - . /
  64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 54, // 0-9 : ; < = > ?
  100, 69, 69, 70, 78, 64, 58, 78, 76, 30, 30, 66, 56, 87, 75, 79, // @ A-O
  61, 79, 70, 64, 62, 74, 69, 99, 69, 62, 69, 40, 34, 40, 84, 50, // P-Z [ \ ] ^ _
  50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 28, 58, 28, 98, 64, 62, // ` a-o
  64, 64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84, // p-z { | } ~
];

/** Marks news labels use beyond ASCII. */
const MARK_WIDTHS: Record<string, number> = { '…': 100, '–': 50, '—': 100, '‘': 32, '’': 32, '“': 52, '”': 52, '·': 32, '€': 64, '£': 64, '°': 50 };

/** Ideographs, kana and hangul are drawn a full em wide. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A letter of another script, not in the tables: a full em, wider than most (Cyrillic "Ж" is 1.08 em, its small letters about 0.6). */
const OTHER = 100;

/** The width of one character in hundredths of an em; an accented Latin letter is as wide as its base letter. */
export function glyphWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code < 127) return ASCII_WIDTHS[code - 32]!;
  const mark = MARK_WIDTHS[char];
  if (mark !== undefined) return mark;
  if (WIDE.test(char)) return 100;
  const base = char.normalize('NFD').codePointAt(0)!;
  if (base >= 32 && base < 127) return ASCII_WIDTHS[base - 32]!;
  return OTHER;
}

/** The width of `text` in hundredths of an em. */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code < 127) {
      width += ASCII_WIDTHS[code - 32]!;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    width += glyphWidth(String.fromCodePoint(point));
  }
  return width;
}
