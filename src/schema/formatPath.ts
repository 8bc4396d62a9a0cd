/**
 * A field path as a person writes it.
 *
 * @example formatPath(["communities", 0, "rooms", 2, "areaM2"]) // "communities[0].rooms[2].areaM2"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}
