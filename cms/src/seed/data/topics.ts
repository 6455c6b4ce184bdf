import type { TopicSeed } from '../types';

export const topics: TopicSeed[] = [
  {
    slug: 'send',
    name: 'Special educational needs and disabilities',
    description:
      'Support for pupils with special educational needs and disabilities (SEND): the law, funding, EHC plans and the leaders who make inclusion work.',
  },
  {
    slug: 'pay-and-conditions',
    name: 'Pay and conditions',
    description: 'Pay awards, contracts, working time and your rights at work as a school leader.',
  },
  {
    slug: 'wellbeing-and-workload',
    name: 'Wellbeing and workload',
    description: 'Keeping the job doable: workload, stress, flexible working and where to get support.',
  },
  {
    slug: 'inspection-and-accountability',
    name: 'Inspection and accountability',
    description:
      'How schools are inspected and judged, and what leaders can expect before, during and after a visit.',
  },
  {
    slug: 'school-funding',
    name: 'School funding',
    description:
      'Budgets, grants and the money that reaches classrooms, and how to plan when it does not stretch.',
  },
  {
    slug: 'leadership-development',
    name: 'Leadership development',
    description:
      'Training, qualifications and support for leaders at every stage, from first leadership post to headship.',
  },
];
