// What the page and the compiler's worker (compileWorker.ts) say to each
// other. Types only: the page imports these, never the worker's module.
import type { Diagnostic, TimelineDetails, TimelineIndex } from '../model/schema';

/** A file the reader added, as kept in the browser. */
export interface UserFile {
  name: string;
  /** The file's bytes, or its first bytes past the size limit when it is larger. */
  bytes: Uint8Array;
  /** The file's size when only its first bytes were read. */
  size?: number;
}

export interface CompileRequest {
  id: number;
  /** Where the built data lives (…/data/), absolute. */
  dataUrl: string;
  files: UserFile[];
  /** Fetch the built data again (it changed: the dev server recompiled). */
  reload?: boolean;
}

/** What one file gave: the compile line of each of its articles, and its problems, as the command line prints them. */
export interface FileReport {
  name: string;
  articleIds: string[];
  lines: string[];
  problems: Diagnostic[];
  problemLines: string[];
}

export interface CompileResult {
  index: TimelineIndex;
  details: TimelineDetails;
  texts: Array<{ id: string; text: string }>;
  files: FileReport[];
}

export type CompileResponse = { id: number; ok: true; result: CompileResult } | { id: number; ok: false; error: string };
