import { h2, link, p, ul } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const thinkingAboutSeniorLeadership: ArticleSeed = {
  slug: 'thinking-about-senior-leadership',
  title: 'Thinking about senior leadership? Questions to ask yourself',
  summary:
    'Stepping up from middle to senior leadership changes your working life. These questions will help you decide if the time is right, and how to prepare for interviews and your first year.',
  body: [
    p(
      'Many middle leaders wonder whether to apply for an assistant or deputy headship. There is no single right moment. ',
      'But some honest questions can help you decide.',
    ),
    h2('Questions to ask yourself'),
    ul(
      'Do I enjoy solving problems for the whole school, not just my own area?',
      'Am I ready to teach less and lead adults more?',
      'Have I led something beyond my team, such as a whole-school project?',
      'Who could I ask for honest feedback before I apply?',
    ),
    h2('Getting ready'),
    p(
      'Ask to shadow a senior leader for a day. Offer to lead a piece of whole-school work. ',
      'Consider a national professional qualification in senior leadership. It can give you a wider view and new contacts.',
    ),
    p(
      'Members can book a free careers conversation with one of our advisers through the ',
      link('https://www.nusl.example/advice/leadership-development', 'leadership development pages'),
      '.',
    ),
  ],
  firstPublished: '2026-06-10',
  author: 'tom-ashworth',
  topics: ['leadership-development'],
  membershipCategories: ['middle-leaders', 'headteachers'],
};
