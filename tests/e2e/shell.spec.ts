import { test, expect, openApp, SAMPLE } from './fixtures';

test('a first visit opens the sample workshop at step 1', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveURL(/#\/w\/sample\/familiarize$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Familiarize: know what is measured' })).toBeVisible();
  const inventory = page.getByRole('table', { name: 'Measures on the scorecard' });
  await expect(inventory.getByRole('rowheader')).toHaveCount(10);
  await expect(inventory.getByRole('row', { name: /Spare-part ordering effort/ })).toContainText('No owner');
  await expect(page.getByRole('link', { name: /Familiarize/ })).toHaveAttribute('aria-current', 'page');
});

test('each view has its own address that survives reload, back and forward', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Workshop steps' });
  const steps = [
    ['Discuss', 'discuss', 'Discuss: ask customers, without biasing them'],
    ['Determine', 'determine', 'Determine: are we measuring the right things?'],
    ['Report', 'report', 'Scorecard review'],
  ];
  for (const [link, slug, heading] of steps) {
    await nav.getByRole('link', { name: new RegExp(link) }).click();
    await expect(page).toHaveURL(new RegExp(`#/w/sample/${slug}$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Scorecard review' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: steps[1][2] })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: steps[0][2] })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: steps[1][2] })).toBeVisible();
  await expect(page).toHaveTitle('Determine — Kestrel Pumps — Q4 scorecard review — Scorecard Workshop');
});

test('a deep link opens its view directly on a static host under a subpath', async ({ page }) => {
  const response = await page.goto(`./${SAMPLE}/determine`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Determine: are we measuring the right things?' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/scorecard/');
});

test('after navigating, focus lands on the new view heading', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: /Discuss/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Discuss/ })).toBeFocused();
});

test('the home view lists the saved workshops with their size', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Scorecard Workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: 'Kestrel Pumps — Q4 scorecard review' });
  await expect(card).toContainText('10 measures · 8 customers · 8 conversations');
  await card.getByRole('link', { name: 'Kestrel Pumps — Q4 scorecard review' }).click();
  await expect(page).toHaveURL(/#\/w\/sample\/familiarize$/);
});

test('the sample is offered once: coming back home does not jump to it again', async ({ page }) => {
  await openApp(page);
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeVisible();
});

test('an unknown address and an unknown workshop say so and lead home', async ({ page }) => {
  await openApp(page, '#/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
  await openApp(page, '#/w/not-a-workshop/discuss');
  await expect(page.getByRole('heading', { level: 1, name: 'This workshop is not in this browser' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to all workshops' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeVisible();
});

test('with storage blocked the app still opens the sample and says work is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('kept in this tab only');
  await expect(page.getByRole('table', { name: 'Measures on the scorecard' }).getByRole('rowheader')).toHaveCount(10);
});

test('a corrupt saved workshop is listed with its reason and the others still open', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => localStorage.setItem('scorecard-workshop:workshop:broken', '{"schema": 1, "work'));
  await page.goto('./#/');
  const broken = page.getByRole('listitem').filter({ hasText: 'Workshop “broken”' });
  await expect(broken).toContainText('not valid JSON');
  await page.getByRole('link', { name: 'Kestrel Pumps — Q4 scorecard review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Familiarize/ })).toBeVisible();
  await openApp(page, '#/w/broken');
  await expect(page.getByRole('heading', { level: 1, name: 'This workshop cannot be opened' })).toBeVisible();
});

test('the on-demand module (question checker, sharing) loads when step 2 needs it, not with the first load', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openApp(page);
  await expect(page.getByRole('table', { name: 'Measures on the scorecard' })).toBeVisible();
  expect(fetched.filter((path) => path.includes('ondemand'))).toEqual([]);
  await page.getByRole('link', { name: /Discuss/ }).click();
  const question = page.getByRole('textbox', { name: 'Opening question 1' });
  await question.fill("Don't you agree our service is excellent?");
  await expect(question.locator('..').getByRole('status')).toHaveText(/wording problems?/);
  expect(fetched.filter((path) => path.includes('ondemand')).sort()).toEqual(
    ['/scorecard/ondemand.js', '/scorecard/ondemand_bg.wasm', '/scorecard/ondemand_loader.js'],
  );
});

test('a checker that cannot load says so instead of passing every question', async ({ page }) => {
  await page.route('**/ondemand_loader.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("module missing");' }),
  );
  await openApp(page, `${SAMPLE}/discuss`);
  await expect(page.getByText('This part of the app could not be loaded').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /wording problem/ })).toHaveCount(0);
});

// Wide tables scroll inside their frame; nothing, not even text hidden for
// screen readers inside them, may widen the page itself.
test('on a phone, every view fits the screen width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const hash of ['#/', `${SAMPLE}/familiarize`, `${SAMPLE}/discuss`, `${SAMPLE}/determine`, `${SAMPLE}/report`]) {
    await openApp(page, hash);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), hash).toBeLessThanOrEqual(390);
  }
});
