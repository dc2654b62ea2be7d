package no.fagsys.sosialsak.vedtak;

import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Elements;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * For plain process tests of this and the calling processes (soknad, klage, vilkarsbrudd): registers the beans of
 * {@code vedtak.bpmn} with {@link Mocks} (the plain test engine's expression manager resolves them) on an in-memory
 * register; letters go to {@link BrevTestSupport#arkiv()}. Call {@code Mocks.reset()} after each test.
 *
 * <pre>
 * InMemoryVedtakRegister register = VedtakTestSupport.registerBeans();
 * </pre>
 *
 * To complete the steps in a test: complete {@code Task_UtformVedtak} as one user (authenticated or assignee) and
 * {@code Task_GodkjennVedtak} as another with {@code godkjent = true}.
 */
public final class VedtakTestSupport {

  private VedtakTestSupport() {}

  public static InMemoryVedtakRegister registerBeans() {
    InMemoryVedtakRegister register = new InMemoryVedtakRegister();
    Mocks.register(no.fagsys.sosialsak.platform.integritet.KunSomDelprosess.BEAN,
        new no.fagsys.sosialsak.platform.integritet.KunSomDelprosess());
    Mocks.register(Elements.BEAN_FORBERED, new ForberedVedtakListener());
    Mocks.register(Elements.BEAN_UTFORM_LISTENER, new UtformVedtakListener());
    Mocks.register(Elements.BEAN_GODKJENN_LISTENER, new GodkjennVedtakListener());
    Mocks.register(Elements.BEAN_FATT, new FattVedtakDelegate(register));
    Mocks.register(Elements.BEAN_LAG_VEDTAKSBREV, new LagVedtaksbrevDelegate(register, BrevTestSupport.produsent()));
    Mocks.register(Elements.BEAN_INNDATA, new VedtakInndata());
    Mocks.register("registrerUtsattIverksettelse", new RegistrerUtsattIverksettelseDelegate(register));
    return register;
  }

  /**
   * Makes the decision letters whose step is due, as the job executor would (no user authenticated, each job in its
   * own transaction); returns how many. The approval ends at the asynchronous {@code Task_LagVedtaksbrev}: a test that
   * goes on past a decision calls this after the approval.
   */
  public static int lagVedtaksbrev(ProcessEngine engine) {
    return lagVedtaksbrev(engine, null);
  }

  /**
   * As {@link #lagVedtaksbrev(ProcessEngine)}, only the letters of one case (the decision steps' business key is the
   * case number), or of every case when {@code saksnummer} is {@code null}: where other cases' letter jobs are due in
   * the same database and someone else makes them (other tests' cases, another driver thread).
   */
  public static int lagVedtaksbrev(ProcessEngine engine, String saksnummer) {
    ManagementService management = engine.getManagementService();
    IdentityService identity = engine.getIdentityService();
    Authentication bruker = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      List<Job> jobber = saksnummer == null
          ? management.createJobQuery().activityId(Elements.LAG_VEDTAKSBREV).list()
          : engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(VedtakProcess.KEY)
              .processInstanceBusinessKey(saksnummer).list().stream()
              .flatMap(vedtak -> management.createJobQuery().processInstanceId(vedtak.getId())
                  .activityId(Elements.LAG_VEDTAKSBREV).list().stream())
              .toList();
      jobber.forEach(job -> management.executeJob(job.getId()));
      return jobber.size();
    } finally {
      if (bruker != null) {
        identity.setAuthentication(bruker);
      }
    }
  }
}
