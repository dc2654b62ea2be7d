package no.fagsys.sosialsak.kapasitet;

import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.KVARTAL;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_LagreSvar}: stores the municipality's report, one level and comment per area (form fields
 * {@code <område>_niva} and {@code <område>_kommentar}, see {@link Omrade}). Runs in the same transaction as the
 * completion of {@code Task_RapporterKapasitet}: a missing or unknown level refuses the completion.
 */
@Component("lagreKapasitetssvar")
public class LagreKapasitetssvar implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(LagreKapasitetssvar.class);
  static final int MAX_KOMMENTAR = 4000;

  private final KapasitetskartleggingRepository repository;

  public LagreKapasitetssvar(KapasitetskartleggingRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvartal = (String) execution.getVariable(KVARTAL);
    String kommunenummer = execution.getTenantId();
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String rapportertAv = authentication == null ? null : authentication.getUserId();
    LocalDateTime now = OpprettKapasitetskartlegging.now();
    List<Kapasitetssvar> svar = new ArrayList<>();
    for (Omrade omrade : Omrade.values()) {
      Niva niva = Niva.parse(execution.getVariable(omrade.nivaFelt())).orElseThrow(() -> new BadUserRequestException(
          "Velg kapasitet for " + omrade.navn() + " (" + omrade.nivaFelt()
              + "): GOD, TILFREDSSTILLENDE, UTFORDRENDE eller KRITISK."));
      Object kommentar = execution.getVariable(omrade.kommentarFelt());
      String tekst = kommentar == null || kommentar.toString().isBlank() ? null : kommentar.toString().strip();
      if (tekst != null && tekst.length() > MAX_KOMMENTAR) {
        throw new BadUserRequestException("Kommentaren til " + omrade.navn() + " (" + omrade.kommentarFelt()
            + ") er lengre enn " + MAX_KOMMENTAR + " tegn.");
      }
      svar.add(new Kapasitetssvar(kvartal, kommunenummer, omrade, niva, tekst, rapportertAv, now));
    }
    repository.lagreSvar(kvartal, kommunenummer, svar, now);
    LOG.info("Kapasitetskartlegging {}: kommune {} har rapportert", kvartal, kommunenummer);
  }
}
