import { test, expect, openApp, SAMPLE } from './fixtures';
import type { Page } from '@playwright/test';

const customers = (page: Page) => page.getByRole('table', { name: 'Customers to talk to' });
const recorder = (page: Page) => page.getByRole('region', { name: 'Recording a conversation' });
const conversationCards = (page: Page) => page.locator('.conversation-list > li');

/** Presses a button the way a keyboard user does: focus it, then Enter. */
async function press(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

test('a new user plans, runs and records five conversations with the keyboard alone', async ({ page }) => {
  await openApp(page, `${SAMPLE}/discuss`);
  await expect(conversationCards(page)).toHaveCount(8);

  // Plan: a new segment and five new customers in it.
  await press(page, 'Add a segment');
  const segmentName = page.getByRole('textbox', { name: 'Segment name (Segment 4)' });
  await segmentName.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Breweries');
  for (let i = 1; i <= 5; i++) {
    await press(page, 'Add a customer');
    const name = customers(page).getByRole('textbox', { name: `Name of Customer ${8 + i}` });
    await expect(name).toBeFocused();
    await page.keyboard.type(`Brewer ${i}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Head brewer');
    await page.keyboard.press('Tab');
    await page.keyboard.press('End'); // the last segment in the list: Breweries
  }
  await expect(customers(page).getByRole('combobox', { name: 'Segment of Brewer 5' })).toHaveValue(/\d+/);
  await expect(customers(page).getByRole('combobox', { name: 'Segment of Brewer 5' }).locator('option:checked')).toHaveText('Breweries');

  // Record: each conversation opens with the next customer not heard yet.
  for (let i = 1; i <= 5; i++) {
    await press(page, 'Record a conversation');
    await expect(recorder(page).getByLabel('Customer', { exact: true })).toBeFocused();
    await expect(recorder(page).getByLabel('Customer', { exact: true }).locator('option:checked')).toHaveText(`Brewer ${i} (Breweries)`);
    await page.keyboard.press('Tab'); // date: today, kept
    await page.keyboard.press('Tab');
    await page.keyboard.type(String((i % 5) + 1)); // relevance of the first measure
    await page.keyboard.press('Tab');
    await page.keyboard.type('3'); // its value
    for (let k = 0; k < 19; k++) await page.keyboard.press('Tab'); // the other measures: not discussed
    await expect(recorder(page).getByLabel('Verbatim quotes, one per line')).toBeFocused();
    await page.keyboard.type(`Brewer ${i}: "we plan around your engineer's visit"`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(i % 2 ? 'Spare parts on the shelf, Energy use' : 'spare PARTS on the  shelf');
    await page.keyboard.press('Tab');
    await expect(recorder(page).getByLabel('Notes')).toBeFocused();
    await page.keyboard.type('Called from the brewhouse floor.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Done recording' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(recorder(page)).toHaveCount(0);
  }
  await expect(conversationCards(page)).toHaveCount(13);
  const coverage = page.locator('.coverage', { hasText: 'Breweries' });
  await expect(coverage).toContainText('5 of 5 customers heard · 5 conversations');

  // Everything survives a reload; the factors typed in different case are one.
  await page.reload();
  await expect(conversationCards(page)).toHaveCount(13);
  const brewer3 = conversationCards(page).filter({ hasText: 'Brewer 3' });
  await expect(brewer3).toContainText('Brewer 3: "we plan around your engineer\'s visit"');
  await expect(brewer3).toContainText('1 measures discussed');
  await expect(conversationCards(page).filter({ hasText: 'Brewer 2' }).locator('.tag')).toHaveText(['Spare parts on the shelf']);
  await page.goto(`./${SAMPLE}/determine`);
  const factors = page.getByRole('table', { name: 'What customers care about that no measure covers' });
  await expect(factors.getByRole('row', { name: /Spare parts on the shelf/ })).toContainText('5');
});

const biased: [string, string, RegExp][] = [
  ['Leading', "Don't you agree that our engineers are quick?", /What is your view of our engineers\?/],
  ['Loaded word', 'How do you cope with our terrible invoices?', /How do you cope with our invoices\?/],
  ['Double-barrelled', 'How satisfied are you with our pricing and our delivery?', /our pricing\? How satisfied are you with our delivery\?/],
  ['Presumption', 'What do you like most about our portal?', /What stands out to you about our portal, if anything\?/],
  ['Absolute', 'Do you always read our newsletter?', /How often, if at all, do you read our newsletter\?/],
  ['Hypothetical', 'Would you buy a service contract next year?', /When did you last buy a service contract\?/],
  ['Jargon', 'How does our NPS compare with other suppliers?', /recommendation score/],
  ['Unbalanced scale', 'How was the repair? [Excellent / Very good / Good / Fair]', /\[Very poor \/ Poor \/ Fair \/ Good \/ Very good\]/],
];

test('the question checker flags every rule as people type, and one keypress takes the rewrite', async ({ page }) => {
  await openApp(page, `${SAMPLE}/discuss`);
  const guide = page.getByRole('region', { name: 'Conversation guide' });
  for (const [label, question, rewrite] of biased) {
    await press(page, 'Add opening question');
    const box = guide.getByRole('textbox', { name: 'Opening question 5' });
    await expect(box).toBeFocused();
    await page.keyboard.type(question);
    const finding = box.locator('..').locator('.finding', { hasText: label });
    await expect(finding, label).toHaveCount(1);
    await expect(finding.locator('mark')).not.toBeEmpty();
    const use = box.locator('..').getByRole('button', { name: /^Use this wording for Opening question 5: / });
    await expect(use).toHaveAccessibleName(rewrite);
    await use.focus();
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue(rewrite);
    await expect(box.locator('..').locator('.finding', { hasText: label })).toHaveCount(0);
    await press(page, 'Remove opening question 5');
  }
  // A neutral question gets no finding; the generated measure questions are listed.
  await press(page, 'Add opening question');
  await expect(guide.getByRole('textbox', { name: 'Opening question 5' })).toBeFocused();
  await page.keyboard.type('Tell me about the last time a pump stopped at your site.');
  await expect(guide.getByRole('textbox', { name: 'Opening question 5' }).locator('..').locator('.finding')).toHaveCount(0);
  // Notes are no faults: the Net Promoter question is recognised, a yes/no question gets "open it up".
  const box = guide.getByRole('textbox', { name: 'Opening question 5' });
  await box.fill('How likely is it that you would recommend Kestrel Pumps to a friend or colleague?');
  await expect(box.locator('..').locator('.question-note')).toContainText('Standard question: How likely is it that you would recommend');
  await expect(box.locator('..').locator('.finding-count')).toHaveText('');
  await expect(box.locator('..').locator('.finding')).toHaveCount(0);
  await box.fill('Do you read the monthly service report?');
  await expect(box.locator('..').locator('.question-note')).toContainText('Open it up: Do you read the monthly service report?');
  await expect(box.locator('..').locator('.finding-count')).toHaveText('');
  await box.fill('Tell me about the last time a pump stopped at your site.');
  await expect(guide.getByRole('textbox', { name: 'Question about On-time delivery' })).toHaveValue('How relevant, if at all, is On-time delivery to you?');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Opening question 5' })).toHaveValue('Tell me about the last time a pump stopped at your site.');
});

test('bad input gets a clear message and changes nothing', async ({ page }) => {
  await openApp(page, `${SAMPLE}/discuss`);
  await press(page, 'Edit conversation with Riverside Water Authority on 2026-10-06');
  const relevance = recorder(page).getByRole('textbox', { name: 'Relevance of Net Promoter Score' });
  const before = await relevance.inputValue();
  await relevance.fill('7');
  await expect(relevance).toHaveAttribute('aria-invalid', 'true');
  await expect(recorder(page).getByText('7 is not on the scale: use a whole number from 1 to 5.')).toBeVisible();
  const date = recorder(page).getByRole('textbox', { name: 'Date' });
  await date.fill('2026-02-30');
  await expect(recorder(page).getByText('“2026-02-30” is not a date on the calendar.')).toBeVisible();
  await page.reload();
  await press(page, 'Edit conversation with Riverside Water Authority on 2026-10-06');
  await expect(recorder(page).getByRole('textbox', { name: 'Relevance of Net Promoter Score' })).toHaveValue(before);

  await press(page, 'Delete Riverside Water Authority');
  await expect(page.getByRole('status').filter({ hasText: '“Riverside Water Authority” has a recorded conversation; delete it first.' })).toBeVisible();
  await expect(customers(page).getByRole('textbox', { name: 'Name of Riverside Water Authority' })).toHaveCount(1);
  await customers(page).getByRole('textbox', { name: 'Name of Riverside Water Authority' }).fill('  ');
  await expect(customers(page).getByText('A customer needs a name or a pseudonym.')).toBeVisible();
  await press(page, 'Delete segment Water utilities');
  await expect(page.getByRole('status').filter({ hasText: /Move the \d customers out of/ })).toBeVisible();
});

test('hostile text in names, quotes, factors and questions stays text', async ({ page }) => {
  await openApp(page, `${SAMPLE}/discuss`);
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  await press(page, 'Add a customer');
  await expect(customers(page).getByRole('textbox', { name: 'Name of Customer 9' })).toBeFocused();
  await page.keyboard.type(hostile);
  await press(page, 'Record a conversation');
  await expect(recorder(page).getByLabel('Customer', { exact: true }).locator('option:checked')).toContainText('<img src=x');
  await recorder(page).getByLabel('Verbatim quotes, one per line').fill(hostile);
  await recorder(page).getByLabel('Cares about, not measured (separate with commas)').fill('=HYPERLINK("http://evil.example")');
  await recorder(page).getByLabel('Notes').fill('<b>bold</b>');
  await press(page, 'Done recording');
  const card = conversationCards(page).filter({ hasText: '<img src=x' });
  await expect(card.locator('blockquote')).toHaveText(hostile);
  await expect(card.locator('.tag')).toHaveText('=HYPERLINK("http://evil.example")');
  await expect(card.locator('.notes')).toHaveText('<b>bold</b>');
  await expect(card.locator('img, script, b')).toHaveCount(0);

  await press(page, 'Add opening question');
  await expect(page.getByRole('textbox', { name: 'Opening question 5' })).toBeFocused();
  await page.keyboard.type(`Don't you agree ${hostile}?`);
  const guide = page.getByRole('region', { name: 'Conversation guide' });
  await expect(guide.locator('.finding q').first()).toContainText('<script>');
  await expect(guide.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('expectations are kept, and the guide prints on its own', async ({ page }) => {
  await openApp(page, `${SAMPLE}/discuss`);
  const expected = page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' });
  await expected.fill('5');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Expected relevance of On-time delivery (1–5)' })).toHaveValue('5');

  await page.evaluate(() => document.body.setAttribute('data-print', 'guide'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Conversation guide' })).toBeVisible();
  await expect(customers(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the guide' })).toBeHidden();
  await expect(page.locator('.finding').first()).toBeHidden();
});

test('removing a guide question leaves every other question editing its own text', async ({ page }) => {
  await openApp(page, `${SAMPLE}/discuss`);
  const guide = page.getByRole('region', { name: 'Conversation guide' });
  const third = await guide.getByRole('textbox', { name: 'Opening question 3' }).inputValue();
  await press(page, 'Remove opening question 2');
  const second = guide.getByRole('textbox', { name: 'Opening question 2' });
  await expect(second).toHaveValue(third);
  await expect(guide.getByRole('textbox', { name: 'Opening question 4' })).toHaveCount(0);
  await second.fill('Tell me about your last planned shutdown.');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Opening question 2' })).toHaveValue('Tell me about your last planned shutdown.');
  await expect(page.getByRole('textbox', { name: 'Opening question 1' })).toHaveValue('What does a good relationship with a supplier look like to you?');
  await expect(page.getByRole('textbox', { name: 'Opening question 3' })).toHaveValue('Which figures do you look at to judge how a supplier is doing?');
});

test('deleting a conversation asks first, and a refusal keeps it', async ({ page }) => {
  await openApp(page, `${SAMPLE}/discuss`);
  const name = 'Delete conversation with Riverside Water Authority on 2026-10-06';
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name }).click();
  await expect(conversationCards(page)).toHaveCount(8);
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Undo brings them back');
    return dialog.accept();
  });
  await page.getByRole('button', { name }).click();
  await expect(conversationCards(page)).toHaveCount(7);
  await page.reload();
  await expect(conversationCards(page)).toHaveCount(7);
});

test('typing in the recorder redraws only the card of the conversation recorded', async ({ page }) => {
  await openApp(page, `${SAMPLE}/discuss`);
  const card = (name: string) => conversationCards(page).filter({ hasText: name });
  // A mark on an element survives only while that element is not drawn anew.
  for (const name of ['Riverside Water Authority', 'Greenfield Dairy']) {
    await card(name).getByRole('heading').evaluate((heading) => heading.setAttribute('data-kept', 'yes'));
  }
  await page.getByRole('button', { name: 'Edit conversation with Riverside Water Authority on 2026-10-06' }).click();
  await recorder(page).getByLabel('Notes').fill('Asked for the NPS survey to go to operations.');
  await expect(card('Riverside Water Authority')).toContainText('Asked for the NPS survey to go to operations.');
  await expect(card('Riverside Water Authority').getByRole('heading')).not.toHaveAttribute('data-kept');
  await expect(card('Greenfield Dairy').getByRole('heading')).toHaveAttribute('data-kept', 'yes');
  await expect(card('Greenfield Dairy')).toHaveCount(1);
});
