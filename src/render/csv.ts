// CSV for spreadsheets. A text cell that starts like a formula (=, +, -, @, or a tab or carriage
// return before one) is run as a formula when the file is opened in Excel, LibreOffice or Google
// Sheets: "=HYPERLINK(…)" in a partner's name would become a live link, "=cmd|…" a command. As
// OWASP advises, such cells get a leading apostrophe, so spreadsheets read them as text.
// Numbers stay numbers: only string cells are changed, so give numeric columns as numbers.
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number;

/** The characters a spreadsheet reads as the start of a formula, with their full-width forms, which some spreadsheets treat alike. */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** A text cell a spreadsheet shows as text, never runs. */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvText(columns: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return stringify(rows as CsvCell[][], { header: true, columns: [...columns], record_delimiter: '\r\n', cast: { string: inertCell } });
}
