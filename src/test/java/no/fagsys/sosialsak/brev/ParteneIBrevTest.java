package no.fagsys.sosialsak.brev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.CaseDriver;
import no.fagsys.sosialsak.platform.PlainEngine;
import no.fagsys.sosialsak.soknad.SoknadProcess;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who a letter is addressed to and where the citizen writes back, as the engine and the address book give it: the
 * application's reference names the party of the application and of its complaints and breaches (found by the case
 * number in the engine's history, never from a variable of the complaint), the office's postal address is the
 * municipality's, and a party the register does not know gets a letter addressed by the reference or by role.
 */
class ParteneIBrevTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = PlainEngine.extension();

  static final String SAK = "2026-5028-000777";

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(CaseDriver.date(LocalDate.of(2026, 3, 2), 9));
    SoknadTestSupport.registerBeans();
    extension.manageDeployment(SoknadTestSupport.deployment(engine).deploy());
  }

  @AfterEach
  void tearDown() {
    CaseDriver.reset(engine);
  }

  void soknad(String saksnummer, String referanse) {
    engine.getRuntimeService().createProcessInstanceByKey(SoknadProcess.KEY).businessKey(saksnummer)
        .setVariables(Map.of("kommunenummer", "5028", "tjeneste", "OKONOMISK_STONAD", "sokerReferanse", referanse))
        .startBeforeActivity(SoknadProcess.Elements.VURDER_VILKARSBRUDD).execute();
  }

  @Test
  void klagenOgVilkarsbruddetsPartErSoknadensSoker() {
    soknad(SAK, "SOKER-TEST-1");
    Navn navn = BrevTestSupport.produsent().navn(engine);
    Postadresse per = new Postadresse("Per Søker", List.of("Hjemadresse 1", "7224 Melhus"));
    assertThat(navn.part(SAK, null)).contains(per);
    assertThat(navn.part(SAK + "-K1", null)).contains(per);
    assertThat(navn.part(SAK + "-V2", null)).contains(per);
    assertThat(navn.mottaker(SAK + "-K1", null, "Til klageren"))
        .containsExactly("Per Søker", "Hjemadresse 1", "7224 Melhus");
  }

  @Test
  void enUkjentSokerFarBrevetAdressertMedReferansenEllerRollen() {
    soknad(SAK, "SOKER-UKJENT-9");
    Navn navn = BrevTestSupport.produsent().navn(engine);
    assertThat(navn.part(SAK, null)).isEmpty();
    assertThat(navn.mottaker(SAK, "SOKER-UKJENT-9", null)).containsExactly("Til søker SOKER-UKJENT-9");
    assertThat(navn.mottaker(SAK + "-K1", null, "Til klageren")).containsExactly("Til klageren");
    assertThat(navn.mottaker("2026-5028-000999-K1", null, "Til klageren")).containsExactly("Til klageren");
  }

  @Test
  void kontoretsPostadresseErKommunensOgKlagenSendesDit() {
    Navn navn = BrevTestSupport.produsent().navn(engine);
    assertThat(navn.kontorMedAdresse("5028")).isEqualTo("Nav kommune 5028, Postboks 100, 7224 Melhus");
    assertThat(navn.kontorMedAdresse("5031")).isEqualTo("Nav kommune 5031, Postboks 3084, 7551 Hommelvik");
    assertThat(navn.kontorMedAdresse("9999")).isEqualTo("Nav kommune 9999");
  }

  @Test
  void lovdataAdresseneForLoveneEnHjemmelNavner() {
    assertThat(Lovtekster.kilder("sosialtjenesteloven § 2, jf. forskrift om sosiale tjenester for personer uten "
        + "fast bopel i Norge § 4")).containsExactly("sosialtjenesteloven: https://lovdata.no/lov/2009-12-18-131",
            "forskrift om sosiale tjenester for personer uten fast bopel i Norge: "
                + "https://lovdata.no/forskrift/2011-12-16-1251");
    assertThat(Lovtekster.kilder("forvaltningsloven § 33, jf. § 31"))
        .containsExactly("forvaltningsloven: https://lovdata.no/lov/1967-02-10");
    assertThat(Lovtekster.kilder("integreringsloven § 13")).containsExactly(
        "integreringsloven: https://lovdata.no/lov/2020-11-06-127");
    assertThat(Lovtekster.lovdata("ingen lov")).isNull();
    assertThat(Lovtekster.sitater("sosialtjenesteloven § 2, jf. forskrift om sosiale tjenester for personer uten "
        + "fast bopel i Norge § 1 fjerde ledd")).extracting(Lovtekster.Sitat::paragraf).containsExactly(
            "sosialtjenesteloven § 2", Lovtekster.BOPELSFORSKRIFTEN + " § 1");
    assertThat(Lovtekster.sitater("forskriften § 1 tredje ledd")).singleElement()
        .satisfies(s -> assertThat(s.ledd()).hasSize(4).first().asString()
            .startsWith("Personer som ikke er norske statsborgere og som ikke har bopel i riket"));
  }
}
