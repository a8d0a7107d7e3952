import { test, expect, openApp, SAMPLE } from './fixtures';

// Saving happens 300 ms after the last change (and again when the page is
// hidden): a tab closed one second after an edit, without waiting for
// anything, must still have it when the workshop is opened again.

test('an edit survives the page being closed abruptly one second later', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, `${SAMPLE}/discuss`);
  await page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' }).fill('1');
  await page.waitForTimeout(1000);
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await openApp(again, `${SAMPLE}/discuss`);
  await expect(again.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' })).toHaveValue('1');
  await context.close();
});
