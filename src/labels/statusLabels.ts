import type { Bilingual, Status } from "../types";

/**
 * The status of a finding as a word a person reads: Chinese for reports and spreadsheets, and the
 * status codes themselves in English (what scripts and today's English output already use).
 *
 * @example STATUS_LABELS.fail.zh // "未达标"
 */
export const STATUS_LABELS: Readonly<Record<Status, Readonly<Bilingual>>> = Object.freeze({
  pass: Object.freeze({ zh: "达标", en: "pass" }),
  fail: Object.freeze({ zh: "未达标", en: "fail" }),
  pending: Object.freeze({ zh: "未到期", en: "pending" }),
  "insufficient-data": Object.freeze({ zh: "数据不足", en: "insufficient-data" }),
  "not-applicable": Object.freeze({ zh: "不适用", en: "not-applicable" }),
  info: Object.freeze({ zh: "提示", en: "info" }),
});

/**
 * The status in one short English word, capitals standing out in a terminal and in a cell: the
 * English table's column and the English answers of CHECK_COMMUNITY.
 *
 * @example STATUS_SHORT_EN["insufficient-data"] // "DATA"
 */
export const STATUS_SHORT_EN: Readonly<Record<Status, string>> = Object.freeze({ pass: "PASS", fail: "FAIL", pending: "PENDING", "not-applicable": "N/A", "insufficient-data": "DATA", info: "INFO" });
