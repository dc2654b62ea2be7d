package no.fagsys.sosialsak.klage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.brev.InMemoryLeveringsregister;
import no.fagsys.sosialsak.brev.Levering;
import no.fagsys.sosialsak.brev.Leveringskanal;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.Vedtak;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * For plain process tests of {@code klage}: registers the soknad, vedtak and klage beans with {@link Mocks} on an
 * in-memory register, and makes issued decisions to complain about.
 */
public final class KlageTestSupport {

  private KlageTestSupport() {}

  private static final String LEVERINGER = "klageTestLeveringer";

  /** The delivery record of this test (one per test, kept with the bean mocks). */
  public static InMemoryLeveringsregister leveringer() {
    Object leveringer = Mocks.get(LEVERINGER);
    if (leveringer == null) {
      leveringer = new InMemoryLeveringsregister();
      Mocks.register(LEVERINGER, leveringer);
    }
    return (InMemoryLeveringsregister) leveringer;
  }

  public static InMemoryVedtakRegister registerBeans() {
    InMemoryVedtakRegister register = SoknadTestSupport.registerBeans();
    Mocks.register(KlageProcess.Elements.BEAN_REGISTRER, new RegistrerKlageListener(register, leveringer()));
    Mocks.register(KlageProcess.Elements.BEAN_OVERSEND, new OversendKlageListener(BrevTestSupport.produsent()));
    Mocks.register(KlageProcess.Elements.BEAN_BEHANDLE, new BehandleKlagenListener());
    Mocks.register(KlageProcess.Elements.BEAN_RETTINGSBREV, new SendRettingsbrevListener(BrevTestSupport.produsent()));
    Mocks.register(KlageProcess.Elements.BEAN_STATSFORVALTERENS_VEDTAK,
        new RegistrerStatsforvalterensVedtakDelegate(register));
    Mocks.register(KlageProcess.Elements.BEAN_SEND_STATSFORVALTERENS_VEDTAK,
        new SendStatsforvalterensVedtakDelegate(register, BrevTestSupport.produsent()));
    return register;
  }

  /**
   * An issued decision of 5028 refusing economic support, made on {@code vedtaksdato}, stored in the register, its
   * letter delivered to the party's digital mailbox the same day.
   */
  public static Vedtak utstedtVedtak(InMemoryVedtakRegister register, String saksnummer, LocalDate vedtaksdato) {
    Vedtak vedtak = utstedtVedtakUtenLevering(register, saksnummer, vedtaksdato);
    levert(vedtak, Leveringskanal.DIGITAL, vedtaksdato);
    return vedtak;
  }

  /** Records the delivery of the decision's letter: by {@code kanal}, reaching the party on {@code mottatt}. */
  public static Levering levert(Vedtak vedtak, Leveringskanal kanal, LocalDate mottatt) {
    Instant tid = mottatt.atTime(12, 0).atZone(EngineTime.NORGE).toInstant();
    Levering levering = new Levering(UUID.randomUUID().toString(), BrevType.VEDTAK, vedtak.saksnummer(), vedtak.id(),
        kanal, tid, kanal == Leveringskanal.DIGITAL ? tid : null, mottatt);
    leveringer().registrer(levering);
    return levering;
  }

  /** An issued decision whose letter has not (yet) been recorded as delivered. */
  public static Vedtak utstedtVedtakUtenLevering(InMemoryVedtakRegister register, String saksnummer,
      LocalDate vedtaksdato) {
    Vedtak vedtak = new Vedtak(UUID.randomUUID().toString(), saksnummer, "5028", "test", "OKONOMISK_STONAD",
        "SOKNAD", "AVSLATT", "sosialtjenesteloven § 18", "Søkeren kan dekke utgiftene på andre måter.",
        "Samtale på NAV-kontoret.", null, null, vedtaksdato, Frister.klagefrist(vedtaksdato), "BIDRAG", null, null,
        null, "kari", "kjell", null,
        vedtaksdato.atTime(12, 0).atZone(EngineTime.NORGE).toInstant());
    register.lagre(vedtak);
    return vedtak;
  }

  /** The start variables of a complaint on time that can be decided on the merits. */
  public static Map<String, Object> klage(String vedtakId, LocalDate mottatt) {
    Map<String, Object> v = new HashMap<>();
    v.put("vedtakId", vedtakId);
    v.put("kommunenummer", "5028");
    v.put("klageMottattDato", mottatt.toString());
    v.put("klagetekst", "Jeg klager på avslaget og ber om stønad til husleie.");
    v.put("gjelderEnkeltvedtak", true);
    v.put("klagerHarKlagerett", true);
    v.put("skriftligOgUndertegnet", true);
    v.put("angirVedtakOgOnsketEndring", true);
    v.put("saerligeGrunnerForSenKlage", false);
    return v;
  }
}
