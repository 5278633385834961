// Front matter: the optional `---` block at the top of an article. Untrusted
// text, so every field is normalised on its own and a bad field becomes a
// problem with its line number instead of failing the article.

export interface FrontMatterProblem {
  line: number;
  message: string;
}

export interface FrontMatter {
  /** Every key as written (lower-cased), value with surrounding quotes removed. */
  fields: Record<string, string>;
  /** Line number (1-based) of each key, for messages. */
  lines: Record<string, number>;
  /** The text after the block (or the whole text when there is none). */
  body: string;
  /** Number of lines that precede the body in the file, so body line N is file line N + bodyLineOffset. */
  bodyLineOffset: number;
  problems: FrontMatterProblem[];
}

const FENCE = /^---[ \t]*$/;

export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  const empty: FrontMatter = { fields: {}, lines: {}, body: text, bodyLineOffset: 0, problems: [] };
  if (lines.length === 0 || !FENCE.test(lines[0] ?? '')) return empty;

  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i] ?? '')) {
      close = i;
      break;
    }
  }
  if (close < 0) {
    return {
      ...empty,
      problems: [{ line: 1, message: 'front matter opened with "---" is never closed; the file is read as plain text' }],
    };
  }

  const fields: Record<string, string> = {};
  const keyLines: Record<string, number> = {};
  const problems: FrontMatterProblem[] = [];
  for (let i = 1; i < close; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(raw);
    if (!m) {
      problems.push({ line: i + 1, message: `front matter line is not "key: value": ${JSON.stringify(raw.slice(0, 80))}` });
      continue;
    }
    const key = (m[1] ?? '').toLowerCase();
    if (key in fields) {
      problems.push({ line: i + 1, message: `front matter key "${key}" repeated; the first value is kept` });
      continue;
    }
    fields[key] = unquote((m[2] ?? '').trim());
    keyLines[key] = i + 1;
  }
  const bodyStart = lines.slice(0, close + 1).join('\n').length + 1;
  return {
    fields,
    lines: keyLines,
    body: text.slice(Math.min(bodyStart, text.length)),
    bodyLineOffset: close + 1,
    problems,
  };
}

function unquote(value: string): string {
  if (value.length >= 2) {
    const first = value[0];
    const last = value[value.length - 1];
    if ((first === '"' && last === '"') || (first === "'" && last === "'")) return value.slice(1, -1);
  }
  return value;
}
