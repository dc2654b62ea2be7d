package no.fagsys.sosialsak.arkiv;

import java.util.Optional;

/**
 * Where a Fiks IO sender plugs in (docs/arkiv.md, "Fiks IO"): the message goes to the municipality's archive account
 * as Fiks Arkiv message type {@code no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett}, the XML as
 * {@code arkivmelding.xml} and the files as attachments, through a {@link Sender} (KS's {@code fiks-io-klient-java}
 * with the municipality's integration id, password and private key). Fiks IO answers asynchronously: the archive's
 * {@code …arkivmelding.opprett.mottatt} and then {@code …arkivmelding.opprett.kvittering} arrive on the integration's
 * subscription, whose handler calls {@link ArkivUtboksRegister#kvittert(Arkivkvittering)} with the
 * {@code referanseEksternNoekkel} of the kvittering; until then the document is sent, not archived. Chosen with
 * {@code sosialsak.arkiv.type=fiks-io} when a {@link Sender} bean exists.
 */
public class FiksIoArkiv implements Arkiv {

  /** Sends one message on Fiks IO (wraps the Fiks IO client); throws when Fiks IO did not accept it. */
  @FunctionalInterface
  public interface Sender {
    void send(String meldingstype, Arkivmelding melding);
  }

  static final String MELDINGSTYPE = "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett";

  private final Sender sender;

  public FiksIoArkiv(Sender sender) {
    this.sender = sender;
  }

  @Override
  public Optional<Arkivkvittering> arkiver(Arkivmelding melding) {
    sender.send(MELDINGSTYPE, melding);
    return Optional.empty();
  }
}
