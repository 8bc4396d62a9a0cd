import { nationalModelCommunities } from "./p03-national-model-communities";
import { partyOrganizationPerCommunity } from "./p04-party-organization";
import { directElectionParticipation } from "./p05-direct-election";
import { civilOrganizationsGeneral, civilOrganizationsProfessional } from "./p06-civil-organizations";
import { charitySupermarket } from "./p08-charity-supermarket";
import { registeredVolunteers15Percent } from "./p09-registered-volunteers";
import { personnelFunding, workerSocialInsurance, workerWageFloor } from "./p19-worker-conditions";
import { pairedUnitPracticalMatters } from "./p21-paired-units";

export { dunhuangOpinions } from "./document";

/** Every Dunhuang rule, in paragraph order. */
export const dunhuangOpinionsRules = [
  nationalModelCommunities,
  partyOrganizationPerCommunity,
  directElectionParticipation,
  civilOrganizationsGeneral,
  civilOrganizationsProfessional,
  charitySupermarket,
  registeredVolunteers15Percent,
  personnelFunding,
  workerWageFloor,
  workerSocialInsurance,
  pairedUnitPracticalMatters,
];
