import type * as z from "zod/mini";
import { isDayText } from "../dates/isDayText";

/** What a compiled validator gives for input zod would refuse, or input it does not judge itself. */
export const DECLINED: unique symbol = Symbol("declined");

/** Limits the compiled check keeps, so input past them goes to the full path that names them. */
export interface SizeLimits {
  /** The longest list. */
  list: number;
  /** The most objects and lists in one input. */
  values: number;
}

/**
 * A check compiled from a zod schema: the parsed copy zod would give, or DECLINED. DECLINED is not
 * "invalid": it sends the input to zod, which judges it and names each problem.
 */
export type CompiledValidator<T> = (input: unknown) => T | typeof DECLINED;

type Def = { type: string; [key: string]: unknown };
type Check = { check: string; format?: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => ((def.checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def);

/** A schema the compiler does not know: the whole schema stays with zod. */
class Unsupported extends Error {}

/**
 * Compiles a zod/mini schema into JavaScript with `new Function`, one function per object schema:
 * plain type tests and comparisons in place of zod's generic walk, over the keys the input has (not
 * every key the schema knows: an absent key costs nothing), building the copy zod's parse builds
 * (the same keys and values; an optional key given as undefined kept), and counting objects and
 * list lengths against `limits`. zod stays the source of truth: the functions are generated from
 * its definitions, know only the kinds of schema and check the library uses (objects, strict or
 * not, optional, nullable, arrays, unions by type, discriminated unions, literals, enums, booleans,
 * strings with lengths, patterns and ISO days, numbers with safeint, bounds and refinements), take
 * only plain objects (prototype Object or null, no hidden own keys), and decline anything else, for
 * zod to judge and describe. Without `new Function` (a page whose Content-Security-Policy forbids
 * 'unsafe-eval') or for a schema it does not know, it returns undefined, and every input goes to zod.
 *
 * @example const check = compileValidator(subjectSchema, { list: 20000, values: 1e6 });
 *          check?.({ kind: "community", id: "c1" }) // { kind: "community", id: "c1" }
 */
export function compileValidator<T>(schema: z.ZodMiniType<T>, limits: SizeLimits): CompiledValidator<T> | undefined {
  const constants: unknown[] = [];
  const constant = (value: unknown) => `k[${constants.push(value) - 1}]`;
  let counter = 0;
  const fresh = (stem: string) => `${stem}${counter++}`;

  /** Statements that test `value` (an expression read once) and put its copy in `target`, or return DECLINED. */
  function emit(schema: unknown, value: string, target: string): string {
    const def = defOf(schema);
    // Checks on anything but a string, a number or a list's length are not compiled: zod alone judges such a schema.
    if (def.type !== "string" && def.type !== "number" && def.type !== "array" && checksOf(def).length > 0) throw new Unsupported();
    switch (def.type) {
      case "optional":
        return `if (${value} === undefined) ${target} = undefined; else {${emit(def.innerType, value, target)}}`;
      case "nullable":
        return `if (${value} === null) ${target} = null; else {${emit(def.innerType, value, target)}}`;
      case "boolean":
        return `if (typeof ${value} !== "boolean") return D; ${target} = ${value};`;
      case "literal":
        return `if (!${constant(new Set(def.values as unknown[]))}.has(${value})) return D; ${target} = ${value};`;
      case "enum":
        return `if (!${constant(new Set(Object.values(def.entries as object)))}.has(${value})) return D; ${target} = ${value};`;
      case "string":
        return `if (typeof ${value} !== "string") return D; ${stringChecks(def, value)} ${target} = ${value};`;
      case "number":
        return `if (typeof ${value} !== "number" || !Number.isFinite(${value})) return D; ${numberChecks(def, value)} ${target} = ${value};`;
      case "array": {
        const list = fresh("l");
        const copy = fresh("a");
        const i = fresh("i");
        const item = fresh("e");
        const lengths = checksOf(def).map((c) => {
          if (c.check === "min_length") return `if (${list}.length < ${Number(c.minimum)}) return D;`;
          if (c.check === "max_length") return `if (${list}.length > ${Number(c.maximum)}) return D;`;
          throw new Unsupported();
        });
        return `if (!Array.isArray(${value})) return D; const ${list} = ${value}; if (${list}.length > ${limits.list} || (n += 1) > ${limits.values}) return D; ${lengths.join(" ")}
          const ${copy} = new Array(${list}.length);
          for (let ${i} = 0; ${i} < ${list}.length; ${i}++) { const ${item} = ${list}[${i}]; ${emit(def.element, item, `${copy}[${i}]`)} }
          ${target} = ${copy};`;
      }
      case "union": {
        // Only unions whose options differ by type are compiled: the first that fits is zod's choice too.
        const options = def.options as unknown[];
        const types = options.map((o) => defOf(o).type);
        if (new Set(types).size !== types.length || !types.every((t) => t === "number" || t === "string" || t === "boolean")) throw new Unsupported();
        return options.map((o, i) => `${i === 0 ? "" : "else "}if (typeof ${value} === "${types[i]}") {${emit(o, value, target)}}`).join(" ") + " else return D;";
      }
      case "object":
        return object(def, value, target);
      default:
        throw new Unsupported();
    }
  }

  function stringChecks(def: Def, value: string): string {
    const own: Check[] = def.format === undefined ? [] : [{ check: "string_format", format: def.format as string, pattern: def.pattern }];
    return [...own, ...checksOf(def)]
      .map((c) => {
        if (c.check === "min_length") return `if (${value}.length < ${Number(c.minimum)}) return D;`;
        // zod's ISO day, by its digits (isDayText): its regular expression's alternations are slow.
        if (c.check === "string_format" && c.format === "date") return `if (!${constant(isDayText)}(${value})) return D;`;
        if (c.check === "string_format" && c.pattern instanceof RegExp && !c.pattern.global && !c.pattern.sticky) return `if (!${constant(c.pattern)}.test(${value})) return D;`;
        throw new Unsupported();
      })
      .join(" ");
  }

  function numberChecks(def: Def, value: string): string {
    const own: Check[] = def.format === undefined ? [] : [{ check: "number_format", format: def.format as string }];
    return [...own, ...checksOf(def)]
      .map((c) => {
        if (c.check === "number_format" && c.format === "safeint") return `if (!Number.isSafeInteger(${value})) return D;`;
        if (c.check === "greater_than" && typeof c.value === "number") return `if (!(${value} ${c.inclusive ? ">=" : ">"} ${c.value})) return D;`;
        if (c.check === "less_than" && typeof c.value === "number") return `if (!(${value} ${c.inclusive ? "<=" : "<"} ${c.value})) return D;`;
        if (c.check === "custom" && typeof c.fn === "function" && c.when === undefined) return `if (!${constant(c.fn)}(${value})) return D;`;
        throw new Unsupported();
      })
      .join(" ");
  }

  // Each object schema becomes a function of its own: one function for the whole subject schema is
  // too large for V8 to optimize, and ran no faster than zod.
  const functions: string[] = [];
  function object(def: Def, value: string, target: string): string {
    const shape = def.shape as Record<string, unknown>;
    const keys = Object.keys(shape);
    if (keys.includes("__proto__")) throw new Unsupported();
    const strict = def.catchall !== undefined && defOf(def.catchall).type === "never";
    if (def.catchall !== undefined && !strict) throw new Unsupported();
    const required = keys.filter((key) => (shape[key] as { _zod: { optin?: string } })._zod.optin !== "optional");
    const index = constant(new Map(keys.map((key, i) => [key, i])));
    const name = fresh("f");
    const cases = keys.map((key, i) => {
      const at = JSON.stringify(key);
      if (required.includes(key)) return `case ${i}: { let w; ${emit(shape[key], "v", "w")} copy[${at}] = w; seen += 1; break; }`;
      // An optional key given as undefined stays in the copy, as zod keeps it.
      const inner = defOf(shape[key]).type === "optional" ? defOf(shape[key]).innerType : shape[key];
      return `case ${i}: if (v === undefined) copy[${at}] = undefined; else { let w; ${emit(inner, "v", "w")} copy[${at}] = w; } break;`;
    });
    functions.push(`function ${name}(input) {
      if (typeof input !== "object" || input === null || Array.isArray(input) || (n += 1) > ${limits.values}) return D;
      const proto = Object.getPrototypeOf(input);
      if (proto !== Object.prototype && proto !== null) return D;
      const copy = {};
      let seen = 0;
      let all = 0;
      for (const key in input) {
        all += 1;
        const v = input[key];
        switch (${index}.get(key)) { ${cases.join("\n")} default: ${strict ? "return D;" : "break;"} }
      }
      if (seen !== ${required.length}) return D;
      if (Object.getOwnPropertyNames(input).length !== all) return D;
      return copy;
    }`);
    const result = fresh("r");
    return `const ${result} = ${name}(${value}); if (${result} === D) return D; ${target} = ${result};`;
  }

  function root(schema: unknown): string {
    const def = defOf(schema);
    if (def.type !== "union" || typeof def.discriminator !== "string") return `let r; ${emit(schema, "input", "r")} return r;`;
    // A discriminated union: the discriminator picks the one option zod would try.
    const tag = def.discriminator;
    const branches = (def.options as unknown[]).map((option) => {
      const literal = defOf((defOf(option).shape as Record<string, unknown>)[tag]);
      if (literal.type !== "literal" || (literal.values as unknown[]).length !== 1) throw new Unsupported();
      return `case ${JSON.stringify((literal.values as unknown[])[0])}: { let r; ${emit(option, "input", "r")} return r; }`;
    });
    return `if (typeof input !== "object" || input === null) return D; switch (input[${JSON.stringify(tag)}]) { ${branches.join(" ")} default: return D; }`;
  }

  try {
    const main = root(schema);
    // n counts the objects and lists of one input, against limits.values.
    const body = `"use strict"; let n = 0; ${functions.join("\n")} return function compiled(input) { n = 0; ${main} };`;
    return new Function("D", "k", body)(DECLINED, constants) as CompiledValidator<T>;
  } catch {
    // Unsupported schema, or a host without eval: zod judges every input.
    return undefined;
  }
}
