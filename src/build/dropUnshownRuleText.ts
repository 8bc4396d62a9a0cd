import { readFile } from "node:fs/promises";
import ts from "typescript";

// What no spreadsheet function shows: a finding there is a status, figures and a message (with
// the article), never the rule's note or the document's words.
const UNSHOWN = new Set(["note", "quote", "displayQuote"]);

/**
 * Source of a rules/ file without the `note`, `quote` and `displayQuote` properties of its object
 * literals (rules, the rows of rule tables, documents). The notes' English prose and the quotes
 * are about 3 KB of the sheet builds' 40 KB gzip budget. Only the spreadsheet builds use this: the
 * library, the CLI and their tests keep every note and quote.
 *
 * @example dropUnshownRuleText('defineRule({ id: "x", note: "why" })') // 'defineRule({ id: "x" });\n'
 */
export function dropUnshownRuleText(source: string, fileName = "rule.ts"): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const isNote = (p: ts.ObjectLiteralElementLike) => p.name !== undefined && ts.isIdentifier(p.name) && UNSHOWN.has(p.name.text);
  const transformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isObjectLiteralExpression(node) && node.properties.some(isNote)) {
        const kept = node.properties.filter((p) => !isNote(p));
        return ts.visitEachChild(context.factory.updateObjectLiteralExpression(node, kept), visit, context);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => ts.visitNode(root, visit) as ts.SourceFile;
  };
  const result = ts.transform(file, [transformer]);
  const printed = ts.createPrinter().printFile(result.transformed[0]!);
  result.dispose();
  return printed;
}

/** An esbuild plugin that drops the rules' notes and quotes from every file under rules/. */
export const dropUnshownRuleTextPlugin = {
  name: "drop-unshown-rule-text",
  setup(build: { onLoad(options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: "ts" }>): void }) {
    build.onLoad({ filter: /[\\/]rules[\\/].*\.ts$/ }, async ({ path }) => ({ contents: dropUnshownRuleText(await readFile(path, "utf8"), path), loader: "ts" }));
  },
};
