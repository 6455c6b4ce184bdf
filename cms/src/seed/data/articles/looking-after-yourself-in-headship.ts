import { bold, h2, p, quote, ul } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const lookingAfterYourself: ArticleSeed = {
  slug: 'looking-after-yourself-in-headship',
  title: 'Looking after yourself in headship',
  summary:
    'Headteachers spend their days looking after others. Our survey shows many are running on empty. Here are small, realistic steps to protect your health, and where to turn when things feel too much.',
  body: [
    p(
      'In our winter survey, more than half of the headteachers who replied said they had felt close to burnout in the past year. ',
      'Many said they had no one at work they could talk to honestly.',
    ),
    h2('Small steps that help'),
    ul(
      'put one evening a week in your diary as protected time, and keep to it',
      'agree with governors which e-mails really need a reply out of hours',
      'find a peer: another head you can call when a day goes wrong',
      'notice the warning signs: poor sleep, short temper, dreading Sunday evenings',
    ),
    quote(
      'I thought asking for help would look like weakness. In fact, my governors were relieved I told them. — A secondary headteacher',
    ),
    h2('When it feels too much'),
    p(
      'Members can use our free and confidential coaching service and our 24-hour support line. ',
      bold('You do not need to be in crisis to call.'),
      ' If you are worried about your safety, please contact your GP or call 111.',
    ),
  ],
  firstPublished: '2026-01-19',
  author: 'tom-ashworth',
  topics: ['wellbeing-and-workload'],
  membershipCategories: ['headteachers'],
};
