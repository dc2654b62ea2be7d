// Sosialsak's settings for Camunda's Cockpit (the webjar's defaults apply to everything not set here).
export default {
  // Norwegian bokmål for everyone; English stays selectable (the language button in the footer).
  locales: {
    availableLocales: ['nb', 'en'],
    fallbackLocale: 'nb'
  },
  // Relative to app/cockpit/: the shared additions (language, Norwegian dates and texts in Camunda Forms).
  // Saksspor, the auditor's case history (docs/saksspor.md): a page and its menu entry.
  customScripts: ['../felles/sosialsak.js', 'scripts/saksspor/saksspor.js'],
  disableWelcomeMessage: true
};
