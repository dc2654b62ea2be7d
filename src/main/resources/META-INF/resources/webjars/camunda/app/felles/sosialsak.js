// Sosialsak's additions to Camunda's webapps (Tasklist, Cockpit, Admin, Welcome), loaded through each app's
// scripts/config.js before the app starts:
// - Norwegian bokmål is the language for everyone; English can be chosen in the footer and is remembered in the browser.
// - Dates are Norwegian (dd.mm.åååå) in Camunda Forms whatever the browser's own locale is, and a typed date that is
//   not a real date on that form is refused with a message, never reinterpreted (form-js would otherwise read
//   20.11.2026 as month 20 in a US browser).
// - Camunda Forms' own English messages ("Field is required.", "Select" …) are shown in Norwegian.
// - What a role may not use is not offered: Tasklist's "Opprett oppgave" and Cockpit's "Brukeroppgaver" by the
//   user's permission on tasks; the approval form's four-eyes warning only to the drafter.
// - Icon links get a name a screen reader can say.
import { tolkDato } from './dato.js';

const NOKKEL = 'sosialsak.sprak';
const sprak = window.localStorage.getItem(NOKKEL) === 'en' ? 'en' : 'nb';
const appNavn = document.querySelector('base') ? document.querySelector('base').getAttribute('app-name') : '';

// Camunda picks the language from navigator.languages[0] among config.locales.availableLocales.
const foretrukne = sprak === 'en' ? ['en'] : ['nb-NO', 'nb'];
try {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => foretrukne, configurable: true });
  Object.defineProperty(Navigator.prototype, 'language', { get: () => foretrukne[0], configurable: true });
} catch (e) {
  // an old browser keeps its own language; the fallback locale is Norwegian anyway
}
document.documentElement.lang = sprak;

// form-js takes its date pattern from the browser's default Intl locale: make that Norwegian.
const NativDatoformat = Intl.DateTimeFormat;
function NorskDatoformat(locales, options) {
  return new NativDatoformat(locales === undefined || locales === 'default' ? 'nb-NO' : locales, options);
}
NorskDatoformat.prototype = NativDatoformat.prototype;
NorskDatoformat.supportedLocalesOf = NativDatoformat.supportedLocalesOf.bind(NativDatoformat);
Intl.DateTimeFormat = NorskDatoformat;

const DATOFORMAT = 'Skriv datoen som dd.mm.åååå, for eksempel 20.11.2026.';

function datofeil(input, tekst) {
  const felt = input.closest('.fjs-form-field') || input.parentElement;
  let melding = felt.querySelector('.sosialsak-datofeil');
  if (tekst === null) {
    if (melding) {
      melding.remove();
    }
    input.removeAttribute('aria-invalid');
    return;
  }
  if (!melding) {
    melding = document.createElement('div');
    melding.className = 'fjs-form-field-error sosialsak-datofeil';
    melding.id = (input.id || 'dato') + '-datofeil';
    melding.setAttribute('role', 'alert');
    felt.appendChild(melding);
  }
  melding.textContent = `«${tekst}» er ikke en gyldig dato. ${DATOFORMAT}`;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', melding.id);
}

function strengDatolesing(input) {
  const fp = input && input._flatpickr;
  if (!fp || fp.sosialsakStreng) {
    return;
  }
  fp.sosialsakStreng = true;
  fp.config.parseDate = (tekst) => {
    const dato = tolkDato(tekst);
    if (input.value.trim() === String(tekst).trim()) {
      datofeil(input, dato || !String(tekst).trim() ? null : String(tekst).trim());
    }
    return dato;
  };
}

