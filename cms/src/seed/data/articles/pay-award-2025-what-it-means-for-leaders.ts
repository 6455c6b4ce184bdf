import { bold, email, h2, p, ul } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const payAward2025: ArticleSeed = {
  slug: 'pay-award-2025-what-it-means-for-leaders',
  title: 'Pay award 2025: what it means for school leaders',
  summary:
    'Teachers and leaders in England will receive a 4% pay rise from September 2025. We explain who it covers, how it will be paid for, and what to check in your own pay statement.',
  body: [
    p(
      'The government has accepted a 4% pay award for teachers and school leaders in England for 2025 to 2026. ',
      'It takes effect from 1 September 2025. Here is what it means for you.',
    ),
    h2('Who the award covers'),
    p(
      'The rise applies to every pay point and allowance in the School Teachers’ Pay and Conditions Document. ',
      'That includes the leadership pay range, teaching and learning responsibility payments (TLRs) and the SEN allowance. ',
      'Academies are not bound by the document, but most follow it. If you work in an academy, ask your trust to confirm in writing that it will pass on the full award.',
    ),
    h2('Who pays for it'),
    p(
      'The government is giving schools some extra money towards the cost. It also expects schools to find part of the cost from their own budgets. ',
      'For many schools, especially small ones, that will be hard. ',
      bold('We will keep pressing for the award to be fully funded.'),
    ),
    h2('What to do now'),
    ul(
      'check that your September or October payslip shows the new rate and any back pay',
      'make sure allowances such as TLRs have gone up by 4% too',
      'if you lead a school, talk to your business leader about the effect on this year’s budget',
      'tell us if your employer is not passing on the award in full',
    ),
    p(
      'Questions about your own pay? E-mail ',
      email('pay.advice@nusl.example'),
      ' and one of our advisers will reply within two working days.',
    ),
  ],
  firstPublished: '2025-05-28',
  author: 'gareth-lewis',
  coverImage: {
    caption: 'Pay award 2025',
    alternativeText:
      'Illustration: the words “Pay award 2025” in large white letters on a dark blue background, with a yellow line beneath them and a lighter blue circle in the top right corner.',
  },
  topics: ['pay-and-conditions', 'school-funding'],
  membershipCategories: ['headteachers', 'middle-leaders', 'school-business-leaders'],
  seo: {
    metaTitle: 'Pay award 2025: what it means for school leaders',
    metaDescription:
      'A 4% pay rise for teachers and leaders in England from September 2025: who it covers, who pays and what to check.',
  },
};
