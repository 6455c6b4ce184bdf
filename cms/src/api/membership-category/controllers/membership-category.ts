import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::membership-category.membership-category');
