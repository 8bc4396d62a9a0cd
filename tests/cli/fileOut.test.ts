import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { drainedOrClosed, fileOut } from "../../src/cli/fileOut";
import { OutputError } from "../../src/cli/outputError";

const dir = mkdtempSync(join(tmpdir(), "community-standards-fileOut-"));

// A stream that takes a turn of the event loop per chunk, so every write past its 4 bytes waits.
const slowStream = () => new Writable({ highWaterMark: 4, write: (_chunk, _encoding, done) => void setImmediate(done) });
const listeners = (s: Writable) => ({ drain: s.listenerCount("drain"), close: s.listenerCount("close"), error: s.listenerCount("error") });

describe("fileOut", () => {
  it("writes 24 chunks of 1.5 MiB, each past the 1 MiB buffer, whole and in order, with no listener-leak warning", async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      const path = join(dir, "big.csv");
      const sink = fileOut(path);
      const chunks = Array.from({ length: 24 }, (_, i) => `${String(i).padStart(2, "0")}${"社".repeat(512 * 1024 - 1)}\n`);
      for (const chunk of chunks) await sink.out(chunk);
      await sink.close();
      await new Promise((r) => setImmediate(r));
      expect(warnings.map((w) => w.name)).toEqual([]);
      const text = readFileSync(path, "utf8");
      // Two digits, 512 Ki − 1 characters of 社 and a line break: 512 Ki + 2 characters a chunk.
      expect(text.length).toBe(24 * (512 * 1024 + 2));
      expect(text.split("\n").slice(0, 24).map((line) => line.slice(0, 2))).toEqual(chunks.map((c) => c.slice(0, 2)));
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("a full disk (/dev/full) rejects at the close, or at the next write, with OutputError ENOSPC", async () => {
    const sink = fileOut("/dev/full");
    await sink.out("主体\r\n");
    const failure = await sink.close().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OutputError);
    expect((failure as OutputError).code).toBe("ENOSPC");
    expect(() => sink.out("更多\r\n")).toThrow(OutputError);
  });

  // CI met this once: a failed write destroys the stream at once, but its 'error' comes only after
  // the file is closed, and a close asked for in between threw a TypeError instead of ENOSPC.
  // Delaying fs.close (Node's file streams call it through the fs module) holds that window open.
  it("a close asked for after the failed write, before Node has said 'error', still rejects with ENOSPC", async () => {
    const fs = createRequire(import.meta.url)("node:fs") as { close: (fd: number, done: (e: Error | null) => void) => void };
    const close = fs.close;
    fs.close = (fd, done) => void setTimeout(() => close(fd, done), 50);
    try {
      const sink = fileOut("/dev/full");
      await sink.out("主体\r\n");
      await new Promise((r) => setTimeout(r, 20));
      const failure = await sink.close().catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(OutputError);
      expect((failure as OutputError).code).toBe("ENOSPC");
      expect(() => sink.out("更多\r\n")).toThrow(OutputError);
    } finally {
      fs.close = close;
    }
  });
});

describe("drainedOrClosed", () => {
  it("resolves on each drain and leaves the stream's listeners as they were, wait after wait", async () => {
    const stream = slowStream();
    const before = listeners(stream);
    for (let i = 0; i < 3; i++) {
      const waiting = drainedOrClosed(stream);
      expect(listeners(stream)).toEqual({ ...before, drain: before.drain + 1, close: before.close + 1 });
      stream.emit("drain");
      await waiting;
      expect(listeners(stream)).toEqual(before);
    }
  });

  it("resolves when the stream closes instead (a failed write), leaving no listener", async () => {
    const stream = slowStream();
    const before = listeners(stream);
    const waiting = drainedOrClosed(stream);
    stream.destroy();
    await waiting;
    expect(listeners(stream)).toEqual(before);
  });

  it("resolves at once for a stream already destroyed, which will never drain", async () => {
    const stream = slowStream();
    stream.destroy();
    await new Promise((r) => setImmediate(r));
    await expect(drainedOrClosed(stream)).resolves.toBeUndefined();
  });
});
