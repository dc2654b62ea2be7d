package no.fagsys.sosialsak.arkiv;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.fagsys.sosialsak.platform.process.EngineTime;

/**
 * Writes the {@code arkivmelding} (Fiks Arkiv V1, {@code no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett}) of a
 * saksmappe or a journalpost, in the element order of the schema; {@link ArkivmeldingSkjema} checks the result against
 * the schema before it is sent. Every case folder, registration and document of a social services case is screened:
 * access code {@value #TILGANGSKODE} (taushetsplikt) with the authority {@value #SKJERMINGSHJEMMEL}: offentleglova
 * § 13 exempts information under a duty of confidentiality, which sosialtjenesteloven § 44 imposes on everything about
 * the client. The public title never names the party.
 */
public final class ArkivmeldingXml {

  static final String NS = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1";
  static final String MDK = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /** The system name in every message and the fagsystem of every external key. */
  public static final String SYSTEM = "sosialsak";
  /** Noark 5 tilgangsrestriksjon: information under a duty of confidentiality (offentleglova § 13). */
  public static final String TILGANGSKODE = "13";
  public static final String SKJERMINGSHJEMMEL = "Offl. § 13 jf. sotjl. § 44";
  /** Our classification of the folder: the service (see docs/arkiv.md for the municipality's own scheme). */
  public static final String KLASSIFIKASJON_TJENESTE = "sosialsak-tjeneste";
  /** The folder's other classification: the party, by the pseudonymous reference (a real archive: the person). */
  public static final String KLASSIFIKASJON_PART = "sosialsak-part";

  private ArkivmeldingXml() {}

  /** The external key of the case folder, by which its registrations name it and the archive recognises it. */
  public static String mappeNoekkel(String hovedsaksnummer) {
    return "saksmappe:" + hovedsaksnummer;
  }

  /** The party of the case: its pseudonymous reference and the name the address book gives (or the reference). */
  public record Part(String referanse, String navn) {}

  /** The case folder. */
  public record Saksmappe(String hovedsaksnummer, String tittel, String offentligTittel, Instant opprettet,
      String opprettetAv, Part part, String kontor, String saksansvarlig, String tjeneste, String tjenestetekst) {}

  /** A file of a registration: its name, its name in the message, its size and SHA-256. */
  public record Fil(String filnavn, String referanse, long storrelse, String sha256) {}

  /**
   * A registration.
   *
   * @param type {@code I} incoming or {@code U} outgoing
   * @param korrespondansepart the sender (I) or recipient (U)
   * @param dokumenttype Noark dokumenttype code, e.g. {@code SØKNAD}, {@code VEDTAK}, {@code KORR}
   */
  public record Journalpost(String noekkel, String hovedsaksnummer, String saksnummer, char type, String tittel,
      String offentligTittel, Instant dato, Part part, String korrespondansepart, boolean korrespondansepartErPerson,
      String saksbehandler, String kontor, String dokumenttype, Fil fil) {}

