import { isTrue } from "../../src/checks/isTrue";
import { appliesIfPresent } from "../../src/rule/applicability";
import { NOT_VILLAGE_CONVERSION } from "./art38-village-conversion-office-space";
import { inTransition } from "./document";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const villageConversionFunding = defineRule({
  id: "longgang-2005/village-conversion-funding",
  document: "longgang-2005",
  article: "第四十三条",
  quote: "在城市化过渡期内,“村改居”的社区由区、街和所在社区股份公司三级按比例负担社区建设经费",
  modality: "requirement",
  subject: "community",
  label: { zh: "村改居社区建设经费三级按比例负担", en: "a converted village's funds shared by three levels" },
  threshold: { present: true },
  note: "按比例 names no proportion (art. 44's thirds are for the work station's budget): a yes/no field records whether district, street and company each carry a share. Binds a converted village (villageConversion) in the transition period (urbanizationTransition), neither guessed. Added from the seed (issue 22).",
  appliesWhen(c) {
    const conversion = appliesIfPresent("villageConversion", c.villageConversion, NOT_VILLAGE_CONVERSION);
    return conversion === true ? inTransition(c) : conversion;
  },
  check: (c) => isTrue(field(c, "constructionFundingShared")),
});
