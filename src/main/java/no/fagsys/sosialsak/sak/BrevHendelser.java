package no.fagsys.sosialsak.sak;

import java.util.LinkedHashMap;
import java.util.Map;
import no.fagsys.sosialsak.brev.BrevProdusert;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Adds the produced letters to the status timeline, in the engine's transaction ({@link BrevProdusert} is published
 * synchronously there): a decision letter is the {@code vedtakFattet} event's {@code vedtaksfil}, an interim reply the
 * {@code forelopigSvar} event's {@code forvaltningsbrev}, a complaint's forwarding letter the {@code klageOversendt}
 * event's letter, an advance notice the {@code forhandsvarselSendt} event's letter, Statsforvalteren's decision the
 * {@code klageAvgjort} event's letter, the forwarding letter to the applicant the {@code tildeltNavKontor} event's
 * letter. The process step
 * ({@link Prosesshendelser}) and its letter report the same event under one key, whichever comes first: the event is
 * recorded once, and carries the letter.
 */
@Component
public class BrevHendelser {

  private final Tidslinje tidslinje;

  public BrevHendelser(Tidslinje tidslinje) {
    this.tidslinje = tidslinje;
  }

  static String forelopigSvarNokkel(String saksnummer) {
    return "forelopigSvar:" + saksnummer;
  }

  static String klageOversendtNokkel(String saksnummer) {
    return "klageOversendt:" + saksnummer;
  }

  static String statsforvalterensVedtakNokkel(String saksnummer) {
    return "klageAvgjortAvStatsforvalteren:" + saksnummer;
  }

  /** A complaint may be sent back for correction more than once: one event per letter. */
  static String rettingNokkel(String brevId) {
    return "retting:" + brevId;
  }

  static String videresendingNokkel(String saksnummer) {
    return "videresending:" + saksnummer;
  }

  static String forhandsvarselNokkel(String saksnummer) {
    return "forhandsvarsel:" + saksnummer;
  }

  @EventListener
  public void brevProdusert(BrevProdusert brev) {
    String saksnummer = brev.saksnummer();
    String hovedsak = Sak.hovedsaksnummer(saksnummer);
    boolean undersak = !saksnummer.equals(hovedsak);
    Map<String, Object> felter = new LinkedHashMap<>();
    String type;
    String nokkel;
    switch (brev.type()) {
      case VEDTAK -> {
        if (brev.vedtakId() == null) {
          return;
        }
        type = Hendelse.Type.VEDTAK_FATTET;
        nokkel = brev.vedtakId();
        if (brev.utfall() != null) {
          felter.put("utfall", brev.utfall());
        }
        felter.put("vedtakId", brev.vedtakId());
        if (undersak) {
          felter.put("saksreferanse", saksnummer);
        }
      }
      case FORELOPIG_SVAR -> {
        type = Hendelse.Type.FORELOPIG_SVAR;
        nokkel = forelopigSvarNokkel(saksnummer);
      }
      case KLAGE_OVERSENDELSE -> {
        type = Hendelse.Type.KLAGE_OVERSENDT;
        nokkel = klageOversendtNokkel(saksnummer);
        felter.put("saksreferanse", saksnummer);
        felter.put("mottaker", "Statsforvalteren");
      }
      case STATSFORVALTERENS_VEDTAK -> {
        type = Hendelse.Type.KLAGE_AVGJORT;
        nokkel = statsforvalterensVedtakNokkel(saksnummer);
        felter.put("saksreferanse", saksnummer);
        felter.put("avgjortAv", Prosesshendelser.KLAGE_AVGJORT_AV_STATSFORVALTEREN);
      }
      case KLAGE_RETTING -> {
        type = Hendelse.Type.DOKUMENTASJON_ETTERSPURT;
        nokkel = rettingNokkel(brev.brevId());
        felter.put("saksreferanse", saksnummer);
      }
      case FORHANDSVARSEL -> {
        type = Hendelse.Type.FORHANDSVARSEL_SENDT;
        nokkel = forhandsvarselNokkel(saksnummer);
        felter.put("saksreferanse", saksnummer);
      }
      case VIDERESENDING -> {
        type = Hendelse.Type.TILDELT_NAV_KONTOR;
        nokkel = videresendingNokkel(saksnummer);
      }
      default -> {
        return;
      }
    }
    tidslinje.registrer(new Hendelse(hovedsak, saksnummer, brev.kommunenummer(), type, brev.tidspunkt(), nokkel,
        felter, brev.brevId()));
  }
}
