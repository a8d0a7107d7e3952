// Trunk post-build hook. Trunk boots the app with an inline module script,
// which the page's Content-Security-Policy would block; rather than allow
// every inline script ('unsafe-inline'), this allows exactly the ones in the
// built page by their SHA-256 hashes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const page = join(process.env.TRUNK_STAGING_DIR ?? process.argv[2], 'index.html');
let html = readFileSync(page, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
const marker = "script-src 'self' 'wasm-unsafe-eval'";
if (!html.includes(marker)) {
  console.error(`csp-hash: ${page} has no "${marker}" in its Content-Security-Policy`);
  process.exit(1);
}
// Trunk boots the app with an inline script; none found means Trunk's output
// changed and the page would refuse to start, so the build stops here.
if (hashes.length === 0) {
  console.error(`csp-hash: ${page} has no inline script to allow: has Trunk changed its output?`);
  process.exit(1);
}
html = html.replace(marker, [marker, ...hashes].join(' '));
writeFileSync(page, html);
