import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { ORIGIN, SAMPLE } from './fixtures';

// Issue 12: after one visit the app opens and works with the network off,
// under a subpath and at the root of a host; a new version is announced and
// waits for the person to reload; the app can be installed.
//
// The other specs block service workers (playwright.config.ts); these allow
// them. Most run on a server of their own, with a copy of the build that can
// be taken off the network or replaced by a new build while a page is open.

const BUILT = 'target/e2e-site/scorecard';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

type Site = {
  /** The app's address, e.g. http://127.0.0.1:40123/scorecard/ */
  url: string;
  /** Paths the server was asked for, in order. */
  requests: string[];
  /** While true, every connection is dropped, as with no network. */
  down: boolean;
  /** Changes the page and writes its sw.js as the build does: a new version. */
  newBuild(): Promise<void>;
};

/**
 * A copy of the built site served at `path`: under /scorecard/ as built, or
 * at the root as `--public-url /` builds it (the same files, with the page's
 * paths and its boot script's CSP hash changed).
 */
async function serve(path: '/scorecard/' | '/'): Promise<Site & { close(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'scorecard-offline-'));
  const dir = join(root, path);
  await cp(BUILT, dir, { recursive: true });
  const hook = (name: string) =>
    execFileSync(process.execPath, [`scripts/${name}.mjs`], { env: { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_PUBLIC_URL: path } });
  if (path === '/') {
    const page = join(dir, 'index.html');
    await writeFile(page, (await readFile(page, 'utf8')).replaceAll('/scorecard/', '/').replace(/ 'sha256-[^']+'/g, ''));
    hook('csp-hash');
    hook('service-worker');
  }
  const site = {
    url: '',
    requests: [] as string[],
    down: false,
    async newBuild() {
      const page = join(dir, 'index.html');
      await writeFile(page, (await readFile(page, 'utf8')).replace('<title>', '<meta name=build content=2><title>'));
      hook('service-worker');
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await rm(root, { recursive: true, force: true });
    },
  };
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    site.requests.push(pathname);
    if (site.down) return request.socket.destroy();
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  site.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return site;
}

/** Like ./fixtures' guard, for a site on its own server: no other host, no error. */
const offline = base.extend<{ site: Site; at: '/scorecard/' | '/' }>({
  at: ['/scorecard/', { option: true }],
  site: async ({ page, at }, use) => {
    const site = await serve(at);
    const origin = new URL(site.url).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/`) && !/^(data|blob):/.test(request.url())) foreign.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await use(site);
    await site.close();
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(errors, 'errors in the page').toEqual([]);
  },
});
offline.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has cached the app and controls the page. */
async function cached(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

async function visit(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

for (const at of ['/scorecard/', '/'] as const) {
  offline.describe(`served at ${at}`, () => {
    offline.use({ at });

    offline('after one visit the app, its saved workshop, the question checker and exports work with the network off', async ({ page, context, site }) => {
      await visit(page, site.url);
      await cached(page);
      // The worker is registered only once the first load is in, and the
      // on-demand module is fetched (to be cached) only after that.
      const first = (name: RegExp) => site.requests.findIndex((path) => name.test(path));
      expect(first(/\/scorecard-workshop-\w+_bg\.wasm$/)).toBeLessThan(first(/\/sw\.js$/));
      expect(first(/\/sw\.js$/)).toBeLessThan(first(/\/ondemand_bg\.wasm$/));
      // The worker answers for the app's page only: another page beside it
      // is still asked of the server.
      const other = await context.newPage();
      expect((await other.goto(`${site.url}notes.html`))?.status()).toBe(404);
      await other.close();

      await page.getByRole('button', { name: 'Rename' }).click();
      await page.getByRole('textbox', { name: 'Workshop name' }).fill('Offline review');
      await expect(page.getByText('All changes saved in this browser')).toBeVisible();

      site.down = true;
      await context.setOffline(true);
      await page.reload();
      await expect(heading(page, /^Familiarize/)).toBeVisible();
      await expect(page.locator('.workshop-name')).toHaveText('Offline review');
      // Links opened anew with the network off, one with a query.
      await page.goto('about:blank');
      await page.goto(`${site.url}?from=mail${SAMPLE}/report`);
      await expect(heading(page, 'Scorecard review')).toBeVisible();
      await page.goto('about:blank');
      await page.goto(`${site.url}${SAMPLE}/discuss`);
      await expect(heading(page, /^Discuss/)).toBeVisible();

      // The on-demand module, from the cache: the checker and an export.
      const question = page.getByRole('textbox', { name: 'Opening question 1' });
      await question.fill("Don't you agree our service is excellent?");
      await expect(question.locator('..').getByRole('status')).toHaveText(/wording problems?/);
      await page.getByRole('link', { name: 'Share and export' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Workshop file (JSON)', exact: true }).click();
      const file = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
      expect(file.workshop.name).toBe('Offline review');

      // The room: the presenter view (the share page presents the summary) and the audience window.
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Presenter view' }).getByRole('heading', { level: 1 })).toHaveText('Offline review');
      const [audience] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('a')]);
      await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Offline review');
    });
  });
}

offline('a new version is announced, waits while the workshop runs, and loads when the person chooses', async ({ page, site }) => {
  await visit(page, `${site.url}${SAMPLE}/determine`);
  await cached(page);
  const notice = page.getByRole('status').filter({ hasText: 'A new version of Scorecard Workshop is ready.' });
  const reload = page.getByRole('button', { name: 'Reload to update' });
  const newVersion = page.locator('meta[name="build"]');
  await expect(reload).toBeHidden();
  await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));

  await site.newBuild();
  // The browser looks for a new sw.js at each visit; in a long session it
  // may look at any time, as here.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration!.update()));
  await expect(notice).toBeVisible();
  await expect(reload).toBeVisible();
  expect((await new AxeBuilder({ page }).include('.update-notice').analyze()).violations).toEqual([]);
  // Nothing changed under the facilitator's hands: same page, same version.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(true);
  await expect(newVersion).toHaveCount(0);
  await expect(heading(page, /^Determine/)).toBeVisible();

  // A reload by hand keeps the version in use; the new one still waits.
  await page.reload();
  await expect(heading(page, /^Determine/)).toBeVisible();
  await expect(notice).toBeVisible();
  await expect(newVersion).toHaveCount(0);

  // By keyboard: the new version, on the same view.
  await reload.focus();
  await page.keyboard.press('Enter');
  // The new worker activates once the old one has finished what it is doing;
  // under the parallel run's load that once took longer than the usual 5 s.
  await expect(newVersion).toHaveCount(1, { timeout: 15_000 });
  await expect(heading(page, /^Determine/)).toBeVisible();
  await expect(reload).toBeHidden();
});

// Chromium does not install from an incognito profile, which is what a
// test's browser context is: this one is a browser profile on disk.
base('the app can be installed', async ({ playwright, launchOptions }) => {
  const profile = await mkdtemp(join(tmpdir(), 'scorecard-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, serviceWorkers: 'allow' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await visit(page, `${ORIGIN}/scorecard/`);
    await cached(page);
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
