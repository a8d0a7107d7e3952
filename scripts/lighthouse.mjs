// Lighthouse performance (mobile, simulated throttling) of the built app as a
// gzip static host serves it, and whether Chrome finds it installable.
//
//   node scripts/lighthouse.mjs <site folder> [<second site folder>] [--runs N] [--applied]
//
// --applied throttles the network and CPU for real while loading (Lighthouse's
// "devtools" method) instead of simulating the slow load from a fast one.
// The simulation misjudges a page whose first paint needs none of what the
// fast load fetched in parallel: served from localhost, the WebAssembly
// arrives before the static first screen has painted its largest text, the
// app's equal text becomes the largest paint, and the simulation then charges
// it the whole WebAssembly download. Applied throttling times what a phone on
// that network sees.
//
// A site folder holds the app under scorecard/ (built with --public-url
// /scorecard/), e.g. target/e2e-site. Each folder is served by
// scripts/serve-gzip.mjs on a free localhost port and measured N times
// (default 3), each run in a fresh Chromium profile; with two folders the runs
// alternate (before, after, before, ...) so that a busy machine slows both
// alike. Prints the median and range of each metric (each metric's own
// median), with two folders side by side as before / after / difference, then
// Chrome's installability check (DevTools Protocol Page.getInstallabilityErrors).
//
// Uses Debian's Chromium (/usr/bin/chromium, or CHROME_PATH); exits 1 when it,
// a folder or a run fails, 2 on a usage error.
import { existsSync, statSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { resolve, join, dirname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveGzip } from './serve-gzip.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';

const SUBPATH = '/scorecard/';
const CHROME_PATH = CHROMIUM;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

function fail(message, code = 1) {
  console.error(`lighthouse: ${message}`);
  process.exit(code);
}

// ---- arguments ----
const args = process.argv.slice(2);
let runs = 3;
let applied = false;
const folders = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--runs' || a.startsWith('--runs=')) {
    const v = a.includes('=') ? a.slice(7) : args[++i];
    runs = Number(v);
    if (!Number.isInteger(runs) || runs < 1) fail(`--runs wants a whole number of at least 1, not ${v}`, 2);
  } else if (a === '--applied') {
    applied = true;
  } else if (a === '-h' || a === '--help') {
    console.log('usage: node scripts/lighthouse.mjs <site folder> [<second site folder>] [--runs N] [--applied]');
    process.exit(0);
  } else if (a.startsWith('-')) {
    fail(`unknown option ${a}`, 2);
  } else {
    folders.push(a);
  }
}
if (folders.length < 1 || folders.length > 2) {
  fail('usage: node scripts/lighthouse.mjs <site folder> [<second site folder>] [--runs N] [--applied]', 2);
}
for (const f of folders) {
  if (!existsSync(f) || !statSync(f).isDirectory()) fail(`no such folder: ${f}`);
  if (!existsSync(join(f, SUBPATH, 'index.html'))) {
    fail(`${f} has no ${SUBPATH.slice(1)}index.html: give the folder that holds the built app under ${SUBPATH.slice(1, -1)}/ (e.g. target/e2e-site after make build-e2e)`);
  }
}
if (!existsSync(CHROME_PATH)) {
  fail(`Chromium is missing at ${CHROME_PATH}: install it (apt-get install chromium) or set CHROME_PATH`);
}

let lighthouse, chromeLauncher, playwright;
try {
  lighthouse = (await import('lighthouse')).default;
  chromeLauncher = await import('chrome-launcher');
  playwright = await import('@playwright/test');
} catch (err) {
  fail(`Lighthouse, chrome-launcher or Playwright is not installed (run npm ci): ${err.message}`);
}

