import { parseArgs } from "node:util";
import { OPTIONS } from "./options";

/**
 * How many threads a command runs on: 2 when it asks for them (`--threads 2`) to check a CSV file
 * into a CSV file (`--format csv --output`), else 1. Anything the command says wrong is left to
 * the check itself, on one thread, which says it.
 *
 * @example threadsFor(["check", "社区.csv", "--format", "csv", "--output", "报告.csv", "--threads", "2"]) // 2
 */
export function threadsFor(argv: readonly string[]): 1 | 2 {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch {
    return 1;
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  const csvIntoFile = command === "check" && file !== undefined && extra.length === 0 && /\.csv$/i.test(file) && values.format === "csv" && values.output !== undefined;
  return csvIntoFile && values.threads === "2" && !values.help ? 2 : 1;
}
