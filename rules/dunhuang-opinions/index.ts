import { nationalModelCommunities } from "./p03-national-model-communities";
import { partyMemberStations, partyOrganizationPerCommunity } from "./p04-party-organization";
import { buildingPartyBranches } from "./p04-building-party-branches";
import { directElectionParticipation } from "./p05-direct-election";
import { selfGovernanceBodies } from "./p05-self-governance-bodies";
import { volunteerNetwork } from "./p09-volunteer-network";
import { synchronizedServiceSpace } from "./p11-synchronized-service-space";
import { civilOrganizationsGeneral, civilOrganizationsProfessional } from "./p06-civil-organizations";
import { charitySupermarket } from "./p08-charity-supermarket";
import { registeredVolunteers15Percent } from "./p09-registered-volunteers";
import { serviceFacilities } from "./p12-service-facilities";
import { workerTrainingYearly } from "./p17-worker-training";
import { unitCommunitySpace } from "./p11-unit-community-space";
import { leadingGroup } from "./p18-leading-group";
import { citySubsidyRaised } from "./p19-subsidy-raised";
import { personnelFunding, workerSocialInsurance, workerWageFloor } from "./p19-worker-conditions";
import { modelCommunitySelection, pairedUnitPracticalMatters } from "./p21-paired-units";

export { dunhuangOpinions } from "./document";

/** Every Dunhuang rule, in paragraph order. */
export const dunhuangOpinionsRules = [
  nationalModelCommunities,
  partyOrganizationPerCommunity,
  partyMemberStations,
  buildingPartyBranches,
  directElectionParticipation,
  selfGovernanceBodies,
  civilOrganizationsGeneral,
  civilOrganizationsProfessional,
  charitySupermarket,
  registeredVolunteers15Percent,
  volunteerNetwork,
  unitCommunitySpace,
  synchronizedServiceSpace,
  ...serviceFacilities,
  workerTrainingYearly,
  leadingGroup,
  personnelFunding,
  citySubsidyRaised,
  workerWageFloor,
  workerSocialInsurance,
  pairedUnitPracticalMatters,
  modelCommunitySelection,
];
