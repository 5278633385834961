// index.json in columns: what the explorer decodes must be the index as it
// always held it, object for object and field for field (the components read
// those objects and nothing else), and the columns must be much smaller than
// the same events written as objects.
import path from 'node:path';
import { generateDataset } from '../../bench/dataset';
import { compileFolder } from '../../src/compiler/build/readSeeds';
import { toIndex } from '../../src/model/eventParts';
import { decodeIndex, encodeIndex, type IndexColumns } from '../../src/model/indexColumns';
import { timelineIndexSchema } from '../../src/model/schema';
import { sampleIndex } from '../timeline/sample';

/** As the browser gets it: written to JSON and parsed back. */
const overTheWire = (index: Parameters<typeof encodeIndex>[0]) => JSON.parse(JSON.stringify(encodeIndex(index))) as IndexColumns;

describe('the index in columns', () => {
  it('decodes into the index it was made from, field for field and in the same order, merged events and their members included', async () => {
    const { dataset } = await compileFolder(path.resolve('tests/fixtures/story'));
    const index = toIndex(dataset);
    expect(index.merged?.length).toBeGreaterThan(0);
    const decoded = decodeIndex(overTheWire(index));
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(index));
    expect(timelineIndexSchema.safeParse(decoded).success).toBe(true);
    // Events without members have no members field at all, as toIndex writes them.
    expect(decoded.events.every((e) => !('members' in e))).toBe(true);
  });

  it('keeps what the sample has: null sources of articles, spans, every precision', () => {
    expect(JSON.stringify(decodeIndex(overTheWire(sampleIndex)))).toBe(JSON.stringify(sampleIndex));
  });

  it('writes each day, actor id and article id once however many events name it', () => {
    const index = toIndex(generateDataset(2_000));
    const columns = encodeIndex(index);
    expect(new Set(columns.days).size).toBe(columns.days.length);
    expect(columns.actorIds.length).toBeLessThanOrEqual(index.actors.length);
    expect(columns.articleIds.length).toBe(index.articles.length);
    expect(JSON.stringify(decodeIndex(overTheWire(index)))).toBe(JSON.stringify(index));
  });

  it('takes well under half the bytes of the same events as objects', () => {
    const index = toIndex(generateDataset(10_000));
    const rows = JSON.stringify(index).length;
    const columns = JSON.stringify(encodeIndex(index)).length;
    expect(columns).toBeLessThan(rows * 0.45);
  });

  it('keeps an event that names an actor or an article the lists do not have', () => {
    const index = structuredClone(sampleIndex);
    index.events[0]!.actors = ['someone-not-listed', ...index.events[0]!.actors];
    index.events[0]!.sources[0]!.articleId = 'an-article-not-listed';
    expect(JSON.stringify(decodeIndex(overTheWire(index)))).toBe(JSON.stringify(index));
  });
});
