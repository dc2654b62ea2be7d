// Saksspor: a case's whole history in Cockpit, read-only (docs/saksspor.md). A Cockpit front-end plugin (Camunda 7.24
// plugin API: an ES module whose default export is the list of plugins), listed under customScripts in
// app/cockpit/scripts/config.js. The page (#/saksspor) asks the server-side plugin
// GET {cockpitApi}/plugin/saksspor/{engine}/saker/{saksnummer} and shows the trail in Norwegian bokmål; the menu entry
// is shown only when GET {cockpitApi}/plugin/saksspor/{engine}/tilgang says the user may read cases. It has no
// action that changes anything: only a search field, tables and links to the letters' PDFs.

const STI = '/saksspor';

const STIL = `
.saksspor { color: #1b1b1b; background: #fff; padding: 16px 20px 40px; max-width: 1400px; font-size: 14px; }
.saksspor h1 { font-size: 24px; margin: 0 0 12px; }
.saksspor h2 { font-size: 20px; margin: 28px 0 8px; }
.saksspor p { margin: 6px 0; }
.saksspor form { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin: 8px 0 4px; }
.saksspor label { display: block; font-weight: bold; margin-bottom: 4px; }
.saksspor input[type=text] { font-size: 16px; padding: 6px 8px; border: 1px solid #595959; border-radius: 3px;
  color: #1b1b1b; background: #fff; width: 20em; }
.saksspor button { font-size: 16px; padding: 6px 14px; border: 1px solid #0b4f8a; border-radius: 3px;
  background: #0b4f8a; color: #fff; cursor: pointer; }
.saksspor a { color: #0b4f8a; text-decoration: underline; }
.saksspor a:focus, .saksspor button:focus, .saksspor input:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
.saksspor .saksspor-hjelp { color: #3d3d3d; }
.saksspor .saksspor-status { min-height: 1.5em; margin: 10px 0; font-weight: bold; }
.saksspor .saksspor-feil { color: #a00000; }
.saksspor table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; }
.saksspor caption { caption-side: top; text-align: left; font-weight: bold; color: #1b1b1b; padding: 4px 0; }
.saksspor th, .saksspor td { border: 1px solid #8c8c8c; padding: 4px 6px; vertical-align: top; text-align: left; }
.saksspor thead th { background: #e6e6e6; color: #1b1b1b; }
.saksspor tbody th { background: #f5f5f5; color: #1b1b1b; font-weight: normal; }
.saksspor ul.saksspor-verdier { list-style: none; margin: 0; padding: 0; }
.saksspor .saksspor-liten { color: #3d3d3d; font-size: 12px; }
.saksspor dl.saksspor-sak { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 4px 0; }
.saksspor dl.saksspor-sak dt { font-weight: bold; }
.saksspor dl.saksspor-sak dd { margin: 0; }
`;

const PROSESSTATUS = {
  ACTIVE: 'Pågår',
  SUSPENDED: 'Satt på vent',
  COMPLETED: 'Fullført',
  EXTERNALLY_TERMINATED: 'Avsluttet utenfra',
  INTERNALLY_TERMINATED: 'Avsluttet av prosessen'
};
const OPPGAVESTATUS = { FULLFORT: 'Fullført', AAPEN: 'Åpen', AVBRUTT: 'Avsluttet uten å bli fullført' };
const BREVTYPE = {
  VEDTAK: 'Vedtaksbrev',
  FORELOPIG_SVAR: 'Foreløpig svar',
  FORHANDSVARSEL: 'Forhåndsvarsel',
  VIDERESENDING: 'Videresending til ansvarlig kommune',
  KLAGE_OVERSENDELSE: 'Oversendelse av klage til Statsforvalteren',
  KLAGE_RETTING: 'Anmodning om retting av klage',
  STATSFORVALTERENS_VEDTAK: 'Statsforvalterens vedtak'
};
const HENDELSE = {
  soknadsStatus: 'Søknadsstatus',
  tildeltNavKontor: 'Tildelt Nav-kontor',
  vedtakFattet: 'Vedtak fattet',
  forelopigSvar: 'Foreløpig svar',
  dokumentasjonEtterspurt: 'Dokumentasjon etterspurt',
  vilkar: 'Vilkår',
  klageMottatt: 'Klage mottatt',
  klageOversendt: 'Klage oversendt Statsforvalteren',
  klageAvgjort: 'Klage avgjort',
  vilkarsbruddMeldt: 'Vilkårsbrudd meldt',
  forhandsvarselSendt: 'Forhåndsvarsel sendt',
  uttalelseMottatt: 'Uttalelse mottatt'
};
const SAKSTYPE = { SOKNAD: 'Søknad', KLAGE: 'Klage', VILKARSBRUDD: 'Vilkårsbrudd' };

