import { h2, h3, link, p, ul } from '../../blocks';
import type { ArticleSeed } from '../../types';

export const buyingEnergy: ArticleSeed = {
  slug: 'buying-energy-for-your-school-a-checklist',
  title: 'Buying energy for your school: a checklist',
  summary:
    'Energy is now one of the biggest costs after staffing. This checklist helps school business leaders compare contracts, avoid common traps and cut use without making classrooms cold.',
  body: [
    p(
      'When energy prices jumped, many schools found themselves locked into expensive contracts or rolled onto costly default rates. ',
      'A little planning can prevent that next time.',
    ),
    h2('Before you sign'),
    ul(
      'find your current contract end date and the notice period',
      'check whether the price is fixed or changes with the market',
      'ask about standing charges as well as the price per unit',
      'use a public-sector buying framework where you can, so that the legal tendering work is already done',
    ),
    h3('Cutting use'),
    p(
      'Small changes add up: timers on heating, switching off equipment at weekends, and checking the building is not heated during holidays. ',
      'Involve pupils. Eco-councils are often brilliant at spotting waste.',
    ),
    p(
      'Our members’ area has a ',
      link('https://www.nusl.example/advice/school-finance/energy', 'template for comparing energy quotes'),
      ' that you can adapt for your school.',
    ),
  ],
  firstPublished: '2023-05-15',
  author: 'sunita-mehra',
  topics: ['school-funding'],
  membershipCategories: ['school-business-leaders'],
};
