import { once } from "node:events";
import { main } from "./main";

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

// The `community-standards` executable. Output waits for the pipe to drain, so a 100,000-row
// check never piles its whole report up in memory.
main(process.argv.slice(2), {
  out: (text) => (text === "" || process.stdout.write(text) ? undefined : once(process.stdout, "drain").then(() => undefined)),
  err: (text) => void process.stderr.write(text),
  outIsTerminal: process.stdout.isTTY === true,
  errIsTerminal: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
