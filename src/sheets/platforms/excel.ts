// The Excel custom functions' global. Excel shows returned text as text, so an error is thrown as
// CustomFunctions.Error, and a `#VALUE! …` cell inside a range becomes that error in its place.
// Every result is a matrix, as functions.json declares.
import { adapt } from "./adapt";

interface CustomFunctionsApi {
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: { invalidValue: string };
}
declare const CustomFunctions: CustomFunctionsApi;

const PREFIX = "#VALUE! ";
const errorOf = (message: string) => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
const cellOf = (cell: unknown) => (typeof cell === "string" && cell.startsWith(PREFIX) ? errorOf(cell.slice(PREFIX.length)) : cell);

export const functions = adapt((fn) => {
  let result: unknown;
  try {
    result = fn();
  } catch (error) {
    throw errorOf(error instanceof Error ? error.message : String(error));
  }
  const rows = Array.isArray(result) && result.every(Array.isArray) ? (result as unknown[][]) : [[result]];
  return rows.map((row) => row.map(cellOf));
});
