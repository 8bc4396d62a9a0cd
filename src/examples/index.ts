import type { Subject } from "../schema/subject";
import { guangzhouCity } from "./guangzhou";
import { longgangProject, longgangStreet } from "./longgang";
import { dunhuangCity, linyiCommunity } from "./linyiDunhuang";

export interface Example {
  title: string;
  subject: Subject;
  /** Fixed, so the example's findings do not drift with the calendar. */
  asOf: string;
}

/** The examples `npm start` (and `community-standards check` without a file) evaluates: every document appears. */
export const examples: readonly Example[] = [
  { title: "龙岗区南湾街道及沙塘布社区 / a Longgang street and its community", subject: longgangStreet, asOf: "2010-08-15" },
  { title: "龙岗区新建住宅小区 / a new Longgang housing project", subject: longgangProject, asOf: "2010-08-15" },
  { title: "广州市（2000年试点通知与2011年意见）/ Guangzhou under its 2000 and 2011 documents", subject: guangzhouCity, asOf: "2014-03-01" },
  { title: "临沂市金雀山社区 / a Linyi community", subject: linyiCommunity, asOf: "2002-06-30" },
  { title: "敦煌市及丰庆社区 / Dunhuang and one of its communities", subject: dunhuangCity, asOf: "2013-05-01" },
];
