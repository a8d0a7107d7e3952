import { test, expect, openApp, SAMPLE } from './fixtures';
import type { Page } from '@playwright/test';

const inventory = (page: Page) => page.getByRole('table', { name: 'Measures on the scorecard' });
const row = (page: Page, name: string | RegExp) => inventory(page).getByRole('row', { name });
const editor = (page: Page) => page.getByRole('region', { name: /^Edit “/ });

test('adding a measure from the catalogue fills in its definition and keeps edits across reload', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  await page.getByText('Add measures').click();
  await page.getByRole('searchbox', { name: 'Search the catalogue' }).fill('renewal');
  // The list follows the search (a moment after typing stops).
  await expect(page.getByRole('button', { name: 'Add Net Promoter Score' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add Renewal rate' }).click();
  await expect(page.getByRole('status')).toHaveText('Added “Renewal rate”. Fill in its owner and the decision it drives.');
  await expect(row(page, /Renewal rate/)).toContainText('Counts contracts renewed');
  await expect(editor(page).getByLabel('Name', { exact: true })).toBeFocused();

  await editor(page).getByLabel('Owner').fill('Head of Sales');
  await editor(page).getByLabel('Decision it drives').fill('Renewal desk staffing');
  await editor(page).getByLabel('Internal emphasis (1–5)').fill('4');
  await expect(row(page, /Renewal rate/)).toContainText('Head of Sales');
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(editor(page)).toHaveCount(0);

  await page.reload();
  await expect(row(page, /Renewal rate/)).toContainText('Head of Sales');
  await expect(row(page, /Renewal rate/)).toContainText('Renewal desk staffing');
  await expect(inventory(page).getByRole('rowheader')).toHaveCount(11);
});

test('a custom measure starts blank and every field is editable by keyboard', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  await page.getByText('Add measures').click();
  await page.getByRole('button', { name: 'Write a custom measure' }).click();
  const name = editor(page).getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await page.keyboard.type('Spare parts fill rate');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Counts order lines shipped complete from stock');
  await editor(page).getByLabel('How often it is collected').selectOption('Weekly');
  await editor(page).getByLabel('Latest value').fill('91,5');
  await editor(page).getByLabel('Target').fill('95 %');
  const added = row(page, /Spare parts fill rate/);
  await expect(added).toContainText('91.5 / 95');
  await expect(added).toContainText('Weekly');
  await expect(added).toContainText('No owner');
});

test('out-of-range and malformed values get a message and change nothing', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  await page.getByRole('button', { name: 'Edit Net Promoter Score' }).click();
  const emphasis = editor(page).getByLabel('Internal emphasis (1–5)');
  await emphasis.fill('7');
  await expect(emphasis).toHaveAttribute('aria-invalid', 'true');
  await expect(editor(page).getByText('7 is not on the scale: use a whole number from 1 to 5.')).toBeVisible();
  await expect(row(page, /Net Promoter Score/).getByText('5 of 5')).toHaveCount(1);
  await emphasis.fill('2');
  await expect(emphasis).not.toHaveAttribute('aria-invalid', 'true');
  await expect(row(page, /Net Promoter Score/).getByText('2 of 5')).toHaveCount(1);

  await editor(page).getByLabel('Latest value').fill('about thirty');
  await expect(editor(page).getByText('“about thirty” is not a number: type digits, like 42 or 4.5.')).toBeVisible();
  await expect(row(page, /Net Promoter Score/)).toContainText('31 / 40');
  await editor(page).getByLabel('Name', { exact: true }).fill('  ');
  await expect(editor(page).getByText('A measure needs a name.')).toBeVisible();
  await expect(row(page, /Net Promoter Score/)).toHaveCount(1);
});