const here = dirname(fileURLToPath(import.meta.url));
const lhVersion = JSON.parse(readFileSync(join(here, '../node_modules/lighthouse/package.json'), 'utf8')).version;
let chromeVersion = '';
try {
  chromeVersion = execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch (err) {
  fail(`Chromium at ${CHROME_PATH} does not start: ${err.message}`);
}

// ---- metrics ----
// Each value is shown as value / scale with `dec` decimals.
const METRICS = [
  { key: 'score', label: 'Performance score', scale: 1, dec: 0, unit: '' },
  { key: 'fcp', audit: 'first-contentful-paint', label: 'First Contentful Paint', scale: 1000, dec: 2, unit: ' s' },
  { key: 'lcp', audit: 'largest-contentful-paint', label: 'Largest Contentful Paint', scale: 1000, dec: 2, unit: ' s' },
  { key: 'si', audit: 'speed-index', label: 'Speed Index', scale: 1000, dec: 2, unit: ' s' },
  { key: 'tbt', audit: 'total-blocking-time', label: 'Total Blocking Time', scale: 1, dec: 0, unit: ' ms' },
  { key: 'cls', audit: 'cumulative-layout-shift', label: 'Cumulative Layout Shift', scale: 1, dec: 3, unit: '' },
  { key: 'bytes', audit: 'total-byte-weight', label: 'Transfer size (1 KB = 1000 B)', scale: 1000, dec: 1, unit: ' KB' },
];
for (const m of METRICS) m.num = (v) => (v / m.scale).toFixed(m.dec);
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
// The difference of the medians as printed, so that it matches the columns.
function signed(m, before, after) {
  const d = Number(m.num(after)) - Number(m.num(before));
  const v = Math.abs(d).toFixed(m.dec);
  const sign = Number(v) === 0 ? '±' : d > 0 ? '+' : '−';
  return `${sign}${v}${m.unit}`;
}
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function lcpElement(audit) {
  // Lighthouse 12: details is a list whose first table holds the element,
  // the next one the LCP phases (TTFB, load delay, load time, render delay).
  const tables = audit?.details?.type === 'list' ? audit.details.items : audit?.details ? [audit.details] : [];
  let node = null;
  const phases = {};
  for (const t of tables) {
    for (const item of t.items ?? []) {
      if (item.node && !node) node = item.node;
      if (item.phase) phases[item.phase] = item.timing;
    }
  }
  const element = node
    ? `${node.selector ?? '?'}  ${(node.snippet ?? '').replace(/\s+/g, ' ').slice(0, 160)}${node.nodeLabel ? `  "${node.nodeLabel.replace(/\s+/g, ' ').slice(0, 80)}"` : ''}`
    : 'none named';
  return { element, phases };
}

async function measure(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
    // No userDataDir: chrome-launcher makes a fresh temporary profile and removes it.
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(applied ? { throttlingMethod: 'devtools' } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const values = { score: lhr.categories.performance.score * 100 };
    for (const m of METRICS) {
      if (m.audit) values[m.key] = lhr.audits[m.audit]?.numericValue;
    }
    for (const m of METRICS) {
      if (typeof values[m.key] !== 'number' || Number.isNaN(values[m.key])) {
        const audit = lhr.audits[m.audit];
        throw new Error(`no ${m.label}${audit?.errorMessage ? `: ${audit.errorMessage}` : ''}`);
      }
    }
    return { values, ...lcpElement(lhr.audits['largest-contentful-paint-element']), warnings: lhr.runWarnings ?? [] };
  } finally {
    await chrome.kill();
  }
}

// ---- installability (the check Chrome runs before it offers to install) ----
async function installability(url) {
  // A persistent context on a fresh folder: Playwright's ordinary contexts
  // are off the record, which alone makes a page not installable (in-incognito).
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-install-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true, // Playwright adds its own headless flag
    args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    // Wait for the manifest to have loaded (or be known to be absent).
    let manifest = null;
    for (let i = 0; i < 50; i++) {
      manifest = await cdp.send('Page.getAppManifest').catch(() => null);
      if (manifest && (manifest.data || manifest.errors?.length)) break;
      await page.waitForTimeout(100);
    }
    // A service worker, if the page registers one, should be active first.
    const worker = await page
      .evaluate(
        () =>
          'serviceWorker' in navigator
            ? navigator.serviceWorker.getRegistration().then((r) =>
                r
                  ? Promise.race([
                      navigator.serviceWorker.ready.then(() => 'active'),
                      new Promise((ok) => setTimeout(() => ok('registered, not active after 5 s'), 5000)),
                    ])
                  : 'none registered',
              )
            : 'not supported',
      )
      .catch((err) => `unknown (${err.message})`);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    return {
      manifestUrl: manifest?.url || '(none linked)',
      manifestErrors: (manifest?.errors ?? []).map((e) => `${e.critical ? 'critical: ' : ''}${e.message} (line ${e.line})`),
      worker,
      errors: installabilityErrors.map(
        (e) => e.errorId + (e.errorArguments?.length ? ` (${e.errorArguments.map((a) => `${a.name}: ${a.value}`).join(', ')})` : ''),
      ),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---- run ----
const sites = [];
let exitCode = 0;
const loadBefore = loadavg()[0];
try {
  for (const folder of folders) {
    const server = await serveGzip(folder);
    sites.push({ folder, server, url: `${server.origin}${SUBPATH}`, runs: [], failures: [] });
  }

  const names = sites.length === 2 ? ['before', 'after'] : ['site'];
  for (let r = 1; r <= runs; r++) {
    for (const [i, site] of sites.entries()) {
      process.stderr.write(`lighthouse: ${names[i]} run ${r}/${runs} ... `);
      try {
        const result = await measure(site.url);
        site.runs.push(result);
        process.stderr.write(`score ${Math.round(result.values.score)}, LCP ${sec(result.values.lcp)}\n`);
      } catch (err) {
        site.failures.push(err.message);
        process.stderr.write(`failed: ${err.message}\n`);
      }
    }
  }
  for (const site of sites) {
    try {
      site.install = await installability(site.url);
    } catch (err) {
      site.install = { failed: err.message };
    }
  }

  // ---- report ----
  const out = [];
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  out.push(`Lighthouse ${lhVersion}, mobile (default config, ${applied ? 'applied (devtools) throttling' : 'simulated throttling'}), performance only`);
  out.push(`${chromeVersion}, headless; ${runs} run(s) per site, fresh profile each; ${when} UTC`);
  out.push(`Served gzipped by scripts/serve-gzip.mjs at 127.0.0.1:<free port>${SUBPATH}`);
  // TBT (hence the score) follows how busy the CPU was; FCP and LCP are simulated and steadier.
  out.push(`Load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end, on ${cpus().length} cores`);
  for (const [i, site] of sites.entries()) out.push(`${names[i].padEnd(6)}: ${resolve(site.folder)}`);
  out.push('');

  const stat = (site, key) => {
    const v = site.runs.map((r) => r.values[key]);
    return v.length ? { med: median(v), min: Math.min(...v), max: Math.max(...v) } : null;
  };
  const cell = (m, s) => (s ? `${m.num(s.med)}${m.unit}  (${m.num(s.min)}–${m.num(s.max)})` : 'n/a');
  const labelW = Math.max(...METRICS.map((m) => m.label.length)) + 2;
  const cellW = Math.max(24, ...METRICS.flatMap((m) => sites.map((s) => cell(m, stat(s, m.key)).length))) + 2;

  if (sites.length === 1) {
    out.push(`${''.padEnd(labelW)}median  (min–max)`);
  } else {
    out.push(`${''.padEnd(labelW)}${'before: median (min–max)'.padEnd(cellW)}${'after: median (min–max)'.padEnd(cellW)}difference of medians`);
  }
  for (const m of METRICS) {
    const stats = sites.map((s) => stat(s, m.key));
    let line = m.label.padEnd(labelW) + stats.map((s) => cell(m, s).padEnd(cellW)).join('');
    if (sites.length === 2 && stats[0] && stats[1]) line += signed(m, stats[0].med, stats[1].med);
    out.push(line.trimEnd());
  }
  // LCP phases: where the LCP time goes (median of each phase).
  const phaseNames = ['TTFB', 'Load Delay', 'Load Time', 'Render Delay'];
  const phaseLine = (site) =>
    phaseNames
      .map((p) => {
        const v = site.runs.map((r) => r.phases[p]).filter((x) => typeof x === 'number');
        return v.length ? `${p.toLowerCase()} ${Math.round(median(v))} ms` : null;
      })
      .filter(Boolean)
      .join(', ') || 'n/a';
  out.push('');
  for (const [i, site] of sites.entries()) {
    const prefix = sites.length === 2 ? `${names[i]} ` : '';
    out.push(`${prefix}LCP phases (medians): ${phaseLine(site)}`);
    const counts = new Map();
    for (const r of site.runs) counts.set(r.element, (counts.get(r.element) ?? 0) + 1);
    for (const [el, n] of counts) out.push(`${prefix}LCP element${counts.size > 1 ? ` (${n} of ${site.runs.length} runs)` : ''}: ${el}`);
    const warnings = [...new Set(site.runs.flatMap((r) => r.warnings))];
    for (const w of warnings) out.push(`${prefix}Lighthouse warning: ${w}`);
    if (site.failures.length) {
      out.push(`${prefix}FAILED RUNS: ${site.failures.length} of ${runs}`);
      for (const f of site.failures) out.push(`  - ${f}`);
    }
    if (site.server.stats.notFound.length) {
      out.push(`${prefix}404s: ${[...new Set(site.server.stats.notFound)].join(', ')}`);
    }
  }
  out.push('');
  for (const [i, site] of sites.entries()) {
    const prefix = sites.length === 2 ? `${names[i]} ` : '';
    const inst = site.install;
    if (inst.failed) {
      out.push(`${prefix}installable: check failed: ${inst.failed}`);
      exitCode = 1;
      continue;
    }
    out.push(`${prefix}installable: ${inst.errors.length ? 'no' : 'yes'}  (Page.getInstallabilityErrors; manifest ${inst.manifestUrl.replace(site.server.origin, '')}, service worker: ${inst.worker})`);
    for (const e of inst.errors) out.push(`  - ${e}`);
    for (const e of inst.manifestErrors) out.push(`  - manifest: ${e}`);
  }
  console.log(out.join('\n'));

  if (sites.some((s) => s.runs.length === 0)) {
    console.error('lighthouse: every run of a site failed');
    exitCode = 1;
  } else if (sites.some((s) => s.failures.length)) {
    console.error('lighthouse: some runs failed (listed above)');
    exitCode = 1;
  }
} finally {
  for (const site of sites) await site.server.close();
}
process.exit(exitCode);
