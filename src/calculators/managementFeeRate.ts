import { Exact } from "../arithmetic/exact";

/**
 * 第三十六条 购置费按建设成本价加5%管理费结算: the rate behind `governmentPurchasePrice`. A calculator,
 * not a finding: the article prices what the government buys, it sets no standard for a subject.
 */
export const MANAGEMENT_FEE_RATE = new Exact("0.05");
export const GOVERNMENT_PURCHASE_QUOTE = "购置费按建设成本价加5%管理费结算";
