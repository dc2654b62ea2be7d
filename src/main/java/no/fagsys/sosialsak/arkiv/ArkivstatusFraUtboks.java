package no.fagsys.sosialsak.arkiv;

import java.util.List;
import no.fagsys.sosialsak.sak.Arkivstatus;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.SakApi;
import org.springframework.stereotype.Component;

/**
 * The case's archive entries from the outbox: an application shows its own and its complaints' and breaches'
 * entries, a complaint or breach only its own; the archive's reference only once its receipt arrived.
 */
@Component
public class ArkivstatusFraUtboks implements Arkivstatus {

  private final ArkivUtboksRegister utboks;

  public ArkivstatusFraUtboks(ArkivUtboksRegister utboks) {
    this.utboks = utboks;
  }

  @Override
  public List<SakApi.ArkivpostVisning> poster(Sak sak) {
    return utboks.forSak(sak.hovedsaksnummer()).stream()
        .filter(p -> sak.erHovedsak() || p.saksnummer().equals(sak.saksnummer()))
        .filter(p -> p.kommunenummer().equals(sak.kommunenummer()))
        .map(p -> new SakApi.ArkivpostVisning(p.meldingstype().name(), p.tittel(), p.saksnummer(), p.status().name(),
            p.status() == ArkivUtboksRegister.Status.ARKIVERT ? p.arkivreferanse() : null, p.kvittert(),
            p.brevId()))
        .toList();
  }
}
