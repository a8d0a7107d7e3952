// Trunk pre-build hook. Writes what the page shows until the app has loaded
// (src/first_paint.rs, printed by examples/first_paint.rs) to
// target/first-paint.html, which index.html inlines. A pre-build hook, so
// that Trunk minifies it with the page and the CSP hook, which runs after
// the build, allows its script by hash like the others.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.env.TRUNK_SOURCE_DIR ?? '.';
const page = process.env.TRUNK_HTML_FILE ?? join(root, 'index.html');
const output = join(root, 'target', 'first-paint.html');
const marker = '<link data-trunk rel="inline" type="html" href="target/first-paint.html">';
if (!readFileSync(page, 'utf8').includes(marker)) {
  console.error(`first-paint: ${page} has no ${marker}, so the page would show nothing until the app has loaded`);
  process.exit(1);
}

// A native build with the tests' toolchain and target folder, where
// `cargo test` has already built it: scripts/trunk.sh's nightly settings
// are for the shipped WebAssembly only.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !name.startsWith('CARGO_UNSTABLE_') && !['RUSTUP_TOOLCHAIN', 'RUSTFLAGS', 'CARGO_TARGET_DIR'].includes(name),
  ),
);
const html = execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'first_paint'], {
  cwd: root,
  env,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (!html.includes('id="first-paint"')) {
  console.error('first-paint: examples/first_paint.rs printed no page');
  process.exit(1);
}
// Written only when it changed, so that `trunk serve` sees no change to rebuild for.
if (!existsSync(output) || readFileSync(output, 'utf8') !== html) {
  mkdirSync(join(root, 'target'), { recursive: true });
  writeFileSync(output, html);
}
