/**
 * Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return), prefixed with an apostrophe so Excel and WPS show it as text (OWASP, CSV injection).
 *
 * @example neutralizeFormula("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 */
export function neutralizeFormula(text: string): string {
  // The first character alone, not a regular expression: this runs for every cell of a report.
  const first = text.charCodeAt(0);
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13 ? `'${text}` : text;
}
