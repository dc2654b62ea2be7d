package no.fagsys.sosialsak.vilkarsbrudd;

import static no.fagsys.sosialsak.sak.Tidslinjesteg.felter;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.sak.Hendelse;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.Tidslinjesteg;
import org.springframework.stereotype.Component;

/**
 * The condition breach's steps on the application's timeline (own extensions of digisos-soker.json):
 * {@code Event_VilkarsbruddMeldt} the breach's case and vilkarsbruddMeldt; {@code Task_SendForhandsvarsel}
 * forhandsvarselSendt with the deadline (its letter); {@code Event_UttalelseMottatt} uttalelseMottatt.
 */
@Component
public class VilkarsbruddTidslinje implements Tidslinjesteg.Bidrag {

  @Override
  public List<Tidslinjesteg> steg() {
    return List.of(
        steg(VilkarsbruddProcess.Elements.START, k -> {
          String brutt = ProcessVariable.text(k.execution(), VilkarsbruddProcess.Variables.BRYTES_VEDTAK_ID);
          k.opprettSak(Sak.Sakstype.VILKARSBRUDD, brutt);
          k.hendelse(Hendelse.Type.VILKARSBRUDD_MELDT, null, felter("saksreferanse", k.saksnummer(), "vedtakId", brutt));
        }),
        steg(VilkarsbruddProcess.Elements.SEND_FORHANDSVARSEL, k -> {
          LocalDate svarfrist = VilkarsbruddProcess.Variables.SVARFRIST.get(k.execution());
          k.hendelse(Hendelse.Type.FORHANDSVARSEL_SENDT, Hendelse.Nokkel.forhandsvarsel(k.saksnummer()),
              felter("saksreferanse", k.saksnummer(), "svarfrist", svarfrist == null ? null : svarfrist.toString()));
        }),
        steg(VilkarsbruddProcess.Elements.UTTALELSE_MOTTATT, k -> k.hendelse(Hendelse.Type.UTTALELSE_MOTTATT, null,
            felter("saksreferanse", k.saksnummer()))));
  }

  private static Tidslinjesteg steg(String element, Consumer<Tidslinjesteg.Kontekst> registrer) {
    return new Tidslinjesteg(VilkarsbruddProcess.KEY, element, registrer);
  }
}
