import type { ArticleSeed } from '../../types';
import { partOne } from './send-code-of-practice/part-1';
import { partTwo } from './send-code-of-practice/part-2';
import { partThree } from './send-code-of-practice/part-3';

export const sendCodeOfPractice: ArticleSeed = {
  slug: 'send-code-of-practice-what-leaders-need-to-know',
  title: 'The SEND code of practice: what leaders need to know',
  summary:
    'Our SEND adviser explains the SEND code of practice in plain words: SEN support, the SENCO’s role, education, health and care plans, annual reviews, working with families, and where to get help.',
  body: [...partOne, ...partTwo, ...partThree],
  firstPublished: '2025-09-15',
  author: 'helen-okafor',
  topics: ['send'],
  membershipCategories: ['middle-leaders', 'headteachers', 'school-business-leaders'],
  seo: {
    metaTitle: 'The SEND code of practice: a guide for school leaders',
    metaDescription:
      'A plain-English summary of the SEND code of practice for headteachers, SENCOs and school leaders, from SEN support to EHC plans and annual reviews.',
  },
};
