import { describe, expect, it } from "vitest";
import { xlsxReadFailure } from "../../src/read/xlsxReadFailure";

// The reasons are those the workbook reader (src/read/xlsx) gives for real broken files (tests/cli/xlsx.test.ts makes them).
describe("xlsxReadFailure", () => {
  it.each([
    ["invalid signature: 0xe011cfd0", "无法读取 .xlsx 文件：这是旧版 .xls、WPS 的 .et 文件或设置了打开密码的工作簿，只是扩展名写成了 .xlsx：请在 WPS 或 Excel 中取消密码，并“另存为”Excel 工作簿（.xlsx）（invalid signature: 0xe011cfd0）", "cannot read the .xlsx file: this is an old .xls, a WPS .et file or a workbook with a password to open, named .xlsx: remove the password and save it as an Excel workbook (.xlsx) in WPS or Excel (invalid signature: 0xe011cfd0)"],
    ["invalid signature: 0x682c6469", "无法读取 .xlsx 文件：这不是 .xlsx 工作簿（.xlsx 是 zip 压缩包，这个文件不是；CSV 文件请用 .csv 扩展名）（invalid signature: 0x682c6469）", "cannot read the .xlsx file: this is not an .xlsx workbook (an .xlsx file is a zip archive, this is not; a CSV file needs the .csv extension) (invalid signature: 0x682c6469)"],
    ["FILE_ENDED", "无法读取 .xlsx 文件：文件不完整：是空的，或只有开头一部分（可能没有保存完，或复制、下载时中断）（FILE_ENDED）", "cannot read the .xlsx file: the file is incomplete: empty, or only its beginning (not fully saved, or cut short when copied or downloaded) (FILE_ENDED)"],
    ["invalid block type", "无法读取 .xlsx 文件：文件已损坏：压缩的数据有误（invalid block type）", "cannot read the .xlsx file: the file is damaged: its compressed data is wrong (invalid block type)"],
    ["invalid distance too far back", "无法读取 .xlsx 文件：文件已损坏：压缩的数据有误（invalid distance too far back）", "cannot read the .xlsx file: the file is damaged: its compressed data is wrong (invalid distance too far back)"],
    ["xml: the document ends inside a tag", "无法读取 .xlsx 文件：文件已损坏：工作表的内容（XML）有误（xml: the document ends inside a tag）", "cannot read the .xlsx file: the file is damaged: a sheet's content (XML) is wrong (xml: the document ends inside a tag)"],
    ["invalid compressed data (incorrect header check)", "无法读取 .xlsx 文件：文件已损坏：压缩的数据有误（invalid compressed data (incorrect header check)）", "cannot read the .xlsx file: the file is damaged: its compressed data is wrong (invalid compressed data (incorrect header check))"],
    ["something else", "无法读取 .xlsx 文件（something else）；WPS 的 .et 文件请先另存为 .xlsx", "cannot read the .xlsx file (something else); save a WPS .et file as .xlsx first"],
  ])("%s", (reason, zh, en) => {
    expect(xlsxReadFailure(reason)).toEqual({ zh, en });
  });
});
