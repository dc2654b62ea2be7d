// Sosialsak's settings for Camunda's Tasklist (the webjar's defaults apply to everything not set here).
export default {
  // Norwegian bokmål for everyone; English stays selectable (the language button in the footer).
  locales: {
    availableLocales: ['nb', 'en'],
    fallbackLocale: 'nb'
  },
  // Relative to app/tasklist/: the shared additions (language, Norwegian dates and texts in Camunda Forms).
  customScripts: ['../felles/sosialsak.js'],
  disableWelcomeMessage: true,
  // Camunda's keyboard shortcuts, described in Norwegian in the shortcut help.
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'tar den valgte oppgaven' },
    focusFilter: { key: 'ctrl+shift+f', description: 'flytter fokus til det første filteret' },
    focusList: { key: 'ctrl+alt+l', description: 'flytter fokus til den første oppgaven i listen' },
    focusForm: { key: 'ctrl+alt+f', description: 'flytter fokus til det første feltet i oppgavens skjema' },
    startProcess: { key: 'ctrl+alt+p', description: 'åpner vinduet for å starte en prosess' }
  }
};
