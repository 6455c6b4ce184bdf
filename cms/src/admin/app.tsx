import type { ComponentType } from 'react';
import { MoveAction } from './entry-moves/MoveAction';
import { GlobeIcon } from './live-site/GlobeIcon';
import { ChecklistIcon } from './readability/ChecklistIcon';
import { ReadabilityPanel } from './readability/ReadabilityPanel';
import { addScheduleColumn } from './schedule/column';
import { SchedulePanel } from './schedule/SchedulePanel';

const LIST_VIEW_COLUMNS_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';

// Strapi's own document actions, as far as placing ours among them needs.
type DocumentAction = { type?: string } | typeof MoveAction;

interface AdminApp {
  widgets: {
    register(widget: {
      id: string;
      icon: () => JSX.Element;
      title: { id: string; defaultMessage: string };
      component: () => Promise<() => JSX.Element>;
    }): void;
  };
  addMenuLink(link: {
    to: string;
    icon: ComponentType;
    intlLabel: { id: string; defaultMessage: string };
    permissions: never[];
    Component: () => Promise<{ default: ComponentType }>;
  }): void;
  registerHook(name: string, hook: typeof addScheduleColumn): void;
  getPlugin(name: 'content-manager'): {
    apis: {
      addEditViewSidePanel(panels: (typeof ReadabilityPanel | typeof SchedulePanel)[]): void;
      addDocumentAction(reduce: (actions: DocumentAction[]) => DocumentAction[]): void;
    };
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
    // Every signed-in editor may see the report; it lists published content only.
    app.addMenuLink({
      to: 'readability-report',
      icon: ChecklistIcon,
      intlLabel: { id: 'readability.report.menu', defaultMessage: 'Readability report' },
      permissions: [],
      Component: () => import('./readability/ReportPage'),
    });
  },
  bootstrap(app: AdminApp) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([SchedulePanel, ReadabilityPanel]);
    app.registerHook(LIST_VIEW_COLUMNS_HOOK, addScheduleColumn);
    // In the edit view's menu, just before "Delete entry", as the move ends by deleting this entry.
    app.getPlugin('content-manager').apis.addDocumentAction((actions) => {
      const remove = actions.findIndex((action) => 'type' in action && action.type === 'delete');
      const at = remove < 0 ? actions.length : remove;
      return [...actions.slice(0, at), MoveAction, ...actions.slice(at)];
    });
  },
};
