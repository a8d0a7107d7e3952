import { test, expect, openApp, SAMPLE } from './fixtures';
import type { Page } from '@playwright/test';

const table = (page: Page, name: string) => page.getByRole('table', { name, exact: true });

test('the determine step draws every chart from the sample, each with a table of the same figures', async ({ page }) => {
  await openApp(page, `${SAMPLE}/determine`);
  const quadrant = page.getByRole('img', { name: /Scatter chart of internal emphasis/ });
  await expect(quadrant.locator('svg circle')).toHaveCount(10);
  await expect(quadrant.locator('svg')).toContainText('Net revenue retention');
  const placed = table(page, 'Internal emphasis against customer relevance');
  await expect(placed.getByRole('row', { name: /Net revenue retention/ })).toContainText('Over-measured');

  const relevance = table(page, 'Customer relevance per measure, with its spread');
  await expect(relevance.getByRole('row', { name: /Time to resolution/ })).toContainText('4.8 ± 0.4 (n = 5)');
  await expect(relevance.getByRole('row', { name: /Net revenue retention/ })).toContainText('small sample');
  await expect(page.getByRole('img', { name: /Bar chart of mean customer relevance/ }).locator('svg')).toContainText('4.8 ± 0.4 (n = 5)');

  const heat = table(page, 'Relevance by customer segment');
  await expect(heat.getByRole('columnheader')).toHaveText(['Measure', 'Water utilities', 'Food and beverage plants', 'OEM partners']);
  await expect(page.getByRole('img', { name: /Heat map/ }).locator('svg rect')).toHaveCount(1 + 10 * 3);

  const expected = table(page, 'What we expected against what customers said');
  await expect(expected.getByRole('row', { name: /Net revenue retention/ })).toContainText('+0.5');

  const factors = table(page, 'What customers care about that no measure covers');
  await expect(factors.getByRole('row').nth(1)).toHaveText(/Spare parts availability\s*4/);
});

test('the fit score is explained term by term', async ({ page }) => {
  await openApp(page, `${SAMPLE}/determine`);
  const fit = page.getByRole('region', { name: 'Scorecard fit' });
  await expect(fit.locator('.fit-value')).toHaveText('56');
  const terms = fit.getByRole('table', { name: 'Terms of the fit score' });
  await expect(terms.getByRole('row', { name: /Measures customers find relevant/ })).toContainText('6 of 10 measures');
  await expect(terms.getByRole('row', { name: /Measures someone acts on/ })).toContainText('70 %');
});

test('decisions start from the suggestion, take a reason, owner and date, and reach the report', async ({ page }) => {
  await openApp(page, `${SAMPLE}/determine`);
  const nrr = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Net revenue retention' }) });
  await expect(nrr).toContainText('Suggested: Change — Emphasised, but customers find it of little relevance');
  await nrr.getByLabel('Decision for Net revenue retention').selectOption('Drop');
  await nrr.getByLabel('Reason for Net revenue retention').fill('Customers never see it; finance keeps it for the board.');
  await nrr.getByLabel('Owner for Net revenue retention').fill('=HYPERLINK("http://evil.example")');
  const due = nrr.getByLabel('Due date for Net revenue retention');
  await due.fill('2027-13-01');
  await expect(nrr.getByText('“2027-13-01” is not a date on the calendar.')).toBeVisible();
  await due.fill('2027-01-31');

  const spare = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Spare parts availability' }) });
  await expect(spare).toContainText('Suggested: Add — Raised by 4 customers');
  await spare.getByLabel('Owner for Spare parts availability').fill('Parts manager');

  await page.reload();
  await page.goto(`./${SAMPLE}/report`);
  const decisions = table(page, 'Decisions');
  const row = decisions.getByRole('row', { name: /Net revenue retention/ });
  await expect(row).toContainText('Drop');
  await expect(row).toContainText('=HYPERLINK("http://evil.example")');
  await expect(row).toContainText('2027-01-31');
  await expect(decisions.getByRole('row', { name: /Spare parts availability/ })).toContainText('Add');
  await expect(decisions.getByRole('row', { name: /Spare parts availability/ })).toContainText('Parts manager');
});

test('the decision shown is always the decision saved, and clearing one is explicit', async ({ page }) => {
  await openApp(page, `${SAMPLE}/determine`);
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Customer health score' }) });
  const kind = row.getByLabel('Decision for Customer health score');
  await expect(kind).toHaveValue('');
  await row.getByLabel('Owner for Customer health score').fill('CS Operations');
  await expect(kind).toHaveValue('Change'); // started from the suggestion, and the list says so
  await expect(kind.locator('option[value=""]')).toBeDisabled();
  await row.getByRole('button', { name: 'Clear the decision for Customer health score' }).click();
  await expect(kind).toHaveValue('');
  await expect(row.getByLabel('Owner for Customer health score')).toHaveValue('');
  await page.goto(`./${SAMPLE}/report`);
  await expect(page.getByRole('table', { name: 'Decisions', exact: true }).getByRole('row', { name: /Customer health score/ })).toHaveCount(0);
});

test('typing a decision asks the module for no new charts; choosing a decision does', async ({ page }) => {
  // Every request to the on-demand module, by operation.
  await page.addInitScript(() => {
    const asked: string[] = ((window as unknown as { asked: string[] }).asked = []);
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
      if (Array.isArray(message)) asked.push(String(message[1]));
      return post.call(this, message, ...rest);
    };
  });
  const step3Asked = () => page.evaluate(() => (window as unknown as { asked: string[] }).asked.filter((op) => op === 'step3').length);
  await openApp(page, `${SAMPLE}/determine`);
  await expect(page.getByRole('img', { name: /Scatter chart of internal emphasis/ }).locator('svg')).toBeVisible();
  const before = await step3Asked();
  expect(before).toBeGreaterThan(0);
  const nrr = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Net revenue retention' }) });
  // A decision's kind is something the analysis reads: the charts are asked for again.
  await nrr.getByLabel('Decision for Net revenue retention').selectOption('Change');
  await expect.poll(step3Asked).toBe(before + 1);
  // Its texts are not: typing them asks for nothing.
  await nrr.getByLabel('Reason for Net revenue retention').fill('Customers never see it; finance keeps it for the board.');
  await nrr.getByLabel('Owner for Net revenue retention').fill('Chief Financial Officer');
  await nrr.getByLabel('Due date for Net revenue retention').fill('2027-03-31');
  // Past the module's wait after a change (250 ms), with room to spare.
  await page.waitForTimeout(1000);
  expect(await step3Asked()).toBe(before + 1);
  // What the decisions do feed is drawn again: the revised scorecard below them.
  await expect(page.getByRole('row', { name: /Net revenue retention/ }).filter({ hasText: 'Customers never see it; finance keeps it for the board.' })).toBeVisible();
});
