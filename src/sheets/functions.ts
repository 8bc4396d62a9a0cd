import { builtInBook } from "../../rules";
import { compilePlan, type Plan } from "../engine/plan";
import { resolveOptions } from "../engine/resolveOptions";
import { partsOf } from "../engine/findingOf";
import { messageIn } from "../engine/message";
import { isWholeFen } from "../arithmetic/isWholeFen";
import { toExact } from "../arithmetic/toExact";
import { governmentPurchasePrice } from "../calculators/governmentPurchasePrice";
import { projectInLieuPayment } from "../calculators/projectInLieuPayment";
import { requiredCount } from "../calculators/requiredCount";
import { requiredServiceSpace } from "../calculators/requiredServiceSpace";
import { requiredStreetServiceCenterArea } from "../calculators/requiredStreetServiceCenterArea";
import { splitWorkStationFunding } from "../calculators/splitWorkStationFunding";
import { readDate } from "../flat/readCell";
import { rowToSubject } from "../flat/rowToSubject";
import { shownValue } from "../labels/shownValue";
import { formatRequirement } from "../format/formatRequirement";
import type { Subject } from "../schema/subject";
import { STATUS_LABELS, STATUS_SHORT_EN } from "../labels/statusLabels";
import { measuredWord } from "../labels/measuredWord";
import { articleWords, documentWords } from "../labels/documentWords";
import type { Bilingual, DocumentId, Status } from "../types";
import { type Cell, amountOf, blank, cellError, isRange, mapCells, toNumber } from "./cells";

/** Longgang art. 33: service space (m²) a project of this building area must plan. */
export function SERVICE_SPACE_REQUIRED(buildingArea: unknown) {
  return mapCells([buildingArea], (a) => toNumber(requiredServiceSpace(amountOf(a, "建筑面积", "m2"))));
}

/** Longgang art. 33: yuan owed for the space not provided. */
export function IN_LIEU_PAYMENT(buildingArea: unknown, serviceSpace: unknown, pricePerM2: unknown) {
  return mapCells([buildingArea, serviceSpace, pricePerM2], (a, s, p) =>
    toNumber(projectInLieuPayment(amountOf(a, "建筑面积", "m2"), amountOf(s, "服务用房", "m2"), amountOf(p, "售房单价", "yuan-per-m2"))),
  );
}

/** Longgang art. 36: construction cost plus 5%, to the fen. */
export function PURCHASE_PRICE(cost: unknown) {
  return mapCells([cost], (c) => toNumber(governmentPurchasePrice(amountOf(c, "建造成本", "yuan"))));
}

/** Longgang art. 44: one row of three, district, street, company. */
export function FUNDING_SPLIT(total: unknown) {
  const split = (t: Cell) => {
    const yuan = amountOf(t, "经费总额", "yuan");
    // A sub-fen total cannot be split into fen that add up to it (the calculator refuses it in English).
    if (!isWholeFen(toExact(yuan))) throw new Error(`经费总额: 应精确到分（最多 2 位小数），收到 ${shownValue(t)}`);
    return splitWorkStationFunding(yuan).map(toNumber);
  };
  if (isRange(total)) return mapCells([total], split, 3);
  return [blank(total) ? ["", "", ""] : split(total as Cell)];
}

/** The smallest whole number meeting numerator per denominator of base. */
export function REQUIRED_COUNT(base: unknown, numerator: unknown, denominator: unknown) {
  return mapCells([base, numerator, denominator], (b, n, d) => {
    const over = amountOf(d, "分母");
    // A test against zero, not arithmetic: the figures themselves go to the calculator exact.
    if (Number(over) === 0) throw new Error(`分母: 应大于 0，收到 ${shownValue(d)}`);
    const figures = [amountOf(b, "基数"), amountOf(n, "分子"), over] as const;
    try {
      return requiredCount(...figures);
    } catch (error) {
      // Every figure was read and the denominator is above 0: what is left is a count past 2^53.
      if (error instanceof RangeError) throw new Error(`应有数量过大，超过 ${Number.MAX_SAFE_INTEGER}，无法精确给出`);
      throw error;
    }
  });
}

/** Guangzhou 2000: a pilot street's service center, 10 m² per 1000 people. */
export function STREET_SERVICE_CENTER_AREA(population: unknown) {
  return mapCells([population], (p) => toNumber(requiredStreetServiceCenterArea(amountOf(p, "人口", "people"))));
}

