import { communitySizeHouseholds } from "./s2-1-community-size";
import { partyBranchPerCommunity, secretaryHeadsResidentsCommittee } from "./s2-2-party-organization";
import { committeeElected } from "./s2-2-committee-elected";
import { serviceStation } from "./s2-4-service-station";
import { workerCertificates } from "./s2-5-worker-certificates";
import { advancedCommunitiesBy2010 } from "./s2-advanced-communities";
import { oneHallServiceCenter } from "./s2-4-one-hall-service-center";

export { linyiReport } from "./document";

/** Every Linyi rule, in section order. */
export const linyiReportRules = [advancedCommunitiesBy2010, communitySizeHouseholds, partyBranchPerCommunity, secretaryHeadsResidentsCommittee, committeeElected, oneHallServiceCenter, serviceStation, workerCertificates];
