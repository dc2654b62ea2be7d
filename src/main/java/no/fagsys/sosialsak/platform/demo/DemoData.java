package no.fagsys.sosialsak.platform.demo;

import static no.fagsys.sosialsak.platform.access.Roles.LEDER;
import static no.fagsys.sosialsak.platform.access.Roles.PROSESSEIER;
import static no.fagsys.sosialsak.platform.access.Roles.REVISOR;
import static no.fagsys.sosialsak.platform.access.Roles.SAKSBEHANDLER;
import static no.fagsys.sosialsak.platform.access.Roles.STATSFORVALTEREN;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo users of SPEC § 5, for the zero-setup {@code demo} profile only (password = user id). The admin user
 * {@code demo} itself comes from {@code camunda.bpm.admin-user} in {@code application-demo.yaml}; here it only
 * gets its municipalities.
 */
@Component
@Profile("demo")
public class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  static final String TRONDHEIM = "5001";
  static final String MELHUS = "5028";
  static final String MALVIK = "5031";
  static final List<String> ALL = List.of(TRONDHEIM, MELHUS, MALVIK);

  record DemoUser(String id, String firstName, String lastName, String group, List<String> tenants) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("kari", "Kari", "Saksbehandler", SAKSBEHANDLER, List.of(MELHUS)),
      new DemoUser("kjell", "Kjell", "Leder", LEDER, List.of(MELHUS)),
      new DemoUser("mona", "Mona", "Saksbehandler", SAKSBEHANDLER, List.of(MALVIK)),
      new DemoUser("marius", "Marius", "Leder", LEDER, List.of(MALVIK)),
      new DemoUser("trond", "Trond", "Saksbehandler", SAKSBEHANDLER, List.of(TRONDHEIM)),
      new DemoUser("sara", "Sara", "Statsforvalteren", STATSFORVALTEREN, ALL),
      new DemoUser("rita", "Rita", "Revisor", REVISOR, ALL),
      new DemoUser("per", "Per", "Prosesseier", PROSESSEIER, ALL));

  static final String ADMIN = "demo";

  public void apply(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.invalid");
        user.setPassword(demo.id());
        identity.saveUser(user);
      }
      if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
        identity.createMembership(demo.id(), demo.group());
      }
      demo.tenants().forEach(tenant -> addToTenant(identity, demo.id(), tenant));
    }
    if (identity.createUserQuery().userId(ADMIN).count() > 0) {
      ALL.forEach(tenant -> addToTenant(identity, ADMIN, tenant));
    }
    LOG.info("Demodata: {} demobrukere klare (passord = brukernavn)", USERS.size() + 1);
  }

  private static void addToTenant(IdentityService identity, String userId, String tenantId) {
    if (identity.createTenantQuery().tenantId(tenantId).userMember(userId).count() == 0) {
      identity.createTenantUserMembership(tenantId, userId);
    }
  }
}
