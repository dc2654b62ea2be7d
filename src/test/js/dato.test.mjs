// The strict reading of typed dates in Camunda Forms (webjars/camunda/app/felles/dato.js): run by CI with `node --test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tolkDato } from '../../main/resources/META-INF/resources/webjars/camunda/app/felles/dato.js';

const iso = (dato) => (dato === undefined ? undefined
  : `${dato.getFullYear()}-${String(dato.getMonth() + 1).padStart(2, '0')}-${String(dato.getDate()).padStart(2, '0')}`);

test('a Norwegian date is read as the day it names', () => {
  assert.equal(iso(tolkDato('20.11.2026')), '2026-11-20');
  assert.equal(iso(tolkDato('01.12.2026')), '2026-12-01');
  assert.equal(iso(tolkDato('3.2.2026')), '2026-02-03');
  assert.equal(iso(tolkDato(' 29.02.2028 ')), '2028-02-29');
});

test('an ISO date is read as it is', () => {
  assert.equal(iso(tolkDato('2026-11-20')), '2026-11-20');
});

test('a day that does not exist is no date, never the next month', () => {
  for (const tekst of ['31.02.2026', '29.02.2026', '32.01.2026', '00.01.2026', '15.13.2026', '2026-02-30']) {
    assert.equal(tolkDato(tekst), undefined, tekst);
  }
});

test('other shapes are no date, never reinterpreted', () => {
  for (const tekst of ['11/20/2026', '20/11/2026', '20-11-2026', '20.11.26', '2026.11.20', '20112026', '', 'i dag',
    '20.11.2026 kl. 12', '1e1.11.2026']) {
    assert.equal(tolkDato(tekst), undefined, tekst);
  }
});
