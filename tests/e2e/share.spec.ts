import { test, expect, openApp, SAMPLE, ORIGIN } from './fixtures';
import type { Browser, Download, Page } from '@playwright/test';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateWorkshopFile } from './schema';
import { spreadsheetCells } from './libreoffice';

// Issue 11: results leave the browser without a server — files, a link, a
// QR code — and come back: imported, merged, compared, and carried into
// next quarter's review.

const SHARE = `${SAMPLE}/share`;

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; path: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function exportJson(page: Page) {
  await openApp(page, SHARE);
  return downloaded(page, () => button(page, 'Workshop file (JSON)').click());
}

/** A page in a browser profile of its own: nothing stored, as on another person's computer. */
async function freshPage(browser: Browser, options = {}) {
  const context = await browser.newContext({ baseURL: `${ORIGIN}/scorecard/`, ...options });
  return context.newPage();
}

async function saveAs(name: string, text: string) {
  const path = join(await mkdtemp(join(tmpdir(), 'scorecard-')), name);
  await writeFile(path, text);
  return path;
}

test('a JSON export opens in a fresh browser as the same workshop, field by field, and matches the schema', async ({ page, browser }) => {
  const file = await exportJson(page);
  expect(file.name).toMatch(/^kestrel-pumps-q4-scorecard-review-\d{4}-\d{2}-\d{2}\.scorecard\.json$/);
  expect(validateWorkshopFile(file.text)).toEqual([]);
  const original = JSON.parse(file.text).workshop;

  const other = await freshPage(browser);
  await openApp(other);
  await other.goto('./#/');
  await other.getByLabel('Or open a workshop file or an HTML report').setInputFiles(file.path);
  await expect(other.getByRole('heading', { level: 1, name: /^Familiarize/ })).toBeVisible();
  const id = other.url().split('/w/')[1].split('/')[0];
  const stored = JSON.parse((await other.evaluate((key) => localStorage.getItem(key), `scorecard-workshop:workshop:${id}`))!);
  // The copy gets an id range of its own for what is added to it; nothing else differs.
  expect(stored.workshop.next_id).toBeGreaterThan(original.next_id);
  expect({ ...stored.workshop, next_id: 0 }).toEqual({ ...original, next_id: 0 });
  await other.context().close();
});

test('a share link opens in a fresh browser as the same report, read-only, and saves a copy on request', async ({ page, browser }) => {
  await openApp(page, SHARE);
  await button(page, 'Make a share link').click();
  const field = page.getByRole('textbox', { name: /^Share link/ });
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link).toMatch(new RegExp(`^${ORIGIN}/scorecard/#/shared/1\\.[A-Za-z0-9_-]+$`));
  console.log(`share link of the sample: ${link.length} characters`);
  // The sample's link is longer than a QR code holds: the page says so and what to send instead.
  await expect(page.getByText(/there is no QR code for it\. Send the link itself/)).toBeVisible();

  await openApp(page, `${SAMPLE}/report`);
  const tables = ['Terms of the fit score', 'Internal emphasis against customer relevance', 'Relevance by customer segment', 'Decisions'];
  const text = async (p: Page, name: string) => (await p.getByRole('table', { name, exact: true }).innerText()).replace(/\s+/g, ' ').trim();
  const here = await Promise.all(tables.map((name) => text(page, name)));

  const other = await freshPage(browser);
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'Scorecard review' })).toBeVisible();
  await expect(other.getByText('Kestrel Pumps — Q4 scorecard review')).toBeVisible();
  await expect(other.locator('.shared svg')).toHaveCount(5);
  expect(await Promise.all(tables.map((name) => text(other, name)))).toEqual(here);
  // Only the sample every first visit gets: nothing of the link's is kept yet.
  expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':workshop:')))).toEqual(['scorecard-workshop:workshop:sample']);

  await other.getByRole('button', { name: 'Save a copy to this browser' }).click();
  await expect(other.getByRole('heading', { level: 1, name: /^Familiarize/ })).toBeVisible();
  await expect(other.getByRole('table', { name: 'Measures on the scorecard' }).getByRole('rowheader')).toHaveCount(10);
  await other.context().close();
});

