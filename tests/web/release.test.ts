// `npm run release` as a street office receives it: the zip unpacked, the page opened from the
// unpacked folder by double-click (file://), the template beside it filled in and checked.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "./browser";

const ROOT = resolve(__dirname, "../..");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const NAME = `社区建设标准核查-${version}`;
let dir: string;

const files = (at: string): string[] => readdirSync(at).flatMap((entry) => (statSync(join(at, entry)).isDirectory() ? files(join(at, entry)).map((f) => `${entry}/${f}`) : [entry]));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "release-"));
  execFileSync(process.execPath, [join(ROOT, "scripts/release.mjs"), dir], { cwd: ROOT, stdio: "pipe" });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run release", () => {
  it("writes the page, the template, the guide and the spreadsheet functions, and a zip of the same files", async () => {
    const folder = join(dir, NAME);
    const listed = files(folder).sort();
    expect(listed).toEqual(
      expect.arrayContaining(["社区建设标准核查.html", "社区建设标准填报模板.xlsx", "使用说明.txt", "表格函数/WPS宏/macro.js", "表格函数/WPS加载项/manifest.xml", "表格函数/Excel加载项/manifest.xml", "表格函数/Excel加载项/functions.js"]),
    );
    expect(readFileSync(join(folder, "社区建设标准核查.html")).equals(readFileSync(join(ROOT, "dist/web/社区建设标准核查.html")))).toBe(true);
    const guide = readFileSync(join(folder, "使用说明.txt"), "utf8");
    expect(guide.startsWith("\uFEFF# 社区建设标准核查 使用说明\r\n")).toBe(true);
    expect(guide).not.toMatch(/[^\r]\n/);
    const zipped = await JSZip.loadAsync(readFileSync(join(dir, `${NAME}.zip`)));
    const entries = Object.values(zipped.files).filter((f) => !f.dir).map((f) => f.name.slice(NAME.length + 1)).sort();
    expect(entries).toEqual(listed);
    for (const file of listed) expect(Buffer.from(await zipped.file(`${NAME}/${file}`)!.async("uint8array")).equals(readFileSync(join(folder, file))), file).toBe(true);
  }, 60_000);

  it("marks the zip's Chinese names as UTF-8, so Windows shows them", () => {
    const zip = readFileSync(join(dir, `${NAME}.zip`));
    let local = 0;
    for (let at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 4)) {
      const flags = zip.readUInt16LE(at + 6);
      const nameLength = zip.readUInt16LE(at + 26);
      const name = zip.subarray(at + 30, at + 30 + nameLength);
      if (name.some((b) => b >= 0x80)) expect(flags & 0x800, name.toString("utf8")).toBe(0x800);
      local += 1;
    }
    expect(local).toBeGreaterThan(10);
  });

  it("unpacked, the page opens from its folder and checks the template shipped beside it", async () => {
    const unpacked = join(dir, "unpacked");
    const zipped = await JSZip.loadAsync(readFileSync(join(dir, `${NAME}.zip`)));
    for (const file of Object.values(zipped.files).filter((f) => !f.dir)) {
      const target = join(unpacked, file.name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await file.async("uint8array"));
    }
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on("request", (r) => void requests.push(r.url()));
      await page.goto(pathToFileURL(join(unpacked, NAME, "社区建设标准核查.html")).href);
      await page.fill("#asOf", "2013-06-30");
      await page.setInputFiles("#file", join(unpacked, NAME, "社区建设标准填报模板.xlsx"));
      await page.waitForSelector("#results:not([hidden]), .message.error", { timeout: 60_000 });
      expect(await page.textContent("#summary")).toMatch(/^社区建设标准填报模板\.xlsx：共 \d+ 个主体/);
      expect(await page.locator("#problemsBox").isHidden()).toBe(true);
      expect(requests.filter((url) => !/^(file|blob|data):/.test(url))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
