import type { Subject } from "../schema/subject";
import { longgangProject, longgangStreet } from "./longgang";

export interface Example {
  title: string;
  subject: Subject;
  /** Fixed, so the example's findings do not drift with the calendar. */
  asOf: string;
}

/** The examples `npm start` (and `community-standards check` without a file) evaluates. */
export const examples: readonly Example[] = [
  { title: "龙岗区南湾街道及沙塘布社区 / a Longgang street and its community", subject: longgangStreet, asOf: "2010-08-15" },
  { title: "龙岗区新建住宅小区 / a new Longgang housing project", subject: longgangProject, asOf: "2010-08-15" },
];
