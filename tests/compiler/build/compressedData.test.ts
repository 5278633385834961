// The preview server sends the built data gzipped to browsers that accept it,
// byte for byte the file once unpacked, and as it is to those that do not.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import { compressedData } from '../../../src/compiler/build/compressedData';

const dist = mkdtempSync(path.join(os.tmpdir(), 'compressed-data-'));
const index = JSON.stringify({ events: Array.from({ length: 400 }, (_, i) => ({ id: `event-${i}`, label: 'Talks held at the border post' })) });
let server: PreviewServer;
let base: string;

function get(file: string, acceptGzip: boolean): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${file}`, { headers: acceptGzip ? { 'accept-encoding': 'gzip, deflate, br' } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  mkdirSync(path.join(dist, 'data'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(dist, 'data/index.json'), index);
  writeFileSync(path.join(dist, 'data/small.json'), '{"id":"a"}');
  server = await preview({ root: dist, configFile: false, logLevel: 'silent', plugins: [compressedData()], build: { outDir: dist }, preview: { host: '127.0.0.1', port: 0 } });
  base = server.resolvedUrls!.local[0]!;
});

afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the preview server with compressed data', () => {
  it('sends data/*.json gzipped when the browser accepts gzip, the file itself once unpacked', async () => {
    const { headers, body } = await get('data/index.json', true);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-type']).toMatch(/application\/json/);
    expect(gunzipSync(body).toString('utf8')).toBe(index);
    expect(body.length).toBeLessThan(index.length / 5);
    // A second request gets the same bytes (the compressed copy is kept).
    expect((await get('data/index.json', true)).body.equals(body)).toBe(true);
  });

  it('sends the file as it is to a client that does not accept gzip, and small files always', async () => {
    const plain = await get('data/index.json', false);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(index);
    const small = await get('data/small.json', true);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString('utf8')).toBe('{"id":"a"}');
  });

  it('leaves a data file that is not there to the server', async () => {
    const missing = await get('data/none.json', true);
    expect(missing.headers['content-encoding']).toBeUndefined();
    expect(missing.body.toString('utf8')).not.toContain('event-0');
  });
});
