import { describe, expect, it } from "vitest";
import type { DocumentId } from "../../src/types";
import { RULE_IDS, documents, rules } from "../../src/index";
import { normalizedTexts } from "../../src/texts";
import { catalogue } from "../catalogue";

const implemented = new Set(documents.map((d) => d.id));
const entries = catalogue.standards.filter((s) => implemented.has(s.id.split("/")[0] as never));

/**
 * Where the seed's own words decide otherwise than the catalogue (issue 11; README, "Readings"):
 * the fields that differ, each with its reason. Everything else must match the catalogue.
 */
const DEVIATIONS: Record<string, { why: string; quote?: string; modality?: string; subject?: string }> = {
  "guangzhou-2000/elderly-beds-10-per-1000": {
    why: "有条件的试点街可…: the beds belong to an institution a pilot street may build (a permission), so the quote starts where the permission does",
    quote: "有条件的试点街可建设一座综合性、多功能的社区福利服务中心,建立能满足社区居民需要的各种所有制形式的、床位数达到每1000名老人10张左右的养老服务机构",
    modality: "permission",
  },
  "dunhuang-opinions/charity-supermarket": { why: "在每个社区服务中心设立, and (十二) 街道要建设社区服务中心: the street's", subject: "street" },
  "longgang-2005/joint-meeting-quarterly": { why: "原则上每季度: 原则上 qualifies the cadence, the system is required (spec section 1)", modality: "guidance" },
  "linyi-report/service-station": { why: "要 in a survey report's 思路和重点, quoting no binding document (issue 22)", modality: "guidance" },
};

/**
 * Document metadata the seed decides otherwise than the catalogue: an undated copy binds from the
 * earliest day its text could have been written (issue 22).
 */
const DOCUMENT_DEVIATIONS: Record<string, { why: string; inForce: string }> = {
  "dunhuang-opinions": { why: "坚持以党的十七大精神为指导: the 17th Party Congress closed on 2007-10-21", inForce: "2007-10-22" },
  "linyi-report": { why: "具体以临发[2001]26号文规定的…: it quotes a document of 2001", inForce: "2001-01-01" },
};

/** Standards of the seeds the catalogue does not list (issue 11), each quoted and tested like the rest. */
const ADDITIONS = [
  "guangzhou-2000/street-welfare-service-center",
  "dunhuang-opinions/party-member-stations",
  "dunhuang-opinions/street-service-center",
  "dunhuang-opinions/community-service-station",
  "dunhuang-opinions/worker-training-yearly",
  "dunhuang-opinions/model-community-selection-yearly",
  "guangzhou-2011/city-social-construction-committee",
  "guangzhou-2011/district-social-construction-committee",
  "longgang-2005/shenzhen-standard-by-2007",
  "longgang-2005/model-standard-by-2010",
  "longgang-2005/yellow-card",
  "longgang-2005/coordination-group",
  "longgang-2005/street-party-coordination",
  "longgang-2005/community-party-coordination",
  "longgang-2005/service-space-agreement",
  "longgang-2005/work-station-appointment",
  "longgang-2005/worker-review-yearly",
  // Issue 22: standards of the seeds the third reading found without a rule.
  "longgang-2005/party-coordination-office",
  "longgang-2005/joint-meeting-minutes",
  "longgang-2005/residents-committee-election",
  "longgang-2005/public-notice",
  "longgang-2005/joint-acceptance",
  "longgang-2005/worker-certificates",
  "longgang-2005/review-committee",
  "dunhuang-opinions/building-party-branches",
  "dunhuang-opinions/volunteer-network",
  "dunhuang-opinions/synchronized-service-space",
  "guangzhou-2011/family-service-purchase",
  "guangzhou-2011/basic-service-catalogue",
  "guangzhou-2011/social-organization-fund",
  "guangzhou-2000/committee-offices",
  "linyi-report/committee-elected",
  "linyi-report/worker-certificates",
  "dunhuang-opinions/self-governance-bodies",
  "guangzhou-2011/committee-station-co-located",
  "guangzhou-2000/street-party-work-committee",
  "guangzhou-2000/committee-cross-appointment",
  "guangzhou-2000/mass-organizations",
  "guangzhou-2000/party-conduct-supervision",
  "guangzhou-2000/consultative-committee",
  "guangzhou-2000/network-service-center",
  "guangzhou-2000/service-center-staff-budget",
  "guangzhou-2000/service-unit-review-yearly",
  "linyi-report/advanced-communities-by-2010",
  "linyi-report/one-hall-service-center",
  "dunhuang-opinions/unit-community-space",
  "dunhuang-opinions/leading-group",
  "dunhuang-opinions/city-subsidy-raised",
  "guangzhou-2011/new-system-by-2020",
  "guangzhou-2011/six-ones",
  "guangzhou-2011/activity-funding-by-residents",
  "guangzhou-2011/party-committee-cross-appointment",
  "longgang-2005/service-space-ownership",
  "longgang-2005/old-community-priority",
  "longgang-2005/contract-office-space",
  "longgang-2005/government-purchase",
  "longgang-2005/renovation-plan-yearly",
  "longgang-2005/village-conversion-funding",
  "longgang-2005/secretary-heads-work-station",
  "longgang-2005/transition-cross-appointment",
];

