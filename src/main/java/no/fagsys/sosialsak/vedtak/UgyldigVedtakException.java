package no.fagsys.sosialsak.vedtak;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A decision that cannot be drafted, approved or issued as it stands. The message is Norwegian and names the fields
 * (process variables), so Tasklist and the REST API show the caseworker what to fix; the engine rolls the command
 * back, so nothing is saved. Over the engine REST API it is a 400 (EngineRestErrorMapper).
 */
public class UgyldigVedtakException extends BadUserRequestException {

  public UgyldigVedtakException(String message) {
    super(message);
  }

  static UgyldigVedtakException av(String innledning, List<String> feil) {
    return new UgyldigVedtakException(innledning + ": " + String.join(" ", feil));
  }
}
