package no.fagsys.sosialsak.arkiv;

import java.util.List;
import java.util.Objects;

/**
 * One message to the archive: the {@code arkivmelding} XML (Fiks Arkiv V1, valid against
 * {@code no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd}) and the files it names.
 *
 * @param noekkel the idempotency key of the document (also the message's {@code referanseEksternNoekkel})
 * @param meldingstype what it creates
 * @param hovedsaksnummer the application's case number (the saksmappe)
 * @param saksnummer the case it came from (the application, a complaint {@code …-K1}, a breach {@code …-V1})
 * @param kommunenummer the municipality whose archive it goes to
 * @param xml the arkivmelding
 * @param dokumenter the files, each under the name the XML gives as {@code referanseDokumentfil}
 */
public record Arkivmelding(String noekkel, Meldingstype meldingstype, String hovedsaksnummer, String saksnummer,
    String kommunenummer, String xml, List<Dokument> dokumenter) {

  public Arkivmelding {
    Objects.requireNonNull(noekkel, "noekkel");
    Objects.requireNonNull(xml, "xml");
    dokumenter = dokumenter == null ? List.of() : List.copyOf(dokumenter);
  }

  /** What a message creates in the archive. */
  public enum Meldingstype {
    /** The case folder, when the case is registered. */
    SAKSMAPPE,
    /** An incoming registration (journalposttype I): the application, a complaint, a statement. */
    INNGAENDE,
    /** An outgoing registration (journalposttype U): a letter, with its PDF/A. */
    UTGAENDE
  }

  /** A file of the message: its name in the message, and its bytes. */
  public record Dokument(String referanse, String mimeType, byte[] innhold) {}
}
