// Whether this CMS instance publishes scheduled entries, and when it last checked:
// for monitoring each instance when several share a database. It holds no content.
export default {
  routes: [
    {
      method: 'GET',
      path: '/schedule/status',
      handler: 'schedule.status',
      config: { auth: false },
    },
  ],
};
