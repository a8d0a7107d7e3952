import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkshopFile } from './schema';

// Node only: no page is opened. Every saved file the app has written (the
// fixtures kept for good, and the large benchmark workshop written by the
// real encoder before the end-to-end run) matches docs/workshop.schema.json,
// and a broken copy does not, so that the schema is known to check something.

const root = join(__dirname, '../..');
const fixtures = join(root, 'core/tests/fixtures');
const largeWorkshop = join(root, 'target/large-workshop.json');

const fixtureFiles = readdirSync(fixtures).filter((name) => name.endsWith('.json'));

test('the fixtures folder holds a file of every schema', () => {
  expect(fixtureFiles).toEqual(expect.arrayContaining(['schema-1-first-writer.json', 'schema-2.json', 'schema-3.json']));
});

for (const name of fixtureFiles) {
  test(`fixture ${name} matches the schema`, () => {
    expect(validateWorkshopFile(readFileSync(join(fixtures, name), 'utf8'))).toEqual([]);
  });
}

test('the large benchmark workshop matches the schema', () => {
  expect(
    existsSync(largeWorkshop),
    `${largeWorkshop} is missing: make test-e2e writes it (cargo run -p scorecard-core --example large_workshop > target/large-workshop.json)`,
  ).toBe(true);
  expect(validateWorkshopFile(readFileSync(largeWorkshop, 'utf8'))).toEqual([]);
});

test('a broken copy is rejected with the field at fault', () => {
  const valid = JSON.parse(readFileSync(join(fixtures, 'schema-2.json'), 'utf8'));

  const offScale = structuredClone(valid);
  offScale.workshop.measures[3].emphasis = 9;
  expect(validateWorkshopFile(JSON.stringify(offScale))).toContain('/workshop/measures/3/emphasis must be <= 5');

  const unnamed = structuredClone(valid);
  delete unnamed.workshop.measures[0].name;
  expect(validateWorkshopFile(JSON.stringify(unnamed))).toContain("/workshop/measures/0 must have required property 'name'");

  const misdated = structuredClone(valid);
  misdated.workshop.conversations[0].date = '22/11/2026';
  expect(validateWorkshopFile(JSON.stringify(misdated)).join('\n')).toContain('/workshop/conversations/0/date must match pattern');

  const unknown = structuredClone(valid);
  unknown.workshop.mood = 'not in schema 2';
  expect(validateWorkshopFile(JSON.stringify(unknown))).toContain('/workshop must NOT have additional properties');

  expect(validateWorkshopFile('{"schema": 2, "work')[0]).toMatch(/^not JSON/);
});
