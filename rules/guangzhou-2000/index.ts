import { partyBranchPerResidentialArea, secretaryHeadsResidentsCommittee, staffPartyMembersHalf } from "./s3-1-2-residential-party-organizations";
import { committeeOffices } from "./s3-2-3-committee-offices";
import { streetPartyWorkCommittee } from "./s3-1-1-party-work-committee";
import { committeeCrossAppointment } from "./s3-1-2-cross-appointment";
import { massOrganizations } from "./s3-1-4-mass-organizations";
import { partyConductSupervision } from "./s3-1-5-party-conduct";
import { consultativeCommittee } from "./s3-2-2-consultative-committee";
import { networkServiceCenter } from "./s3-3-2-network-service-center";
import { serviceCenterStaffBudget } from "./s3-3-3-staff-budget";
import { serviceUnitReviewYearly } from "./s5-3-service-unit-certificates";
import { volunteers3Percent } from "./s3-3-1-volunteers";
import { districtServiceCenterArea, elderlyBeds10Per1000, streetServiceCenterArea, streetWelfareServiceCenter } from "./s3-3-2-service-centers";
import { serviceCenterPosts } from "./s3-3-3-service-center-posts";
import { streetCultureStationGrade } from "./s3-5-culture-station";

export { guangzhou2000 } from "./document";

/** Every Guangzhou 2000 rule, in article order. */
export const guangzhou2000Rules = [
  streetPartyWorkCommittee,
  partyBranchPerResidentialArea,
  committeeCrossAppointment,
  secretaryHeadsResidentsCommittee,
  staffPartyMembersHalf,
  massOrganizations,
  partyConductSupervision,
  consultativeCommittee,
  committeeOffices,
  volunteers3Percent,
  districtServiceCenterArea,
  streetServiceCenterArea,
  streetWelfareServiceCenter,
  elderlyBeds10Per1000,
  networkServiceCenter,
  ...serviceCenterPosts,
  serviceCenterStaffBudget,
  streetCultureStationGrade,
  serviceUnitReviewYearly,
];
