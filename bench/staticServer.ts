// A plain static file server for the benchmark's user clock: what a host
// without any framework would send. Uncompressed, it sends every file as it
// is on disk; compressed, it sends text files gzipped (once per file, as a host
// with precompressed files or a caching proxy would), to clients that accept
// it. No caching headers: each measurement starts from a fresh browser context.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.bin': 'application/octet-stream',
};
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg']);

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function staticServer(dir: string, options: { gzip: boolean }): Promise<StaticServer> {
  const root = path.resolve(dir);
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
      const file = path.join(root, url.endsWith('/') ? `${url}index.html` : url);
      if (!file.startsWith(root + path.sep)) {
        res.statusCode = 403;
        res.end();
        return;
      }
      let body: Buffer;
      try {
        body = await fs.readFile(file);
      } catch {
        res.statusCode = 404;
        res.end('Not Found');
        return;
      }
      const ext = path.extname(file);
      res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
      if (options.gzip && TEXT.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let packed = gzipped.get(file);
        if (!packed) gzipped.set(file, (packed = gzipSync(body)));
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        body = packed;
      }
      res.setHeader('Content-Length', String(body.length));
      res.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
