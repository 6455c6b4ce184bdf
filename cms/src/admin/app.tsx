import { GlobeIcon } from './live-site/GlobeIcon';

interface AdminApp {
  widgets: {
    register(widget: {
      id: string;
      icon: () => JSX.Element;
      title: { id: string; defaultMessage: string };
      component: () => Promise<() => JSX.Element>;
    }): void;
  };
}

export default {
  config: {
    locales: [],
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: AdminApp) {
    app.widgets.register({
      id: 'live-site-status',
      icon: GlobeIcon,
      title: { id: 'live-site.widget.title', defaultMessage: 'Live site' },
      component: async () => (await import('./live-site/LiveSiteWidget')).LiveSiteWidget,
    });
  },
  bootstrap() {},
};
