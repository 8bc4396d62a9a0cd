/**
 * decimal.js methods the library never calls: trigonometry, roots, logarithms, powers, other bases,
 * fractions, random numbers. Each prototype method is listed by every name decimal.js gives it.
 */
export const UNUSED_METHODS: readonly (readonly string[])[] = [
  ["cosine", "cos"], ["cubeRoot", "cbrt"], ["hyperbolicCosine", "cosh"], ["hyperbolicSine", "sinh"], ["hyperbolicTangent", "tanh"],
  ["inverseCosine", "acos"], ["inverseHyperbolicCosine", "acosh"], ["inverseHyperbolicSine", "asinh"], ["inverseHyperbolicTangent", "atanh"],
  ["inverseSine", "asin"], ["inverseTangent", "atan"], ["logarithm", "log"], ["naturalExponential", "exp"], ["naturalLogarithm", "ln"],
  ["sine", "sin"], ["squareRoot", "sqrt"], ["tangent", "tan"], ["toBinary"], ["toFraction"], ["toHexadecimal", "toHex"], ["toNearest"],
  ["toOctal"], ["toPower", "pow"],
  // Kept code never calls these either: only the trigonometry and roots above did (neg, divToInt, sd,
  // toExponential), and the library rounds with toDecimalPlaces and prints with toFixed.
  ["clampedTo", "clamp"], ["dividedToIntegerBy", "divToInt"], ["modulo", "mod"], ["negated", "neg"], ["precision", "sd"],
  ["toExponential"], ["toPrecision"], ["toSignificantDigits", "toSD"],
];

/** The same for the constructor's own functions (Decimal.sqrt(x)…). */
export const UNUSED_STATICS: readonly string[] = [
  "acos", "acosh", "asin", "asinh", "atan", "atanh", "atan2", "cbrt", "clamp", "cos", "cosh", "exp", "hypot", "ln", "log", "log2", "log10", "mod", "pow", "random", "sin", "sinh", "sqrt", "tan", "tanh",
  // The library calls Decimal's methods on its numbers, never these functions of the constructor.
  "floor", "max", "min", "mul", "round", "sign", "sub", "sum", "trunc",
];

/**
 * decimal.js's source without the methods in UNUSED_METHODS and UNUSED_STATICS, so that a bundler
 * leaves out them and the helpers only they call (Taylor series, ln, exp, base conversion for
 * output). About 5 KB of a sheet build's gzip (44,058 → 38,747 B for the WPS macro). Throws if any listed method is not found
 * where decimal.js defines it: a new decimal.js that moved them must be looked at, not bundled whole.
 * Only the spreadsheet builds use this; the library keeps decimal.js whole.
 *
 * @example dropUnusedDecimalMethods(source).includes("P.sqrt") // false
 */
export function dropUnusedDecimalMethods(source: string): string {
  // decimal.js ships with CRLF line ends; each line keeps its own.
  const lines = source.split("\n");
  const text = (i: number) => lines[i]!.replace(/\r$/, "");
  const kept: string[] = [];
  const dropped = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    // A prototype method: `P.squareRoot = P.sqrt = function () {` up to its closing `};` at the same indent.
    const method = /^(\s*)P\.(\w+) = (?:P\.(\w+) = )?function\b/.exec(text(i));
    const names = method && [method[2]!, ...(method[3] ? [method[3]] : [])];
    if (method && UNUSED_METHODS.some((listed) => listed.join() === names!.join())) {
      const start = i;
      while (i < lines.length && text(i) !== `${method[1]}};`) i++;
      if (i === lines.length) throw new Error(`decimal.js: the end of ${names!.join("/")} (line ${start + 1}) was not found`);
      dropped.add(names!.join());
      continue;
    }
    // A constructor function: `Decimal.sqrt = sqrt;` in clone().
    const statics = /^\s*Decimal\.(\w+) = (\w+);(\s*\/\/ ES6)?$/.exec(text(i));
    if (statics && statics[1] === statics[2] && UNUSED_STATICS.includes(statics[1]!)) {
      dropped.add(`Decimal.${statics[1]}`);
      continue;
    }
    kept.push(lines[i]!);
  }
  const expected = [...UNUSED_METHODS.map((names) => names.join()), ...UNUSED_STATICS.map((name) => `Decimal.${name}`)];
  const missed = expected.filter((name) => !dropped.has(name));
  if (missed.length > 0) throw new Error(`decimal.js: not found where expected, so not dropped: ${missed.join(", ")}`);
  return kept.join("\n");
}
