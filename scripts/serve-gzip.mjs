// A small static file server that answers as a gzip static host does:
// text, JS, CSS, JSON, the manifest, SVG and wasm are sent gzipped
// (Content-Encoding: gzip) when the request accepts it, every file with its
// MIME type, ETag and Last-Modified (304 when unchanged). Used by
// scripts/lighthouse.mjs; runs alone too:
//
//   node scripts/serve-gzip.mjs <site folder> [port]     (port 0 or none: a free one)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

const compressible = (type) =>
  /^text\/|^application\/(json|manifest\+json|wasm|xml)|^image\/svg\+xml|javascript/.test(type);

/**
 * Serves `root` on 127.0.0.1. Resolves to { server, port, origin, stats, close }.
 * `stats` counts responses and the bytes sent (body bytes, after gzip).
 */
export async function serveGzip(root, port = 0) {
  const base = resolve(root);
  const gzipped = new Map(); // path -> { mtimeMs, body }
  const stats = { requests: 0, bytes: 0, notFound: [] };

  const server = createServer(async (req, res) => {
    stats.requests++;
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url, 'http://localhost');
      let path;
      try {
        path = normalize(join(base, decodeURIComponent(url.pathname)));
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (path !== base && !path.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(path).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
          return;
        }
        path = join(path, 'index.html');
        info = await stat(path).catch(() => null);
      }
      if (!info?.isFile()) {
        stats.notFound.push(url.pathname);
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      // Always revalidated (a rebuild shows at once); Lighthouse disables the cache anyway.
      const tag = `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
      const headers = {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'Last-Modified': info.mtime.toUTCString(),
      };
      const gzip = compressible(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      headers.ETag = `"${tag}${gzip ? '-gz' : ''}"`;
      if (compressible(type)) headers.Vary = 'Accept-Encoding';
      if ((req.headers['if-none-match'] ?? '').includes(`"${tag}`)) {
        res.writeHead(304, headers).end();
        return;
      }
      let body;
      if (gzip) {
        let cached = gzipped.get(path);
        if (!cached || cached.mtimeMs !== info.mtimeMs) {
          cached = { mtimeMs: info.mtimeMs, body: gzipSync(await readFile(path), { level: 9 }) };
          gzipped.set(path, cached);
        }
        body = cached.body;
        headers['Content-Encoding'] = 'gzip';
      }
      body ??= await readFile(path);
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') {
        res.end();
      } else {
        stats.bytes += body.length;
        res.end(body);
      }
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(err));
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const actual = server.address().port;
  return {
    server,
    port: actual,
    origin: `http://127.0.0.1:${actual}`,
    stats,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [root, port] = process.argv.slice(2);
  if (!root) {
    console.error('usage: node scripts/serve-gzip.mjs <site folder> [port]');
    process.exit(2);
  }
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) {
    console.error(`serve-gzip: no such folder: ${root}`);
    process.exit(2);
  }
  const { origin } = await serveGzip(root, Number(port ?? 0));
  console.log(`serving ${resolve(root)} gzipped on ${origin}/`);
}
