// Prints the raw, gzip and brotli bytes of every file the first load fetches
// (the whole built folder: html, js, wasm, css, icon, manifest) and fails
// when the gzip total is over budget.
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

const rows = files(dir)
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
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(48)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
for (const r of rows) console.log(`${r.file.padEnd(48)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${'total'.padEnd(48)}${kb(total.raw)} ${kb(total.gzip)}${kb(total.brotli)}`);
const verdict = total.gzip <= budgetKb * 1000 ? 'within' : 'OVER';
console.log(`first load: ${(total.gzip / 1000).toFixed(1)} KB gzip, ${verdict} the budget of ${budgetKb} KB`);
process.exit(verdict === 'within' ? 0 : 1);