  public static String saksmappe(Saksmappe m) {
    return skriv(w -> {
      start(w, 0);
      w.writeStartElement(NS, "mappe");
      w.writeAttribute("xsi", XSI, "type", "saksmappe");
      el(w, "tittel", m.tittel());
      el(w, "offentligTittel", m.offentligTittel());
      el(w, "opprettetDato", tid(m.opprettet()));
      el(w, "opprettetAv", m.opprettetAv());
      part(w, m.part());
      skjerming(w);
      w.writeStartElement(NS, "klassifikasjon");
      el(w, "klassifikasjonssystemID", KLASSIFIKASJON_PART);
      el(w, "klasseID", m.part().referanse());
      el(w, "erSkjermet", "true");
      w.writeEndElement();
      w.writeStartElement(NS, "klassifikasjon");
      el(w, "klassifikasjonssystemID", KLASSIFIKASJON_TJENESTE);
      el(w, "klasseID", m.tjeneste());
      el(w, "tittel", m.tjenestetekst());
      w.writeEndElement();
      eksternNoekkel(w, NS, "referanseEksternNoekkel", mappeNoekkel(m.hovedsaksnummer()));
      el(w, "saksdato", dato(m.opprettet()));
      identifikatorer(w, "administrativEnhet", m.kontor());
      identifikatorer(w, "saksansvarlig", m.saksansvarlig());
      kode(w, "saksstatus", "B", "Under behandling");
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  public static String journalpost(Journalpost j) {
    return skriv(w -> {
      start(w, j.fil() == null ? 0 : 1);
      w.writeStartElement(NS, "registrering");
      w.writeAttribute("xsi", XSI, "type", "journalpost");
      el(w, "opprettetDato", tid(j.dato()));
      el(w, "opprettetAv", j.saksbehandler());
      w.writeStartElement(NS, "referanseForelderMappe");
      eksternNoekkel(w, MDK, "referanseEksternNoekkel", mappeNoekkel(j.hovedsaksnummer()));
      w.writeEndElement();
      part(w, j.part());
      skjerming(w);
      if (j.fil() != null) {
        w.writeStartElement(NS, "dokumentbeskrivelse");
        kode(w, "dokumenttype", j.dokumenttype(), null);
        kode(w, "dokumentstatus", "F", "Dokumentet er ferdigstilt");
        el(w, "tittel", j.tittel());
        el(w, "opprettetDato", tid(j.dato()));
        el(w, "opprettetAv", j.saksbehandler());
        kode(w, "tilknyttetRegistreringSom", "H", "Hoveddokument");
        el(w, "dokumentnummer", "1");
        skjerming(w);
        w.writeStartElement(NS, "dokumentobjekt");
        el(w, "versjonsnummer", "1");
        kode(w, "variantformat", "A", "Arkivformat");
        kode(w, "format", "RA-PDF", "PDF/A - ISO 19005-2");
        el(w, "mimeType", "application/pdf");
        el(w, "filnavn", j.fil().filnavn());
        el(w, "referanseDokumentfil", j.fil().referanse());
        el(w, "sjekksum", j.fil().sha256());
        el(w, "sjekksumAlgoritme", "SHA256");
        el(w, "filstoerrelse", Long.toString(j.fil().storrelse()));
        w.writeEndElement();
        w.writeEndElement();
      }
      el(w, "tittel", j.tittel());
      el(w, "offentligTittel", j.offentligTittel());
      w.writeStartElement(NS, "korrespondansepart");
      kode(w, "korrespondanseparttype", j.type() == 'I' ? "EA" : "EM",
          j.type() == 'I' ? "Ekstern avsender" : "Ekstern mottaker");
      el(w, "korrespondansepartNavn", j.korrespondansepart());
      el(w, "erSkjermet", Boolean.toString(j.korrespondansepartErPerson()));
      el(w, "erPersonnavn", Boolean.toString(j.korrespondansepartErPerson()));
      w.writeEndElement();
      w.writeStartElement(NS, "korrespondansepart");
      kode(w, "korrespondanseparttype", j.type() == 'I' ? "IM" : "IA",
          j.type() == 'I' ? "Intern mottaker" : "Intern avsender");
      el(w, "erBehandlingsansvarlig", "true");
      el(w, "korrespondansepartNavn", j.kontor());
      identifikatorer(w, "administrativEnhet", j.kontor());
      identifikatorer(w, "saksbehandler", j.saksbehandler());
      w.writeEndElement();
      eksternNoekkel(w, NS, "referanseEksternNoekkel", j.noekkel());
      kode(w, "journalposttype", String.valueOf(j.type()),
          j.type() == 'I' ? "Inngående dokument" : "Utgående dokument");
      kode(w, "journalstatus", "J", "Journalført");
      el(w, "journaldato", dato(j.dato()));
      el(w, "dokumentetsDato", dato(j.dato()));
      el(w, j.type() == 'I' ? "mottattDato" : "sendtDato", tid(j.dato()));
      el(w, "antallVedlegg", "0");
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  private interface Skriving {
    void skriv(XMLStreamWriter w) throws XMLStreamException;
  }

  private static String skriv(Skriving skriving) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      skriving.skriv(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Arkivmeldingen kunne ikke skrives", e);
    }
    return out.toString();
  }

  private static void start(XMLStreamWriter w, int antallFiler) throws XMLStreamException {
    w.setDefaultNamespace(NS);
    w.setPrefix("n5mdk", MDK);
    w.setPrefix("xsi", XSI);
    w.writeStartElement(NS, "arkivmelding");
    w.writeDefaultNamespace(NS);
    w.writeNamespace("n5mdk", MDK);
    w.writeNamespace("xsi", XSI);
    el(w, "system", SYSTEM);
    el(w, "antallFiler", Integer.toString(antallFiler));
  }

  private static void part(XMLStreamWriter w, Part part) throws XMLStreamException {
    if (part == null) {
      return;
    }
    w.writeStartElement(NS, "part");
    el(w, "partID", part.referanse());
    el(w, "partNavn", part.navn());
    kode(w, "partRolle", "KLI", "Klient");
    el(w, "erSkjermet", "true");
    el(w, "erPersonnavn", "true");
    w.writeEndElement();
  }

  private static void skjerming(XMLStreamWriter w) throws XMLStreamException {
    w.writeStartElement(NS, "skjerming");
    kode(w, "tilgangsrestriksjon", TILGANGSKODE, "Taushetsplikt");
    el(w, "skjermingshjemmel", SKJERMINGSHJEMMEL);
    w.writeEndElement();
  }

  private static void eksternNoekkel(XMLStreamWriter w, String ns, String navn, String noekkel)
      throws XMLStreamException {
    w.writeStartElement(ns, navn);
    w.writeStartElement(MDK, "fagsystem");
    w.writeCharacters(SYSTEM);
    w.writeEndElement();
    w.writeStartElement(MDK, "noekkel");
    w.writeCharacters(noekkel);
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void identifikatorer(XMLStreamWriter w, String navn, String verdi) throws XMLStreamException {
    if (verdi == null) {
      return;
    }
    w.writeStartElement(NS, navn);
    w.writeStartElement(MDK, "navn");
    w.writeCharacters(verdi);
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void kode(XMLStreamWriter w, String navn, String kode, String beskrivelse)
      throws XMLStreamException {
    w.writeStartElement(NS, navn);
    w.writeStartElement(MDK, "kode");
    w.writeCharacters(kode);
    w.writeEndElement();
    if (beskrivelse != null) {
      w.writeStartElement(MDK, "beskrivelse");
      w.writeCharacters(beskrivelse);
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private static void el(XMLStreamWriter w, String navn, String tekst) throws XMLStreamException {
    if (tekst == null || tekst.isBlank()) {
      return;
    }
    w.writeStartElement(NS, navn);
    w.writeCharacters(tekst);
    w.writeEndElement();
  }

  static String tid(Instant t) {
    return t.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  static String dato(Instant t) {
    return t.atZone(EngineTime.NORGE).toLocalDate().toString();
  }
}
