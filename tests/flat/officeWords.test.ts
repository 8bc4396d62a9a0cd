import { describe, expect, it } from "vitest";
import { isBlank } from "../../src/flat/readCell";
import { jurisdictionOfPlace, kindOfName } from "../../src/flat/placeNames";
import { rowToSubject } from "../../src/flat/rowToSubject";
import { validateSubject } from "../../src/schema/validateSubject";

const read = (header: string[], row: unknown[]) => rowToSubject(header, row);
const subjectOf = (header: string[], row: unknown[]) => {
  const result = read(header, row);
  if (result.kind !== "subject") throw new Error(JSON.stringify(result));
  return result.subject as Record<string, unknown>;
};

describe("a cell an office did not fill in", () => {
  it.each([["-"], ["—"], ["－"], ["–"], ["--"], ["——"], ["/"], ["／"], [" - "], ["\t/ "]])("%j is blank: not filled in", (cell) => {
    expect(isBlank(cell)).toBe(true);
    expect(subjectOf(["编号", "人口"], ["c", cell])).not.toHaveProperty("population");
  });

  it.each([["-5"], ["-/"], ["/-"], ["a-"], ["0"], ["无"], ["//"]])("%j is not blank", (cell) => expect(isBlank(cell)).toBe(false));

  it("a row of dashes is a blank row", () => expect(read(["编号", "人口"], ["-", "/"]).kind).toBe("blank"));
});

describe("无 (none)", () => {
  it.each([
    ["人口", "population", 0],
    ["警务室面积", "rooms", [{ name: "police", functions: ["police"], areaM2: 0 }]],
    ["党建联席会议日期", "partyOrganization", { jointMeetings: [] }],
  ])("in %s is none", (label, field, value) => {
    const header = ["编号", label];
    const subject = subjectOf(header, ["c", "无"]);
    expect(subject[field]).toEqual(value);
  });

  it("in a yes/no cell is 否, as before", () => expect(subjectOf(["编号", "社区服务站"], ["c", "无"]).serviceStation).toBe(false));
  it("in a text cell is the text", () => expect(subjectOf(["编号", "名称"], ["c", "无"]).name).toBe("无"));
  it("in a date cell is an error, not a day", () => {
    const result = read(["编号", "选举日期"], ["c", "无"]);
    expect(result.kind).toBe("invalid");
    if (result.kind === "invalid") expect(result.problems[0]!.message.zh).toMatch(/^应为日期/);
  });
});

describe("所属地区 as offices write it", () => {
  it.each([
    ["龙岗", "longgang"],
    ["龙岗区", "longgang"],
    ["深圳市龙岗区", "longgang"],
    ["广东省深圳市龙岗区", "longgang"],
    ["广州", "guangzhou"],
    ["广州市", "guangzhou"],
    ["越秀区", "guangzhou"],
    ["广州市东山区", "guangzhou"],
    ["广东省广州市天河区", "guangzhou"],
    ["临沂市", "linyi"],
    ["兰山区", "linyi"],
    ["山东省临沂市沂水县", "linyi"],
    ["敦煌市", "dunhuang"],
    ["甘肃省敦煌市", "dunhuang"],
    ["longgang", "longgang"],
  ])("%s is %s", (place, jurisdiction) => {
    expect(subjectOf(["编号", "所属地区"], ["c", place]).jurisdiction).toBe(jurisdiction);
  });

  it.each([["深圳市"], ["福田区"], ["北京市"], ["龙岗镇"], ["广州市越秀"]])("%s is refused, naming what to write", (place) => {
    const result = read(["编号", "所属地区"], ["c", place]);
    expect(result.kind).toBe("invalid");
    if (result.kind === "invalid") expect(result.problems[0]!.message.zh).toMatch(/^应为 广州（guangzhou）、龙岗（longgang）/);
    expect(jurisdictionOfPlace(place)).toBeUndefined();
  });
});

describe("主体类型 as offices write it", () => {
  it.each([
    ["社区", "community"],
    ["社区居委会", "community"],
    ["居委会", "community"],
    ["街道", "street"],
    ["街道办事处", "street"],
    ["区", "district"],
    ["市", "city"],
    ["住宅项目", "project"],
    ["房地产开发项目", "project"],
  ])("%s is a %s", (word, kind) => {
    expect(kindOfName(word) ?? (word === "社区" ? "community" : undefined)).toBe(kind);
    expect(subjectOf(["主体类型", "编号"], [word, "x"]).kind).toBe(kind);
  });

  it("an unknown kind is the one problem of its row, not its cells' too", () => {
    const result = read(["主体类型", "编号", "人口"], ["村委会", "x", "100"]);
    expect(result.kind).toBe("invalid");
    if (result.kind === "invalid") expect(result.problems.map((p) => p.column)).toEqual(["kind"]);
  });
});

describe("a row with a bad cell keeps the rest of the row", () => {
  const partial = (header: string[], row: unknown[]) => {
    const result = read(header, row);
    if (result.kind !== "invalid") throw new Error(`expected problems: ${JSON.stringify(result)}`);
    return result;
  };

  it("leaves the bad field out and keeps the others, which the schema accepts", () => {
    const result = partial(["编号", "人口", "户数", "所属地区"], ["c1", "很多", 4100, "龙岗区"]);
    expect(result.problems.map((p) => p.column)).toEqual(["population"]);
    expect(result.subject).toEqual({ kind: "community", id: "c1", households: 4100, jurisdiction: "longgang" });
    expect(validateSubject(result.subject)).toHaveProperty("subject");
  });

  it("leaves out every field of an impossible comparison (which one is wrong cannot be told)", () => {
    const result = partial(["编号", "人口", "老年人口", "户数"], ["c1", 10, 11, 5]);
    expect(result.problems.map((p) => p.column)).toEqual(["elderlyPopulation"]);
    expect(result.subject).toEqual({ kind: "community", id: "c1", households: 5 });
  });

  it("makes a section said to be absent but filled in unknown", () => {
    const result = partial(["编号", "村改居社区", "股份公司提供办公用房面积"], ["c1", "否", 120]);
    expect(result.subject).toEqual({ kind: "community", id: "c1", villageConversion: null });
    expect(validateSubject(result.subject)).toHaveProperty("subject");
  });

  it("gives no subject without an id, or under a kind it cannot read", () => {
    expect(partial(["编号", "人口"], ["", "很多"]).subject).toBeUndefined();
    expect(partial(["主体类型", "编号", "人口"], ["村委会", "c1", 100]).subject).toBeUndefined();
  });

  it("gives the subject of a row whose only problem is a cell its kind does not have", () => {
    const result = partial(["主体类型", "编号", "住宅建筑面积", "人口"], ["社区", "c1", 30000, 100]);
    expect(result.problems[0]!.message.zh).toBe("不适用于社区");
    expect(result.subject).toEqual({ kind: "community", id: "c1", population: 100 });
  });
});
