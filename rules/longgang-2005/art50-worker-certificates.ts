import { isTrue } from "../../src/checks/isTrue";
import { field } from "../../src/measure/field";
import { defineRule } from "../../src/rule/rule";

export const workerCertificates = defineRule({
  id: "longgang-2005/worker-certificates",
  document: "longgang-2005",
  article: "第五十条",
  quote: "经培训考核合格的颁发上岗证书",
  modality: "requirement",
  subject: "community",
  label: { zh: "社区工作人员经培训考核持上岗证书", en: "community workers trained, examined and certified" },
  threshold: { present: true },
  note: "区政府…加强对社区工作人员的培训,经培训考核合格的颁发上岗证书: read of a community, whose workers hold the certificate. Added from the seed (issue 22): a yes/no field records whether it is done.",
  check: (c) => isTrue(field(c, "workersCertified")),
});
