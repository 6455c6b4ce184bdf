import type { Schema, Struct } from '@strapi/strapi';

export interface BriefingPoint extends Struct.ComponentSchema {
  collectionName: 'components_briefing_points';
  info: {
    description: 'One recommendation or one call for action.';
    displayName: 'Point';
    icon: 'bulletList';
  };
  attributes: {
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface BriefingPointGroup extends Struct.ComponentSchema {
  collectionName: 'components_briefing_point_groups';
  info: {
    description: 'A headed list of recommendations or calls for action.';
    displayName: 'Point group';
    icon: 'layer';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    points: Schema.Attribute.Component<'briefing.point', true>;
  };
}

export interface BriefingSource extends Struct.ComponentSchema {
  collectionName: 'components_briefing_sources';
  info: {
    description: 'The report a campaign briefing responds to.';
    displayName: 'Source report';
    icon: 'book';
  };
  attributes: {
    publisher: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    quote: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1500;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface MembershipContact extends Struct.ComponentSchema {
  collectionName: 'components_membership_contacts';
  info: {
    description: 'How to join: phone, e-mail and the online join form.';
    displayName: 'Join contact';
    icon: 'phone';
  };
  attributes: {
    email: Schema.Attribute.Email;
    enquiriesEmail: Schema.Attribute.Email;
    joinUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
  };
}

export interface MembershipHelpArea extends Struct.ComponentSchema {
  collectionName: 'components_membership_help_areas';
  info: {
    description: 'A kind of help members in this category can ask for.';
    displayName: 'Help area';
    icon: 'question';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
    link: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface MembershipRole extends Struct.ComponentSchema {
  collectionName: 'components_membership_roles';
  info: {
    description: 'A job role that can join in this membership category.';
    displayName: 'Eligible role';
    icon: 'user';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'How the page appears in search results and when shared.';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    noIndex: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'briefing.point': BriefingPoint;
      'briefing.point-group': BriefingPointGroup;
      'briefing.source': BriefingSource;
      'membership.contact': MembershipContact;
      'membership.help-area': MembershipHelpArea;
      'membership.role': MembershipRole;
      'shared.seo': SharedSeo;
    }
  }
}
