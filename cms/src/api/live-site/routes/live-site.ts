// The editors' view of the live site, for the admin home page widget. It holds
// no content, only build state, which the site's own /status already shows.
export default {
  routes: [
    {
      method: 'GET',
      path: '/live-site/status',
      handler: 'live-site.status',
      config: { auth: false },
    },
  ],
};
