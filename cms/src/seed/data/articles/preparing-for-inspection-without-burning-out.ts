import { h2, italic, p, quote, ul } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const preparingForInspection: ArticleSeed = {
  slug: 'preparing-for-inspection-without-burning-out',
  title: 'Preparing for inspection without burning out',
  summary:
    'Inspection can take over a school for months. Our policy officer shares what members have found helps: knowing your school well, cutting needless paperwork and looking after your team.',
  body: [
    p(
      'Inspection matters. It can also cause a great deal of stress, for leaders and for everyone they lead. ',
      'We asked members what helped them stay well and still do a good job when the call came.',
    ),
    h2('Know your school, not the handbook'),
    p(
      'Inspectors want to understand how your school works and why. The best preparation is being able to explain that clearly. ',
      'Leaders who spent months building special folders often told us they hardly opened them.',
    ),
    h2('What members said helped'),
    ul(
      'agreeing a short, honest summary of strengths and priorities with senior leaders and governors',
      'making sure middle leaders can talk about their own areas with confidence',
      'stopping “mock inspections” that added pressure but little insight',
      'planning how to support staff during the visit, including breaks and food',
    ),
    quote(
      'The week went well because my team knew what we were proud of and what we were still working on. We did not pretend. — A primary headteacher',
    ),
    p(
      italic('If you are told an inspection is coming, call our heads’ advice line. '),
      'An adviser can talk you through the first day and be on hand until the report is final.',
    ),
  ],
  firstPublished: '2024-03-12',
  author: 'tom-ashworth',
  topics: ['inspection-and-accountability', 'wellbeing-and-workload'],
  membershipCategories: ['headteachers', 'middle-leaders'],
};
