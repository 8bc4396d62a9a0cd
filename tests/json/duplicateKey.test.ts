import { describe, expect, it } from "vitest";
import { duplicateKey } from "../../src/json/duplicateKey";

describe("duplicateKey: a key written twice in one object", () => {
  it.each([
    ['{"households":2000,"households":5000}', "households"],
    ['{"rooms":[{"areaM2":1},{"areaM2":2,"areaM2":3}]}', "rooms[1].areaM2"],
    ['{"partyOrganization":{"form":"branch","form":"general-branch"}}', "partyOrganization.form"],
    ['{"a\\u0062":1,"ab":2}', "ab"],
    ['{"households":2000,"name":"households\\",\\"households"}', undefined],
    ['{"rooms":[{"areaM2":1},{"areaM2":2}],"x":{"areaM2":3}}', undefined],
    ['{"a":{"b":1},"c":{"b":2}}', undefined],
    ["[1,2,[3]]", undefined],
  ])("%s → %s", (text, place) => {
    expect(duplicateKey(text)).toBe(place);
  });
});
