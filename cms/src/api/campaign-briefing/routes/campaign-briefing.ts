import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::campaign-briefing.campaign-briefing');
