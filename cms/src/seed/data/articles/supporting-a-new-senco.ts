import { email, h2, ol, p } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const supportingANewSenco: ArticleSeed = {
  slug: 'supporting-a-new-senco',
  title: 'Supporting a new SENCO: a guide for heads and line managers',
  summary:
    'New SENCOs carry a heavy load from day one. Our SEND adviser explains how heads and line managers can help them settle in, gain the national qualification and build a strong team around them.',
  body: [
    p(
      'A special educational needs co-ordinator (SENCO) new to the role faces a steep learning curve. ',
      'They must learn the law, build trust with families and lead colleagues, often while still teaching.',
    ),
    h2('In the first term'),
    ol(
      'Agree protected time for SENCO work and put it on the timetable.',
      'Arrange a handover with the previous SENCO, or with a SENCO from a nearby school.',
      'Give them a place at senior leadership meetings when SEND is discussed.',
      'Plan annual reviews for the year together, with phase transfers first.',
    ),
    h2('The national qualification'),
    p(
      'A teacher new to the SENCO role must achieve the National Professional Qualification for SENCOs within three years. ',
      'Build study time into their workload. It is part of the job, not an extra.',
    ),
    p(
      'Our SEND advice team runs a free network for new SENCOs each term. To join, e-mail ',
      email('send.advice@nusl.example'),
      '.',
    ),
  ],
  firstPublished: '2024-11-20',
  author: 'helen-okafor',
  topics: ['send', 'leadership-development'],
  membershipCategories: ['middle-leaders', 'headteachers'],
};
