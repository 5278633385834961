import { isSideFile } from '../../../src/compiler/read/sideFiles';

describe('isSideFile: the files of a seeds folder that are not articles', () => {
  it('names a page sidecar, the actor and merge corrections and hidden files', () => {
    expect(['harbour-strike.meta.json', 'actors.json', 'merges.json', '.DS_Store'].filter(isSideFile)).toHaveLength(4);
  });

  it('leaves articles, pages and feeds, and names that only resemble a side file', () => {
    expect(['harbour-strike.md', 'notes.txt', 'page.html', 'feed.xml', 'items.json', 'actors.json.bak', 'old-merges.json'].filter(isSideFile)).toEqual([]);
  });
});
