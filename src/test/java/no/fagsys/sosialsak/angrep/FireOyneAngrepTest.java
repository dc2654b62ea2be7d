package no.fagsys.sosialsak.angrep;

import static no.fagsys.sosialsak.angrep.Angrep.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.vedtak.GodkjennVedtakListener;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Elements;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Attacks on four eyes (issue item 3): the drafter approving her own draft, naming someone else as the drafter, or
 * the approver rewriting the draft while approving. The drafter is who completed the draft task in the engine's
 * history; any change to the draft is a send-back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FireOyneAngrepTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired VedtakRegister register;

  Angrep angrep;

  /** A user in both groups of Melhus, who may draft and approve, but never the same decision. */
  static final String BEGGE = "angrepbegge";

  @BeforeAll
  void setUp() {
    angrep = new Angrep(template, engine);
    var identity = engine.getIdentityService();
    no.fagsys.sosialsak.platform.TestUsers.ensure(identity, BEGGE);
    for (String group : List.of("saksbehandler", "leder")) {
      if (identity.createUserQuery().userId(BEGGE).memberOfGroup(group).count() == 0) {
        identity.createMembership(BEGGE, group);
      }
    }
    if (identity.createTenantQuery().tenantId("5028").userMember(BEGGE).count() == 0) {
      identity.createTenantUserMembership("5028", BEGGE);
    }
  }

  /** A draft handed in by the user; the decision's process instance. */
  private String utformetAv(String user, String saksnummer) {
    String instance = angrep.vedtakFor(saksnummer, "5028");
    ResponseEntity<String> response =
        angrep.complete(user, angrep.task(instance, Elements.UTFORM_VEDTAK).getId(), Angrep.utkast());
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    return instance;
  }

  private static String sak() {
    return "2026-5028-" + String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 6);
  }

  @Test
  void lederSomSelvUtformetUtkastetKanIkkeGodkjenneDetSelvMedEnAnnenSomUtformetAv() throws Exception {
    String saksnummer = sak();
    String instance = utformetAv(BEGGE, saksnummer); // she may draft and approve, but not her own draft
    String godkjenn = angrep.task(instance, Elements.GODKJENN_VEDTAK).getId();

    Map<String, Object> forfalsket = Angrep.godkjenning(true, "");
    forfalsket.put("utformetAv", s("kari"));
    ResponseEntity<String> medNavn = angrep.complete(BEGGE, godkjenn, forfalsket);
    assertThat(medNavn.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Angrep.variabler(medNavn)).containsExactly("utformetAv");

    ResponseEntity<String> egen = angrep.complete(BEGGE, godkjenn, Angrep.godkjenning(true, ""));
    assertThat(egen.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(egen.getBody()).contains(GodkjennVedtakListener.EGEN_GODKJENNING);
    ResponseEntity<String> tilbake = angrep.complete(BEGGE, godkjenn, Angrep.godkjenning(false, "Ny runde."));
    assertThat(tilbake.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    // Assigning the approval to someone else changes nothing: the completing user is the approver.
    engine.getTaskService().setAssignee(godkjenn, "kjell");
    assertThat(angrep.complete(BEGGE, godkjenn, Angrep.godkjenning(true, "")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(register.finnForSak(saksnummer)).isEmpty();
    assertThat(angrep.task(instance, Elements.GODKJENN_VEDTAK)).isNotNull();
  }

  @Test
  void godkjennerenKanIkkeSkriveOmUtkastetMensHunGodkjenner() throws Exception {
    String saksnummer = sak();
    String instance = utformetAv("kari", saksnummer);
    String godkjenn = angrep.task(instance, Elements.GODKJENN_VEDTAK).getId();
    for (String felt : List.of("vedtakBegrunnelse", "vedtakUtfall", "vedtakHjemmel", "relevanteOpplysninger")) {
      Map<String, Object> endret = Angrep.godkjenning(true, "");
      endret.put(felt, s("AVSLATT"));
      ResponseEntity<String> response = angrep.complete("kjell", godkjenn, endret);
      assertThat(response.getStatusCode()).as(felt).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(Angrep.variabler(response)).containsExactly(felt);
    }
    // Past the HTTP guard (the engine's Java API), the approval itself refuses a changed draft.
    engine.getIdentityService().setAuthentication("kjell", List.of("leder"), List.of("5028"));
    try {
      assertThatThrownBy(() -> engine.getTaskService().complete(godkjenn,
          Map.of("godkjent", true, "vedtakBegrunnelse", "Omskrevet av lederen.")))
          .hasMessageContaining(GodkjennVedtakListener.UTKAST_ENDRET);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(register.finnForSak(saksnummer)).isEmpty();

    // Approved as handed in: the record names who drafted and who approved, from the engine.
    ResponseEntity<String> ok = angrep.complete("kjell", godkjenn, Angrep.godkjenning(true, ""));
    assertThat(ok.getStatusCode()).as(ok.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(register.finnForSak(saksnummer)).singleElement().satisfies(v -> {
      assertThat(v.utformetAv()).isEqualTo("kari");
      assertThat(v.godkjentAv()).isEqualTo("kjell");
      assertThat(v.begrunnelse()).isEqualTo("Du har behov for langvarige og koordinerte tjenester.");
    });
  }

  @Test
  void enEndringErEnTilbakesendingOgUtkastetUtformesPaNytt() throws Exception {
    String saksnummer = sak();
    String instance = utformetAv("kari", saksnummer);
    String godkjenn = angrep.task(instance, Elements.GODKJENN_VEDTAK).getId();
    ResponseEntity<String> tilbake =
        angrep.complete("kjell", godkjenn, Angrep.godkjenning(false, "Begrunnelsen må vise til situasjonen."));
    assertThat(tilbake.getStatusCode()).as(tilbake.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(angrep.task(instance, Elements.UTFORM_VEDTAK)).isNotNull();
    // The caseworker who drafted may not now approve the second round, but another leader may.
    utformPaNytt(instance, "kari");
    String runde2 = angrep.task(instance, Elements.GODKJENN_VEDTAK).getId();
    assertThat(angrep.complete("kari", runde2, Angrep.godkjenning(true, "")).getStatusCode().is4xxClientError())
        .isTrue();
    assertThat(angrep.complete("kjell", runde2, Angrep.godkjenning(true, "")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(register.finnForSak(saksnummer)).singleElement()
        .satisfies(v -> assertThat(v.utformetAv()).isEqualTo("kari"));
  }

  private void utformPaNytt(String instance, String user) {
    ResponseEntity<String> response =
        angrep.complete(user, angrep.task(instance, Elements.UTFORM_VEDTAK).getId(), Angrep.utkast());
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
