import { GlobeIcon } from './live-site/GlobeIcon';
import { addScheduleColumn } from './schedule/column';
import { SchedulePanel } from './schedule/SchedulePanel';

const LIST_VIEW_COLUMNS_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';

interface AdminApp {
  widgets: {
    register(widget: {
      id: string;
      icon: () => JSX.Element;
      title: { id: string; defaultMessage: string };
      component: () => Promise<() => JSX.Element>;
    }): void;
  };
  registerHook(name: string, hook: typeof addScheduleColumn): void;
  getPlugin(name: 'content-manager'): {
    apis: { addEditViewSidePanel(panels: (typeof SchedulePanel)[]): void };
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
  bootstrap(app: AdminApp) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([SchedulePanel]);
    app.registerHook(LIST_VIEW_COLUMNS_HOOK, addScheduleColumn);
  },
};
