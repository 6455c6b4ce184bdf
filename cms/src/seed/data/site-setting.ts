import type { SiteSettingSeed } from '../types';

export const siteSetting: SiteSettingSeed = {
  siteName: 'National Union of School Leaders',
  tagline: 'Standing with school leaders at every level, from middle leaders to headteachers.',
  contactPhone: '020 7946 0100',
  contactEmail: 'hello@nusl.example',
  joinUrl: 'https://www.nusl.example/join',
  footerText:
    'National Union of School Leaders (NUSL) is a fictional union created to demonstrate this website. Advice on this site is general; for help with your own situation, please contact our advisers.',
  defaultSeo: {
    metaTitle: 'National Union of School Leaders',
    metaDescription:
      'Advice, representation and a strong voice for school leaders: middle leaders, school business leaders and headteachers.',
  },
};
