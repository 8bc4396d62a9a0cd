import { describe, expect, it } from "vitest";
import { documents, rules } from "../../src/index";
import { normalizedTexts } from "../../src/texts";
import { catalogue } from "../catalogue";

const implemented = new Set(documents.map((d) => d.id));
const entries = catalogue.standards.filter((s) => implemented.has(s.id.split("/")[0] as never));

describe("the requirements catalogue", () => {
  it.each(entries.map((s) => [s.id, s]))("%s exists as a rule with the catalogue's article, quote, modality, subject and due date", (id, entry) => {
    const rule = rules.find((r) => r.id === id);
    expect(rule).toBeDefined();
    expect(rule).toMatchObject({
      article: entry.article,
      quote: entry.quote,
      modality: entry.modality,
      subject: entry.subject,
      ...(entry.due !== undefined && { due: String(entry.due) }),
    });
    if (entry.due === undefined) expect(rule?.due).toBeUndefined();
    expect(rule?.approximate ?? false).toBe(entry.approximate ?? false);
  });

  it("every document of the catalogue is implemented, and all 63 standards exist", () => {
    expect(documents.map((d) => d.id).sort()).toEqual(catalogue.documents.map((d) => d.id).sort());
    expect(rules).toHaveLength(63);
    expect(catalogue.standards).toHaveLength(63);
  });

  it("every rule of an implemented document is in the catalogue, once", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(entries.map((s) => s.id).sort());
  });

  it.each(rules.map((r) => [r.id, r]))("%s: its quote stands verbatim in its document's normalized text", (_, rule) => {
    expect(normalizedTexts[rule.document]).toContain(rule.quote);
  });

  it.each(documents.map((d) => [d.id, d]))("%s: the metadata matches the catalogue", (id, document) => {
    const entry = catalogue.documents.find((d) => d.id === id)!;
    expect(document).toMatchObject({
      title: entry.title,
      issuer: entry.issuer,
      issued: entry.issued === null ? null : String(entry.issued),
      inForce: entry.inForce === null ? null : String(entry.inForce),
      jurisdiction: entry.jurisdiction,
    });
    expect(document.number).toBe(entry.number);
  });
});
