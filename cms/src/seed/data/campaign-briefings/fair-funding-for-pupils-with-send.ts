import { bold, email, link, p, ul } from '../../blocks';
import type { CampaignBriefingSeed } from '../../types';

export const fairFundingForSend: CampaignBriefingSeed = {
  slug: 'fair-funding-for-pupils-with-send',
  title: 'Fair funding for pupils with special educational needs and disabilities',
  summary:
    'Schools want to give every pupil with special educational needs and disabilities the support they need. Funding has not kept up. We set out what a new report found and what we are asking government to do.',
  context: [
    p(
      'The number of pupils with special educational needs and disabilities (SEND) has grown every year for almost a decade. ',
      'Many have more complex needs than before. Most of them learn in mainstream schools.',
    ),
    p(
      'Schools are expected to pay for the first £6,000 of extra support for each pupil from their main budget. ',
      'That figure has not changed for years, while staff pay and the cost of specialist services have risen.',
    ),
    p('Members tell us the gap shows up in three ways:'),
    ul(
      'families wait too long for assessments and for specialist help',
      'teaching assistants are stretched across too many pupils',
      'SENCOs spend more time on paperwork than on supporting children',
    ),
    p(
      'This is not about blame. It is about making sure the money follows the need, so that ',
      bold('every child gets the help the law says they should have'),
      '.',
    ),
  ],
  sourceReport: {
    title: 'Stretched Thin: Meeting Special Educational Needs in Mainstream Schools',
    publisher: 'Kingsmere Institute for Education Research',
    url: 'https://www.nusl.example/reports/stretched-thin',
    quote:
      'Mainstream schools are being asked to do more for pupils with SEND every year, with funding that has not kept pace with either the number of pupils or the complexity of their needs.',
  },
  recommendationsHeading: 'What the report recommends',
  recommendations: [
    {
      heading: 'Fund schools for the needs they actually meet',
      points: [
        'Review the £6,000 threshold and raise it in line with real costs.',
        'Base each school’s SEND funding on up-to-date information about its pupils.',
        'Give extra help to schools with a high share of pupils with SEND.',
      ],
    },
    {
      heading: 'Speed up assessments',
      points: [
        'Give local authorities the staff they need to meet the 20-week deadline.',
        'Publish how long each area takes, so that families and schools know what to expect.',
      ],
    },
    {
      heading: 'Invest in specialist services',
      points: [
        'Train more educational psychologists and speech and language therapists.',
        'Make sure schools can reach specialist advice before a pupil reaches crisis point.',
        'Fund outreach from special schools to support mainstream colleagues.',
      ],
    },
    {
      heading: 'Value the SEND workforce',
      points: [
        'Give every SENCO protected time that matches the size of the role.',
        'Create a proper career path and fair pay for teaching assistants.',
      ],
    },
    {
      heading: 'Reduce paperwork',
      points: [
        'Agree one national template for EHC plans and annual review reports.',
        'Stop asking schools for the same information in different formats.',
      ],
    },
    {
      heading: 'Plan for the long term',
      points: [
        'Set SEND budgets for three years at a time, so that schools can plan.',
        'Involve school leaders and families in designing any reforms.',
      ],
    },
  ],
  callsToActionHeading: 'Our calls for action',
  callsToAction: [
    {
      heading: 'A fair settlement for SEND',
      points: [
        'Government should commit to a multi-year funding settlement for SEND that reflects real costs.',
        'The £6,000 threshold should be reviewed now and then every year.',
      ],
    },
    {
      heading: 'Time for SENCOs',
      points: [
        'Every SENCO should have a minimum amount of protected time, set nationally.',
        'SENCOs in larger schools should be part of the senior leadership team.',
        'Study time for the national SENCO qualification should be funded.',
      ],
    },
    {
      heading: 'Support before crisis',
      points: [
        'Every school should be able to reach an educational psychologist within a term.',
        'Early help should not depend on a pupil having an EHC plan.',
      ],
    },
    {
      heading: 'Less bureaucracy',
      points: [
        'A single national format for EHC plans and reviews, designed with schools.',
        'Digital systems that let schools share information once, securely.',
      ],
    },
    {
      heading: 'Listen to leaders and families',
      points: [
        'School leaders, SENCOs and parents should sit on any national SEND reform group.',
        'Changes should be tested with schools before they are rolled out.',
      ],
    },
  ],
  conclusion: [
    p(
      'Schools are proud of the support they give pupils with SEND. With fair funding and less paperwork, they could do far more.',
    ),
    p(
      'Read our guide, ',
      link(
        'https://www.nusl.example/news/send-code-of-practice-what-leaders-need-to-know',
        'The SEND code of practice: what leaders need to know',
      ),
      '. To share your school’s experience with our campaign team, e-mail ',
      email('campaigns@nusl.example'),
      '.',
    ),
  ],
  firstPublished: '2025-06-24',
  topics: ['send', 'school-funding'],
  membershipCategories: ['headteachers', 'middle-leaders', 'school-business-leaders'],
  seo: {
    metaTitle: 'Fair funding for pupils with SEND: our campaign',
    metaDescription:
      'Why funding for pupils with special educational needs and disabilities must keep up with need, and what we are asking government to do.',
  },
};
