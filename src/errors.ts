import type { InputProblem } from "./schema/describeIssues";

/** Thrown for input the library cannot evaluate; lists every problem with its field path, in Chinese and English. */
export class SubjectValidationError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    const lines = problems.map((p) => `  - ${p.path === "" ? "(subject)" : p.path}: ${p.message.zh} / ${p.message.en}`);
    super(`输入有误 / Invalid input (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${lines.join("\n")}`);
    this.name = "SubjectValidationError";
    this.problems = problems;
  }
}
