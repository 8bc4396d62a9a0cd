import { article5 } from "./art05-goals";
import { annualAssessment, yellowCard } from "./art09-annual-assessment";
import { coordinationGroup } from "./art10-coordination-group";
import { committeeSizes, partyOrganizationForm } from "./art12-party-organization";
import { communityPartyCoordination, streetPartyCoordination } from "./art14-party-coordination";
import { partyCoordinationOffice } from "./art14-party-coordination-office";
import { jointMeetingQuarterly } from "./art15-joint-meeting-quarterly";
import { jointMeetingMinutes } from "./art15-joint-meeting-minutes";
import { residentsCommitteeElection } from "./art17-residents-committee-election";
import { publicNotice } from "./art28-public-notice";
import { jointAcceptance } from "./art35-joint-acceptance";
import { workerCertificates } from "./art50-worker-certificates";
import { reviewCommittee } from "./art51-review-committee";
import { article17 } from "./art17-residents-committee";
import { reservedLand } from "./art30-reserved-land";
import { article32 } from "./art32-facilities";
import { inLieuPayment, serviceSpaceRatio } from "./art33-service-space";
import { oldCommunitySubsidy } from "./art34-old-community-subsidy";
import { acceptanceRequiresServiceSpace, phasedProjectSpaceFirst, serviceSpaceAgreement } from "./art35-acceptance";
import { villageConversionOfficeSpace } from "./art38-village-conversion-office-space";
import { workStationFundingThirds } from "./art44-work-station-funding";
import { villageConversionStartupFund } from "./art47-village-conversion-startup-fund";
import { crossAppointment, secretaryHeadsWorkStation, transitionCrossAppointment, workStationAppointment } from "./art49-cross-appointment";
import { workerReviewYearly } from "./art51-worker-review";
import { serviceSpaceOwnership } from "./art33-ownership";
import { contractOfficeSpace, oldCommunityPriority } from "./art34-old-community-priority";
import { governmentPurchase } from "./art36-government-purchase";
import { renovationPlanYearly } from "./art41-renovation-plan";
import { villageConversionFunding } from "./art43-village-conversion-funding";

export { longgang2005 } from "./document";

/** Every Longgang 2005 rule, in article order. */
export const longgang2005Rules = [
  ...article5,
  annualAssessment,
  yellowCard,
  coordinationGroup,
  partyOrganizationForm,
  ...committeeSizes,
  streetPartyCoordination,
  communityPartyCoordination,
  partyCoordinationOffice,
  jointMeetingQuarterly,
  jointMeetingMinutes,
  residentsCommitteeElection,
  ...article17,
  publicNotice,
  reservedLand,
  ...article32,
  serviceSpaceRatio,
  inLieuPayment,
  serviceSpaceOwnership,
  oldCommunityPriority,
  oldCommunitySubsidy,
  contractOfficeSpace,
  serviceSpaceAgreement,
  acceptanceRequiresServiceSpace,
  jointAcceptance,
  phasedProjectSpaceFirst,
  governmentPurchase,
  villageConversionOfficeSpace,
  renovationPlanYearly,
  villageConversionFunding,
  workStationFundingThirds,
  villageConversionStartupFund,
  crossAppointment,
  workStationAppointment,
  secretaryHeadsWorkStation,
  transitionCrossAppointment,
  workerCertificates,
  workerReviewYearly,
  reviewCommittee,
];
