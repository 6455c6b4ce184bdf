import { bold, h2, p, quote, ul } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const firstYearMiddleLeader: ArticleSeed = {
  slug: 'your-first-year-as-a-middle-leader',
  title: 'Your first year as a middle leader',
  summary:
    'Moving from teaching to leading a team is a big step. Here is practical advice for your first year: listening first, leading colleagues who were your peers, and protecting your own time.',
  body: [
    p(
      'Congratulations on your new role. Whether you lead a department, a phase or a year group, you now have two jobs: teaching well and helping others to teach well.',
    ),
    h2('Listen before you change things'),
    p(
      'In your first half term, talk to everyone in your team on their own. Ask what works, what gets in the way, and what they would change. ',
      'You will learn a lot, and they will see that you value them.',
    ),
    h2('Leading people who used to be your peers'),
    p(
      'This can feel awkward. Be open about it. Keep the friendships, but be clear that some conversations now belong in your role, not over coffee.',
    ),
    ul(
      [bold('Do'), ' agree a small number of shared priorities'],
      [bold('Do'), ' ask for a mentor from outside your team'],
      [bold('Do not'), ' try to fix everything in the first term'],
    ),
    quote(
      'The best advice I got was to choose three things and do them well. The rest could wait until I knew the team. — A head of science',
    ),
  ],
  firstPublished: '2023-10-09',
  author: 'tom-ashworth',
  topics: ['leadership-development', 'wellbeing-and-workload'],
  membershipCategories: ['middle-leaders'],
};
