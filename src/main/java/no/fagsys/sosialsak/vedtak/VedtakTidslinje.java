package no.fagsys.sosialsak.vedtak;

import static no.fagsys.sosialsak.sak.Tidslinjesteg.felter;

import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.sak.Hendelse;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.Tidslinjesteg;
import org.springframework.stereotype.Component;

/**
 * The decision on its case's timeline: at the end of {@code Task_LagVedtaksbrev}, once its letter is stored (in the
 * same transaction; the decision is not shown as issued before its letter exists), called by every process, so the
 * case is the caller's business key: {@code vedtakFattet} with the outcome and, for economic support, the § 21 form, amount
 * and period (own extension, not in NAV's schema); {@code vilkar} when the decision has conditions. The decision
 * letter is found by the decision's id when the timeline is read.
 */
@Component
public class VedtakTidslinje implements Tidslinjesteg.Bidrag {

  private final VedtakRegister vedtak;

  public VedtakTidslinje(VedtakRegister vedtak) {
    this.vedtak = vedtak;
  }

  @Override
  public List<Tidslinjesteg> steg() {
    return List.of(new Tidslinjesteg(VedtakProcess.KEY, VedtakProcess.Elements.LAG_VEDTAKSBREV, this::vedtakFattet));
  }

  private void vedtakFattet(Tidslinjesteg.Kontekst k) {
    String vedtakId = ProcessVariable.text(k.execution(), VedtakProcess.Variables.VEDTAK_ID);
    if (vedtakId == null) {
      return;
    }
    Vedtak v = vedtak.finn(vedtakId).orElse(null);
    String utfall = v != null ? v.utfall() : ProcessVariable.text(k.execution(), VedtakProcess.Variables.VEDTAK_UTFALL);
    Map<String, Object> felter = felter("utfall", utfall, "vedtakId", vedtakId);
    if (!k.saksnummer().equals(Sak.hovedsaksnummer(k.saksnummer()))) {
      felter.put("saksreferanse", k.saksnummer());
    }
    if (v != null && v.stonadsform() != null) {
      felter.putAll(felter("stonadsform", v.stonadsform(), "belopPerManed", v.stonadBelopPerManed(),
          "stonadsperiodeFra", v.stonadsperiodeFra() == null ? null : v.stonadsperiodeFra().toString(),
          "stonadsperiodeTil", v.stonadsperiodeTil() == null ? null : v.stonadsperiodeTil().toString()));
    }
    k.hendelse(Hendelse.Type.VEDTAK_FATTET, Hendelse.Nokkel.vedtak(vedtakId), felter);
    if (v != null && v.vilkar() != null && !v.vilkar().isBlank()) {
      k.hendelse(Hendelse.Type.VILKAR, "vilkar:" + vedtakId, felter("vilkarreferanse", vedtakId,
          "tittel", "Vilkår i vedtaket", "beskrivelse", v.vilkar().strip(), "status", "RELEVANT"));
    }
  }
}