describe("the requirements catalogue", () => {
  it.each(entries.map((s) => [s.id, s]))("%s exists as a rule with the catalogue's article, quote, modality, subject and due date (or a documented deviation)", (id, entry) => {
    const rule = rules.find((r) => r.id === id);
    expect(rule).toBeDefined();
    const { why, ...deviation } = DEVIATIONS[id] ?? { why: "" };
    expect(why.length === 0).toBe(Object.keys(deviation).length === 0);
    expect(rule).toMatchObject({
      article: entry.article,
      quote: entry.quote,
      modality: entry.modality,
      subject: entry.subject,
      ...(entry.due !== undefined && { due: String(entry.due) }),
      ...deviation,
    });
    if (entry.due === undefined) expect(rule?.due).toBeUndefined();
    expect(rule?.approximate ?? false).toBe(entry.approximate ?? false);
  });

  it("every document of the catalogue is implemented: its 63 standards and 60 more from the seeds", () => {
    expect(documents.map((d) => d.id).sort()).toEqual(catalogue.documents.map((d) => d.id).sort());
    expect(catalogue.standards).toHaveLength(63);
    expect(ADDITIONS).toHaveLength(60);
    expect(rules).toHaveLength(63 + 60);
  });

  it("every rule of an implemented document is in the catalogue or among the additions, once", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...entries.map((s) => s.id), ...ADDITIONS].sort());
  });

  it("RULE_IDS (and the RuleId type) lists every rule, in rule-book order", () => {
    expect([...RULE_IDS]).toEqual(rules.map((r) => r.id));
  });

  it("every deviation concerns a catalogued rule and changes something", () => {
    for (const [id, { why, ...fields }] of Object.entries(DEVIATIONS)) {
      const entry = entries.find((s) => s.id === id)!;
      expect(entry).toBeDefined();
      for (const [key, value] of Object.entries(fields)) expect(entry[key as keyof typeof entry]).not.toEqual(value);
      expect(why).not.toBe("");
    }
  });

  it.each(rules.map((r) => [r.id, r]))("%s: its quote stands verbatim in its document's normalized text", (_, rule) => {
    expect(normalizedTexts[rule.document as DocumentId]).toContain(rule.quote);
  });

  it.each(documents.map((d) => [d.id, d]))("%s: the metadata matches the catalogue", (id, document) => {
    const entry = catalogue.documents.find((d) => d.id === id)!;
    const deviation = DOCUMENT_DEVIATIONS[id];
    if (deviation !== undefined) expect(entry.inForce, `${id}: the catalogue's date`).not.toEqual(deviation.inForce);
    expect(document).toMatchObject({
      title: entry.title,
      issuer: entry.issuer,
      issued: entry.issued === null ? null : String(entry.issued),
      inForce: deviation?.inForce ?? (entry.inForce === null ? null : String(entry.inForce)),
      jurisdiction: entry.jurisdiction,
    });
    if (deviation !== undefined) expect(document.inForceEstimate, id).toBeDefined();
    expect(document.number).toBe(entry.number);
  });
});
