import { communitySizeHouseholds } from "./s2-1-community-size";
import { partyBranchPerCommunity, secretaryHeadsResidentsCommittee } from "./s2-2-party-organization";
import { committeeElected } from "./s2-2-committee-elected";
import { serviceStation } from "./s2-4-service-station";
import { workerCertificates } from "./s2-5-worker-certificates";

export { linyiReport } from "./document";

/** Every Linyi rule, in section order. */
export const linyiReportRules = [communitySizeHouseholds, partyBranchPerCommunity, secretaryHeadsResidentsCommittee, committeeElected, serviceStation, workerCertificates];