const FORMS_TEKSTER = [
  [/^Field is required\.$/, () => 'Feltet må fylles ut.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Verdien må være minst ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Verdien kan være høyst ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Skriv minst ${m[1]} tegn.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Skriv høyst ${m[1]} tegn.`],
  [/^Field must match pattern .+\.$/, () => 'Verdien har feil format.'],
  [/^Field must be a valid email\.$/, () => 'Skriv en gyldig e-postadresse.'],
  [/^Date must match pattern yyyy-MM-dd$/, () => DATOFORMAT],
  [/^Date and time must both be entered\.$/, () => 'Skriv både dato og klokkeslett.'],
  [/^Should be at least (.+?)\.?$/, (m) => `Verdien må være minst ${m[1]}.`],
  [/^Should be at most (.+?)\.?$/, (m) => `Verdien kan være høyst ${m[1]}.`],
  [/^Should not contain more than (\d+) decimal digits\.?$/, (m) => `Bruk høyst ${m[1]} desimaler.`],
  [/^Select$/, () => 'Velg'],
  [/^Search$/, () => 'Søk'],
];

function oversettForms(rot) {
  const inni = rot.closest ? rot.closest('.fjs-container') : null;
  const skjemaer = inni ? [inni] : rot.querySelectorAll ? rot.querySelectorAll('.fjs-container') : [];
  for (const skjema of skjemaer) {
    const gjennom = document.createTreeWalker(skjema, NodeFilter.SHOW_TEXT);
    for (let node = gjennom.nextNode(); node; node = gjennom.nextNode()) {
      const tekst = node.nodeValue.trim();
      for (const [monster, norsk] of FORMS_TEKSTER) {
        const m = monster.exec(tekst);
        if (m) {
          node.nodeValue = norsk(m);
          break;
        }
      }
    }
    for (const felt of skjema.querySelectorAll('input[placeholder], textarea[placeholder]')) {
      const p = felt.getAttribute('placeholder');
      if (p === 'dd.mm.yyyy') {
        felt.setAttribute('placeholder', 'dd.mm.åååå');
      } else if (p === 'Search') {
        felt.setAttribute('placeholder', 'Søk');
      }
    }
    for (const input of skjema.querySelectorAll('input.flatpickr-input')) {
      strengDatolesing(input);
    }
  }
}

function sprakvalg() {
  if (document.querySelector('.sosialsak-sprakvalg')) {
    return;
  }
  const fot = document.querySelector('footer .container-fluid .row > div:last-child') || document.querySelector('footer');
  if (!fot) {
    return;
  }
  const knapp = document.createElement('button');
  knapp.type = 'button';
  knapp.className = 'btn btn-link sosialsak-sprakvalg';
  knapp.lang = sprak === 'en' ? 'nb' : 'en';
  knapp.textContent = sprak === 'en' ? 'Norsk (bokmål)' : 'English';
  knapp.addEventListener('click', () => {
    window.localStorage.setItem(NOKKEL, sprak === 'en' ? 'nb' : 'en');
    window.location.reload();
  });
  fot.appendChild(knapp);
}

/** Camunda's app switch is an icon without text: give it a name a screen reader can say (WCAG 2.4.4, 4.1.2). */
function navnPaLenker() {
  for (const lenke of document.querySelectorAll('.app-switch > .dropdown-toggle:not([aria-label])')) {
    lenke.setAttribute('aria-label', sprak === 'en' ? 'Switch application' : 'Bytt program');
  }
  // The notices' close button is "Close" to a screen reader in Camunda's own template, whatever the language.
  if (sprak === 'nb') {
    for (const tekst of document.querySelectorAll('.alert button.close .sr-only')) {
      if (tekst.textContent.trim() === 'Close') {
        tekst.textContent = 'Lukk';
      }
    }
  }
}

let innlogget = null;

/** The logged-in user's id (Camunda's webapp authentication), fetched once. */
async function innloggetBruker() {
  if (innlogget === null) {
    innlogget = fetch(`${document.querySelector('base').getAttribute('admin-api')}auth/user/default`,
      { credentials: 'same-origin' }).then((svar) => (svar.ok ? svar.json() : {})).then((u) => u.userId || '')
      .catch(() => '');
  }
  return innlogget;
}

/**
 * The approval form's warning that one cannot approve one's own draft (four eyes) is for the drafter alone: the form
 * renders it hidden with the drafter's user id, and it is shown when that is the logged-in user.
 */
async function egetUtkast(rot) {
  const velger = '.sosialsak-eget-utkast:not(.sosialsak-sjekket)';
  const advarsler = rot.querySelectorAll ? [...(rot.matches(velger) ? [rot] : []), ...rot.querySelectorAll(velger)] : [];
  if (advarsler.length === 0) {
    return;
  }
  const bruker = await innloggetBruker();
  for (const advarsel of advarsler) {
    advarsel.classList.add('sosialsak-sjekket');
    if (bruker && advarsel.id === `eget-utkast-${bruker}`) {
      advarsel.classList.add('sosialsak-vis');
    }
  }
}

/** Whether the logged-in user has a permission on tasks (Camunda's authorization check); false when unknown. */
async function harOppgavetilgang(tilgang) {
  try {
    const svar = await fetch(`${document.querySelector('base').getAttribute('engine-api')}engine/default/authorization/check`
      + `?permissionName=${tilgang}&resourceName=Task&resourceType=7`, { credentials: 'same-origin' });
    return svar.ok && (await svar.json()).authorized === true;
  } catch (e) {
    return false;
  }
}

async function opprettOppgaveTillatt() {
  // Tasklist's "Create task" is for those who may create stand-alone tasks (Camunda's CREATE on Task).
  if (await harOppgavetilgang('CREATE')) {
    document.body.classList.add('sosialsak-kan-opprette-oppgave');
  }
}

async function leseOppgaverTillatt() {
  // Cockpit's "Brukeroppgaver" (its menu entry and the dashboard's count) is for those who may read tasks: the
  // auditor. Others (the process owner) would land on an error page.
  if (await harOppgavetilgang('READ')) {
    document.body.classList.add('sosialsak-kan-lese-oppgaver');
  }
}

let sjekketOpprett = false;
let sjekketLesing = false;
new MutationObserver((endringer) => {
  for (const endring of endringer) {
    for (const node of endring.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        oversettForms(node);
        egetUtkast(node);
      } else if (node.nodeType === Node.TEXT_NODE && node.parentElement) {
        oversettForms(node.parentElement);
      }
    }
    if (endring.type === 'characterData' && endring.target.parentElement) {
      oversettForms(endring.target.parentElement);
    }
  }
  sprakvalg();
  navnPaLenker();
  if (appNavn === 'tasklist' && !sjekketOpprett && document.querySelector('li.create-task-action')) {
    sjekketOpprett = true;
    opprettOppgaveTillatt();
  }
  if (appNavn === 'cockpit' && !sjekketLesing && document.querySelector('.Header a[href="#/tasks"]')) {
    sjekketLesing = true;
    leseOppgaverTillatt();
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

// A date field is made strict as soon as it gets focus, before anything can be typed into it.
document.addEventListener('focusin', (e) => strengDatolesing(e.target), true);