test('a deleted measure can be restored to where it was, and measures can be reordered', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  await page.getByRole('button', { name: 'Delete Customer churn rate' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted “Customer churn rate”');
  await expect(row(page, /Customer churn rate/)).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'Restore Customer churn rate' }).click();
  await expect(inventory(page).getByRole('rowheader').nth(3)).toContainText('Customer churn rate');
  await expect(page.getByRole('region', { name: 'Recently deleted' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Move Service visit satisfaction (CSAT) up' }).click();
  await expect(inventory(page).getByRole('rowheader').first()).toContainText('Service visit satisfaction (CSAT)');
  // The moved row's button keeps the focus: the keyboard can move it again.
  await expect(page.getByRole('button', { name: 'Move Service visit satisfaction (CSAT) up' })).toBeFocused();
  await page.getByRole('button', { name: 'Move Service visit satisfaction (CSAT) down' }).click();
  await expect(inventory(page).getByRole('rowheader').first()).toContainText('Net Promoter Score');
});

test('the checks flag missing owners, missing decisions, poor understanding and duplicates', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  const summary = page.getByRole('group', { name: 'Inventory summary' });
  await expect(summary).toContainText('2Without an owner');
  await expect(summary).toContainText('0Likely duplicates');
  await expect(row(page, /QBR attendance/)).toContainText('No owner');
  await expect(row(page, /First contact resolution/)).toContainText('Drives no decision');
  await expect(row(page, /Customer health score/)).toContainText('Poorly understood');

  await page.getByText('Add measures').click();
  await page.getByRole('searchbox', { name: 'Search the catalogue' }).fill('nps');
  await page.getByRole('button', { name: 'Add Net Promoter Score' }).click();
  await expect(summary).toContainText('2Likely duplicates');
  await expect(summary).toContainText('3Without an owner');
  await expect(inventory(page).getByText('Likely duplicate of Net Promoter Score')).toHaveCount(2);

  await page.getByRole('button', { name: 'Edit QBR attendance' }).click();
  await editor(page).getByLabel('Owner').fill('Key account director');
  await expect(row(page, /QBR attendance/)).not.toContainText('No owner');
  await expect(summary).toContainText('2Without an owner');
});

test('the emphasis and understanding chart follows each keystroke', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  const chart = page.getByRole('img', { name: /emphasis against team understanding/ });
  await expect(chart.locator('svg circle')).toHaveCount(10);
  const table = page.getByRole('table', { name: 'Internal emphasis against team understanding' });
  await page.getByRole('button', { name: 'Edit Customer health score' }).click();
  await editor(page).getByLabel('Team understanding (1–5)').fill('4');
  await expect(table.getByRole('row', { name: /Customer health score/ })).toHaveText(/Customer health score\s*4\s*4/);
  await editor(page).getByLabel('Team understanding (1–5)').fill('');
  await expect(chart.locator('svg circle')).toHaveCount(9);
});

test('hostile text in every field is shown as text, never run or parsed as markup', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  await page.getByRole('button', { name: 'Edit Net Promoter Score' }).click();
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const textFields = ['Name', 'What it asks or counts', 'How it is computed', 'Scale or unit', 'Source platform', 'Owner', 'Decision it drives'];
  for (const [i, label] of textFields.entries()) {
    const value = i % 2 ? `=HYPERLINK("http://evil.example","${label}")` : `${hostile} ${label}`;
    await editor(page).getByLabel(label, { exact: true }).fill(value);
  }
  const edited = inventory(page).getByRole('row').nth(1);
  await expect(edited).toContainText(`${hostile} Name`);
  await expect(edited).toContainText('=HYPERLINK("http://evil.example","Owner")'.replace('Owner', 'What it asks or counts'));
  await expect(page.getByRole('img', { name: /team understanding/ }).locator('svg')).toContainText(`${hostile} Name`);
  await page.reload();
  await expect(inventory(page).getByRole('row').nth(1)).toContainText(`${hostile} Name`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img, main script')).toHaveCount(0);
});

test('an edit redraws only its own row of the inventory; a moved row keeps its element', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  // A mark on an element survives only while that element is not drawn anew.
  const mark = (name: RegExp) => row(page, name).getByRole('rowheader').evaluate((cell) => cell.setAttribute('data-kept', 'yes'));
  await mark(/QBR attendance/);
  await mark(/Net Promoter Score/);
  await page.getByRole('button', { name: 'Edit Net Promoter Score' }).click();
  await editor(page).getByLabel('Owner').fill('Head of Customer Success and Sales');
  await expect(row(page, /Net Promoter Score/)).toContainText('Head of Customer Success and Sales');
  await expect(row(page, /Net Promoter Score/).getByRole('rowheader')).not.toHaveAttribute('data-kept');
  await expect(row(page, /QBR attendance/).getByRole('rowheader')).toHaveAttribute('data-kept', 'yes');
  await page.getByRole('button', { name: 'Move QBR attendance up' }).click();
  await expect(inventory(page).getByRole('rowheader').nth(8)).toContainText('QBR attendance');
  await expect(row(page, /QBR attendance/).getByRole('rowheader')).toHaveAttribute('data-kept', 'yes');
});
