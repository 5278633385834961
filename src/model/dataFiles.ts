// The data contract's version and the names of the compiled files: what the
// app needs before anything is checked, without the schema library (schema.ts
// re-exports them; the explorer loads the schemas only to say what is wrong
// with a file).
export const SCHEMA_VERSION = 1;

/** File names of the compiled output, relative to the output folder. */
export const DATA_FILES = {
  dataset: 'timeline.json',
  index: 'index.json',
  details: 'details.json',
  articleText: (id: string) => `articles/${fileSafeId(id)}.json`,
} as const;

/** Article ids as file names that need no URL encoding: other characters become ~xx (hex code). */
export function fileSafeId(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]|^\./g, (c) => `~${c.codePointAt(0)!.toString(16)}`);
}
