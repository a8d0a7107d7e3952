import { test, expect, openApp, SAMPLE } from './fixtures';
import type { Page } from '@playwright/test';

// What the page shows before the app has loaded (src/first_paint.rs), held
// to the app's own first screen, and the sample workshop's notice.

const ABOUT_SAMPLE = 'This is a sample workshop: Kestrel Pumps and its customers are invented, to show how the app works.';
const STEP_1 = 'Familiarize: know what is measured';

// Every box of the sample's first screen that the first paint draws, down to
// the step's lede: the page's largest contentful paint on a phone and a laptop.
const FIRST_SCREEN = [
  '.app-header',
  '.brand',
  '.tagline',
  '.sample-notice',
  '.sample-notice button',
  '.workshop-title .eyebrow',
  '.workshop-name',
  '.save-state',
  '.workshop-title .row-actions > *',
  '.steps li',
  '.page-head .eyebrow',
  'h1',
  '.lede',
];

/** Where each box of `selectors` is and what it says. */
function boxes(page: Page, selectors: string[]) {
  return page.evaluate(
    (selectors) =>
      selectors.flatMap((selector) =>
        [...document.querySelectorAll(selector)].map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return { selector, text: element.textContent, x, y, width, height };
        }),
      ),
    selectors,
  );
}

/** Keeps the app's WebAssembly back until the returned function is called:
 *  the page as a slow network shows it before the app has loaded. */
async function holdTheApp(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/scorecard-workshop-*_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Records every layout shift and largest-contentful-paint candidate from the start. */
async function recordPaints(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[]; largest: { time: number; element: string }[] };
    w.shifts = [];
    w.largest = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
        w.largest.push({ time: entry.startTime, element: entry.element?.className ?? '' });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

function paints(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { shifts: number[]; largest: { time: number; element: string }[] };
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { fcp, largest: w.largest, cls: w.shifts.reduce((sum, shift) => sum + shift, 0) };
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 412, height: 823 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a first visit paints the sample step 1 before the app loads, where the app then draws it, without a shift', async ({ page }) => {
      await recordPaints(page);
      const release = await holdTheApp(page);
      await page.goto('./');
      const firstPaint = page.locator('#first-paint');
      await expect(firstPaint.locator('.lede')).toBeVisible();
      // Hidden from assistive technology: the app's view is read out once, when it is there.
      await expect(page.getByRole('main')).toHaveCount(0);
      await expect(page.getByRole('heading')).toHaveCount(0);
      const drawnFirst = await boxes(page, FIRST_SCREEN);
      // Laid out is not yet painted (seen on a loaded machine: the paint came after the
      // app was let go): the app waits for the browser's own record of the lede's paint.
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { largest: { element: string }[] }).largest.some((paint) => paint.element === 'lede')))
        .toBe(true);
      const beforeTheApp = await page.evaluate(() => performance.now());

      release();
      await expect(page.getByRole('heading', { level: 1, name: STEP_1 })).toBeVisible();
      await expect(firstPaint).toHaveCount(0);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      expect(await boxes(page, FIRST_SCREEN)).toEqual(drawnFirst);

      // Shifts and larger paints would come in the frames after the app's first.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      const { fcp, largest, cls } = await paints(page);
      console.log(`first paint at ${viewport.width}×${viewport.height}: FCP ${Math.round(fcp)} ms, LCP ${Math.round(largest.at(-1)!.time)} ms (${largest.at(-1)!.element}), CLS ${cls}`);
      expect(cls).toBe(0);
      expect(largest.at(-1)!.time, 'the largest paint is the first paint’s').toBeLessThan(beforeTheApp);
      expect(largest.at(-1)!.element).toBe('lede');
    });

    test('a returning visit paints only the header before the app loads, never the sample as if it were theirs', async ({ page }) => {
      await openApp(page);
      await recordPaints(page);
      const release = await holdTheApp(page);
      await page.goto('./');
      await expect(page.locator('#first-paint .app-header')).toBeVisible();
      await expect(page.locator('#first-paint .workshop')).toBeHidden();
      const header = await boxes(page, ['.app-header']);

      release();
      await expect(page.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeVisible();
      expect(await boxes(page, ['.app-header'])).toEqual(header);
      expect((await paints(page)).cls).toBe(0);
    });
  });
}

test('a first visit to another address paints only the header', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto(`./${SAMPLE}/discuss`);
  await expect(page.locator('#first-paint .app-header')).toBeVisible();
  await expect(page.locator('#first-paint .workshop')).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1, name: /^Discuss/ })).toBeVisible();
});

test('the sample says at every step that it is invented, and starts your own workshop in one click', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Workshop steps' });
  for (const step of ['Discuss', 'Determine', 'Report', 'Familiarize']) {
    await nav.getByRole('link', { name: new RegExp(step) }).click();
    await expect(page.getByText(ABOUT_SAMPLE)).toBeVisible();
  }
  await page.getByRole('link', { name: 'Share and export' }).click();
  await expect(page.getByText(ABOUT_SAMPLE)).toBeVisible();

  await page.getByRole('button', { name: 'Start your own workshop' }).click();
  await expect(page).toHaveURL(/#\/w\/(?!sample\/)[^/]+\/familiarize$/);
  await expect(page.getByRole('heading', { level: 1, name: STEP_1 })).toBeVisible();
  await expect(page.locator('.workshop-name')).toHaveText('My workshop');
  await expect(page.getByText(ABOUT_SAMPLE)).toHaveCount(0);

  await page.getByRole('link', { name: 'Scorecard Workshop' }).click();
  const card = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(card('Kestrel Pumps — Q4 scorecard review')).toContainText('Sample — invented data');
  await expect(card('My workshop')).toBeVisible();
  await expect(card('My workshop')).not.toContainText('Sample — invented data');
});
