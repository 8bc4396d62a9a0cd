import type { Consequence } from "../../src/types";

/** What the Longgang 2005 text itself says follows from a failure (spec section 3). */
export const CONSEQUENCES = {
  ineligibleForAwards: { code: "ineligible-for-awards", zh: "未达标单位不能参加评先（第九条）", en: "may not compete for awards this year (art. 9)" },
  yellowCard: { code: "yellow-card", zh: "连续两年未达标，给予黄牌警告并责成整改（第九条）", en: "two years in a row: yellow card and ordered rectification (art. 9)" },
  inLieuPayment: { code: "in-lieu-payment", zh: "按售房时的房产价格向政府支付相应资金（第三十三条）", en: "the developer pays the government the space's value at the sale price (art. 33)" },
  noPresale: { code: "no-presale", zh: "故意不按规定提供的，不准预售（第三十三条）", en: "where withheld on purpose, no presale permit (art. 33)" },
  acceptanceRefused: { code: "acceptance-refused", zh: "不予验收，不予批准办理出售手续（第三十五条）", en: "acceptance refused and sale not approved (art. 35)" },
} as const satisfies Record<string, Consequence>;
