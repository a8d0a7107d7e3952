// Prints the raw, gzip and brotli bytes of every file the first load fetches
// (the whole built folder: html, js, wasm, css, icon, manifest) and fails
// when the gzip total is over budget. The on-demand module's worker
// (`ondemand*`: the question checker, exports, share link, QR, import and
// merge) is listed apart: it loads when one of those is first used, which the
// e2e suite proves (tests/e2e/shell.spec.ts). The service worker (sw.js),
// registered once the app has started, and the manifest's PNG icons, read
// when the browser offers to install the app, are listed apart too.
//
//   node scripts/bench-size.mjs <built folder> [budget in KB, 1 KB = 1000 bytes]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2];
const budgetKb = Number(process.argv[3] ?? 150);
if (!dir) {
  console.error('usage: node scripts/bench-size.mjs <built folder> [budget KB]');
  process.exit(2);
}

function files(path) {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const isLazy = (row) => row.file.startsWith('ondemand');
const isAfterLoad = (row) => row.file === 'sw.js' || /^icon-.+\.png$/.test(row.file);
const all = files(dir)
  .sort()
  .map((file) => {
    const bytes = readFileSync(file);
    return {
      file: relative(dir, file),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const rows = all.filter((r) => !isLazy(r) && !isAfterLoad(r));
const afterLoad = all.filter(isAfterLoad);
const lazy = all.filter(isLazy);
const total = sum(rows);

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const line = (name, r) => console.log(`${name.padEnd(48)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${'file'.padEnd(48)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
for (const r of rows) line(r.file, r);
line('total, first load', total);
if (lazy.length) {
  console.log('on demand, when the question checker or sharing is first used:');
  for (const r of lazy) line(r.file, r);
  line('total, on-demand module', sum(lazy));
  line('total, everything', sum(all));
}
if (afterLoad.length) {
  console.log('after the first load: the service worker, and the icons to install the app:');
  for (const r of afterLoad) line(r.file, r);
}
const verdict = total.gzip <= budgetKb * 1000 ? 'within' : 'OVER';
console.log(`first load: ${(total.gzip / 1000).toFixed(1)} KB gzip, ${verdict} the budget of ${budgetKb} KB`);
process.exit(verdict === 'within' ? 0 : 1);
