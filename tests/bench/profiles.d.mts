// Types of profiles.mjs, for the tests that read its profiles as a file's rows.

export declare const ROOM_FUNCTIONS: readonly string[];

export interface LonggangProfile {
  community: {
    kind: "community";
    id: string;
    jurisdiction: "longgang";
    population: number;
    households: number;
    partyMembers: number;
    partyOrganization: { form: string; committeeMembers: number; secretaries: number; deputySecretaries: number };
    residentsCommittee: { members: number; directors: number; deputyDirectors: number };
    rooms: { functions: string[]; areaM2: number }[];
  };
  project: { kind: "project"; id: string; jurisdiction: "longgang"; buildingAreaM2: number; serviceSpaceM2: number };
}

/** `count` profiles: { community, project }, the same for the same seed. */
export declare function longgangProfiles(count: number, seed?: number): LonggangProfile[];

/** The same profiles with decimal areas as text and every Longgang field filled. */
export declare function fullDecimalProfiles(count: number, seed?: number): unknown[];
