import { bold, p, ul } from '../../blocks';
import type { MembershipCategorySeed } from '../../types';

export const headteachers: MembershipCategorySeed = {
  slug: 'headteachers',
  name: 'Headteachers',
  strapline:
    'For headteachers, heads of school and executive heads: expert advice, legal support and a strong national voice.',
  introduction: [
    p(
      'Headship is one of the most rewarding jobs there is. It can also be lonely. ',
      'Decisions stop with you, and you are answerable to pupils, parents, staff, governors and inspectors.',
    ),
    p(
      'Membership gives you senior advisers who have led schools themselves. They can help on the same day with ',
      'complaints, staffing problems, inspection and your own contract. If things become serious, you have ',
      bold('legal representation'),
      ' from specialists in education law.',
    ),
    p(
      'We also offer confidential coaching, courses for new and experienced heads, and regional networks where you can talk openly with peers. ',
      'We take what you tell us to ministers and inspectors, so that policy is shaped by people who know schools.',
    ),
  ],
  eligibility: [
    p(
      'You can join as a headteacher if you are the leader of a school or a group of schools in the UK. ',
      'This includes maintained schools, academies, free schools, special schools, pupil referral units and independent schools.',
    ),
    p('You are eligible if you are:'),
    ul(
      'a substantive, acting or interim headteacher',
      'a head of school working under an executive head',
      'an executive headteacher or chief executive of a trust',
      'a recently retired head who still works in education, for example as a consultant',
    ),
    p(
      'Deputy and assistant heads who are about to start their first headship may join at the headteacher rate.',
    ),
  ],
  eligibleRoles: [
    {
      name: 'Headteacher',
      description: 'Leads a single school, including acting and interim heads.',
    },
    {
      name: 'Head of school',
      description: 'Leads the day-to-day running of one school within a federation or trust.',
    },
    {
      name: 'Executive headteacher',
      description: 'Leads two or more schools, usually with a head of school in each.',
    },
    {
      name: 'Chief executive officer',
      description: 'Leads a multi-academy trust and is accountable to its board.',
    },
    {
      name: 'Principal',
      description: 'The title many academies and colleges use for their headteacher.',
    },
  ],
  join: {
    phone: '020 7946 0140',
    email: 'join@nusl.example',
    enquiriesEmail: 'heads@nusl.example',
    joinUrl: 'https://www.nusl.example/join/headteachers',
    note: 'Our advice line for heads is open from 7.30am to 7pm, Monday to Friday, all year round.',
  },
  helpAreas: [
    {
      title: 'Accountability',
      description:
        'Preparing for inspection, responding to a report you disagree with, and working with your governing board.',
      link: 'https://www.nusl.example/advice/inspection',
    },
    {
      title: 'Employment',
      description:
        'Your own pay, contract and wellbeing, and support if you face a complaint or investigation.',
      link: 'https://www.nusl.example/advice/employment',
    },
    {
      title: 'Management',
      description:
        'Staffing problems, restructures, budgets and the legal duties that come with running a school.',
      link: 'https://www.nusl.example/advice/running-a-school',
    },
  ],
  topics: [
    'inspection-and-accountability',
    'school-funding',
    'wellbeing-and-workload',
    'pay-and-conditions',
    'send',
  ],
  seo: {
    metaTitle: 'Membership for headteachers',
    metaDescription:
      'Expert advice, legal support, coaching and a national voice for headteachers, heads of school and executive heads.',
  },
};
