/**
 * Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return), prefixed with an apostrophe so Excel and WPS show it as text (OWASP, CSV injection).
 *
 * @example neutralizeFormula("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
