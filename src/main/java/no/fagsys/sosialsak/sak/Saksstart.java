package no.fagsys.sosialsak.sak;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import no.fagsys.sosialsak.api.ApiProblem;
import no.fagsys.sosialsak.api.Idempotens;
import no.fagsys.sosialsak.platform.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every write of the domain API does, for the process packages' controllers: once per {@code Idempotency-Key}
 * ({@link Idempotens}), a case started as the calling user (so the process's own start checks apply: 400 naming each
 * field, nothing created), and a message correlated as the system once {@link SakTilgang} has allowed it
 * (caseworkers have no right to correlate messages in the engine).
 */
@Component
public class Saksstart {

  private static final Logger LOG = LoggerFactory.getLogger(Saksstart.class);

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final SakRegister saker;
  private final Idempotens idempotens;
  private final CurrentUser currentUser;

  public Saksstart(RuntimeService runtimeService, IdentityService identityService, SakRegister saker,
      Idempotens idempotens, CurrentUser currentUser) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.saker = saker;
    this.idempotens = idempotens;
    this.currentUser = currentUser;
  }

  /** Runs the write once per key and user: a repeat with the same key and body gets the same answer. */
  public ResponseEntity<Object> skriv(String idempotencyKey, String sti, Object body,
      Supplier<ResponseEntity<?>> work) {
    return idempotens.utfor(idempotencyKey, currentUser.userId(), Arrays.asList("POST", sti, body), work);
  }

  /** Starts the process as the calling user; its start listener validates and gives the case number. 201. */
  public ResponseEntity<?> start(String prosess, Map<String, Object> variabler) {
    ProcessInstance instans = runtimeService.createProcessInstanceByKey(prosess).setVariables(variabler).execute();
    Sak sak = saker.finn(instans.getBusinessKey()).orElseThrow(() ->
        new IllegalStateException("Saken ble ikke registrert for prosessinstans " + instans.getId()));
    LOG.info("Domene-API: sak {} ({}) registrert av {}", sak.saksnummer(), prosess, currentUser.userId());
    return ResponseEntity.created(URI.create(SakController.SAKER + sak.saksnummer())).body(kvittering(sak, "MOTTATT"));
  }

  /**
   * Correlates the message to the case as the system; 409 with {@code ikkeKlar} when the case is not waiting for it.
   */
  public void korreler(Sak sak, String melding, Map<String, Object> variabler, String ikkeKlar) {
    Authentication bruker = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      runtimeService.createMessageCorrelation(melding).processInstanceBusinessKey(sak.saksnummer())
          .tenantId(sak.kommunenummer()).setVariables(variabler).correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiProblem.ikkeKlar(ikkeKlar);
    } finally {
      if (bruker != null) {
        identityService.setAuthentication(bruker);
      }
    }
    LOG.info("Domene-API: {} på sak {} registrert av {}", melding, sak.saksnummer(),
        bruker == null ? null : bruker.getUserId());
  }

  /** The answer to a write: the case and where its timeline is. */
  public static SakApi.Kvittering kvittering(Sak sak, String status) {
    return new SakApi.Kvittering(sak.saksnummer(), sak.hovedsaksnummer(), sak.kommunenummer(), status,
        SakController.SAKER + sak.saksnummer() + "/tidslinje");
  }
}
