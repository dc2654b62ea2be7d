package no.fagsys.sosialsak.brev;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Produces a letter at a process step: renders it ({@link BrevRenderer}), stores it ({@link BrevLager}) and publishes
 * {@link BrevProdusert}, all in the caller's transaction (the engine's), so a step that fails afterwards leaves no
 * letter and no timeline entry behind. Letters are not sent anywhere from here (see README, «Brev»).
 */
@Component
public class Brevprodusent {

  private static final Logger LOG = LoggerFactory.getLogger(Brevprodusent.class);

  private final BrevRenderer renderer;
  private final BrevLager lager;
  private final ApplicationEventPublisher hendelser;
  private final Adressebok adressebok;

  public Brevprodusent(BrevRenderer renderer, BrevLager lager, ApplicationEventPublisher hendelser,
      Adressebok adressebok) {
    this.renderer = renderer;
    this.lager = lager;
    this.hendelser = hendelser;
    this.adressebok = adressebok;
  }

  /** Names and addresses for a letter written in this engine: signers, the office, the party. */
  public Navn navn(ProcessEngineServices engine) {
    return EngineNavn.fra(engine, adressebok);
  }

  /**
   * Renders, stores and announces the letter.
   *
   * @param saksnummer the business key of the producing process instance
   * @param vedtakId the decision the letter concerns, or {@code null}
   * @param utfall the decision's outcome for a decision letter, otherwise {@code null}
   */
  public Brev produser(Brevinnhold innhold, String saksnummer, String processInstanceId, String vedtakId,
      String utfall) {
    long start = System.nanoTime();
    byte[] pdf = renderer.pdf(innhold);
    Instant na = ClockUtil.getCurrentTime().toInstant();
    Brev brev = new Brev(UUID.randomUUID().toString(), innhold.type(), saksnummer, innhold.kommunenummer(),
        processInstanceId, vedtakId, na, filnavn(innhold.type(), saksnummer), pdf);
    lager.lagre(brev);
    hendelser.publishEvent(new BrevProdusert(brev.id(), brev.type(), saksnummer, brev.kommunenummer(),
        processInstanceId, vedtakId, utfall, na));
    LOG.info("Sak {}: brev {} ({}) produsert og lagret, {} byte, {} ms", saksnummer, brev.id(), brev.type(),
        pdf.length, (System.nanoTime() - start) / 1_000_000);
    return brev;
  }

  /** The decision letter already stored for the decision, if any (see {@link BrevLager#vedtaksbrev}). */
  public Optional<Brev> vedtaksbrev(String vedtakId) {
    return lager.vedtaksbrev(vedtakId);
  }

  static String filnavn(BrevType type, String saksnummer) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + saksnummer.replaceAll("[^A-Za-z0-9-]", "_")
        + ".pdf";
  }
}
