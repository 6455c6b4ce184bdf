import { bold, h2, link, p, ul } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const inspectionResponse: ArticleSeed = {
  slug: 'changes-to-school-inspection-our-response',
  title: 'Changes to school inspection: what we told the consultation',
  summary:
    'The inspectorate has consulted on replacing single-word judgements with report cards. We welcome the end of one-word labels, but we have real concerns about workload and fairness. Here is our response.',
  body: [
    p(
      'For years, members have told us that single-word inspection judgements are too blunt. ',
      'One word cannot describe a whole school, and a poor one can damage a community and a leader’s health.',
    ),
    p(
      'So we welcome the move to a report card that looks at different areas of a school’s work. ',
      'But a new system must not bring new pressures.',
    ),
    h2('What we asked for'),
    ul(
      [
        bold('Fewer grades'),
        ': a long list of separate grades could feel like many judgements instead of one',
      ],
      [bold('Clear, plain language'), ' that parents can understand without a glossary'],
      [bold('Time to adjust'), ': no new framework in the middle of a school year'],
      [
        bold('Wellbeing built in'),
        ': inspectors trained to notice and respond when leaders are under strain',
      ],
      [bold('Fair context'), ': proper account of pupils’ needs, including SEND and disadvantage'],
    ),
    p(
      'Thank you to the 1,200 members who answered our survey. Your words shaped every part of our reply. Read our ',
      link('https://www.nusl.example/reports/inspection-consultation-response', 'full consultation response'),
      '.',
    ),
  ],
  firstPublished: '2025-04-25',
  author: 'tom-ashworth',
  topics: ['inspection-and-accountability', 'wellbeing-and-workload'],
  membershipCategories: ['headteachers'],
};
