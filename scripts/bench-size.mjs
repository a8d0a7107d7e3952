// Prints the raw, gzip and brotli bytes of the first load — index.html and
// every file it names (the app's js, wasm and css, the icon, the manifest) —
// and fails when its gzip total is over budget. Every other built file is
// listed apart, by when it is fetched: the on-demand module's worker
// (`ondemand*`: the question checker, exports, share link, QR, import,
// merge, the presenter's screens) when one of those is first used, which the
// e2e suite proves (tests/e2e/shell.spec.ts); the room's files when someone
// presents; the rest (the service worker and the install icons) after the
// first load, in the background.
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
  // Not `.stage`: Trunk's work folder while a build runs.
  return readdirSync(path).filter((name) => !name.startsWith('.')).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const page = readFileSync(join(dir, 'index.html'), 'utf8');
// The files the page names, in its links and in the script that boots the app.
const named = new Set([...page.matchAll(/[\w./-]+\.(?:js|wasm|css|svg|png|webmanifest|json)\b/g)].map(([path]) => path.split('/').pop()));
const groups = [
  ['on demand, when the question checker, sharing or the presenter is first used', (file) => file.startsWith('ondemand')],
  ['the room, when someone presents', (file) => /^(room\.css|audience\.|chime\.wav)/.test(file)],
  ['after the first load, in the background (offline and install)', () => true],
];
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
const rows = all.filter((r) => r.file === 'index.html' || named.has(r.file));
const later = all.filter((r) => !rows.includes(r));
const total = sum(rows);

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const line = (name, r) => console.log(`${name.padEnd(48)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${'file'.padEnd(48)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
for (const r of rows) line(r.file, r);
line('total, first load', total);
let left = later;
for (const [title, belongs] of groups) {
  const group = left.filter((r) => belongs(r.file));
  left = left.filter((r) => !group.includes(r));
  if (!group.length) continue;
  console.log(`${title}:`);
  for (const r of group) line(r.file, r);
  line('  total', sum(group));
}
line('total, everything', sum(all));
const verdict = total.gzip <= budgetKb * 1000 ? 'within' : 'OVER';
console.log(`first load: ${(total.gzip / 1000).toFixed(1)} KB gzip, ${verdict} the budget of ${budgetKb} KB`);
process.exit(verdict === 'within' ? 0 : 1);
