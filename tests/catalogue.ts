import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** The requirements catalogue (a copy of shared/spec/standards.yaml kept in tests/fixtures). */
export interface CatalogueEntry {
  id: string;
  article: string;
  quote: string;
  modality: string;
  subject: string;
  due?: string;
  approximate?: boolean;
}
export interface CatalogueDocument {
  id: string;
  seed: string;
  title: string;
  number?: string;
  issuer: string;
  issued: string | null;
  inForce: string | null;
  jurisdiction: string;
}

const raw = parse(readFileSync(new URL("./fixtures/standards.yaml", import.meta.url), "utf8"), { version: "1.2" }) as {
  documents: CatalogueDocument[];
  standards: CatalogueEntry[];
};

/** The yaml parser reads bare dates as strings under YAML 1.2; keep them ISO strings. */
export const catalogue = raw;
