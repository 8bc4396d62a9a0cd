// Seeded Longgang profiles for the comparison benchmark: a community (9 rooms, a party organization,
// a residents committee, a population) and a housing project, shaped like examples/.

/** mulberry32: a tiny seeded generator, so every run measures the same profiles. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ROOM_FUNCTIONS = ["office", "party-activity", "police", "stability-governance", "mediation", "elderly-home", "health-center", "library", "outdoor-plaza"];

/** `count` profiles: { community, project }, the same for the same seed. */
export function longgangProfiles(count, seed = 20051) {
  const r = random(seed);
  const int = (min, max) => min + Math.floor(r() * (max - min + 1));
  return Array.from({ length: count }, (_, i) => ({
    community: {
      kind: "community",
      id: `c${i}`,
      jurisdiction: "longgang",
      population: int(2000, 30000),
      households: int(600, 9000),
      partyMembers: int(0, 120),
      partyOrganization: { form: ["none", "branch", "general-branch", "joint-branch"][int(0, 3)], committeeMembers: int(3, 8), secretaries: 1, deputySecretaries: int(1, 2) },
      residentsCommittee: { members: int(4, 10), directors: 1, deputyDirectors: int(1, 2) },
      rooms: ROOM_FUNCTIONS.map((fn) => ({ functions: [fn], areaM2: fn === "outdoor-plaza" ? int(600, 1500) : int(20, 450) })),
    },
    project: { kind: "project", id: `p${i}`, jurisdiction: "longgang", buildingAreaM2: int(10000, 90000), serviceSpaceM2: int(30, 300) },
  }));
}
