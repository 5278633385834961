// seeds/merges.json, a reader's corrections to cross-article merging:
//   { "split": ["<event id>", ...], "join": [["<event id>", "<event id>"], ...] }
// Parsed against the shared schema; every problem names the file and line,
// and a bad file is ignored whole (the rule alone decides) rather than failing
// the build. Pure: the shell (readSeeds.ts) reads the file.
import { mergeOverridesSchema, type Diagnostic, type MergeOverrides } from '../../model/schema';
import { MERGES_FILE } from '../read/sideFiles';

export { MERGES_FILE };

export interface LoadedMergeOverrides {
  file: string;
  overrides: MergeOverrides;
  /** The line each id is written on, to point at ids the data lacks. */
  lines: Record<string, number>;
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

/**
 * The line each value of a JSON text starts on, by its path ("join.1.0"):
 * a small scanner over text JSON.parse has already accepted.
 */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  const skip = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (where: string) => {
    skip();
    lines.set(where, lineAt(text, i));
    const c = text[i];
    const inner = (key: string | number) => (where === '' ? String(key) : `${where}.${key}`);
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      for (let n = 0; ; n++) {
        skip();
        if (text[i] === close) break;
        let key: string | number = n;
        if (c === '{') {
          key = readString();
          skip();
          i++; // the colon
        }
        value(inner(key));
        skip();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '"') readString();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value('');
  return lines;
}

/**
 * Where JSON text goes wrong when the parser does not say (some engines
 * report no position): the shortest prefix that fails for another reason than
 * ending too soon. Small files only.
 */
function jsonErrorOffset(text: string): number | null {
  if (text.length > 20_000) return null;
  for (let k = 1; k <= text.length; k++) {
    try {
      JSON.parse(text.slice(0, k));
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      const position = /position (\d+)/.exec(message);
      const atEnd = /end of (JSON )?input|Unterminated string/i.test(message) || (position !== null && Number(position[1]) >= k);
      if (!atEnd) return k - 1;
    }
  }
  return null;
}

export function parseMergeOverrides(text: string, file = MERGES_FILE): { loaded: LoadedMergeOverrides | null; diagnostics: Diagnostic[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : jsonErrorOffset(text);
    return {
      loaded: null,
      diagnostics: [{ level: 'warning', file, line: offset === null ? null : lineAt(text, offset), message: `not valid JSON (${message.split('\n')[0]}); merge overrides ignored` }],
    };
  }
  const parsed = mergeOverridesSchema.safeParse(json);
  if (!parsed.success) {
    const valueLines = jsonValueLines(text);
    return {
      loaded: null,
      diagnostics: parsed.error.issues.map((issue) => ({
        level: 'warning' as const,
        file,
        line: valueLines.get(issue.path.map(String).join('.')) ?? valueLines.get(issue.path.slice(0, -1).map(String).join('.')) ?? 1,
        message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}; expected {"split": [ids], "join": [[id, id], ...]}; merge overrides ignored`,
      })),
    };
  }
  const valueLines = jsonValueLines(text);
  const lines: Record<string, number> = {};
  (parsed.data.split ?? []).forEach((id, k) => (lines[id] ??= valueLines.get(`split.${k}`) ?? 1));
  (parsed.data.join ?? []).forEach((group, g) => group.forEach((id, k) => (lines[id] ??= valueLines.get(`join.${g}.${k}`) ?? 1)));
  return { loaded: { file, overrides: parsed.data, lines }, diagnostics: [] };
}
