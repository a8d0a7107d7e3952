import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './scripts/chromium.mjs';

// The release build, served by a plain static file server under a subpath,
// as a web host without rewrite rules would serve it.
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 8090);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/scorecard/`,
    // The app's service worker would serve every later request from its
    // cache, out of reach of page.route (which several specs use to break or
    // watch requests), and its caching would fetch the on-demand module after
    // the first load, which shell.spec.ts proves is not fetched until needed.
    // Only offline.spec.ts lets it in, and tests it there.
    serviceWorkers: 'block',
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory target/e2e-site`,
    url: `http://127.0.0.1:${port}/scorecard/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
