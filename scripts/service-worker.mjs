// The last step of the post-build hook (scripts/post-build.mjs): writes the service
// worker, `sw.js`, that lets the app open and work with the network off after
// one visit.
//
// Its precache list is every file of the finished build, so it must run after
// the other hooks have rewritten index.html and the JavaScript: what is cached
// is the bytes that are served. The cache's version is a hash of those bytes,
// so any change to the build makes a byte-different sw.js, which is how the
// browser learns that there is a new version (the page then offers to reload:
// src/app/update.rs). All URLs are relative to sw.js, so the same build works
// at the root of a host and under a subpath.
//
//   TRUNK_PUBLIC_URL=/scorecard/ node scripts/service-worker.mjs <folder>
//   (Trunk sets both TRUNK_PUBLIC_URL and the folder, TRUNK_STAGING_DIR)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';

const WORKER = 'sw.js';
// Named by the app's code, not by index.html: the on-demand module's Web
// Worker (src/browser/ondemand.rs and Trunk's loader shim). The question
// checker and every export must work offline too.
const ON_DEMAND = ['ondemand_loader.js', 'ondemand.js', 'ondemand_bg.wasm'];

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const fail = (why) => {
  console.error(`service-worker: ${why}`);
  process.exit(1);
};
if (!dir || !existsSync(join(dir, 'index.html'))) fail(`no index.html in the built folder "${dir ?? ''}"`);

const walk = (path) =>
  readdirSync(path).flatMap((name) => (statSync(join(path, name)).isDirectory() ? walk(join(path, name)) : [join(path, name)]));
const files = walk(dir)
  .map((path) => relative(dir, path).split(sep).join('/'))
  .filter((name) => name !== WORKER)
  .sort();

// Everything the page and the manifest name must be in the folder, or the
// app would be cached without it and break offline.
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
const local = (url) => {
  const path = url.startsWith(publicUrl) ? url.slice(publicUrl.length) : url.replace(/^\.\//, '');
  return decodeURI(path.split(/[?#]/)[0]);
};
const named = [
  ...[...html.matchAll(/\s(?:href|src)=["']?([^"'\s>]+)/g)].map(([, url]) => url),
  ...[...html.matchAll(/(?:import[^'"]*|module_or_path:\s*)['"]([^'"]+)['"]/g)].map(([, url]) => url),
].filter((url) => !/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url));
if (!named.some((url) => url.endsWith('.wasm'))) fail('index.html names no .wasm file: has Trunk changed its output?');
const manifestName = html.match(/<link[^>]*rel=["']?manifest[^>]*>/)?.[0].match(/href=["']?([^"'\s>]+)/)?.[1];
if (!manifestName) fail('index.html links no web app manifest');
const manifest = JSON.parse(readFileSync(join(dir, local(manifestName)), 'utf8'));
const icons = (manifest.icons ?? []).map((icon) => icon.src);
for (const name of [...new Set([...named.map(local), ...ON_DEMAND, ...icons.map(local)])]) {
  if (!files.includes(name)) fail(`"${name}" is named by the app but is not in ${dir}`);
}

const hash = createHash('sha256');
for (const name of files) hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
const version = hash.digest('hex').slice(0, 16);
// The page itself is cached as "./", the address people open; a host may
// answer "index.html" with a redirect, which a navigation cannot use.
const precache = files.map((name) => (name === 'index.html' ? './' : name));

// The worker, written as a function so that it is checked as code here and
// sent as its source text.
function worker(VERSION, FILES) {
  // Caches are per origin: the scope in the name keeps this copy of the app
  // apart from another one under another path of the same host.
  const PREFIX = `scorecard-workshop ${self.registration.scope} `;
  const CACHE = PREFIX + VERSION;
  const PAGE = new URL('./', self.location).href;
  const PAGES = new Set([PAGE, new URL('index.html', self.location).href]);
  const CACHED = new Set(FILES.map((file) => new URL(file, self.location).href));

  // All or nothing: one failed request fails the install, and the previous
  // version stays in charge. 'no-cache' asks the server whether the HTTP
  // cache's copy is current, so a stale index.html is never cached, yet the
  // files the first load has just fetched are not downloaded twice.
  // No skipWaiting here: a new version waits until the page asks for it.
  self.addEventListener('install', (event) => {
    event.waitUntil(
      caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' })))),
    );
  });

  // Only older versions of this app are deleted, never another app's caches.
  // Claiming lets the very first visit use the cache already, so that the
  // on-demand module still loads if the network goes away mid-session.
  self.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
        .then(() => self.clients.claim()),
    );
  });

  // Cache first. The app is one page, whatever its address's query: its
  // routes are in the fragment, which never reaches the server. Anything
  // not in the build (another page beside the app) goes to the network
  // untouched.
  self.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    url.hash = '';
    if (request.mode === 'navigate') url.search = '';
    // The app's page by any of its addresses; another page of the build (the
    // audience window) as itself.
    const key = request.mode === 'navigate' && PAGES.has(url.href) ? PAGE : url.href;
    if (!CACHED.has(key)) return;
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(key))
        .then((cached) => cached ?? fetch(request)),
    );
  });

  // Sent by the page when the user chooses to reload for the new version.
  self.addEventListener('message', (event) => {
    if (event.data === 'skip-waiting') self.skipWaiting();
  });
}

const source = `// Written by scripts/service-worker.mjs for this build; not edited by hand.
(${worker})(${JSON.stringify(version)}, ${JSON.stringify(precache, null, 1)});
`;
writeFileSync(join(dir, WORKER), source);
console.log(`service-worker: ${WORKER} caches ${files.length} files as version ${version}`);
