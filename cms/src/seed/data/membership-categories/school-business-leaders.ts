import { bold, p, ul } from '../../blocks';
import type { MembershipCategorySeed } from '../../types';

export const schoolBusinessLeaders: MembershipCategorySeed = {
  slug: 'school-business-leaders',
  name: 'School business leaders',
  strapline: 'For bursars, business managers and finance leaders who keep schools running, safe and solvent.',
  introduction: [
    p(
      'School business leaders manage money, buildings, staff and contracts. Your work lets teachers teach. ',
      'Yet it is often unseen, and the pressure on budgets lands on your desk first.',
    ),
    p(
      'Membership gives you advisers who understand school finance and support staff contracts. ',
      'We help with pay and grading, job descriptions and disputes, and we give you ',
      bold('legal representation'),
      ' if you need it at work.',
    ),
    p(
      'You also get practical guides on budgets and procurement, training on leadership and law, and a network of business leaders to share ideas with. ',
      'We make sure government hears your voice when it makes decisions about school funding.',
    ),
  ],
  eligibility: [
    p(
      'You can join if you lead or manage the business side of a school, college, academy or group of schools in the UK. ',
      'You do not need to be a qualified teacher.',
    ),
    p('You are eligible if you are responsible for one or more of these areas:'),
    ul(
      'finance and budget planning',
      'human resources and payroll',
      'premises, health and safety, and estates',
      'procurement and contracts',
      'data, IT and information governance',
    ),
    p(
      'Finance officers and office managers who are working towards a business leadership role may also join.',
    ),
  ],
  eligibleRoles: [
    {
      name: 'School business manager',
      description: 'Manages finance, premises and administration in a single school.',
    },
    {
      name: 'Bursar',
      description: 'Looks after the school’s finances and often its buildings and contracts.',
    },
    {
      name: 'Chief financial officer',
      description: 'Leads finance across a multi-academy trust or group of schools.',
    },
    {
      name: 'Chief operating officer',
      description: 'Leads operations such as estates, HR and IT across a trust.',
    },
    {
      name: 'Estates and facilities manager',
      description: 'Responsible for the safety and upkeep of school buildings and grounds.',
    },
    {
      name: 'HR manager',
      description: 'Leads recruitment, contracts and staff policies for a school or trust.',
    },
  ],
  join: {
    phone: '020 7946 0130',
    email: 'join@nusl.example',
    enquiriesEmail: 'business.leaders@nusl.example',
    joinUrl: 'https://www.nusl.example/join/school-business-leaders',
    note: 'Call us from 8am to 6pm, Monday to Friday. We aim to answer e-mails within two working days.',
  },
  helpAreas: [
    {
      title: 'Finance',
      description:
        'Budget setting, forecasting, audits and working with governors and trustees on difficult spending decisions.',
      link: 'https://www.nusl.example/advice/school-finance',
    },
    {
      title: 'Employment',
      description:
        'Support staff pay and grading, job evaluation, contracts and your rights when your role changes.',
      link: 'https://www.nusl.example/advice/employment',
    },
    {
      title: 'Management',
      description: 'Leading operations teams, managing contractors and keeping buildings safe and compliant.',
      link: 'https://www.nusl.example/advice/school-operations',
    },
  ],
  topics: ['school-funding', 'pay-and-conditions', 'wellbeing-and-workload', 'leadership-development'],
  seo: {
    metaTitle: 'Membership for school business leaders',
    metaDescription:
      'Advice and representation for bursars, business managers and finance leaders in schools and academy trusts.',
  },
};
