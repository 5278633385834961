// The compiled data is JSON that gzip shrinks about sevenfold (the timeline
// index of 1,000 articles: 5.3 MB, 0.73 MB gzipped). Static hosts compress it
// when told to (see docs/performance.md); Vite's preview server does not, so
// this plugin does it for the built site's data/ files, once per file version.
import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const gzipAsync = promisify(gzip);

/** Bodies smaller than this go as they are: gzip's header would eat the gain. */
export const MIN_COMPRESSED_BYTES = 1024;

export function acceptsGzip(req: IncomingMessage): boolean {
  const accepted = req.headers['accept-encoding'];
  return typeof accepted === 'string' && /\bgzip\b/.test(accepted);
}

/** Sends `body` gzipped with the headers that say so. */
export function sendGzipped(res: ServerResponse, body: Buffer, type: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Content-Length', String(body.length));
  res.end(body);
}

export function gzipBody(text: string | Buffer): Promise<Buffer> {
  return gzipAsync(text);
}

/** Preview-server plugin: the built site's data/*.json, gzipped for clients that accept it. */
export function compressedData(): Plugin {
  let outDir = 'dist';
  // One compressed copy per file, kept while the file's size and time stay the same.
  const cache = new Map<string, { stamp: string; body: Promise<Buffer> }>();
  return {
    name: 'timeline-compressed-data',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const at = url.indexOf('/data/');
        if (req.method !== 'GET' || at < 0 || !url.endsWith('.json') || !acceptsGzip(req)) return next();
        const file = path.join(outDir, decodeURIComponent(url.slice(at + 1)));
        if (!file.startsWith(outDir + path.sep)) return next();
        try {
          const stat = await fs.stat(file);
          if (!stat.isFile() || stat.size < MIN_COMPRESSED_BYTES) return next();
          const stamp = `${stat.size}:${stat.mtimeMs}`;
          let entry = cache.get(file);
          if (entry?.stamp !== stamp) {
            entry = { stamp, body: fs.readFile(file).then(gzipBody) };
            cache.set(file, entry);
          }
          sendGzipped(res, await entry.body, 'application/json');
        } catch {
          next();
        }
      });
    },
  };
}
