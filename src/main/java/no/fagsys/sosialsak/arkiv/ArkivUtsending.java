package no.fagsys.sosialsak.arkiv;

import java.util.ArrayList;
import java.util.List;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevArkiv;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers a case's queued messages to the {@link Arkiv}, oldest first (the saksmappe before its registrations), each
 * checked against the schema first; stops at the first that fails, so the order holds when the job is retried. Runs
 * in the job's transaction: a failure leaves the outbox as it was, and the archive recognises by its key a message it
 * already had (no duplicate journalpost).
 */
@Component
public class ArkivUtsending {

  private static final Logger LOG = LoggerFactory.getLogger(ArkivUtsending.class);

  private final ArkivUtboksRegister utboks;
  private final BrevArkiv brevArkiv;
  private volatile Arkiv arkiv;

  public ArkivUtsending(ArkivUtboksRegister utboks, BrevArkiv brevArkiv, Arkiv arkiv) {
    this.utboks = utboks;
    this.brevArkiv = brevArkiv;
    this.arkiv = arkiv;
  }

  /** The archive in use. */
  public Arkiv arkiv() {
    return arkiv;
  }

  /** For tests: put another archive (e.g. one that fails) in place; returns the one that was. */
  Arkiv bruk(Arkiv annet) {
    Arkiv var = arkiv;
    arkiv = annet;
    return var;
  }

  /** Delivers what the case has queued; the number delivered. */
  public int send(String hovedsaksnummer) {
    int sendt = 0;
    for (ArkivUtboksRegister.Post post : utboks.venter(hovedsaksnummer)) {
      Arkivmelding melding = melding(post);
      ArkivmeldingSkjema.valider(melding.xml());
      arkiv.arkiver(melding).ifPresentOrElse(utboks::kvittert,
          () -> utboks.sendt(post.noekkel(), ClockUtil.getCurrentTime().toInstant()));
      LOG.info("Sak {}: {} levert til arkivet", post.saksnummer(), post.meldingstype());
      sendt++;
    }
    return sendt;
  }

  Arkivmelding melding(ArkivUtboksRegister.Post post) {
    List<Arkivmelding.Dokument> dokumenter = new ArrayList<>();
    if (post.brevId() != null) {
      Brev brev = brevArkiv.finn(post.brevId()).orElseThrow(() -> new IllegalStateException(
          "Brevet " + post.brevId() + " til arkivmeldingen " + post.noekkel() + " finnes ikke"));
      dokumenter.add(new Arkivmelding.Dokument("dokument-" + brev.id() + ".pdf", "application/pdf", brev.pdf()));
    }
    return new Arkivmelding(post.noekkel(), post.meldingstype(), post.hovedsaksnummer(), post.saksnummer(),
        post.kommunenummer(), post.melding(), dokumenter);
  }
}
