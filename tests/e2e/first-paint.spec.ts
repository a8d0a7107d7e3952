import { test, expect, openApp } from './fixtures';

// The sample workshop's notice.

const ABOUT_SAMPLE = 'This is a sample workshop: Kestrel Pumps and its customers are invented, to show how the app works.';
const STEP_1 = 'Familiarize: know what is measured';

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
