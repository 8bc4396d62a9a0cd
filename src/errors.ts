import type { InputProblem } from "./types";

const SHOWN = 100;

/** Thrown for input the library cannot evaluate; lists every problem with its field path, in Chinese and English. */
export class SubjectValidationError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    // The message lists the first hundred; `problems` keeps them all.
    const lines = problems.slice(0, SHOWN).map((p) => `  - ${p.path === "" ? "(subject)" : p.path}: ${p.message.zh} / ${p.message.en}`);
    if (problems.length > SHOWN) lines.push(`  … 另有 ${problems.length - SHOWN} 处 / and ${problems.length - SHOWN} more`);
    super(`输入有误 / Invalid input (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${lines.join("\n")}`);
    this.name = "SubjectValidationError";
    this.problems = problems;
  }
}
