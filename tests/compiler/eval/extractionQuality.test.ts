// Extraction quality on real files: the seed and the fixture corpus compiled
// from disk and scored by the evaluation rules against their gold files. The
// targets are the issue's; falling below them fails the suite.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileFolder } from '../../../src/compiler/build/readSeeds';
import { evaluate, parseGoldFile, type GoldFile } from '../../../src/compiler/eval/evaluate';

const GOLD_DIR = path.resolve('tests/fixtures/gold');

function golds(): GoldFile[] {
  return readdirSync(GOLD_DIR)
    .filter((n) => n.endsWith('.gold.json'))
    .map((n) => parseGoldFile(JSON.parse(readFileSync(path.join(GOLD_DIR, n), 'utf8')), n));
}

describe('extraction quality', () => {
  it('gets every gold event of the seed with its precision and its actors', async () => {
    const { dataset } = await compileFolder(path.resolve('seeds'));
    const { total } = evaluate(dataset, golds());
    expect(total.articles).toBe(1);
    expect(total.f1).toBe(1);
    expect(total.strictF1).toBeGreaterThanOrEqual(0.9);
    expect(total.actorRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('meets the targets on the fixture corpus: F1 >= 0.9, strict F1 >= 0.85, actor recall >= 0.8', async () => {
    const { dataset } = await compileFolder(path.resolve('tests/fixtures/corpus'));
    const { total } = evaluate(dataset, golds());
    expect(total.articles).toBeGreaterThanOrEqual(12);
    expect(total.f1).toBeGreaterThanOrEqual(0.9);
    expect(total.strictF1).toBeGreaterThanOrEqual(0.85);
    // Events name their clause's participants since issue 16; this gold also lists parties the sentence
    // only implies (docs/history/extraction-rounds.md, "Actor figures, first and final"), so recall fell
    // from 0.929 to 0.836 while precision rose.
    expect(total.actorRecall).toBeGreaterThanOrEqual(0.8);
  });
});
