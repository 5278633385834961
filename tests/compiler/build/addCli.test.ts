// `npm run add` as a user runs it: a real process fetching from a local HTTP
// server that serves pages made for these tests, good and bad; checked by what
// it prints, its exit status and the files it leaves in the seeds folder.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileFolder } from '../../../src/compiler/build/readSeeds';
import { fileNameFor, withFetchRecord } from '../../../src/compiler/build/fetchPage';

// As npm run add runs it: the launcher and the CLI's bundle.
const LAUNCH = [path.resolve('src/compiler/build/launchCli.mjs'), 'addCli'];
const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const SEED_PAGE = readFileSync(path.join(fixtures, 'pages/000_30beba559cdab82b.html'));
const RSS = readFileSync(path.join(fixtures, 'feeds/valley-news.rss'));

interface Run { code: number; stdout: string; stderr: string }
function add(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...LAUNCH, ...args], (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }));
  });
}

let server: Server;
let base = '';
let closedPort = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/world/europe/armenia-bows-out-of-moscow-meeting') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(SEED_PAGE);
    } else if (url === '/short-link') {
      res.writeHead(302, { location: '/world/europe/armenia-bows-out-of-moscow-meeting' }).end();
    } else if (url === '/missing') res.writeHead(404, 'Not Found').end('gone');
    else if (url === '/report.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    else if (url === '/menu') res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><nav><a href="/">Home</a></nav></body></html>');
    else if (url === '/endless') {
      // No length given, and more than any page may be.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, '<p>x</p>');
      let sent = 0;
      const push = () => {
        while (sent < 12 && res.write(chunk)) sent++;
        if (sent < 12) res.once('drain', push);
        else res.end();
      };
      push();
    } else if (url === '/broken') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
      res.write(SEED_PAGE.subarray(0, 2000));
      setTimeout(() => res.destroy(), 50);
    } else if (url === '/slow') {
      // Never answers; the client's time limit ends it.
    } else if (url === '/cafe') {
      res.setHeader('content-type', 'text/html; charset=windows-1252');
      res.end(Buffer.from('<html><head><title>Caf\xe9 reopens in Lorn</title></head><body><article><h1>Caf\xe9 reopens in Lorn</h1><p>The caf\xe9 on the quay in Lorn reopened on Saturday after a fire in the spring, its owner said.</p></article></body></html>', 'latin1'));
    } else if (url === '/feed') {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(RSS);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port nothing listens on.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(() => new Promise<void>((resolve) => {
  server.closeAllConnections();
  server.close(() => resolve());
}));

let seeds: string;
beforeEach(async () => {
  seeds = await mkdtemp(path.join(tmpdir(), 'add-'));
});
afterEach(async () => {
  await rm(seeds, { recursive: true, force: true });
});

describe('npm run add', () => {
  it('saves pages and feeds into the seeds folder, named after their address, with where and when they were fetched', async () => {
    const run = await add(['--seeds', seeds, `${base}/world/europe/armenia-bows-out-of-moscow-meeting`, `${base}/short-link`, `${base}/cafe`, `${base}/feed`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`saved ${path.join(seeds, 'armenia-bows-out-of-moscow-meeting.html')}: "Armenia bows out of Moscow meeting with Azerbaijan on preparing peace agreement", published 2022-12-22 (from JSON-LD datePublished); web page: title from og:title, source from the canonical link`);
    // The short link led to the same page: a second file, never the first overwritten.
    expect(run.stdout).toContain(`saved ${path.join(seeds, 'armenia-bows-out-of-moscow-meeting-2.html')}`);
    expect(run.stdout).toContain(`saved ${path.join(seeds, 'cafe.html')}: "Café reopens in Lorn", no publication date on the page`);
    expect(run.stdout).toContain(`saved ${path.join(seeds, 'feed.rss')}: RSS feed of 2 article(s)`);
    expect(run.stdout).toContain('4 of 4 saved');
    expect((await readdir(seeds)).sort()).toEqual(['armenia-bows-out-of-moscow-meeting-2.html', 'armenia-bows-out-of-moscow-meeting.html', 'cafe.html', 'feed.rss']);

    const saved = await readFile(path.join(seeds, 'armenia-bows-out-of-moscow-meeting.html'), 'utf8');
    const url = `${base}/world/europe/armenia-bows-out-of-moscow-meeting`;
    expect(saved.split('\n').slice(0, 2)).toEqual([`<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->`, expect.stringMatching(/^<!-- fetched \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z by npm run add -->$/)]);
    expect(saved.split('\n').slice(2).join('\n')).toBe(SEED_PAGE.toString('utf8'));
    // A Windows-1252 page is written as UTF-8, which the folder is read as.
    expect(await readFile(path.join(seeds, 'cafe.html'), 'utf8')).toContain('The café on the quay');
    const feed = await readFile(path.join(seeds, 'feed.rss'), 'utf8');
    expect(feed.split('\n')[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(feed.split('\n')[1]).toBe(`<!-- saved from url=(${String(`${base}/feed`.length).padStart(4, '0')})${base}/feed -->`);

    // The build reads what was saved.
    const { dataset } = await compileFolder(seeds);
    const cafe = dataset.articles.find((a) => a.id === 'cafe')!;
    expect(cafe.source).toBe(`${base}/cafe`);
    expect(cafe.text).toBe('Café reopens in Lorn\n\nThe café on the quay in Lorn reopened on Saturday after a fire in the spring, its owner said.');
    expect(dataset.articles.filter((a) => a.file.startsWith('feed.rss#'))).toHaveLength(2);
  });

  it('says why each address failed, saves nothing for it, and leaves no partial or temporary file', async () => {
    const run = await add(['--seeds', seeds, `${base}/missing`, `${base}/report.pdf`, `${base}/menu`, `${base}/endless`, `${base}/broken`, `http://127.0.0.1:${closedPort}/x`, 'ftp://files.example/a.html', 'not a url', `${base}/cafe`]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      `error: ${base}/missing: answered 404 Not Found; nothing saved`,
      `error: ${base}/report.pdf: is application/pdf, not a web page or a feed; nothing saved`,
      `error: ${base}/menu: no article text found in the page; skipped; nothing saved`,
      `error: ${base}/endless: is more than the 10 MB a page may be; nothing saved`,
      expect.stringMatching(new RegExp(`^error: ${base}/broken: the connection broke off after 2,000 bytes \\(.+\\); nothing saved$`)),
      expect.stringMatching(new RegExp(`^error: http://127.0.0.1:${closedPort}/x: could not connect \\(ECONNREFUSED\\); nothing saved$`)),
      'error: ftp://files.example/a.html: not a web address (ftp: is not http or https); nothing saved',
      'error: not a url: not a web address; nothing saved',
    ]);
    expect(run.stdout).toContain('1 of 9 saved');
    expect(await readdir(seeds)).toEqual(['cafe.html']);
  });

  it('gives up on a server that does not answer within --timeout', async () => {
    const run = await add(['--seeds', seeds, '--timeout', '1', `${base}/slow`]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`error: ${base}/slow: no answer within 1 s; nothing saved`);
    expect(await readdir(seeds)).toEqual([]);
  });

  it('exits 2 for bad usage or a seeds folder it cannot write', async () => {
    expect((await add([])).code).toBe(2);
    expect((await add(['--seeds'])).stderr).toContain('--seeds needs a value');
    const missing = await add(['--seeds', path.join(seeds, 'nope'), `${base}/cafe`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot write to the seeds folder');
  });
});

describe('file names and the fetch record', () => {
  it('names a file after the last part of its address, or its host', () => {
    expect(fileNameFor('https://news.example/world/2024/05/08/Quarry_Blast.html?ref=rss', '.html')).toBe('quarry-blast.html');
    expect(fileNameFor('https://news.example/', '.html')).toBe('news-example.html');
    expect(fileNameFor('https://news.example/a/%C3%A9t%C3%A9-2024/', '.html')).toBe('ete-2024.html');
  });

  it('keeps a comment closer out of the address it writes, and writes a JSON Feed as it came', () => {
    expect(withFetchRecord('<p>x</p>', '.html', 'https://x.example/a--b', new Date(0)).split('\n')[0]).toBe('<!-- saved from url=(0026)https://x.example/a%2D%2Db -->');
    expect(withFetchRecord('{"version": "x"}', '.json', 'https://x.example/', new Date(0))).toBe('{"version": "x"}');
  });
});
