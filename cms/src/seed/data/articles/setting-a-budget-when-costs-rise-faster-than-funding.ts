import { bold, h2, ol, p } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const settingABudget: ArticleSeed = {
  slug: 'setting-a-budget-when-costs-rise-faster-than-funding',
  title: 'Setting a budget when costs rise faster than funding',
  summary:
    'Pay, energy and support for pupils with SEND are all costing more. Our school business leadership adviser sets out a calm, step-by-step way to build next year’s budget and explain hard choices.',
  body: [
    p(
      'Budget season is rarely easy. This year, many schools face costs that are rising faster than their income. ',
      'There is no magic answer, but a clear process makes hard decisions fairer and easier to explain.',
    ),
    h2('Five steps to a sound budget'),
    ol(
      [
        bold('Start with staffing'),
        '. Staff are usually around four fifths of spending. Model pay awards at more than one rate.',
      ],
      [
        bold('Check every contract'),
        '. Note renewal dates, notice periods and any price rises already agreed.',
      ],
      [
        bold('Plan for three years'),
        ', not one. A small gap this year can become a large one by year three.',
      ],
      [
        bold('Link spending to priorities'),
        '. Ask what each line does for pupils, and what would happen if it stopped.',
      ],
      [bold('Share the picture early'), ' with governors or trustees, before options narrow.'],
    ),
    h2('Explaining hard choices'),
    p(
      'Staff and parents cope better with difficult news when they understand the reasons. ',
      'Use simple charts, avoid finance jargon, and be honest about what you do not yet know.',
    ),
    p(
      'If your budget shows a deficit, talk to us before you propose cuts to staffing. There are legal steps to follow, and we can help you plan them.',
    ),
  ],
  firstPublished: '2024-02-06',
  author: 'sunita-mehra',
  topics: ['school-funding'],
  membershipCategories: ['school-business-leaders', 'headteachers'],
};
