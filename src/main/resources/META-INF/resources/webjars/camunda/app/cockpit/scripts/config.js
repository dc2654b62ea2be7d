// Sosialsak's settings for Camunda's Cockpit (the webjar's defaults apply to everything not set here).
export default {
  // Norwegian bokmål for everyone; English stays selectable (the language button in the footer).
  locales: {
    availableLocales: ['nb', 'en'],
    fallbackLocale: 'nb'
  },
  // Relative to app/cockpit/: the shared additions (language, Norwegian dates and texts in Camunda Forms).
  customScripts: ['../felles/sosialsak.js'],
  disableWelcomeMessage: true
};
