// npm run release [folder]: what a street office is handed, after the build: a folder and a zip of
// it holding the offline page, the template, the spreadsheet functions and the Chinese guide.
// Names are Chinese, as clerks read them; the zip marks them UTF-8 (Windows 10+, 7-Zip, WinRAR and
// 360压缩 read that mark).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import JSZip from "jszip";

const ROOT = resolve(import.meta.dirname, "..");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const out = resolve(process.argv[2] ?? join(ROOT, "release"));
const name = `社区建设标准核查-${version}`;
const folder = join(out, name);

const need = (path) => {
  if (!existsSync(join(ROOT, path))) throw new Error(`${path} is missing: run npm run build first`);
  return join(ROOT, path);
};

rmSync(folder, { recursive: true, force: true });
rmSync(`${folder}.zip`, { force: true });
mkdirSync(folder, { recursive: true });
cpSync(need("dist/web/社区建设标准核查.html"), join(folder, "社区建设标准核查.html"));
execFileSync(process.execPath, [need("dist/cli.js"), "template", "--output", join(folder, "社区建设标准填报模板.xlsx")], { stdio: "pipe" });
// Notepad on older Windows needs the byte-order mark to read UTF-8, and CRLF line ends.
writeFileSync(join(folder, "使用说明.txt"), `\uFEFF${readFileSync(need("docs/使用说明.md"), "utf8").replace(/\r?\n/g, "\r\n")}`);
cpSync(need("dist/sheets/wps/macro.js"), join(folder, "表格函数/WPS宏/macro.js"));
cpSync(need("dist/sheets/wps/addin"), join(folder, "表格函数/WPS加载项"), { recursive: true });
cpSync(need("dist/sheets/excel"), join(folder, "表格函数/Excel加载项"), { recursive: true });

const files = (dir) => readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? files(join(dir, entry)) : [join(dir, entry)]));
const zip = new JSZip();
const fixed = new Date(Date.UTC(2000, 0, 1));
for (const file of files(folder).sort()) zip.file(`${name}/${relative(folder, file).split("\\").join("/")}`, readFileSync(file), { date: fixed });
writeFileSync(`${folder}.zip`, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "DOS" }));
console.log(`${relative(process.cwd(), folder)}/ and ${relative(process.cwd(), folder)}.zip (${(statSync(`${folder}.zip`).size / 1024).toFixed(0)} KB):`);
for (const file of files(folder).sort()) console.log(`  ${relative(folder, file)}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