test('a link cut short or made up says so and offers the way back', async ({ page }) => {
  await openApp(page, SHARE);
  await button(page, 'Make a share link').click();
  const link = await page.getByRole('textbox', { name: /^Share link/ }).inputValue();
  for (const broken of [link.slice(0, link.length - 40), `${ORIGIN}/scorecard/#/shared/1.<script>`, `${ORIGIN}/scorecard/#/shared/9.AAAA`]) {
    await page.goto(broken);
    await expect(page.getByRole('heading', { level: 1, name: 'This share link cannot be opened' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to your workshops' })).toBeVisible();
  }
  await expect(page.getByText(/made by this version of Scorecard Workshop/)).toBeVisible();
});

test('the HTML report reads from disk with scripting off, charts and all, and opens back as a workshop', async ({ page, browser }) => {
  await openApp(page, SHARE);
  const report = await downloaded(page, () => button(page, 'Report (HTML)').click());
  expect(report.name).toMatch(/-report\.html$/);
  console.log(`exports of the sample: HTML report ${report.text.length} bytes`);
  const onDisk = await saveAs(report.name, report.text);

  const reader = await freshPage(browser, { javaScriptEnabled: false });
  const requests: string[] = [];
  reader.on('request', (r) => requests.push(r.url()));
  await reader.goto(`file://${onDisk}`);
  await expect(reader.getByRole('heading', { level: 1, name: 'Kestrel Pumps — Q4 scorecard review' })).toBeVisible();
  await expect(reader.getByRole('img', { name: /Scatter chart of internal emphasis/ }).locator('svg circle')).toHaveCount(10);
  await expect(reader.locator('figure svg')).toHaveCount(5);
  await expect(reader.getByRole('table', { name: 'The scorecard as the decisions leave it' })).toBeVisible();
  expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  await reader.screenshot({ path: 'target/screenshots/html-report.png', fullPage: false });
  await reader.context().close();

  await page.goto('./#/');
  await page.getByLabel('Or open a workshop file or an HTML report').setInputFiles(onDisk);
  await expect(page.getByRole('heading', { level: 1, name: /^Familiarize/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Measures on the scorecard' }).getByRole('rowheader')).toHaveCount(10);
});

test('two teams’ files merge: new conversations appended, a conflict shown and chosen, the sources compared', async ({ page }) => {
  const file = await exportJson(page);
  const team = (id: number, customer: number, owner?: string) => {
    const saved = JSON.parse(file.text);
    const w = saved.workshop;
    w.conversations.push({ id, customer, date: '2026-11-20', answers: w.measures.map((m: { id: number }) => ({ measure: m.id, relevance: 5, value: 4 })), quotes: ['Said in the field'], unmeasured: [], notes: '' });
    if (owner) w.measures[0].owner = owner;
    w.next_id = id + 1;
    return JSON.stringify(saved);
  };
  const customer = JSON.parse(file.text).workshop.customers[0].id;
  const a = await saveAs('team-a.scorecard.json', team(5_000_001, customer, 'Team A’s <b>owner</b>'));
  const b = await saveAs('team-b.scorecard.json', team(9_000_001, customer));

  await page.getByLabel('Choose files to merge into this workshop').setInputFiles([a, b]);
  const preview = page.getByRole('heading', { name: 'What merging team-a.scorecard.json, team-b.scorecard.json does' });
  await expect(preview).toBeVisible();
  await expect(page.getByText(/From team-a: 1 conversation added/)).toBeVisible();
  const conflict = page.getByRole('group', { name: /Net Promoter Score.* — team-a$/ });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('radio', { name: /^Take team-a's: .*Team A’s <b>owner<\/b>/ }).check();
  await button(page, 'Merge into this workshop').click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged into this workshop. Undo takes the merge back.' })).toBeVisible();

  const compare = page.getByRole('region', { name: 'Compare the sources' });
  await expect(compare).toBeVisible();
  await expect(compare.getByRole('table').first().getByRole('columnheader')).toContainText(['This workshop', 'team-a', 'team-b']);
  await page.screenshot({ path: 'target/screenshots/share-compare.png', fullPage: true });

  await page.getByRole('link', { name: /Familiarize/ }).click();
  await expect(page.getByRole('table', { name: 'Measures on the scorecard' })).toContainText('Team A’s <b>owner</b>');
  await page.getByRole('link', { name: /Discuss/ }).click();
  const merged = page.getByRole('button', { name: /^Edit conversation with .* on 2026-11-20$/ });
  await expect(merged).toHaveCount(2);
  // The merge is one step of the workshop's history.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(merged).toHaveCount(0);
});

test('next quarter’s review starts from the revised scorecard and shows the trend', async ({ page }) => {
  await openApp(page, `${SAMPLE}/determine`);
  await page.getByLabel('Decision for Net revenue retention').selectOption('Drop');
  await expect(page.getByRole('table', { name: 'The scorecard as the decisions leave it' })).not.toContainText('Net revenue retention');
  await expect(page.getByText('Dropped: Net revenue retention.')).toBeVisible();
  await page.getByRole('link', { name: 'Share and export' }).click();
  await button(page, "Start next quarter's review from this one").click();
  await expect(page.getByRole('heading', { level: 1, name: /^Familiarize/ })).toBeVisible();
  await expect(page.locator('.workshop-name')).toContainText('next review, started');
  // The sample's decisions add "Spare parts availability"; Net revenue retention is dropped.
  const inventory = page.getByRole('table', { name: 'Measures on the scorecard' });
  await expect(inventory.getByRole('rowheader')).toHaveCount(10);
  await expect(inventory).toContainText('Spare parts availability');
  await expect(inventory).not.toContainText('Net revenue retention');
  await page.getByRole('link', { name: /Determine/ }).click();
  const trend = page.getByRole('region', { name: 'The trend across assessments' });
  await expect(trend).toBeVisible();
  await expect(trend.getByRole('table', { name: 'Scorecard fit across assessments' }).getByRole('row')).toHaveCount(3);
  await expect(trend.getByRole('img', { name: /fit score of each assessment/ }).locator('svg')).toBeVisible();
  await page.screenshot({ path: 'target/screenshots/trend.png', fullPage: true });
  // The new review links back to the one it started from.
  await trend.getByRole('link', { name: /^Kestrel Pumps — Q4 scorecard review \(\d{4}-\d{2}-\d{2}\)$/ }).click();
  await expect(page).toHaveURL(/#\/w\/sample\/determine$/);
  await expect(page.locator('.workshop-name')).toHaveText('Kestrel Pumps — Q4 scorecard review');
});

test('every export downloads under the workshop’s name and date; the CSV never becomes a formula in LibreOffice', async ({ page }) => {
  const file = await exportJson(page);
  const saved = JSON.parse(file.text);
  saved.workshop.measures[0].name = '=HYPERLINK("http://evil.example","click")';
  saved.workshop.measures[1].owner = '+1+1';
  saved.workshop.measures[2].owner = '@SUM(1,1)';
  saved.workshop.measures[3].owner = '-2+3';
  saved.workshop.measures[4].name = '<script>alert(1)</script>';
  const hostile = await saveAs('hostile.scorecard.json', JSON.stringify(saved));
  await page.goto('./#/');
  await page.getByLabel('Or open a workshop file or an HTML report').setInputFiles(hostile);
  await expect(page.getByRole('heading', { level: 1, name: /^Familiarize/ })).toBeVisible();
  await page.getByRole('link', { name: 'Share and export' }).click();

  const sizes: string[] = [`JSON ${file.text.length}`];
  for (const name of ['Measures (CSV)', 'Answers (CSV)', 'Decisions (CSV)', 'Revised scorecard (CSV)']) {
    const csv = await downloaded(page, () => button(page, name).click());
    expect(csv.name).toMatch(/^kestrel-pumps-q4-scorecard-review-\d{4}-\d{2}-\d{2}-[a-z-]+\.csv$/);
    sizes.push(`${name} ${csv.text.length}`);
    const cells = (await spreadsheetCells(csv.path)).flat();
    expect(cells.filter((c) => c.formula), `${name}: formulas`).toEqual([]);
    if (name === 'Measures (CSV)') {
      const texts = cells.map((c) => c.text);
      for (const text of ['=HYPERLINK("http://evil.example","click")', '+1+1', '@SUM(1,1)', '-2+3']) {
        expect(texts).toContain(`'${text}`);
      }
      expect(texts).toContain('<script>alert(1)</script>');
      expect(cells.some((c) => c.type === 'float' && c.value === '31')).toBe(true);
    }
  }
  console.log(`exports of the sample (bytes): ${sizes.join(', ')}`);

  const svg = await downloaded(page, () => button(page, 'Download “Internal emphasis against customer relevance” as SVG').click());
  expect(svg.name).toMatch(/-quadrant\.svg$/);
  expect(svg.text).toContain('&lt;script&gt;');
  expect(svg.text).not.toContain('<script');
  const png = await downloaded(page, () => button(page, 'Download “Internal emphasis against customer relevance” as PNG').click());
  expect(png.name).toMatch(/-quadrant\.png$/);
  const bytes = await readFile(png.path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // Twice the SVG's 880 pixels, for slides.
  expect(bytes.readUInt32BE(16)).toBe(1760);
});

test('a workshop file dropped on the list of workshops opens as a new workshop', async ({ page }) => {
  const file = await exportJson(page);
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeVisible();
  const drop = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.scorecard.json', { type: 'application/json' }));
    return transfer;
  }, file.text);
  await page.locator('main .page').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByRole('heading', { level: 1, name: /^Familiarize/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Measures on the scorecard' }).getByRole('rowheader')).toHaveCount(10);
  await page.goto('./#/');
  await expect(page.getByRole('link', { name: 'Kestrel Pumps — Q4 scorecard review', exact: true })).toHaveCount(2);
});

test('a small workshop’s link comes with its QR code', async ({ page }) => {
  await openApp(page);
  await page.goto('./#/');
  await page.getByRole('textbox', { name: 'Workshop name' }).fill('Q1 <b>review</b>');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Familiarize/ })).toBeVisible();
  await page.getByRole('link', { name: 'Share and export' }).click();
  await button(page, 'Make a share link').click();
  const link = await page.getByRole('textbox', { name: /^Share link/ }).inputValue();
  expect(link.length).toBeLessThanOrEqual(2953);
  await expect(page.getByRole('img', { name: 'QR code of the share link' }).locator('svg')).toBeVisible();
  // A change makes the link stale: it goes, to be made again.
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Workshop name' }).fill('Q1 review');
  await expect(page.getByRole('textbox', { name: /^Share link/ })).toHaveCount(0);
});
