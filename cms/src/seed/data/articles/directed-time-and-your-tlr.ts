import { bold, h2, link, p, ul } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const directedTime: ArticleSeed = {
  slug: 'directed-time-and-your-tlr',
  title: 'Directed time and your TLR: a guide for middle leaders',
  summary:
    'Middle leaders often work far beyond their directed hours. We explain how directed time works, what your TLR pays for, and how to raise concerns about workload calmly and fairly.',
  body: [
    p(
      'Many middle leaders tell us they no longer know where their working week ends. ',
      'Knowing the rules will not make the job smaller, but it will help you have a fair conversation about it.',
    ),
    h2('What directed time means'),
    p(
      'In maintained schools, a full-time teacher can be directed to work for up to ',
      bold('1,265 hours'),
      ' a year, over 195 days. This covers teaching, meetings, parents’ evenings and other tasks your head asks you to do at set times. ',
      'Part-time teachers’ hours are reduced in proportion.',
    ),
    p(
      'You also have a right to planning, preparation and assessment (PPA) time: at least 10% of your timetabled teaching time.',
    ),
    h2('What your TLR pays for'),
    p(
      'A teaching and learning responsibility payment, or TLR, rewards a lasting responsibility beyond normal teaching, such as leading a department. ',
      'It does not buy unlimited extra hours. Your responsibilities should be written down and agreed.',
    ),
    h2('Raising a concern'),
    ul(
      'keep a simple record of your working hours for a few weeks',
      'ask for a copy of the school’s directed time calendar',
      'book a meeting with your line manager and bring ideas for what could stop, not only what is too much',
      [
        'if nothing changes, contact us through the ',
        link('https://www.nusl.example/advice/employment', 'employment advice page'),
      ],
    ),
  ],
  firstPublished: '2023-09-18',
  author: 'gareth-lewis',
  topics: ['pay-and-conditions', 'wellbeing-and-workload'],
  membershipCategories: ['middle-leaders'],
};
