import { readFileSync } from "node:fs";
import { it } from "vitest";
import { pdfTextSizes } from "../web/pdfTextSizes";
it("sizes", () => { const s = pdfTextSizes(readFileSync("/tmp/lo/r.pdf")); const c: Record<string, number> = {}; for (const x of s) c[x.toFixed(2)] = (c[x.toFixed(2)] ?? 0) + 1; console.log(JSON.stringify(c)); });
