package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import no.fagsys.sosialsak.platform.process.EngineTime;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The engine's authorization checks do without the read of every authorized group for users in few groups, and give
 * the same answers: the caseworker who registers an application sees its first task, a user whose group has no
 * grants sees nothing; a user in many groups still gets the engine's filter.
 */
@SpringBootTest
class AuthorizedGroupsPluginTest {

  private static final String ENTITY = "org.camunda.bpm.engine.impl.persistence.entity.";
  private static final String TASK_LIST = ENTITY + "TaskEntity.selectTaskByQueryCriteria";
  private static final String GROUP_READ = ENTITY + "AuthorizationEntity.selectAuthorizedGroupIds";

  /** The engine's statements on this thread, while recording. */
  private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @BeforeAll
  static void recordStatements(@Autowired ProcessEngineConfiguration configuration) {
    var mybatis = ((ProcessEngineConfigurationImpl) configuration).getSqlSessionFactory().getConfiguration();
    if (mybatis.getInterceptors().stream().noneMatch(Recorder.class::isInstance)) {
      mybatis.addInterceptor(new Recorder());
    }
  }

  @AfterEach
  void clear() {
    identity.clearAuthentication();
  }

  @Test
  void enSaksbehandlerIEnGruppeSjekkesUtenAtAlleGrupperLesesOgSerSinKommunesOppgave() {
    identity.setAuthentication("kari", List.of("saksbehandler"), List.of("5028"));
    List<String> statements = new ArrayList<>();
    String sak = record(statements, () -> runtime.startProcessInstanceByKey("soknad", soknad()).getBusinessKey());
    List<Task> synlige = record(statements, () -> tasks.createTaskQuery().taskCandidateGroup("saksbehandler")
        .processInstanceBusinessKey(sak).listPage(0, 50));

    assertThat(synlige).extracting(Task::getTaskDefinitionKey).containsExactly("Task_KartleggSoknad");
    assertThat(statements).contains(TASK_LIST).doesNotContain(GROUP_READ);

    identity.setAuthentication("ukjent", List.of("uten-tilgang"), List.of("5028"));
    List<String> utenTilgang = new ArrayList<>();
    assertThat(record(utenTilgang, () -> tasks.createTaskQuery().processInstanceBusinessKey(sak).listPage(0, 50))).isEmpty();
    assertThat(utenTilgang).contains(TASK_LIST).doesNotContain(GROUP_READ);
  }

  @Test
  void enBrukerIMangeGrupperFarMotorensFilter() {
    List<String> groups = new ArrayList<>(List.of("saksbehandler"));
    IntStream.range(0, AuthorizedGroupsPlugin.MAX_GROUPS_UNFILTERED).forEach(i -> groups.add("uten-tilgang-" + i));
    identity.setAuthentication("kari", groups, List.of("5028"));
    List<String> statements = new ArrayList<>();
    record(statements, () -> tasks.createTaskQuery().taskCandidateGroup("saksbehandler").listPage(0, 50));

    assertThat(statements).contains(TASK_LIST, GROUP_READ);
  }

  private static Map<String, Object> soknad() {
    return Map.of("tjeneste", "OPPLYSNING_RAD_VEILEDNING", "kommunenummer", "5028", "kanal", "OPPMOTE",
        "soknadsdato", EngineTime.today().toString(), "nodsituasjon", false, "antallBarnIHusstanden", 0,
        "sokerReferanse", "SOKER-0001");
  }

  private static <T> T record(List<String> into, Supplier<T> work) {
    STATEMENTS.set(into);
    try {
      return work.get();
    } finally {
      STATEMENTS.remove();
    }
  }

  /** Records the MyBatis statement id of every select and write the engine runs on a recording thread. */
  @Intercepts({
      @Signature(type = Executor.class, method = "query",
          args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
      @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class})})
  static final class Recorder implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      List<String> recorded = STATEMENTS.get();
      if (recorded != null && invocation.getArgs()[0] instanceof MappedStatement ms) {
        recorded.add(ms.getId());
      }
      return invocation.proceed();
    }
  }
}
