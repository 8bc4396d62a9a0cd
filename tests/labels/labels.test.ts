import { describe, expect, it } from "vitest";
import { ENUM_LABELS } from "../../src/labels/enumLabels";
import { fieldLabel } from "../../src/labels/fieldLabel";
import { kindNamed } from "../../src/labels/kindNamed";
import { measuredWord } from "../../src/labels/measuredWord";
import { STATUS_LABELS } from "../../src/labels/statusLabels";
import { valueLabel } from "../../src/labels/valueLabel";
import { CIVIL_ORGANIZATION_CATEGORIES, CULTURE_STATION_GRADES, INSURANCES, JURISDICTIONS, PARTY_ORGANIZATION_FORMS, ROOM_FUNCTIONS, SUBJECT_KINDS } from "../../src/schema/values";
import { evaluate } from "../../src/index";
import { unitText } from "../../src/measure/units";
import { subjectJsonSchema } from "../../src/schema/subjectJsonSchema";

describe("labels", () => {
  it("names every status in Chinese as the offices say it", () => {
    expect(Object.fromEntries(Object.entries(STATUS_LABELS).map(([s, l]) => [s, l.zh]))).toEqual({
      pass: "达标",
      fail: "未达标",
      pending: "未到期",
      "insufficient-data": "数据不足",
      "not-applicable": "不适用",
      info: "提示",
    });
  });

  it.each([
    ["kind", SUBJECT_KINDS],
    ["jurisdiction", JURISDICTIONS],
    ["partyOrganizationForm", PARTY_ORGANIZATION_FORMS],
    ["cultureStationGrade", CULTURE_STATION_GRADES],
    ["roomFunction", ROOM_FUNCTIONS],
    ["civilOrganizationCategory", CIVIL_ORGANIZATION_CATEGORIES],
    ["insurance", INSURANCES],
  ] as const)("labels every %s value, each Chinese label unique within its field", (group, values) => {
    const labels = ENUM_LABELS[group] as Record<string, { zh: string; en: string }>;
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    const zh = Object.values(labels).map((l) => l.zh);
    expect(new Set(zh).size).toBe(zh.length);
    for (const [value, label] of Object.entries(labels)) expect(label.en).toBe(value);
  });

  it("cannot be changed by a caller", () => {
    expect(() => {
      (STATUS_LABELS.fail as { zh: string }).zh = "达标";
    }).toThrow(TypeError);
    expect(() => {
      (ENUM_LABELS.kind.street as { zh: string }).zh = "x";
    }).toThrow(TypeError);
  });

  it.each([
    ["general-branch", "zh", "党总支"],
    ["none", "zh", "无"],
    ["first", "zh", "省一级"],
    ["general-branch", "en", "general-branch"],
    ["45", "zh", "45"],
  ] as const)("shows the value %s in %s as %s", (value, lang, shown) => {
    expect(valueLabel(value, lang)).toBe(shown);
  });

  it.each([
    ["rooms[function=police]", "警务室面积"],
    ["residentsCommittee.members", "居委会成员数"],
    ["pairedUnits[0].practicalMatters", "第1个结对共建单位的每年实事"],
    ["rooms", "用房面积"],
    ["civilOrganizations[2].takesOnGovernmentAffairs", "第3个社区民间组织的是否承接政府社会事务"],
    ["civilOrganizations[0]", "第1个社区民间组织"],
    ["streets[0].communities[1].population", "第1个街道的第2个社区的人口"],
    ["pairedUnits[1].practicalMatters[0].count", "第2个结对共建单位的第1个实事记录的件数"],
    ["communities[9].rooms[0].areaM2", "第10个社区的第1个用房的面积"],
    ["civilOrganizations[0].colour", "civilOrganizations[0].colour"],
    ["no.such.field", "no.such.field"],
  ])("names the field %s as %s", (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it("names missing data by its Chinese label in the zh message, and by path in `missing` and the en message", () => {
    const subject = { kind: "community", id: "c", jurisdiction: "longgang", rooms: [{ functions: ["office"], areaM2: 200 }] };
    const report = evaluate(subject, { asOf: "2013-01-01" });
    const police = report.findings.find((f) => f.ruleId === "longgang-2005/facility-area/police")!;
    expect(police.missing).toEqual(["rooms[function=police]"]);
    expect(police.message.zh).toContain("缺少警务室面积");
    expect(police.message.en).toContain("missing rooms[function=police]");
    for (const f of report.findings) expect(f.message.zh).not.toMatch(/缺少[a-zA-Z]/);
  });
});

// Every place of the input schema a message can name, a rule's missing field or a problem's path,
// has a Chinese name: no English path in a Chinese sentence.
describe("fieldLabel names every field of the schema in Chinese", () => {
  const schema = subjectJsonSchema() as { $defs?: Record<string, unknown>; definitions?: Record<string, unknown> };
  const paths = new Set<string>();
  const walk = (node: Record<string, unknown> | undefined, path: string, depth: number): void => {
    if (node === undefined || depth > 12) return;
    if (typeof node.$ref === "string") return walk((schema.$defs ?? schema.definitions)?.[node.$ref.split("/").pop()!] as never, path, depth + 1);
    for (const key of ["anyOf", "oneOf", "allOf"]) for (const branch of (node[key] as never[] | undefined) ?? []) walk(branch, path, depth + 1);
    if (node.properties) {
      for (const [key, value] of Object.entries(node.properties)) walk(value as never, path === "" ? key : `${path}.${key}`, depth + 1);
    } else if (node.items) walk(node.items as never, `${path}[1]`, depth + 1);
    else if (path !== "") paths.add(path);
  };
  walk(schema as never, "", 0);
  it("walks the schema's fields and nested subjects", () => {
    expect(paths.size).toBeGreaterThan(200);
    expect(paths).toContain("civilOrganizations[1].takesOnGovernmentAffairs");
  });
  it("gives each a name with Chinese in it", () => {
    expect([...paths].filter((path) => !/[\u4e00-\u9fff]/.test(fieldLabel(path)))).toEqual([]);
  });
});

// fieldLabel keeps the names it has worked out, up to a bound: past it, it still names every path.
describe("fieldLabel, path after path", () => {
  it("names 1,500 paths it does not know as themselves, then the ones it knows as before", () => {
    const unknown = Array.from({ length: 1500 }, (_, i) => `custom.field${i}`);
    expect(unknown.filter((path) => fieldLabel(path) !== path)).toEqual([]);
    expect(fieldLabel("rooms[function=police]")).toBe("警务室面积");
    expect(fieldLabel("assessments[year=2009]")).toBe("2009年度考核");
    expect(fieldLabel("custom.field1499")).toBe("custom.field1499");
  });
});

describe("a finding's figures as a person reads them", () => {
  it.each([
    ["general-branch", "zh", "党总支"],
    ["general-branch", "en", "general-branch"],
    [true, "zh", "是"],
    [false, "en", "FALSE"],
    ["45.00", "zh", "45.00"],
    [3, "zh", 3],
    [null, "zh", null],
  ] as const)("measuredWord(%j, %s) is %j", (measured, lang, shown) => {
    expect(measuredWord(measured, lang)).toBe(shown);
  });

  it.each([
    ["project", "住宅项目（project）"],
    ["community", "社区（community）"],
    ["village", '"village"'],
    ["toString", '"toString"'],
    [7, "7"],
  ] as const)("kindNamed(%j) is %s", (kind, shown) => {
    expect(kindNamed(kind)).toBe(shown);
  });

  it.each([
    ["years", "en", 1, "year"],
    ["years", "en", 2, "years"],
    ["years", "en", 0, "years"],
    ["people", "en", 1, "person"],
    ["years", "zh", 1, "个年度"],
    ["m2", "en", 1, "m²"],
    ["m2", "en", "1.00", "m²"],
  ] as const)("unitText(%s, %s, %j) is %s", (unit, lang, value, word) => {
    expect(unitText(unit, lang, value)).toBe(word);
  });
});