const TID = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23'
});

/** dd.mm.åååå kl. tt:mm in Norwegian time; an empty value is a dash. */
export function tid(iso) {
  if (!iso) {
    return '–';
  }
  const dato = new Date(iso);
  if (isNaN(dato.getTime())) {
    return String(iso);
  }
  const d = {};
  TID.formatToParts(dato).forEach(p => { d[p.type] = p.value; });
  return `${d.day}.${d.month}.${d.year} kl. ${d.hour}:${d.minute}`;
}

function verdi(v) {
  if (v === null || v === undefined || v === '') {
    return '–';
  }
  if (v === true) {
    return 'Ja';
  }
  if (v === false) {
    return 'Nei';
  }
  if (typeof v === 'object') {
    if (v.referanse && v.referanse.id) {
      return 'brev ' + v.referanse.id;
    }
    return JSON.stringify(v);
  }
  return String(v);
}

function el(tag, attributter, ...barn) {
  const e = document.createElement(tag);
  Object.entries(attributter || {}).forEach(([k, v]) => {
    if (v !== null && v !== undefined) {
      e.setAttribute(k, v);
    }
  });
  barn.flat().forEach(b => {
    if (b !== null && b !== undefined) {
      e.appendChild(typeof b === 'string' || typeof b === 'number' ? document.createTextNode(String(b)) : b);
    }
  });
  return e;
}

function person(navn, id) {
  if (!id) {
    return '–';
  }
  return navn && navn !== id ? `${navn} (${id})` : id;
}

function verdiliste(par) {
  if (!par.length) {
    return '–';
  }
  return el('ul', { class: 'saksspor-verdier' }, par.map(([navn, v]) => el('li', null, `${navn}: ${verdi(v)}`)));
}

/** A table with its caption, column headings (scope col) and rows whose first cell is the row's heading. */
function tabell(id, tittel, kolonner, rader, tom) {
  if (!rader.length) {
    return el('p', { id }, tom);
  }
  return el('table', { id },
    el('caption', null, tittel),
    el('thead', null, el('tr', null, kolonner.map(k => el('th', { scope: 'col' }, k)))),
    el('tbody', null, rader.map(rad => el('tr', null, rad.map((celle, i) => i === 0
      ? el('th', { scope: 'row' }, celle)
      : el('td', null, celle))))));
}

function seksjon(id, overskrift, ...innhold) {
  return el('section', { 'aria-labelledby': id + '-overskrift', class: 'saksspor-seksjon', id },
    el('h2', { id: id + '-overskrift' }, overskrift), ...innhold);
}

function prosessnavn(p) {
  return p ? `${p.navn || p.prosess} (${p.prosess})` : '–';
}

