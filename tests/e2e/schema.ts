import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// docs/workshop.schema.json documents the saved format exactly; any JSON the
// app writes (a fixture, a download) must match it, field for field.
const schema = JSON.parse(readFileSync(join(__dirname, '../../docs/workshop.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/**
 * What is wrong with a saved workshop file's text by the schema, one line
 * per fault ("/workshop/measures/3/emphasis must be <= 5"); empty when it
 * is valid. Text that is not JSON at all is one fault.
 */
export function validateWorkshopFile(text: string): string[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
