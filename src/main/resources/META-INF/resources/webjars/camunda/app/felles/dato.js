// How Sosialsak reads a date typed into a Camunda Forms date field (used by sosialsak.js; tested by
// src/test/js/dato.test.mjs). Nothing is guessed: a text that is not one of the two forms, or not a real day, is no date.

/** A typed date: dd.mm.åååå (or ISO åååå-mm-dd) that is a real calendar date; anything else is no date. */
export function tolkDato(tekst) {
  const s = String(tekst).trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  let dag;
  let maned;
  let ar;
  if (m) {
    [dag, maned, ar] = [+m[1], +m[2], +m[3]];
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    [ar, maned, dag] = [+m[1], +m[2], +m[3]];
  } else {
    return undefined;
  }
  const dato = new Date(ar, maned - 1, dag);
  return dato.getFullYear() === ar && dato.getMonth() === maned - 1 && dato.getDate() === dag ? dato : undefined;
}
