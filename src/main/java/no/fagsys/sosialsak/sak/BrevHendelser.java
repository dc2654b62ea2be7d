package no.fagsys.sosialsak.sak;

import java.util.Optional;
import no.fagsys.sosialsak.brev.Brev;

/**
 * Which timeline event a letter belongs to, by the event's type and {@link Hendelse.Nokkel key}: a decision letter is
 * the {@code vedtakFattet} event's {@code vedtaksfil}, an interim reply the {@code forelopigSvar} event's
 * {@code forvaltningsbrev}, a complaint's forwarding letter the {@code klageOversendt} event's letter, an advance
 * notice the {@code forhandsvarselSendt} event's letter, Statsforvalteren's decision the {@code klageAvgjort} event's
 * letter, a rectification letter its {@code dokumentasjonEtterspurt} event's letter, the forwarding letter to the
 * applicant the {@code tildeltNavKontor} event's letter. The process step writes the event; the letter is attached when
 * the timeline is read ({@link Statusdokumenter}), so the two never make two events.
 */
final class BrevHendelser {

  /** The event a letter attaches to. */
  record Hendelsesnokkel(String type, String nokkel) {}

  private BrevHendelser() {}

  static Optional<Hendelsesnokkel> hendelseFor(Brev brev) {
    String saksnummer = brev.saksnummer();
    return Optional.ofNullable(switch (brev.type()) {
      case VEDTAK -> brev.vedtakId() == null ? null
          : new Hendelsesnokkel(Hendelse.Type.VEDTAK_FATTET, Hendelse.Nokkel.vedtak(brev.vedtakId()));
      case FORELOPIG_SVAR -> new Hendelsesnokkel(Hendelse.Type.FORELOPIG_SVAR,
          Hendelse.Nokkel.forelopigSvar(saksnummer));
      case KLAGE_OVERSENDELSE -> new Hendelsesnokkel(Hendelse.Type.KLAGE_OVERSENDT,
          Hendelse.Nokkel.klageOversendt(saksnummer));
      case STATSFORVALTERENS_VEDTAK -> new Hendelsesnokkel(Hendelse.Type.KLAGE_AVGJORT,
          Hendelse.Nokkel.statsforvalterensVedtak(saksnummer));
      case KLAGE_RETTING -> new Hendelsesnokkel(Hendelse.Type.DOKUMENTASJON_ETTERSPURT,
          Hendelse.Nokkel.retting(brev.id()));
      case FORHANDSVARSEL -> new Hendelsesnokkel(Hendelse.Type.FORHANDSVARSEL_SENDT,
          Hendelse.Nokkel.forhandsvarsel(saksnummer));
      case VIDERESENDING -> new Hendelsesnokkel(Hendelse.Type.TILDELT_NAV_KONTOR,
          Hendelse.Nokkel.videresending(saksnummer));
      default -> null;
    });
  }
}
