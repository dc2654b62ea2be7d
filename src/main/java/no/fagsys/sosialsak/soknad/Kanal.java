package no.fagsys.sosialsak.soknad;

/** How the application came in; an oral application is recorded by the caseworker (SPEC § 2). */
public enum Kanal {
  OPPMOTE,
  TELEFON,
  DIGITAL,
  ANNEN
}
