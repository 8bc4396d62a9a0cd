// A Stryker ignorer (tests/mutation/stryker.config.json, "ignorers"): mutants no test can tell apart,
// because they change what is computed, never what is returned.
// - `typeof __SHEETS__ === "undefined"` is a build switch: the spreadsheet builds define __SHEETS__
//   and drop what follows; the library, which the tests run, never does. Mutating it tests the build,
//   not the code (tests/sheets check the builds).
// - `if (… explaining()) step(() => …)` skips building an explanation step nobody asked for; `step`
//   itself records nothing then, so a guard mutated to `true` (or `||`) returns the same. The steps'
//   texts stay mutated and tested (tests/engine/explain.test.ts, tests/checks).
import { PluginKind, declareClassPlugin } from "@stryker-mutator/api/plugin";

const isSheetsSwitch = (node) =>
  node.type === "BinaryExpression" && node.left.type === "UnaryExpression" && node.left.operator === "typeof" && node.left.argument.type === "Identifier" && node.left.argument.name === "__SHEETS__";

const callsExplaining = (node) =>
  node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "explaining";

const isStepCall = (statement) =>
  statement?.type === "ExpressionStatement" && statement.expression.type === "CallExpression" && statement.expression.callee.type === "Identifier" && statement.expression.callee.name === "step";

class BuildSwitchIgnorer {
  shouldIgnore(path) {
    if (isSheetsSwitch(path.node)) return "a build switch: the library build under test always takes it";
    const parent = path.parentPath;
    if (parent?.isIfStatement() && path.key === "test" && isStepCall(parent.node.consequent)) {
      const test = path.node;
      if (callsExplaining(test) || (test.type === "LogicalExpression" && (callsExplaining(test.right) || callsExplaining(test.left)))) {
        return "a guard that only skips an explanation step nobody asked for (step records nothing then)";
      }
    }
    return undefined;
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Ignore, "build-switches", BuildSwitchIgnorer)];
