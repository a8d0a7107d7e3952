import { test as base, expect, Page } from '@playwright/test';

export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 8090}`;

// Every test also checks that the page asked no other host for anything and
// logged no error: the app must work offline and leak nothing.
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page }, use) => {
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(ORIGIN + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) {
          foreign.push(url);
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await use();
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app the way a new visitor does and waits until it is interactive. */
export async function openApp(page: Page, hash = '') {
  await page.goto(hash ? `./${hash}` : './');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export const SAMPLE = '#/w/sample';
