import type { ArticleSeed } from '../../types';
import { buyingEnergy } from './buying-energy-for-your-school-a-checklist';
import { inspectionResponse } from './changes-to-school-inspection-our-response';
import { directedTime } from './directed-time-and-your-tlr';
import { jobEvaluation } from './job-evaluation-for-school-business-leaders';
import { lookingAfterYourself } from './looking-after-yourself-in-headship';
import { payAward2025 } from './pay-award-2025-what-it-means-for-leaders';
import { planningForSendCosts } from './planning-for-send-costs-in-2026';
import { preparingForInspection } from './preparing-for-inspection-without-burning-out';
import { sendCodeOfPractice } from './send-code-of-practice-what-leaders-need-to-know';
import { settingABudget } from './setting-a-budget-when-costs-rise-faster-than-funding';
import { supportingANewSenco } from './supporting-a-new-senco';
import { thinkingAboutSeniorLeadership } from './thinking-about-senior-leadership';
import { firstYearMiddleLeader } from './your-first-year-as-a-middle-leader';

// Newest first, as an editor would see them in a list.
export const articles: ArticleSeed[] = [
  thinkingAboutSeniorLeadership,
  planningForSendCosts,
  lookingAfterYourself,
  jobEvaluation,
  sendCodeOfPractice,
  payAward2025,
  inspectionResponse,
  supportingANewSenco,
  preparingForInspection,
  settingABudget,
  firstYearMiddleLeader,
  directedTime,
  buyingEnergy,
];
