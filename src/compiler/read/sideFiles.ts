// The files of a seeds folder that are not articles: a page's sidecar, the
// reader's actor and merge corrections, and hidden files. One list for the
// compile and for the CLI, which counts a folder's articles before it loads
// the compiler (so this module imports nothing).

export const SIDECAR_SUFFIX = '.meta.json';
export const ACTORS_FILE = 'actors.json';
export const MERGES_FILE = 'merges.json';

/** Whether a name in a seeds folder is one of its side files rather than an article. */
export function isSideFile(name: string): boolean {
  return name.startsWith('.') || name.endsWith(SIDECAR_SUFFIX) || name === ACTORS_FILE || name === MERGES_FILE;
}
