package no.fagsys.sosialsak.vilkarsbrudd;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.vedtak.InMemoryVedtakRegister;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import no.fagsys.sosialsak.vedtak.VedtakTestSupport;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the beans of {@code vilkarsbrudd.bpmn} (and vedtak's) with {@link Mocks}, and seeds issued decisions. */
public final class VilkarsbruddTestSupport {

  private VilkarsbruddTestSupport() {}

  public static InMemoryVedtakRegister registerBeans() {
    return registerBeans(VedtakTestSupport.registerBeans());
  }

  /** The vilkarsbrudd beans on a register the caller has set up (soknad's tests start vilkarsbrudd). */
  public static InMemoryVedtakRegister registerBeans(InMemoryVedtakRegister register) {
    Mocks.register(VilkarsbruddProcess.Elements.BEAN_START, new StartVilkarsbruddDelegate());
    Mocks.register(VilkarsbruddProcess.Elements.BEAN_REGISTRER, new RegistrerVilkarsbruddListener(register));
    Mocks.register(VilkarsbruddProcess.Elements.BEAN_SEND_FORHANDSVARSEL, new SendForhandsvarselListener(BrevTestSupport.produsent()));
    Mocks.register(VilkarsbruddProcess.Elements.BEAN_VURDER_KONSEKVENS, new VurderKonsekvensListener());
    return register;
  }

  /** An issued decision on economic support in {@code kommunenummer}, with conditions when {@code vilkar} is given. */
  public static Vedtak vedtakMedVilkar(VedtakRegister register, String saksnummer, String kommunenummer,
      String vilkar, Boolean informertOmReduksjon, LocalDate vedtaksdato) {
    Vedtak vedtak = new Vedtak(UUID.randomUUID().toString(), saksnummer, kommunenummer, "test", "OKONOMISK_STONAD",
        "SOKNAD", "INNVILGET", "sosialtjenesteloven § 18", "Har rett til stønad til livsopphold.",
        "Samtale på NAV-kontoret.", null, null, vedtaksdato, vedtaksdato.plusWeeks(3), "BIDRAG", null, vilkar,
        vilkar == null ? null : informertOmReduksjon, "kari", "kjell", null,
        vedtaksdato.atTime(12, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant());
    register.lagre(vedtak);
    return vedtak;
  }
}
