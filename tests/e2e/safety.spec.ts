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

test('undo and redo keep open editors, the recorder and a decision open, show the value put back and leave the focus', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  const undo = (field: import('@playwright/test').Locator) => field.press('Control+z');
  const redo = (field: import('@playwright/test').Locator) => field.press('Control+Shift+z');

  // Step 1: the measure's editor and the catalogue panel.
  await page.getByText('Add measures').click();
  await page.getByRole('button', { name: 'Edit Net Promoter Score' }).click();
  const owner = page.getByRole('region', { name: 'Edit “Net Promoter Score”' }).getByLabel('Owner');
  await owner.fill('Head of Sales');
  await undo(owner);
  await expect(owner).toHaveValue('Head of Customer Success');
  await expect(owner).toBeFocused();
  await expect(page.locator('details.add-measures')).toHaveAttribute('open', '');
  await redo(owner);
  await expect(owner).toHaveValue('Head of Sales');
  await expect(owner).toBeFocused();
  // The button undoes too, and the field follows while the editor stays open.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(owner).toHaveValue('Head of Customer Success');
  await expect(page.getByRole('table', { name: 'Measures on the scorecard' }).getByRole('row', { name: /Net Promoter Score/ })).toContainText('Head of Customer Success');

  // Step 2: the recorder.
  await page.getByRole('link', { name: /Discuss/ }).click();
  await page.getByRole('button', { name: 'Record a conversation' }).click();
  const recorder = page.getByRole('region', { name: 'Recording a conversation' });
  const notes = recorder.getByLabel('Notes');
  await notes.fill('Their plant runs around the clock.');
  // A second burst, a second apart: one undo step each.
  await page.waitForTimeout(1100);
  await notes.fill('Their plant runs around the clock. Night shifts call us.');
  await undo(notes);
  await expect(notes).toHaveValue('Their plant runs around the clock.');
  await expect(notes).toBeFocused();
  await expect(recorder).toBeVisible();
  const relevance = recorder.getByRole('textbox', { name: 'Relevance of Net Promoter Score' });
  await relevance.fill('4');
  await undo(relevance);
  await expect(relevance).toHaveValue('');
  await expect(relevance).toBeFocused();
  await redo(relevance);
  await expect(relevance).toHaveValue('4');

  // Step 3: a decision being written.
  await page.getByRole('link', { name: /Determine/ }).click();
  const nrr = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Net revenue retention' }) });
  await nrr.getByLabel('Decision for Net revenue retention').selectOption('Drop');
  await page.waitForTimeout(1100);
  const reason = nrr.getByLabel('Reason for Net revenue retention');
  await reason.fill('Customers never see it.');
  await undo(reason);
  await expect(reason).toHaveValue('');
  await expect(reason).toBeFocused();
  await expect(nrr.getByLabel('Decision for Net revenue retention')).toHaveValue('Drop');
  await redo(reason);
  await expect(reason).toHaveValue('Customers never see it.');
});

test('a refused edit says why where it was made, and changes nothing: no undo step, nothing to save', async ({ page }) => {
  await openApp(page, `${SAMPLE}/familiarize`);
  const undoButton = page.getByRole('button', { name: 'Undo' });
  await expect(undoButton).toBeDisabled();

  // A measure without a name: the field keeps the text and says why.
  await page.getByRole('button', { name: 'Edit Net Promoter Score' }).click();
  const name = page.getByRole('region', { name: /^Edit “/ }).getByLabel('Name', { exact: true });
  await name.fill('');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('A measure needs a name.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Measures on the scorecard' }).getByRole('rowheader', { name: /Net Promoter Score/ })).toBeVisible();
  // The first measure cannot move up.
  await page.getByRole('button', { name: 'Move Net Promoter Score up' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'It is already at the end of the list.' })).toBeVisible();
  await expect(undoButton).toBeDisabled();
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();

  // A segment with customers in it cannot be deleted.
  await page.getByRole('link', { name: /Discuss/ }).click();
  await page.getByRole('button', { name: 'Delete segment Water utilities' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Move the 3 customers out of “Water utilities” first.' })).toBeVisible();
  await expect(undoButton).toBeDisabled();
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Segment name (Water utilities)' })).toHaveValue('Water utilities');
});

test('a value typed again as it is makes no undo step; undoing the start of a recording closes the recorder and redo opens it', async ({ page }) => {
  await openApp(page, `${SAMPLE}/discuss`);
  const undoButton = page.getByRole('button', { name: 'Undo' });
  const expected = page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' });
  await expected.fill('3');
  await expect(expected).toHaveValue('3');
  await expect(undoButton).toBeDisabled();

  await page.getByRole('button', { name: 'Record a conversation' }).click();
  const recorder = page.getByRole('region', { name: 'Recording a conversation' });
  await expect(recorder).toBeVisible();
  await undoButton.click();
  await expect(recorder).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(recorder).toBeVisible();
  await expect(recorder.getByLabel('Customer', { exact: true }).locator('option:checked')).not.toHaveText('');
});
