import { oneTeamThreeCenters } from "./art06-one-team-three-centers";
import { directElectionRatio, serviceStationPerCommittee } from "./art08-residents-committees";
import { elderlyBeds30Per1000, generalPractitioners2Per10000 } from "./art12-health-and-elderly-care";
import { socialWorkers5Per10000 } from "./art13-social-workers";
import { fiveOnes } from "./art23-five-ones";
import { partyOrganizationThreeHaves } from "./art25-party-organization-three-haves";
import { modelSelectionEveryTwoYears } from "./art28-model-selection";

import { SIMPLIFIED_QUOTES } from "./simplified";

export { guangzhou2011 } from "./document";

/** Every Guangzhou 2011 rule, in article order, each shown with its quote in simplified characters. */
export const guangzhou2011Rules = [
  oneTeamThreeCenters,
  directElectionRatio,
  serviceStationPerCommittee,
  generalPractitioners2Per10000,
  elderlyBeds30Per1000,
  socialWorkers5Per10000,
  fiveOnes,
  partyOrganizationThreeHaves,
  modelSelectionEveryTwoYears,
].map((rule) => Object.freeze({ ...rule, displayQuote: SIMPLIFIED_QUOTES[rule.quote] ?? rule.quote }));
