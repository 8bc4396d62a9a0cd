// Peak memory and time of the command line on hostile workbooks (issue 23): `npm run bench:bombs`.
// Each bomb is written as a real zip, streamed through zlib so that even a gigabyte of XML is never
// held here, and checked by the built command line in its own process; its peak RSS is its own.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants, crc32, deflateRawSync } from "node:zlib";

const cli = new URL("../../dist/cli.js", import.meta.url).pathname;
const preload = new URL("./reportRss.mjs", import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), "community-standards-bombs-"));
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A zip of parts, each given as a function that yields its text in pieces (deflated piece by piece). */
function writeZip(file, parts) {
  const fd = openSync(file, "w");
  let offset = 0;
  const central = [];
  const out = (bytes) => {
    writeSync(fd, bytes);
    offset += bytes.length;
  };
  for (const [name, pieces] of parts) {
    const nameBytes = Buffer.from(name);
    // Each piece deflated on its own and sync-flushed (byte-aligned, not final), then one final empty
    // block: together one valid deflate stream, and no piece is held longer than it takes to squeeze.
    const chunks = [];
    let crc = 0;
    let size = 0;
    for (const piece of pieces()) {
      const bytes = Buffer.from(piece);
      crc = crc32(bytes, crc);
      size += bytes.length;
      chunks.push(deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
    }
    chunks.push(deflateRawSync(Buffer.alloc(0)));
    const data = Buffer.concat(chunks);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    header.writeUInt16LE(nameBytes.length, 26);
    central.push({ nameBytes, crc, compressed: data.length, size, at: offset });
    out(header);
    out(nameBytes);
    out(data);
  }
  const start = offset;
  for (const e of central) {
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(e.crc >>> 0, 16);
    record.writeUInt32LE(e.compressed, 20);
    record.writeUInt32LE(Math.min(e.size, 0xffffffff), 24);
    record.writeUInt16LE(e.nameBytes.length, 28);
    record.writeUInt32LE(e.at, 42);
    out(record);
    out(e.nameBytes);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(offset - start, 12);
  end.writeUInt32LE(start, 16);
  out(end);
  closeSync(fd);
}

/** A workbook of one sheet whose XML comes in pieces, with shared strings if given. */
function bomb(name, sheetPieces, stringPieces) {
  const file = join(dir, name);
  const once = (text) => function* () {
    yield text;
  };
  writeZip(file, [
    ["[Content_Types].xml", once('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')],
    ["_rels/.rels", once(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)],
    ["xl/_rels/workbook.xml.rels", once(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${stringPieces ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`)],
    ["xl/workbook.xml", once(`<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>`)],
    ["xl/worksheets/sheet1.xml", sheetPieces],
    ...(stringPieces ? [["xl/sharedStrings.xml", stringPieces]] : []),
  ]);
  return file;
}

const MB = 1024 * 1024;
const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c></row>';
const BOMBS = [
  ["a cell of 100 MB", () => bomb("cell-100mb.xlsx", function* () {
    yield `<?xml version="1.0"?><worksheet ${NS}><sheetData>${header}<row r="2"><c r="A2" t="inlineStr"><is><t>c1</t></is></c><c r="B2" t="inlineStr"><is><t>`;
    for (let i = 0; i < 100; i++) yield "龙".repeat(MB / 3);
    yield "</t></is></c></row></sheetData></worksheet>";
  })],
  ["1 GB of white space between two cells", () => bomb("space-1gb.xlsx", function* () {
    yield `<?xml version="1.0"?><worksheet ${NS}><sheetData>${header}`;
    for (let i = 0; i < 1024; i++) yield " ".repeat(MB);
    yield "</sheetData></worksheet>";
  })],
  ["2,000,001 shared strings", () => bomb("strings-2m.xlsx", function* () {
    yield `<?xml version="1.0"?><worksheet ${NS}><sheetData>${header}</sheetData></worksheet>`;
  }, function* () {
    yield `<?xml version="1.0"?><sst ${NS}>`;
    for (let i = 0; i < 2_000_001; i += 10_000) yield Array.from({ length: Math.min(10_000, 2_000_001 - i) }, (_, j) => `<si><t>社区${i + j}</t></si>`).join("");
    yield "</sst>";
  })],
  ["a shared string of 400 MB", () => bomb("string-400mb.xlsx", function* () {
    yield `<?xml version="1.0"?><worksheet ${NS}><sheetData>${header}</sheetData></worksheet>`;
  }, function* () {
    yield `<?xml version="1.0"?><sst ${NS}><si><t>`;
    for (let i = 0; i < 400; i++) yield "a".repeat(MB);
    yield "</t></si></sst>";
  })],
];

console.log("bomb | file | peak RSS | time | what the command line said");
console.log("--- | --- | --- | --- | ---");
for (const [name, make] of BOMBS) {
  const file = make();
  const { size } = statSync(file);
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", preload, cli, "check", file], { encoding: "utf8", maxBuffer: 64 * MB });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rss = Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  const said = result.stderr.split("\n").find((line) => line.includes("无法读取")) ?? result.stderr.slice(0, 200);
  console.log(`${name} | ${(size / 1024).toFixed(0)} KB | ${rss.toFixed(0)} MB | ${seconds} s | exit ${result.status}: ${said.replace(/^.*?: /, "").slice(0, 90)}`);
}
