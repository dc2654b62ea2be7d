package no.fagsys.sosialsak.vedtak;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A decision that cannot be drafted, approved or issued as it stands. The message is Norwegian and names the fields
 * (process variables), so Tasklist and the REST API show the caseworker what to fix; the engine rolls the command
 * back, so nothing is saved. Over the engine REST API it is a 400 (EngineRestErrorMapper). The problems are
 * collected by the one validation guard, {@code platform.process.Validering}.
 */
public class UgyldigVedtakException extends BadUserRequestException {

  public UgyldigVedtakException(String message) {
    super(message);
  }

}
