package no.fagsys.sosialsak.brev;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.process.EngineTime;

/**
 * The record of a letter's delivery to the party, written by the product when the letter was handed to
 * {@link Brevutsending} (never from anything a user submits): how it went, when it was sent and the day it reached
 * the party. The complaint deadline of a decision runs from {@code mottatt} of its decision letter.
 *
 * @param brevId the letter
 * @param type which letter
 * @param saksnummer the business key of the process instance that produced it
 * @param vedtakId the decision the letter concerns, or {@code null}
 * @param kanal digital mailbox or post
 * @param sendt when the letter was handed over for delivery (engine clock)
 * @param levert digital: when the mailbox reported it delivered; post: {@code null} (the post reports nothing)
 * @param mottatt the day the letter reached the party: the delivery day for digital, the office's rule for post
 */
public record Levering(String brevId, BrevType type, String saksnummer, String vedtakId, Leveringskanal kanal,
    Instant sendt, Instant levert, LocalDate mottatt) {

  public Levering {
    Objects.requireNonNull(brevId, "brevId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(saksnummer, "saksnummer");
    Objects.requireNonNull(kanal, "kanal");
    Objects.requireNonNull(sendt, "sendt");
    Objects.requireNonNull(mottatt, "mottatt");
    if (kanal == Leveringskanal.DIGITAL) {
      Objects.requireNonNull(levert, "levert");
    }
  }

  /** Delivered to the digital mailbox at {@code levert}: received that day (a Norwegian calendar day). */
  public static Levering digital(Brev brev, Instant sendt, Instant levert) {
    return new Levering(brev.id(), brev.type(), brev.saksnummer(), brev.vedtakId(), Leveringskanal.DIGITAL, sendt,
        levert, LocalDate.ofInstant(levert, EngineTime.NORGE));
  }

  /** Posted at {@code sendt}: received on the day of the office's rule ({@link Frister#postMottatt(LocalDate)}). */
  public static Levering post(Brev brev, Instant sendt) {
    return new Levering(brev.id(), brev.type(), brev.saksnummer(), brev.vedtakId(), Leveringskanal.POST, sendt, null,
        Frister.postMottatt(LocalDate.ofInstant(sendt, EngineTime.NORGE)));
  }
}
