import { bold, email, p, quote } from '../../blocks';
import type { CampaignBriefingSeed } from '../../types';

export const leadersWorkloadAndInspection: CampaignBriefingSeed = {
  slug: 'leaders-workload-wellbeing-and-inspection',
  title: 'Leading on empty: workload, wellbeing and inspection reform',
  summary:
    'School leaders are working longer hours than ever, and the pressure of inspection is a big reason why. A new study shows the scale of the problem. We set out the changes we want to see.',
  context: [
    p(
      'Good schools need leaders who are well, rested and able to think clearly. Too many leaders are none of these things. ',
      'They work long evenings and weekends, and many are thinking of leaving the profession.',
    ),
    p(
      'Workload has many causes: staff shortages, rising need among pupils, and more tasks passed to schools from other services. ',
      'But members tell us again and again that ',
      bold('the fear of inspection'),
      ' drives much of the extra work.',
    ),
    quote(
      'I spend my evenings preparing for an inspection that might not come for two years. That is time I am not spending with my staff or my own family. — A primary headteacher',
    ),
    p(
      'Recent changes to inspection are a start. We want reforms that make a real difference to the working lives of leaders at every level.',
    ),
  ],
  sourceReport: {
    title: 'Leading on Empty: Workload and Wellbeing in School Leadership',
    publisher: 'Ashbrook Centre for Workforce Studies',
    url: 'https://www.nusl.example/reports/leading-on-empty',
    quote:
      'Leaders at every level report working well beyond a sustainable week, and most name the preparation for accountability, rather than teaching or leading, as the task they would most like to lose.',
  },
  recommendationsHeading: 'What the report recommends',
  recommendations: [
    {
      heading: 'Make inspection less stressful',
      points: [
        'Give schools clear, plain guidance on what inspectors do and do not need to see.',
        'Make it easier to challenge findings that leaders believe are wrong.',
        'Pause an inspection if a leader is clearly unwell.',
      ],
    },
    {
      heading: 'Set a limit on working hours',
      points: [
        'Agree a reasonable working week for leaders, not only for teachers.',
        'Ask schools to monitor leaders’ hours as well as staff hours.',
      ],
    },
    {
      heading: 'Cut tasks that add little value',
      points: [
        'Review data collections and remove any that are not used.',
        'Stop asking schools for written policies that are not required by law.',
        'Give schools a single calendar of national deadlines each year.',
      ],
    },
    {
      heading: 'Support leaders’ wellbeing',
      points: [
        'Fund confidential supervision and coaching for every headteacher.',
        'Train governors and trustees to look after the wellbeing of their head.',
      ],
    },
    {
      heading: 'Grow and keep leaders',
      points: [
        'Offer flexible and part-time routes into senior leadership.',
        'Give middle leaders time to lead, not just a title and an allowance.',
      ],
    },
  ],
  callsToActionHeading: 'Our calls for action',
  callsToAction: [
    {
      heading: 'Inspection that supports improvement',
      points: [
        'Inspection reports should describe strengths and next steps in plain language, without one-word labels.',
        'Leaders should receive support, not only judgement, when a school is found to be struggling.',
      ],
    },
    {
      heading: 'A duty of care',
      points: [
        'Inspectors should be trained to recognise distress and to respond kindly.',
        'There should be a clear and fair process for pausing an inspection.',
        'An independent body should hear complaints about inspection.',
      ],
    },
    {
      heading: 'A workload promise',
      points: [
        'Government should test every new policy for its effect on leaders’ workload before it starts.',
        'Any new task given to schools should come with the time or money to do it.',
      ],
    },
    {
      heading: 'Wellbeing support for every leader',
      points: [
        'Every headteacher should have funded access to professional supervision.',
        'Wellbeing support should also reach deputies, middle leaders and business leaders.',
      ],
    },
    {
      heading: 'A fair voice for leaders',
      points: [
        'School leaders should be represented on any group that reviews the inspection framework.',
        'The inspectorate should publish what it learns from leaders’ feedback each year.',
      ],
    },
  ],
  conclusion: [
    p(
      'We all want strong, accountable schools. That depends on leaders who can stay in the job and do it well.',
    ),
    p(
      'Tell us how workload and inspection affect you. Your stories help us make the case to government. E-mail ',
      email('campaigns@nusl.example'),
      '.',
    ),
  ],
  firstPublished: '2024-09-30',
  topics: ['wellbeing-and-workload', 'inspection-and-accountability'],
  membershipCategories: ['headteachers', 'middle-leaders'],
  seo: {
    metaTitle: 'Leading on empty: workload, wellbeing and inspection',
    metaDescription:
      'Leaders are working longer than ever and inspection is a big reason. Read what the evidence shows and what we are calling for.',
  },
};
