package no.fagsys.sosialsak.arkiv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The archive as a folder per message (the default while Fiks IO is not reachable; {@code sosialsak.arkiv.mappe}):
 * {@code <mappe>/<kommunenummer>/<hovedsaksnummer>/<nnnn>-<noekkel>/} holds {@code arkivmelding.xml}, the message's
 * files under their {@code referanseDokumentfil} names, and {@code kvittering.properties}, the receipt this stand-in
 * archive gives ({@code nnnn} is the order in which the archive received the case's messages). A message is written
 * to a temporary folder and moved into place, so a folder is there whole or not at all; a message whose key is
 * already there is not written again, and the receipt it got then is the answer (idempotent, as Fiks Arkiv is by
 * {@code referanseEksternNoekkel}). One writer per folder: run one node against a folder, as the demo does.
 */
public class MappeArkiv implements Arkiv {

  static final String MELDING = "arkivmelding.xml";
  static final String KVITTERING = "kvittering.properties";

  private final Path rot;

  public MappeArkiv(Path rot) {
    this.rot = rot;
  }

  public Path rot() {
    return rot;
  }

  @Override
  public synchronized Optional<Arkivkvittering> arkiver(Arkivmelding melding) {
    try {
      Path sak = rot.resolve(trygg(melding.kommunenummer())).resolve(trygg(melding.hovedsaksnummer()));
      Files.createDirectories(sak);
      Optional<Path> finnes = finn(sak, melding.noekkel());
      if (finnes.isPresent()) {
        return Optional.of(les(finnes.get(), melding.noekkel()));
      }
      long nummer;
      try (Stream<Path> mapper = Files.list(sak)) {
        nummer = mapper.filter(p -> !p.getFileName().toString().startsWith(".")).count() + 1;
      }
      Path tmp = Files.createTempDirectory(sak, ".ny-");
      Files.writeString(tmp.resolve(MELDING), melding.xml(), StandardCharsets.UTF_8);
      for (Arkivmelding.Dokument d : melding.dokumenter()) {
        Files.write(tmp.resolve(trygg(d.referanse())), d.innhold());
      }
      Arkivkvittering kvittering = new Arkivkvittering(melding.noekkel(), referanse(melding, nummer),
          ClockUtil.getCurrentTime().toInstant());
      Properties p = new Properties();
      p.setProperty("noekkel", kvittering.noekkel());
      p.setProperty("arkivreferanse", kvittering.arkivreferanse());
      p.setProperty("mottatt", kvittering.mottatt().toString());
      try (var out = Files.newBufferedWriter(tmp.resolve(KVITTERING), StandardCharsets.UTF_8)) {
        p.store(out, "Kvittering fra mappearkivet");
      }
      Files.move(tmp, sak.resolve(String.format("%04d-%s", nummer, trygg(melding.noekkel()))),
          StandardCopyOption.ATOMIC_MOVE);
      return Optional.of(kvittering);
    } catch (IOException e) {
      throw new UncheckedIOException("Arkivmeldingen " + melding.noekkel() + " kunne ikke skrives til arkivmappen", e);
    }
  }

  /** The folder of the message with this key, if the archive has it. */
  Optional<Path> finn(Path sak, String noekkel) throws IOException {
    String navn = "-" + trygg(noekkel);
    try (Stream<Path> mapper = Files.list(sak)) {
      return mapper.filter(p -> p.getFileName().toString().endsWith(navn)
          && p.getFileName().toString().matches("\\d{4}-.*")).findFirst();
    }
  }

  private static Arkivkvittering les(Path mappe, String noekkel) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(mappe.resolve(KVITTERING), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return new Arkivkvittering(noekkel, p.getProperty("arkivreferanse"), Instant.parse(p.getProperty("mottatt")));
  }

  /** {@code 2026-5028-000001} → {@code 2026/1}; a journalpost adds its number in the folder: {@code 2026/1-2}. */
  static String referanse(Arkivmelding melding, long nummer) {
    String[] deler = melding.hovedsaksnummer().split("-");
    String sak = deler.length == 3 ? deler[0] + "/" + Long.parseLong(deler[2]) : melding.hovedsaksnummer();
    return melding.meldingstype() == Arkivmelding.Meldingstype.SAKSMAPPE ? sak : sak + "-" + nummer;
  }

  /** A file or folder name from a key: letters, digits, dot, dash and underscore only. */
  static String trygg(String navn) {
    return navn.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
