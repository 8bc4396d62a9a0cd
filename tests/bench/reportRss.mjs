// Preloaded into a command under measurement (node --import): prints its peak resident memory on exit.
import { writeSync } from "node:fs";

process.on("exit", () => writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
