import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileOut } from "../../src/cli/fileOut";
import { OutputError } from "../../src/cli/outputError";

const dir = mkdtempSync(join(tmpdir(), "community-standards-fileOut-"));


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

  // Texts are gathered into 1 MiB chunks before they reach the file; a text is never split across
  // chunks in the wrong place, nor a surrogate pair (𠀀, 4 bytes of UTF-8) cut in two.
  const small = (i: number) => `c${i},社区${"图".repeat(i % 97)}😀𠀀,${i % 7 === 0 ? "" : "达标"}\r\n`;
  it.each([
    ["40,000 small texts, across several chunks", Array.from({ length: 40_000 }, (_, i) => small(i))],
    ["small texts around texts larger than a chunk", Array.from({ length: 3_000 }, (_, i) => (i % 1_000 === 500 ? "长".repeat(400_000) : small(i)))],
    ["texts that fill a chunk to its last bytes", Array.from({ length: 30 }, (_, i) => "a".repeat((1 << 20) / 3 - 1 + (i % 3)))],
    ["empty texts between others", ["", small(1), "", "", small(2), ""]],
  ])("writes %s whole and in order", async (_, texts) => {
    const path = join(dir, "texts.csv");
    const sink = fileOut(path);
    for (const text of texts) await sink.out(text);
    await sink.close();
    expect(readFileSync(path).equals(Buffer.from(texts.join("")))).toBe(true);
  });

  // A file's CSV goes as pieces (src/report/writers.ts, subjectInto): texts and bytes of lines put
  // before, many to a subject, then ready(). A piece never straddles chunks in the wrong order.
  it("writes texts and bytes put between waits whole and in order, around pieces larger than a chunk", async () => {
    const path = join(dir, "pieces.csv");
    const sink = fileOut(path);
    const line = Buffer.from("c1,,社区,longgang-2005/party-secretary,达标,指导,1,1,,,龙岗（2005）,第十二条,社区党组织书记人数：达标。\r\n");
    const big = Buffer.from("大".repeat(400_000));
    const expected: Buffer[] = [];
    for (let i = 0; i < 20_000; i++) {
      const text = small(i);
      sink.text(text);
      expected.push(Buffer.from(text));
      const bytes = i % 5_000 === 2_500 ? big : line;
      sink.bytes(bytes);
      expected.push(bytes);
      if (i % 38 === 37) await sink.ready();
    }
    await sink.close();
    expect(readFileSync(path).equals(Buffer.concat(expected))).toBe(true);
    expect(Buffer.from(sink.encode("社区𠀀")).toString("utf8")).toBe("社区𠀀");
  });

  it("waits for a slow disk rather than holding the report: with every write 10 ms late, at most 3 MiB is ahead of the disk", async () => {
    type Callback = (error: Error | null, bytes: number) => void;
    const fs = createRequire(import.meta.url)("node:fs") as Record<"write" | "writev", (...args: unknown[]) => void>;
    const original = { write: fs.write, writev: fs.writev };
    let written = 0;
    const late = (f: (...args: unknown[]) => void) => (...args: unknown[]) => {
      const done = args.pop() as Callback;
      f(...args, (error: Error | null, bytes: number) => void setTimeout(() => ((written += bytes), done(error, bytes)), 10));
    };
    fs.write = late(original.write);
    fs.writev = late(original.writev);
    try {
      const path = join(dir, "slow.csv");
      const sink = fileOut(path);
      const texts = Array.from({ length: 40 }, (_, i) => `${i}`.padEnd(300_000, "a"));
      let given = 0;
      let ahead = 0;
      for (const text of texts) {
        await sink.out(text);
        given += text.length;
        ahead = Math.max(ahead, given - written);
      }
      await sink.close();
      // Two 1 MiB chunks held for the disk, and the one being filled.
      expect(ahead).toBeLessThanOrEqual(3 << 20);
      expect(ahead).toBeGreaterThan(1 << 20);
      expect(readFileSync(path, "latin1")).toBe(texts.join(""));
    } finally {
      Object.assign(fs, original);
    }
  });

  // Chunks the disk has written are filled again. A chunk reused too early would overwrite bytes
  // still waiting for the disk: with every write late and each text its own, the file says so.
  it("fills at most four 1 MiB chunks (three ahead of the disk, one being filled) for 60 MiB of texts, and reuses none before the disk has written it", async () => {
    type Callback = (error: Error | null, bytes: number) => void;
    const fs = createRequire(import.meta.url)("node:fs") as Record<"write" | "writev", (...args: unknown[]) => void>;
    const original = { write: fs.write, writev: fs.writev };
    const late = (f: (...args: unknown[]) => void) => (...args: unknown[]) => {
      const done = args.pop() as Callback;
      // The bytes are read when the write completes, as a disk that takes its time would.
      setTimeout(() => f(...args, done), 2);
    };
    fs.write = late(original.write);
    fs.writev = late(original.writev);
    const allocUnsafe = Buffer.allocUnsafe;
    let chunks = 0;
    Buffer.allocUnsafe = ((size: number) => ((chunks += size === 1 << 20 ? 1 : 0), allocUnsafe(size))) as typeof Buffer.allocUnsafe;
    try {
      const path = join(dir, "reused.csv");
      const sink = fileOut(path);
      const texts = Array.from({ length: 600 }, (_, i) => `${String(i).padStart(4, "0")}`.padEnd(100_000, String.fromCharCode(97 + (i % 26))));
      for (const text of texts) await sink.out(text);
      await sink.close();
      expect(readFileSync(path, "latin1")).toBe(texts.join(""));
      expect(chunks).toBeGreaterThan(0);
      expect(chunks).toBeLessThanOrEqual(4);
    } finally {
      Buffer.allocUnsafe = allocUnsafe;
      Object.assign(fs, original);
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
