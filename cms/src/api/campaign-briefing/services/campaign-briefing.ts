import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::campaign-briefing.campaign-briefing');
