import { communitySizeHouseholds } from "./s2-1-community-size";
import { partyBranchPerCommunity, secretaryHeadsResidentsCommittee } from "./s2-2-party-organization";
import { serviceStation } from "./s2-4-service-station";

export { linyiReport } from "./document";

/** Every Linyi rule, in section order. */
export const linyiReportRules = [communitySizeHouseholds, partyBranchPerCommunity, secretaryHeadsResidentsCommittee, serviceStation];
