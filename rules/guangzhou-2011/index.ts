import { oneTeamThreeCenters } from "./art06-one-team-three-centers";
import { directElectionRatio, serviceStationPerCommittee } from "./art08-residents-committees";
import { elderlyBeds30Per1000, generalPractitioners2Per10000 } from "./art12-health-and-elderly-care";
import { socialWorkers5Per10000 } from "./art13-social-workers";
import { fiveOnes } from "./art23-five-ones";
import { committeeStationCoLocated } from "./art08-co-located";
import { familyServicePurchase } from "./art06-family-service-purchase";
import { basicServiceCatalogue } from "./art12-basic-service-catalogue";
import { socialOrganizationFund } from "./art24-social-organization-fund";
import { partyOrganizationThreeHaves } from "./art25-party-organization-three-haves";
import { socialConstructionCommittees } from "./art26-social-construction-committee";
import { modelSelectionEveryTwoYears } from "./art28-model-selection";
import { newSystemBy2020 } from "./art05-new-system-by-2020";
import { sixOnes } from "./art21-one-stop-system";
import { activityFundingByResidents } from "./art24-activity-funding";
import { partyCommitteeCrossAppointment } from "./art25-cross-appointment";

export { guangzhou2011 } from "./document";

/**
 * Every Guangzhou 2011 rule, in article order. Each shows its quote in simplified characters
 * (`displayQuote`): the copy we hold was converted to traditional characters, but the document
 * was issued in simplified ones; tests/rules/guangzhou-2011/simplified.test.ts holds each equal
 * to opencc-js's conversion of the verbatim quote.
 */
export const guangzhou2011Rules = [
  newSystemBy2020,
  oneTeamThreeCenters,
  familyServicePurchase,
  directElectionRatio,
  serviceStationPerCommittee,
  committeeStationCoLocated,
  generalPractitioners2Per10000,
  elderlyBeds30Per1000,
  socialWorkers5Per10000,
  basicServiceCatalogue,
  sixOnes,
  fiveOnes,
  activityFundingByResidents,
  socialOrganizationFund,
  partyOrganizationThreeHaves,
  partyCommitteeCrossAppointment,
  ...socialConstructionCommittees,
  modelSelectionEveryTwoYears,
];
