import { readFile } from "node:fs/promises";
import ts from "typescript";

/**
 * Source of a rules/ file without the `note` properties of its object literals (rules, the rows
 * of rule tables, documents). The spreadsheet builds show no notes (a finding there is a status,
 * figures and a message), and the notes' English prose is about 2 KB of the 40 KB gzip budget.
 * Nothing else changes: the library, the CLI and their tests keep every note.
 *
 * @example dropRuleNotes('defineRule({ id: "x", note: "why" })') // 'defineRule({ id: "x" });\n'
 */
export function dropRuleNotes(source: string, fileName = "rule.ts"): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const isNote = (p: ts.ObjectLiteralElementLike) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === "note";
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

/** An esbuild plugin that drops the rules' notes from every file under rules/. */
export const dropRuleNotesPlugin = {
  name: "drop-rule-notes",
  setup(build: { onLoad(options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: "ts" }>): void }) {
    build.onLoad({ filter: /[\\/]rules[\\/].*\.ts$/ }, async ({ path }) => ({ contents: dropRuleNotes(await readFile(path, "utf8"), path), loader: "ts" }));
  },
};
