// Reads a folder of TimeML documents (*.tml, *.xml) for the TimeML CLIs. A
// file that cannot be read or parsed is reported with its name and line and
// never stops the others.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseTimeml, TimemlError, type TimemlDocument } from '../eval/timeml/timemlDocument';

export type ReadTimeml =
  | { name: string; file: string; doc: TimemlDocument; error?: undefined }
  | { name: string; file: string; doc?: undefined; error: string };

export async function readTimemlFolder(dir: string, what: string): Promise<ReadTimeml[]> {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new Error(`${what} folder not found: ${dir}`);
  const names = (await fs.readdir(dir)).filter((n) => /\.(?:tml|xml)$/i.test(n)).sort();
  if (names.length === 0) throw new Error(`${dir}: no TimeML documents (*.tml, *.xml)`);
  return Promise.all(names.map(async (name): Promise<ReadTimeml> => {
    const file = path.join(dir, name);
    try {
      return { name, file, doc: parseTimeml(await fs.readFile(file, 'utf8')) };
    } catch (error) {
      const where = error instanceof TimemlError && error.line !== null ? `${file}:${error.line}` : file;
      return { name, file, error: `${where}: ${(error as Error).message}` };
    }
  }));
}

/** The creation day of a document (YYYY-MM-DD), or a message saying why there is none. */
export function creationDay(doc: TimemlDocument): string | { problem: string } {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(doc.dct ?? '');
  if (!m) return { problem: doc.dct === null ? 'no <DCT> creation time, so relative dates cannot be resolved' : `the <DCT> value ${JSON.stringify(doc.dct)} is not a day` };
  return `${m[1]}-${m[2]}-${m[3]}`;
}
