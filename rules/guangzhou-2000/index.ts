import { partyBranchPerResidentialArea, secretaryHeadsResidentsCommittee, staffPartyMembersHalf } from "./s3-1-2-residential-party-organizations";
import { committeeOffices } from "./s3-2-3-committee-offices";
import { volunteers3Percent } from "./s3-3-1-volunteers";
import { districtServiceCenterArea, elderlyBeds10Per1000, streetServiceCenterArea, streetWelfareServiceCenter } from "./s3-3-2-service-centers";
import { serviceCenterPosts } from "./s3-3-3-service-center-posts";
import { streetCultureStationGrade } from "./s3-5-culture-station";

export { guangzhou2000 } from "./document";

/** Every Guangzhou 2000 rule, in article order. */
export const guangzhou2000Rules = [
  partyBranchPerResidentialArea,
  secretaryHeadsResidentsCommittee,
  staffPartyMembersHalf,
  committeeOffices,
  volunteers3Percent,
  districtServiceCenterArea,
  streetServiceCenterArea,
  streetWelfareServiceCenter,
  elderlyBeds10Per1000,
  ...serviceCenterPosts,
  streetCultureStationGrade,
];
