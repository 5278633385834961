// The seeds plugin as Vite loads it: `npm run dev` and `npm run build` read
// vite.config.ts (and so the plugin and the compiler) through Vite's module
// runner, which is closed once the config is read. A folder large enough for
// the compile to go to its worker threads must still compile there, in the
// dev server and in the build, and give what one thread gives.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { generateCorpus } from '../../../bench/corpus';
import { POOL_THRESHOLD } from '../../../src/compiler/build/defaultWorkers';
import { compileFolder, outputFiles } from '../../../src/compiler/build/readSeeds';
import { DATA_FILES } from '../../../src/model/schema';
import type * as VitePlugin from '../../../src/compiler/build/vitePlugin';

const root = path.resolve(import.meta.dirname, '../../..');

/** Calls one of a plugin's hooks, whether written as a function or as `{ handler }`. */
function hook(plugin: Plugin, name: 'configResolved' | 'configureServer' | 'buildStart' | 'generateBundle', self: unknown, ...args: unknown[]): unknown {
  const h = plugin[name] as unknown;
  const fn = (typeof h === 'function' ? h : (h as { handler: (...a: unknown[]) => unknown }).handler) as (...a: unknown[]) => unknown;
  return fn.call(self, ...args);
}

describe('the seeds plugin loaded as Vite loads its config', () => {
  let dir: string;
  let timelineData: typeof VitePlugin.timelineData;
  let oneThread: Map<string, string>;
  const errors: string[] = [];
  const logger = { info: () => {}, warn: () => {}, error: (message: string) => errors.push(message) };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plugin-pool-'));
    for (const file of generateCorpus(POOL_THRESHOLD + 2, 7)) await writeFile(path.join(dir, file.name), file.text);
    // As `--configLoader runner` loads vite.config.ts: the runner is closed when runnerImport returns.
    ({ timelineData } = (await runnerImport<typeof VitePlugin>(path.join(root, 'src/compiler/build/vitePlugin.ts'), { root, logLevel: 'silent' })).module);
    oneThread = outputFiles((await compileFolder(dir, { workers: 1 })).dataset);
  }, 300_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the dev server the compiled folder, as one thread compiles it', async () => {
    errors.length = 0;
    const plugin = timelineData({ seedsDir: dir });
    hook(plugin, 'configResolved', plugin, { command: 'serve', base: '/', logger });
    const sent: unknown[] = [];
    let middleware: ((req: unknown, res: unknown, next: () => void) => Promise<void>) | undefined;
    const server = { watcher: { add: () => {}, on: () => {} }, hot: { send: (message: unknown) => sent.push(message) }, middlewares: { use: (fn: typeof middleware) => (middleware = fn) } };
    hook(plugin, 'configureServer', plugin, server);
    const response = await new Promise<{ status: number; body: string }>((resolve) => {
      const res = { statusCode: 200, setHeader: () => {}, end: (body: string) => resolve({ status: res.statusCode, body }) };
      void middleware!({ url: `/data/${DATA_FILES.index}`, headers: {} }, res, () => resolve({ status: 404, body: '' }));
    });
    expect(errors).toEqual([]);
    expect(sent).toEqual([expect.objectContaining({ data: { failure: null } })]);
    expect(response.status).toBe(200);
    expect(response.body).toBe(oneThread.get(DATA_FILES.index));
  }, 300_000);

  it('emits the compiled folder in the build, as one thread compiles it', async () => {
    errors.length = 0;
    const plugin = timelineData({ seedsDir: dir, cacheDir: false });
    hook(plugin, 'configResolved', plugin, { command: 'build', base: '/', logger });
    await hook(plugin, 'buildStart', { error: (message: string) => errors.push(message) });
    const emitted = new Map<string, unknown>();
    hook(plugin, 'generateBundle', { emitFile: (file: { fileName: string; source: unknown }) => emitted.set(file.fileName, file.source) });
    expect(errors).toEqual([]);
    expect(emitted.get(`data/${DATA_FILES.index}`)).toBe(oneThread.get(DATA_FILES.index));
    expect(emitted.get(`data/${DATA_FILES.details}`)).toBe(oneThread.get(DATA_FILES.details));
  }, 300_000);
});