function options(asOf: unknown, documents: unknown) {
  const day = isRange(asOf) ? asOf[0]?.[0] : asOf;
  const list = isRange(documents) ? documents.flat() : [documents];
  const chosen = list.flatMap((d) => (typeof d === "string" ? d.split(/[,;，；\s]+/) : [])).filter((d) => d !== "");
  const result: { asOf?: string; documents?: DocumentId[] } = {};
  if (day !== undefined && day !== null && day !== "") {
    const read = readDate(day);
    if ("error" in read) throw new Error(`评估日（asOf）: ${read.error.zh}`);
    result.asOf = read.value as string;
  }
  if (chosen.length > 0) result.documents = chosen as DocumentId[];
  const { problems, ...resolved } = resolveOptions(result, builtInBook);
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.path.startsWith("documents") ? "文件（documents）" : "评估日（asOf）"}: ${p.message.zh}`).join("；"));
  return resolved;
}

type RowRead<T> = { blank: true } | { error: string } | { value: T };

// One rule plan per call, not per row: the options are read once and every row runs through it.
function readRows<T>(header: unknown, rows: unknown, asOf: unknown, documents: unknown, run: (plan: Plan, subject: Subject) => T): RowRead<T>[] {
  // A one-cell header arrives as a single value.
  const head = isRange(header) ? (header[0] ?? []) : header === undefined || header === null || header === "" ? [] : [header];
  const body = isRange(rows) ? rows : [[rows as Cell]];
  const plan = compilePlan(options(asOf, documents));
  return body.map((row) => {
    const read = rowToSubject(head, row);
    if (read.kind === "blank") return { blank: true };
    if (read.kind === "invalid") return { error: cellError(read.problems.map((p) => `${p.label ?? p.column}: ${p.message.zh}`).join("; ")) };
    try {
      return { value: run(plan, read.subject) };
    } catch (error) {
      return { error: cellError(error) };
    }
  });
}

/**
 * The language a check answers in: Chinese unless `en` is asked for (a blank cell is the default).
 *
 * @example languageOf("EN") // "en"
 */
function languageOf(lang: unknown): keyof Bilingual {
  const value = isRange(lang) ? lang[0]?.[0] : lang;
  if (value === undefined || value === null || value === "") return "zh";
  const text = typeof value === "string" ? value.trim().toLowerCase() : value;
  if (text === "zh" || text === "中文") return "zh";
  if (text === "en" || text === "英文") return "en";
  throw new Error(`语言（lang）: 应为 zh 或 en（中文或英文），收到 ${shownValue(value)}`);
}

// The verdicts a row's cell names, worst first: what fails, then what is not yet due, then missing data.
const VERDICT_ORDER = ["fail", "pending", "insufficient-data"] as const;

// A cell names a rule as a clerk finds it in the document: 龙岗（2005）第三十二条 社区警务室面积.
const RULE_WORDS: ReadonlyMap<string, Bilingual> = new Map(
  builtInBook.rules.map((rule) => {
    // The built-in documents all have a short name: the title is never needed.
    const words = (lang: keyof Bilingual) => `${documentWords(rule.document, rule.document, lang)} ${articleWords(rule.article, lang)} ${rule.label[lang]}`;
    return [rule.id, { zh: words("zh"), en: words("en") }];
  }),
);

/**
 * One cell per row: `未达标：<rules>` where a standard fails, else `未到期：<rules>` where one is not
 * yet due, else `数据不足：<rules>` where data is missing, else `达标`; with `lang` "en", `FAIL: …`,
 * `PENDING: …`, `DATA: …` or `PASS`. Each rule is named by its document, article and what it
 * measures (龙岗（2005）第三十二条 社区警务室面积), joined by "；". A blank row gives a blank cell.
 * Reads the row's verdicts: no findings, no messages.
 */
export function CHECK_COMMUNITY(header: unknown, rows: unknown, asOf?: unknown, documents?: unknown, lang?: unknown) {
  const language = languageOf(lang);
  const word = (status: Status) => (language === "zh" ? STATUS_LABELS[status].zh : STATUS_SHORT_EN[status]);
  const [colon, comma] = language === "zh" ? ["：", "；"] : [": ", "; "];
  return readRows(header, rows, asOf, documents, (plan, subject) => plan.verdicts(subject)[0]!.statuses).map((row): Cell[] => {
    if ("blank" in row) return [""];
    if ("error" in row) return [row.error];
    for (const status of VERDICT_ORDER) {
      const list = row.value[status];
      if (list.length > 0) return [word(status) + colon + list.map((id) => RULE_WORDS.get(id)?.[language] ?? id).join(comma)];
    }
    return [word("pass")];
  });
}

/**
 * One row per finding: subject id, rule id, status, measured, required, shortfall, due, article,
 * message; in Chinese (statuses, forms, yes/no, the message) unless `lang` is "en".
 */
export function CHECK_COMMUNITY_DETAIL(header: unknown, rows: unknown, asOf?: unknown, documents?: unknown, lang?: unknown) {
  const language = languageOf(lang);
  // Written from the rules' outcomes in the one language asked for: no finding objects.
  const lines = (plan: Plan, subject: Subject) => {
    const out: Cell[][] = [];
    plan.visit(subject, undefined, (where, { rule }, status, outcome) => {
      const [parts, detail] = partsOf(rule, status, outcome);
      out.push([
        where.path.join("/"),
        rule.id,
        // The English status is its code (fail, insufficient-data), as the library's findings say it.
        STATUS_LABELS[status][language],
        measuredWord(parts.measured, language) ?? "",
        formatRequirement(parts.required, language),
        parts.shortfall ?? "",
        parts.due ?? "",
        rule.article,
        messageIn(parts, rule.label, detail, language),
      ]);
    });
    return out;
  };
  const out: Cell[][] = readRows(header, rows, asOf, documents, lines).flatMap((row): Cell[][] => {
    if ("blank" in row) return [];
    if ("error" in row) return [["", "", row.error, "", "", "", "", "", ""]];
    return row.value;
  });
  return out.length > 0 ? out : [[""]];
}
