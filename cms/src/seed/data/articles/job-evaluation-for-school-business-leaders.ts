import { bold, email, h2, ol, p } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const jobEvaluation: ArticleSeed = {
  slug: 'job-evaluation-for-school-business-leaders',
  title: 'Job evaluation for school business leaders: is your grade fair?',
  summary:
    'Many school business leaders do far more than their job description says. We explain how job evaluation works, how to gather evidence, and how to ask for your role to be re-graded.',
  body: [
    p(
      'School business roles have grown fast. Many business managers now lead HR, estates, IT and finance, sometimes across several schools. ',
      'Yet their grade was often set years ago, for a much smaller job.',
    ),
    h2('How job evaluation works'),
    p(
      'Job evaluation compares the demands of a role, such as responsibility for budgets, people and decisions, against a fixed scheme. ',
      'The score sets the grade. It measures the ',
      bold('job'),
      ', not how well you do it.',
    ),
    h2('Asking for a re-grade'),
    ol(
      'Update your job description so that it matches what you really do.',
      'Collect evidence: budgets you manage, staff you line manage, contracts you run.',
      'Ask your head or trust, in writing, for the role to be evaluated.',
      'If the result seems wrong, ask how it was scored and whether you can appeal.',
    ),
    p(
      'We can check your evidence before you submit it. E-mail ',
      email('pay.advice@nusl.example'),
      ' with “job evaluation” in the subject line.',
    ),
  ],
  firstPublished: '2025-10-14',
  author: 'gareth-lewis',
  topics: ['pay-and-conditions'],
  membershipCategories: ['school-business-leaders'],
};
