// Where the articles a reader adds in the page are kept: IndexedDB, through
// idb-keyval, one entry per file (name -> bytes), so one failed write never
// touches the others. Only the count is asked for at start, to bring the
// reader's articles back after a reload; the rest loads with the panel.
import { createStore, keys, type UseStore } from 'idb-keyval';

let store: UseStore | null = null;

export function userArticleStore(): UseStore {
  return (store ??= createStore('news-timeline-explorer', 'added-articles'));
}

/** How many articles this browser keeps; 0 where IndexedDB is not there (some private windows). */
export async function storedArticleCount(): Promise<number> {
  try {
    return (await keys(userArticleStore())).length;
  } catch {
    return 0;
  }
}