function visSpor(spor, api, mal) {
  const pluginUrl = `${api.cockpitApi}/plugin/saksspor/${api.engine}/`;
  const prosesser = {};
  spor.prosesser.forEach(p => { prosesser[p.id] = p; });

  const sak = seksjon('saksspor-sak', `Sak ${spor.saksnummer}`,
    el('dl', { class: 'saksspor-sak' },
      el('dt', null, 'Sakstype'), el('dd', null, SAKSTYPE[spor.sakstype] || spor.sakstype),
      el('dt', null, 'Kommune'), el('dd', null, spor.kommunenummer),
      el('dt', null, 'Tjeneste'), el('dd', null, spor.tjeneste || '–'),
      el('dt', null, 'Mottatt'), el('dd', null, tid(spor.opprettet)),
      el('dt', null, 'Saker i sporet'), el('dd', null, spor.saker.join(', '))));

  const prosesstabell = seksjon('saksspor-prosesser', 'Prosesser',
    tabell('saksspor-prosesstabell', 'Prosessene i saken og prosessene de kalte',
      ['Prosess', 'Saksnummer', 'Versjon', 'Kalt fra', 'Startet', 'Avsluttet', 'Status'],
      spor.prosesser.map(p => [prosessnavn(p), p.saksnummer || '–', String(p.versjon),
        p.overordnet ? prosessnavn(prosesser[p.overordnet]) : '–', tid(p.startet), tid(p.avsluttet),
        PROSESSTATUS[p.status] || p.status]),
      'Saken har ingen prosesser i historikken.'));

  const oppgavetabell = seksjon('saksspor-oppgaver', 'Oppgaver',
    tabell('saksspor-oppgavetabell', 'Oppgavene i saken: hvem og når',
      ['Oppgave', 'Prosess', 'Opprettet', 'Kandidatgruppe', 'Tildelt', 'Fullført av', 'Avsluttet', 'Status'],
      spor.oppgaver.map(o => [o.navn || o.element, prosessnavn(prosesser[o.prosessinstansId]), tid(o.opprettet),
        o.kandidatgrupper.length ? o.kandidatgrupper.join(', ') : '–', person(o.tildeltNavn, o.tildelt),
        person(o.fullfortAvNavn, o.fullfortAv), tid(o.avsluttet), OPPGAVESTATUS[o.status] || o.status]),
      'Saken har ingen brukeroppgaver.'));

  const beslutningstabell = seksjon('saksspor-beslutninger', 'Beslutninger',
    tabell('saksspor-beslutningstabell', 'Beslutningstabellene saken brukte, med inndata og utdata',
      ['Beslutningstabell', 'Versjon', 'Steg', 'Evaluert', 'Inndata', 'Utdata'],
      spor.beslutninger.map(b => [`${b.navn || b.beslutning} (${b.beslutning})`, String(b.versjon), b.element || '–',
        tid(b.evaluert), verdiliste(b.inndata.map(i => [i.navn, i.verdi])),
        verdiliste(b.utdata.map(u => [u.navn, u.verdi]))]),
      'Saken har ingen evalueringer av beslutningstabeller.'));

  const brevtabell = seksjon('saksspor-brev', 'Brev',
    tabell('saksspor-brevtabell', 'Brevene i saken',
      ['Brev', 'Saksnummer', 'Produsert', 'Dokument'],
      spor.brev.map(b => [BREVTYPE[b.type] || b.type, b.saksnummer, tid(b.produsert),
        el('a', { href: pluginUrl + b.lenke, download: b.filnavn }, `Last ned ${b.filnavn} (PDF)`)]),
      'Saken har ingen brev.'));

  const tidslinje = seksjon('saksspor-tidslinje', 'Tidslinje',
    tabell('saksspor-tidslinjetabell', 'Sakens tidslinje (statushendelser)',
      ['Tidspunkt', 'Hendelse', 'Detaljer'],
      spor.tidslinje.map(h => [tid(h.hendelsestidspunkt), HENDELSE[h.type] || h.type,
        verdiliste(Object.entries(h).filter(([k]) => k !== 'type' && k !== 'hendelsestidspunkt'))]),
      'Saken har ingen hendelser i tidslinjen.'));

  const alt = [];
  spor.prosesser.forEach(p => {
    alt.push([p.startet, 'Prosess startet', prosessnavn(p) + (p.saksnummer ? `, sak ${p.saksnummer}` : '')]);
    if (p.avsluttet) {
      alt.push([p.avsluttet, 'Prosess avsluttet', `${prosessnavn(p)}: ${PROSESSTATUS[p.status] || p.status}`]);
    }
  });
  spor.oppgaver.forEach(o => {
    alt.push([o.opprettet, 'Oppgave opprettet', o.navn || o.element]);
    if (o.avsluttet) {
      alt.push([o.avsluttet, o.status === 'FULLFORT' ? 'Oppgave fullført' : 'Oppgave avsluttet',
        `${o.navn || o.element}${o.fullfortAv ? ', av ' + person(o.fullfortAvNavn, o.fullfortAv) : ''}`]);
    }
  });
  spor.beslutninger.forEach(b => alt.push([b.evaluert, 'Beslutningstabell evaluert',
    `${b.navn || b.beslutning}: ${b.utdata.map(u => `${u.navn} ${verdi(u.verdi)}`).join(', ') || 'ingen treff'}`]));
  spor.brev.forEach(b => alt.push([b.produsert, 'Brev produsert', `${BREVTYPE[b.type] || b.type}, ${b.filnavn}`]));
  spor.tidslinje.forEach(h => alt.push([h.hendelsestidspunkt, 'Tidslinjehendelse', HENDELSE[h.type] || h.type]));
  alt.sort((a, b) => new Date(a[0]) - new Date(b[0]));
  const kronologi = seksjon('saksspor-kronologi', 'Alt i tidsrekkefølge',
    tabell('saksspor-kronologitabell', 'Prosesser, oppgaver, beslutninger, brev og tidslinje i tidsrekkefølge',
      ['Tidspunkt', 'Hva', 'Detaljer'], alt.map(([t, hva, detalj]) => [tid(t), hva, detalj]),
      'Ingenting å vise.'));

  mal.replaceChildren(sak, prosesstabell, oppgavetabell, beslutningstabell, brevtabell, tidslinje, kronologi);
}

