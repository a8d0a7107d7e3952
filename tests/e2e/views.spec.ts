import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp, SAMPLE } from './fixtures';

const VIEWS = [
  { name: 'home', hash: '#/', heading: 'Your workshops' },
  { name: 'familiarize', hash: `${SAMPLE}/familiarize`, heading: 'Familiarize: know what is measured' },
  { name: 'discuss', hash: `${SAMPLE}/discuss`, heading: 'Discuss: ask customers, without biasing them' },
  { name: 'determine', hash: `${SAMPLE}/determine`, heading: 'Determine: are we measuring the right things?' },
  { name: 'report', hash: `${SAMPLE}/report`, heading: 'Scorecard review' },
  { name: 'not-found', hash: '#/nowhere', heading: 'This page does not exist' },
];

for (const view of VIEWS) {
  test(`${view.name}: no serious or critical accessibility violation`, async ({ page }, testInfo) => {
    await openApp(page);
    await openApp(page, view.hash);
    await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const severe = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(severe).toEqual([]);
    await page.screenshot({ path: `target/screenshots/${view.name}.png`, fullPage: true });
    testInfo.annotations.push({ type: 'screenshot', description: `target/screenshots/${view.name}.png` });
  });
}

test('the report prints to a clean PDF', async ({ page }) => {
  await openApp(page, `${SAMPLE}/report`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Workshop steps' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, path: `target/screenshots/report-${format.toLowerCase()}.pdf` });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  }
});
