import { main } from "../../src/cli/main";

/** Runs the command line in this process, as neither stdout nor stderr a terminal; collects both. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t), outIsTerminal: false, errIsTerminal: false });
  return { code, out, err };
}
