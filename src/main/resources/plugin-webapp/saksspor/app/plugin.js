// Saksspor's page is the custom script app/cockpit/scripts/saksspor/saksspor.js, listed under customScripts in
// Cockpit's config.js. Cockpit also asks every server-side plugin for this file; it adds nothing.
export default [];
