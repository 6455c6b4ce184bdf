import type { CampaignBriefingSeed } from '../../types';
import { fairFundingForSend } from './fair-funding-for-pupils-with-send';
import { leadersWorkloadAndInspection } from './leaders-workload-wellbeing-and-inspection';

export const campaignBriefings: CampaignBriefingSeed[] = [fairFundingForSend, leadersWorkloadAndInspection];
