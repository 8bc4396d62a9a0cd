// The Apps Script bundle's global (`CommunityStandards`): the functions the top-level wrappers
// call, plus rowToSubject for scripts. Google Sheets shows a thrown error as #ERROR! with its text.
import { adapt } from "./adapt";

export { rowToSubject } from "../../flat/rowToSubject";
export const functions = adapt((fn) => fn());
