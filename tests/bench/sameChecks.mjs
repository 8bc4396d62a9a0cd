// Two local documents for the comparison benchmark, written with the public authoring API, so the
// library can be timed on the work the other contenders do:
// - `sameChecks`: json-rules-engine's 15 checks (nine room areas, the committee sizes, the party
//   organization's form, the 300:1 ratio) as the library's rules, with the built-in rules' figures;
// - `noRules`: one rule for cities only, so a community or project runs none: what is left is
//   validation, the walk of the subject and the report's head, which no rule can go below.
import { rules } from "../../dist/index.js";
import { appliesIf, atLeast, defineDocument, defineRule, field, notApplicable, oneOf, rateAtLeast, withinRange } from "../../dist/authoring.js";
import { ROOM_FUNCTIONS } from "./profiles.mjs";

const builtIn = (id) => rules.find((r) => r.id === `longgang-2005/${id}`);

/** A rule of the local document `document` with a built-in rule's article, words and figures, and its own check. */
function like(document, id, subject, check, appliesWhen) {
  const { article, quote, modality, label, threshold, due } = builtIn(id);
  return defineRule({ id: `${document}/${id}`, document, article, quote, modality, subject, label, threshold, ...(due !== undefined && { due }), ...(appliesWhen && { appliesWhen }), check });
}

const within = (path) => (s, { threshold }) => withinRange(field(s, path), threshold.min, threshold.max, "people");

const checks = [
  // As the other two read a room: the first room listing the function.
  ...ROOM_FUNCTIONS.map((fn) => like("same-checks", `facility-area/${fn}`, "community", (c, { threshold }) => atLeast({ path: `area.${fn}`, value: c.rooms?.find((room) => room.functions.includes(fn))?.areaM2 }, threshold.minM2, "m2"))),
  like("same-checks", "residents-committee-members", "community", within("residentsCommittee.members")),
  like("same-checks", "residents-committee-director", "community", within("residentsCommittee.directors")),
  like("same-checks", "residents-committee-deputy-directors", "community", within("residentsCommittee.deputyDirectors")),
  // As the built-in rule: the committee's size concerns a community with a party organization.
  like("same-checks", "party-committee-members", "community", within("partyOrganization.committeeMembers"), (c) =>
    appliesIf({ path: "partyOrganization.form", value: c.partyOrganization?.form === undefined ? undefined : c.partyOrganization.form !== "none" }, { zh: "社区未建立党组织", en: "the community has no party organization" }),
  ),
  like("same-checks", "party-organization-form", "community", (c, { threshold: t }) => {
    const members = field(c, "partyMembers");
    if (members.value === undefined) return atLeast(members, t.branchFrom, "people");
    if (members.value < t.branchFrom) return notApplicable({ zh: `正式党员不足${t.branchFrom}人`, en: `fewer than ${t.branchFrom} formal party members` });
    return oneOf(field(c, "partyOrganization.form"), members.value < t.generalBranchFrom ? t.branchForms : t.generalBranchForms);
  }),
  like("same-checks", "service-space-ratio", "project", (p, { threshold }) => rateAtLeast(field(p, "serviceSpaceM2"), field(p, "buildingAreaM2"), threshold, "m2")),
];

const info = (id, title) => ({ id, title, issuer: "benchmark", issued: null, inForce: "2005-01-01" });

export const sameChecks = defineDocument({ document: info("same-checks", "json-rules-engine's 15 checks"), text: checks.map((r) => r.quote).join("\n"), rules: checks });

const anyQuote = builtIn("residents-committee-members").quote;
export const noRules = defineDocument({
  document: info("no-rules", "no rule for a community or project"),
  text: anyQuote,
  rules: [defineRule({ id: "no-rules/city", document: "no-rules", article: "-", quote: anyQuote, modality: "requirement", subject: "city", label: { zh: "无", en: "none" }, threshold: {}, check: () => notApplicable({ zh: "无", en: "none" }) })],
});

/** The ids of the built-in rules `sameChecks` stands for, by its own rule ids. */
export const builtInIdOf = (id) => id.replace(/^same-checks\//, "longgang-2005/");
