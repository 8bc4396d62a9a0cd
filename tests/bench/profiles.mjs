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

/**
 * The same profiles as offices record them: room areas and building areas in decimal text to the
 * hundredth ("210.55"), and every Longgang field filled (meetings, elections, workers, funding,
 * the flags of arts. 5, 14, 28, 34, 44, 49-51), so every rule has data to judge.
 */
export function fullDecimalProfiles(count, seed = 20052) {
  const r = random(seed);
  const int = (min, max) => min + Math.floor(r() * (max - min + 1));
  const decimal = (min, max) => `${int(min, max)}.${String(int(0, 99)).padStart(2, "0")}`;
  return longgangProfiles(count, seed).map(({ community, project }) => ({
    community: {
      ...community,
      rooms: community.rooms.map((room) => ({ ...room, areaM2: room.functions[0] === "outdoor-plaza" ? decimal(600, 1500) : decimal(20, 450) })),
      volunteers: int(50, 900),
      oneStopServiceWindow: r() < 0.8,
      meetsShenzhenStandard: r() < 0.7,
      meetsModelStandard: r() < 0.5,
      partyCoordinationCommittee: r() < 0.8,
      jointMeetingMinutes: r() < 0.8,
      publicNoticeBoard: r() < 0.9,
      workersCertified: r() < 0.8,
      reviewCommittee: r() < 0.7,
      committeeMembersAtWorkStation: int(0, 2),
      shareholdingCompany: false,
      oldCommunityWithoutSpace: false,
      underdevelopedWithoutHousing: false,
      partyOrganization: { ...community.partyOrganization, jointMeetings: Array.from({ length: 28 }, (_, q) => `${2005 + Math.floor((q + 2) / 4)}-${String(((q + 2) % 4) * 3 + 2).padStart(2, "0")}-15`).filter(() => r() < 0.95) },
      residentsCommittee: { ...community.residentsCommittee, membersOnPartyCommittee: int(0, 2), election: { direct: r() < 0.8, eligibleVoters: int(1000, 9000), participants: int(500, 900) } },
      workers: { reviews: Array.from({ length: 7 }, (_, y) => `${2005 + y}-12-20`) },
    },
    project: { ...project, buildingAreaM2: decimal(10000, 90000), serviceSpaceM2: decimal(30, 300), serviceSpaceAgreementSigned: true, accepted: false },
  }));
}