function side(node, api) {
  node.replaceChildren();
  const stil = el('style', null, STIL);
  const status = el('p', { class: 'saksspor-status', role: 'status', 'aria-live': 'polite', id: 'saksspor-status' });
  const felt = el('input', {
    type: 'text', id: 'saksspor-saksnummer', name: 'saksnummer', autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'saksspor-saksnummer-hjelp', inputmode: 'text'
  });
  const skjema = el('form', { role: 'search', 'aria-label': 'Finn en sak', id: 'saksspor-sok' },
    el('div', null,
      el('label', { for: 'saksspor-saksnummer' }, 'Saksnummer'),
      felt),
    el('button', { type: 'submit', id: 'saksspor-vis' }, 'Vis saksspor'));
  const resultat = el('div', { id: 'saksspor-resultat' });
  // The page's main landmark (Cockpit's own page has none), in Norwegian bokmål.
  const rot = el('main', { class: 'saksspor', lang: 'nb', id: 'saksspor', 'aria-labelledby': 'saksspor-tittel' },
    stil,
    el('h1', { id: 'saksspor-tittel' }, 'Saksspor'),
    el('p', { class: 'saksspor-hjelp', id: 'saksspor-saksnummer-hjelp' },
      'Skriv saksnummeret, for eksempel 2026-5028-000001. Du ser hele historikken til saken: prosessene, ',
      'oppgavene med hvem og når, beslutningene med inn- og utdata, brevene og tidslinjen. Tidene er norsk tid. ',
      'Siden endrer ingenting.'),
    skjema,
    status,
    resultat);
  node.appendChild(rot);

  let foresporsel = 0;
  async function vis(saksnummer) {
    const denne = ++foresporsel;
    status.classList.remove('saksspor-feil');
    resultat.replaceChildren();
    if (!saksnummer) {
      status.classList.add('saksspor-feil');
      status.textContent = 'Skriv et saksnummer.';
      felt.focus();
      return;
    }
    status.textContent = `Henter saksspor for ${saksnummer} …`;
    try {
      const svar = await fetch(`${api.cockpitApi}/plugin/saksspor/${api.engine}/saker/${encodeURIComponent(saksnummer)}`,
        { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (denne !== foresporsel) {
        return;
      }
      if (!svar.ok) {
        let melding = 'Saksporet kunne ikke hentes.';
        if (svar.status === 401) {
          melding = 'Du er ikke logget inn. Logg inn på nytt.';
        } else {
          try {
            const problem = await svar.json();
            melding = problem.detail || melding;
          } catch (e) {
            // not a problem detail: keep the general sentence
          }
        }
        status.classList.add('saksspor-feil');
        status.textContent = melding;
        return;
      }
      const spor = await svar.json();
      if (denne !== foresporsel) {
        return;
      }
      visSpor(spor, api, resultat);
      status.textContent = `Viser saksspor for ${spor.saksnummer}: ${spor.prosesser.length} prosesser, `
        + `${spor.oppgaver.length} oppgaver, ${spor.beslutninger.length} beslutninger, ${spor.brev.length} brev og `
        + `${spor.tidslinje.length} hendelser i tidslinjen.`;
    } catch (e) {
      status.classList.add('saksspor-feil');
      status.textContent = 'Saksporet kunne ikke hentes. Prøv igjen.';
    }
  }

  skjema.addEventListener('submit', hendelse => {
    hendelse.preventDefault();
    vis(felt.value.trim());
  });

  const sporring = (window.location.hash.split('?')[1] || '');
  const fraLenke = new URLSearchParams(sporring).get('saksnummer');
  if (fraLenke) {
    felt.value = fraLenke;
    vis(fraLenke.trim());
  }
}

export default [
  {
    id: 'saksspor-navigasjon',
    pluginPoint: 'cockpit.navigation',
    priority: 40,
    properties: { path: STI },
    // Only for a user who may read cases here (GET …/tilgang); the others (the process owner, the administrator)
    // would get nothing but a refusal, so they see no menu entry. The server still checks every case.
    // data-saksspor-tilgang says the answer has come (ja/nei).
    render: (node, { api }) => {
      node.replaceChildren();
      const vis = kanLese => {
        node.setAttribute('data-saksspor-tilgang', kanLese ? 'ja' : 'nei');
        node.replaceChildren(...(kanLese ? [el('a', { href: '#' + STI, lang: 'nb' }, 'Saksspor')] : []));
      };
      fetch(`${api.cockpitApi}/plugin/saksspor/${api.engine}/tilgang`,
        { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(svar => (svar.ok ? svar.json() : { kanLese: false }))
        .then(tilgang => vis(tilgang.kanLese === true))
        .catch(() => vis(false));
    }
  },
  {
    id: 'saksspor-side',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: STI },
    render: (node, { api }) => side(node, api)
  }
];
