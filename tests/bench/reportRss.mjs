// Preloaded into a command under measurement (node --import): prints its peak resident memory on exit.
// Threads share the process's memory: only the main thread reports it, when the process ends.
import { writeSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

if (isMainThread) process.on("exit", () => writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
