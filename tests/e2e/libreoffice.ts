import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Opens a CSV the app downloaded in LibreOffice Calc, headless, and reads
// back what the spreadsheet made of each cell, so that an end-to-end test
// can prove that no text typed in the app becomes a formula.
// core/tests/csv_libreoffice.rs does the same natively: keep the filter and
// its options in step with it.

const CSV_FILTER = 'Text - txt - csv (StarCalc)';

// The CSV import options, token by token (LibreOffice help, "CSV Filter Options"):
//  1. 44     fields separated by commas;
//  2. 34     text delimited by double quotes;
//  3. 76     UTF-8;
//  4. 1      read from the first line;
//  5. empty  every column "Standard": numbers and formulas are detected;
//  6. 1033   English (USA), so that -3.5 is a number whatever the machine's language;
//  7. false  "Quoted field as text" off: quoting alone must not be what keeps
//            a cell from being a formula;
//  8. false  "Detect special numbers" off, the dialog's default;
//  9-12.     export only, ignored on import;
// 13. true   "Evaluate formulas" on: a cell starting with = becomes a formula,
//            as Excel makes it. The help gives false as the default; saying
//            true keeps the test strict on every version.
const FILTER_OPTIONS = '44,34,76,1,,1033,false,false,false,false,false,0,true';

export interface SpreadsheetCell {
  /** What the cell shows, its lines joined by "\n". */
  text: string;
  /** "string", "float", "date"…, or "" for an empty cell. */
  type: string;
  /** True when the spreadsheet took the cell for a formula. */
  formula: boolean;
  /** The number a "float" cell holds, as LibreOffice writes it. */
  value: string | null;
}

/** The first sheet of `csvPath` as LibreOffice reads it: rows of cells, the header first. */
export async function spreadsheetCells(csvPath: string): Promise<SpreadsheetCell[][]> {
  // A profile of its own: Playwright runs tests in parallel, and two
  // LibreOffice processes sharing one profile wait on each other's lock.
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-libreoffice-'));
  try {
    try {
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--headless',
          '--norestore',
          `--infilter=${CSV_FILTER}:${FILTER_OPTIONS}`,
          '--convert-to',
          'fods',
          '--outdir',
          dir,
          csvPath,
        ],
        { stdio: 'pipe' },
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error(
          'LibreOffice is not installed (no `soffice` command), and this test opens the CSV exports in it. ' +
            'Run `make test`, or scripts/setup.sh, which installs it.',
        );
      }
      throw error;
    }
    const fods = readFileSync(join(dir, basename(csvPath).replace(/\.[^.]*$/, '') + '.fods'), 'utf8');
    return rowsOf(fods);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// LibreOffice writes flat ODS in one well-known shape, so a few string
// searches read it without an XML library.
function rowsOf(fods: string): SpreadsheetCell[][] {
  const sheet = fods.split('</table:table>')[0];
  return sheet
    .split('<table:table-row')
    .slice(1)
    .map((row) => row.split('</table:table-row>')[0].split('<table:table-cell').slice(1).flatMap(cellsOf));
}

/** One cell element, from just after its name; a run of empty cells is one element with a repeat count. */
function cellsOf(element: string): SpreadsheetCell[] {
  const end = element.indexOf('>');
  const tag = element.slice(0, end);
  const content = tag.endsWith('/') ? '' : element.slice(end + 1).split('</table:table-cell>')[0];
  const cell: SpreadsheetCell = {
    text: textOf(content),
    type: attribute(tag, 'office:value-type') ?? '',
    formula: attribute(tag, 'table:formula') !== null,
    value: attribute(tag, 'office:value'),
  };
  return Array.from({ length: Number(attribute(tag, 'table:number-columns-repeated') ?? 1) }, () => cell);
}

function attribute(tag: string, name: string): string | null {
  const found = new RegExp(` ${name}="([^"]*)"`).exec(tag);
  return found ? unescaped(found[1]) : null;
}

/** The cell's paragraphs one per line, with the elements that stand for spaces, tabs and line breaks put back. */
function textOf(content: string): string {
  const paragraphs = content.matchAll(/<text:p(?:\s[^>]*)?\/>|<text:p(?:\s[^>]*)?>([\s\S]*?)<\/text:p>/g);
  return Array.from(paragraphs, ([, inner = '']) =>
    unescaped(
      inner
        .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, count = '1') => ' '.repeat(Number(count)))
        .replace(/<text:tab\/>/g, '\t')
        .replace(/<text:line-break\/>/g, '\n')
        .replace(/<[^>]*>/g, ''),
    ),
  ).join('\n');
}

function unescaped(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
