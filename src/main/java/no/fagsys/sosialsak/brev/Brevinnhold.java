package no.fagsys.sosialsak.brev;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a letter says, built from stored data (a decision record, process variables): the one content model behind
 * both the PDF ({@link BrevRenderer}, a Thymeleaf template per {@link BrevType}) and the plain text
 * ({@link #tekst()}), so the two cannot drift apart. User-facing text is Norwegian bokmål.
 *
 * @param type which letter, and so which template
 * @param saksnummer the case number printed in the letterhead
 * @param kommunenummer the municipality
 * @param avsender the sending office, e.g. {@code Nav Melhus}
 * @param dato the letter's date
 * @param mottaker the addressee's lines
 * @param tittel the heading: what the letter answers or concerns
 * @param seksjoner the sections in order, each with its heading
 * @param vedlegg named attachments, empty when none
 * @param kopiTil who gets a copy, empty when nobody
 * @param underskrivere who signs, in the order printed (name and role)
 */
public record Brevinnhold(BrevType type, String saksnummer, String kommunenummer, String avsender, LocalDate dato,
    List<String> mottaker, String tittel, List<Seksjon> seksjoner, List<String> vedlegg, List<String> kopiTil,
    List<Underskriver> underskrivere) {

  public static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  public Brevinnhold {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(saksnummer, "saksnummer");
    Objects.requireNonNull(kommunenummer, "kommunenummer");
    Objects.requireNonNull(avsender, "avsender");
    Objects.requireNonNull(dato, "dato");
    Objects.requireNonNull(tittel, "tittel");
    mottaker = List.copyOf(mottaker);
    seksjoner = List.copyOf(seksjoner);
    vedlegg = List.copyOf(vedlegg);
    kopiTil = List.copyOf(kopiTil);
    underskrivere = List.copyOf(underskrivere);
  }

  /** The letter's date as printed ({@code dd.MM.yyyy}). */
  public String datoTekst() {
    return DATO.format(dato);
  }

  /** The same letter as plain text, section by section. */
  public String tekst() {
    StringBuilder brev = new StringBuilder();
    brev.append(avsender).append(", ").append(datoTekst()).append("\n\nSak ").append(saksnummer).append("\n\n");
    mottaker.forEach(linje -> brev.append(linje).append('\n'));
    if (!mottaker.isEmpty()) {
      brev.append('\n');
    }
    brev.append(tittel).append("\n\n");
    for (Seksjon seksjon : seksjoner) {
      brev.append(seksjon.overskrift()).append('\n');
      seksjon.avsnitt().forEach(a -> brev.append(a.sitat() ? "«" + a.tekst() + "»" : a.tekst()).append('\n'));
      brev.append('\n');
    }
    if (!vedlegg.isEmpty()) {
      brev.append("Vedlegg\n");
      vedlegg.forEach(v -> brev.append("- ").append(v).append('\n'));
      brev.append('\n');
    }
    if (!kopiTil.isEmpty()) {
      brev.append("Kopi til: ").append(String.join(", ", kopiTil)).append("\n\n");
    }
    underskrivere.forEach(u -> brev.append(u.navn()).append(" (").append(u.rolle()).append(")\n"));
    brev.append("Dette dokumentet er godkjent elektronisk, og har derfor ikke signatur.\n");
    return brev.toString();
  }

  /** A section: a heading and its paragraphs. */
  public record Seksjon(String overskrift, List<Avsnitt> avsnitt) {
    public Seksjon {
      Objects.requireNonNull(overskrift, "overskrift");
      avsnitt = List.copyOf(avsnitt);
    }
  }

  /** A paragraph; {@code sitat} marks quoted legal text. */
  public record Avsnitt(String tekst, boolean sitat) {
    public Avsnitt {
      Objects.requireNonNull(tekst, "tekst");
    }
  }

  /** A signer: the name as printed and the role (e.g. {@code saksbehandler}). */
  public record Underskriver(String navn, String rolle) {}

  /** Builds the section list; sections and paragraphs without text are left out. */
  public static final class Seksjoner {
    private final List<Seksjon> seksjoner = new ArrayList<>();

    /** A section of plain paragraphs; blank ones are skipped, and the section too when all are blank. */
    public Seksjoner seksjon(String overskrift, String... avsnitt) {
      List<Avsnitt> liste = new ArrayList<>();
      for (String a : avsnitt) {
        if (a != null && !a.isBlank()) {
          a.strip().lines().filter(l -> !l.isBlank()).forEach(l -> liste.add(new Avsnitt(l.strip(), false)));
        }
      }
      if (!liste.isEmpty()) {
        seksjoner.add(new Seksjon(overskrift, liste));
      }
      return this;
    }

    /** A section of given paragraphs (quotes included). */
    public Seksjoner seksjon(String overskrift, List<Avsnitt> avsnitt) {
      if (!avsnitt.isEmpty()) {
        seksjoner.add(new Seksjon(overskrift, avsnitt));
      }
      return this;
    }

    public List<Seksjon> liste() {
      return List.copyOf(seksjoner);
    }
  }
}
