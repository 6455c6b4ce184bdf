import { bold, h2, p, ul } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const planningForSendCosts: ArticleSeed = {
  slug: 'planning-for-send-costs-in-2026',
  title: 'Planning for SEND costs in your 2026 budget',
  summary:
    'Support for pupils with special educational needs and disabilities is one of the fastest-growing costs in school budgets. Here is how business leaders and heads can plan for it honestly.',
  body: [
    p(
      'More pupils need extra support, and their needs are often more complex. ',
      'Schools are expected to meet the first £6,000 of extra support for each pupil from their own budget, and that money is stretched.',
    ),
    h2('Know your real costs'),
    p(
      'Work out what SEN support actually costs your school, not just what the formula says you receive. ',
      'Include teaching assistant time, specialist services and the SENCO’s time.',
    ),
    ul(
      'list every pupil on SEN support or with an EHC plan and the support they receive',
      'add up staff time, including time spent on paperwork and meetings',
      'compare the total with your notional SEN budget and any top-up funding',
    ),
    h2('Using the evidence'),
    p(
      'Share these figures with governors and with your local authority’s schools forum. ',
      bold('Evidence from schools is what changes funding decisions.'),
      ' It also supports our national campaign for fair SEND funding.',
    ),
  ],
  firstPublished: '2026-03-03',
  author: 'sunita-mehra',
  coverImage: {
    caption: 'SEND budgets 2026',
    alternativeText:
      'Illustration: the words “SEND budgets 2026” in large white letters on a dark blue background, with a yellow line beneath them and a lighter blue circle in the top right corner.',
  },
  topics: ['send', 'school-funding'],
  membershipCategories: ['school-business-leaders', 'headteachers'],
};
