import { test, expect, openApp, SAMPLE } from './fixtures';
import { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

// Issue 6: nothing typed is lost — workshops are created, copied, deleted
// and restored; every edit can be undone; faults (a full quota, damaged or
// newer data, a second tab) are said plainly and lose nothing.

const SAMPLE_NAME = 'Kestrel Pumps — Q4 scorecard review';
const home = async (page: Page) => {
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeVisible();
};
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

test('a workshop is created, renamed, duplicated, deleted with a confirm and restored', async ({ page }) => {
  await openApp(page);
  await home(page);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByText('A workshop needs a name.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Workshop name' }).fill('<script>alert(1)</script> review');
  await page.getByRole('textbox', { name: 'Organisation' }).fill('=HYPERLINK("http://x")');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Familiarize/ })).toBeVisible();
  await expect(page.getByText('<script>alert(1)</script> review', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Measures on the scorecard' }).getByRole('rowheader')).toHaveCount(0);

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Workshop name' }).fill('');
  await expect(page.getByText('A workshop needs a name.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Workshop name' }).fill('Q1 review');
  await expect(page.locator('.workshop-name')).toHaveText('Q1 review');
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();

  await home(page);
  await expect(page.getByRole('link', { name: 'Q1 review' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Q1 review' })).toContainText('=HYPERLINK("http://x")');
  await page.getByRole('button', { name: `Duplicate ${SAMPLE_NAME}` }).click();
  const copy = page.getByRole('listitem').filter({ hasText: `Copy of ${SAMPLE_NAME}` });
  await expect(copy).toContainText('10 measures · 8 customers · 8 conversations');

  // Declining the confirm keeps it; accepting moves it to Recently deleted.
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: `Delete ${SAMPLE_NAME}`, exact: true }).click();
  await expect(page.getByRole('link', { name: SAMPLE_NAME, exact: true })).toBeVisible();
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Recently deleted');
    dialog.accept();
  });
  await page.getByRole('button', { name: `Delete ${SAMPLE_NAME}`, exact: true }).click();
  await expect(page.getByRole('link', { name: SAMPLE_NAME, exact: true })).toHaveCount(0);
  // The card is gone: the focus goes to the heading and the notice says what happened.
  await expect(page.getByRole('status').filter({ hasText: `Moved “${SAMPLE_NAME}” to Recently deleted.` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Recently deleted' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: `Restore ${SAMPLE_NAME}` }).click();
  await page.getByRole('link', { name: SAMPLE_NAME, exact: true }).click();
  await expect(page.getByRole('table', { name: 'Measures on the scorecard' }).getByRole('rowheader')).toHaveCount(10);

  await home(page);
  page.on('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: `Delete Copy of ${SAMPLE_NAME}` }).click();
  await page.getByRole('button', { name: `Delete for good Copy of ${SAMPLE_NAME}` }).click();
  await expect(page.getByRole('listitem').filter({ hasText: `Copy of ${SAMPLE_NAME}` })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `Deleted “Copy of ${SAMPLE_NAME}” for good.` })).toBeVisible();
  await expect(page.getByText(/of the 5 MB this browser keeps for the app is used/)).toBeVisible();
});

test('every edit can be undone and redone, by keyboard and by button', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  const rows = page.getByRole('table', { name: 'Measures on the scorecard' }).getByRole('rowheader');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.getByRole('button', { name: 'Delete Customer churn rate' }).click();
  await expect(rows).toHaveCount(9);
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(10);
  await page.keyboard.press('Control+Shift+z');
  await expect(rows).toHaveCount(9);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(10);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();

  // Typing is one step per burst; undo puts the text back in the field itself.
  await page.getByRole('link', { name: /Discuss/ }).click();
  const expected = page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' });
  await expect(expected).toHaveValue('3');
  await expected.fill('1');
  await expect(expected).toHaveValue('1');
  await expected.press('Control+z');
  await expect(page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' })).toHaveValue('3');
  await expect(page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' })).toBeFocused();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' })).toHaveValue('1');
  // Undone states are saved like any other.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' })).toHaveValue('3');

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Workshop name' }).fill('Renamed');
  await expect(page.locator('.workshop-name')).toHaveText('Renamed');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.workshop-name')).toHaveText(SAMPLE_NAME);
  await expect(page.getByRole('textbox', { name: 'Workshop name' })).toHaveValue(SAMPLE_NAME);
});

test('two tabs on one workshop: the later save is never silently overwritten', async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await openApp(first, `${SAMPLE}/discuss`);
  const second = await context.newPage();
  await openApp(second, `${SAMPLE}/discuss`);
  const field = (page: Page) => page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' });

  await field(first).fill('5');
  await expect(first.getByText('All changes saved in this browser')).toBeVisible();
  // The other tab is told at once, and its own edits wait for a choice.
  await expect(second.getByRole('alert')).toContainText('changed in another tab');
  await field(second).fill('2');
  await expect(second.getByText('Not saved: see the message below')).toBeVisible();
  // Past the save delay: the refusal is what kept the stored copy, not timing.
  await second.waitForTimeout(600);
  expect(await stored(second, 'scorecard-workshop:workshop:sample')).toContain('{"measure":8,"relevance":5}');

  // Taking over is a knowing choice; then the first tab is the one told.
  await second.getByRole('button', { name: "Keep this tab's version" }).click();
  await expect(second.getByText('All changes saved in this browser')).toBeVisible();
  expect(await stored(second, 'scorecard-workshop:workshop:sample')).toContain('{"measure":8,"relevance":2}');
  await expect(first.getByRole('alert')).toContainText('changed in another tab');
  await first.getByRole('button', { name: 'Load the newer version' }).click();
  await expect(field(first)).toHaveValue('2');
  await expect(first.getByRole('alert')).toHaveCount(0);
  await context.close();
});

test('a full quota keeps the work in the tab and offers it as a download', async ({ page }) => {
  await openApp(page, `${SAMPLE}/discuss`);
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler:${i}`, chunk);
      } catch {
        break;
      }
    }
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`crumb:${i}`, 'y'.repeat(8));
      } catch {
        break;
      }
    }
  });
  const question = page.getByRole('textbox', { name: 'Opening question 1' });
  const longer = `What does a good relationship with a supplier look like to you${', over a whole year of work together'.repeat(8)}?`;
  await question.fill(longer);
  await expect(page.getByRole('alert')).toContainText('storage for this app is full');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a copy' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kestrel-pumps-q4-scorecard-review-\d{4}-\d{2}-\d{2}\.scorecard\.json$/);
  const text = await readFile(await file.path(), 'utf8');
  expect(JSON.parse(text).workshop.guide.opening[0]).toBe(longer);
  // Room made: the next change saves again and the message goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler:')).forEach((k) => localStorage.removeItem(k)));
  await question.fill('What does a good relationship with a supplier look like to you?');
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a damaged workshop is backed up and its raw text can be downloaded', async ({ page }) => {
  await openApp(page);
  const broken = '{"schema": 1, "workshop": {"name": "<img src=x onerror=alert(1)>", "meas';
  await page.evaluate((text) => localStorage.setItem('scorecard-workshop:workshop:broken', text), broken);
  await home(page);
  const card = page.getByRole('listitem').filter({ hasText: 'Damaged workshop “broken”' });
  await expect(card).toContainText('not valid JSON');
  expect(await stored(page, 'scorecard-workshop:backup:broken')).toBe(broken);
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Download the damaged text broken' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(broken);
  await expect(page.getByRole('link', { name: SAMPLE_NAME })).toBeVisible();
  // Deleted, it can still be downloaded from Recently deleted.
  await card.getByRole('button', { name: 'Delete broken' }).click();
  const deleted = page.getByRole('listitem').filter({ hasText: 'Damaged workshop “broken”' });
  await expect(deleted.getByRole('button', { name: 'Restore broken' })).toBeVisible();
  const again = page.waitForEvent('download');
  await deleted.getByRole('button', { name: 'Download the damaged text broken' }).click();
  expect(await readFile(await (await again).path(), 'utf8')).toBe(broken);
});

test('a workshop from a newer version opens read-only and is never saved over', async ({ page }) => {
  await openApp(page);
  const newer = await page.evaluate(() => {
    const text = localStorage.getItem('scorecard-workshop:workshop:sample')!;
    const saved = JSON.parse(text);
    saved.schema = 9;
    saved.workshop.mood = 'a field of a later version';
    const newer = JSON.stringify(saved);
    localStorage.setItem('scorecard-workshop:workshop:future', newer);
    return newer;
  });
  await home(page);
  const newerCard = page.getByRole('listitem').filter({ hasText: 'opens read-only' });
  await expect(newerCard).toHaveCount(1);
  // Not copied into this version's shape, and downloaded exactly as stored.
  await expect(newerCard.getByRole('button', { name: /^Duplicate/ })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await newerCard.getByRole('button', { name: /^Download/ }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(newer);
  await openApp(page, '#/w/future/discuss');
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of Scorecard Workshop (format 9)');
  await expect(page.getByText('Read-only: nothing is saved')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' })).toBeDisabled();
  await page.keyboard.press('Control+z');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.goto('./#/');
  expect(await stored(page, 'scorecard-workshop:workshop:future')).toBe(newer);
});

test('a downloaded workshop opens again from its file; a foreign, damaged or oversized file is refused with the reason', async ({ page }) => {
  await openApp(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a copy' }).click();
  const path = await (await download).path();
  await home(page);
  const picker = page.getByLabel('Or open a workshop file or an HTML report');
  await picker.setInputFiles({ name: 'recipe.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "a recipe"}') });
  await expect(page.getByRole('status').filter({ hasText: '“recipe.json” was not opened. This file was not written by Scorecard Workshop.' })).toBeVisible();
  await picker.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 1, "workshop": {"na') });
  await expect(page.getByRole('status').filter({ hasText: '“cut.json” was not opened. This workshop file is damaged: the file ends too early, as if it was cut off.' })).toBeVisible();
  const saved = JSON.parse(await readFile(path!, 'utf8'));
  saved.workshop.measures[3].emphasis = 9;
  await picker.setInputFiles({ name: 'off-scale.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await expect(page.getByRole('status').filter({ hasText: 'workshop.measures[3].emphasis: 9 is not on the scale' })).toBeVisible();
  await picker.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(17 * 1024 * 1024, 32) });
  await expect(page.getByRole('status').filter({ hasText: '“huge.json” is 17.8 MB: larger than any workshop file' })).toBeVisible();
  await picker.setInputFiles(path);
  await expect(page.getByRole('heading', { level: 1, name: /^Familiarize/ })).toBeVisible();
  expect(page.url()).not.toContain('/w/sample/');
  await expect(page.getByRole('table', { name: 'Measures on the scorecard' }).getByRole('rowheader')).toHaveCount(10);
  await home(page);
  await expect(page.getByRole('link', { name: SAMPLE_NAME, exact: true })).toHaveCount(2);
});
