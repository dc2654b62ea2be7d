package no.fagsys.sosialsak.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import no.fagsys.sosialsak.SosialsakApplication;
import no.fagsys.sosialsak.brev.BrevRenderer;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.Brevinnhold;
import no.fagsys.sosialsak.platform.TaskCountPlugin;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Throughput and latency of the product's {@code soknad} process on PostgreSQL against a bare baseline process with
 * the same wait states and decisions, plus the caseworker's Tasklist query at volume. Not a unit test: run it with
 * {@code ./mvnw -q -Pbench test-compile exec:java} (see BENCHMARKS.md for the system properties).
 *
 * <p>The engine is the application's own: the Spring Boot context is started with the profiles {@code demo,postgres}
 * (demo gives the caseworker users kari/kjell/mona/trond and their grants) without a web server, so Liquibase, the
 * delegates, the tenant provider, the decision input guard and the authorization checks are the real ones, and the
 * job executor makes the decision letters after the approvals as in the application. Mode {@code cluster} starts a
 * second node on the same database and drives {@code soknad} on one node and on both.
 */
public final class ProcessBenchmark {

  static final String BASELINE_KEY = "benchBaseline";
  static final String DATA_BASELINE_KEY = "benchBaselineData";
  static final String DATA_BASELINE_VEDTAK_KEY = "benchBaselineDataVedtak";

  /** The three processes of the flow benchmark, in the order they run. */
  enum Flow {
    /** The issue's baseline: soknad's wait states and decisions, nothing else. */
    BASELINE("baseline"),
    /** The baseline plus soknad's data and engine structure, without product code (see {@link #dataBaseline()}). */
    DATA("baseline+data"),
    /** The product. */
    SOKNAD("soknad");

    final String label;

    Flow(String label) {
      this.label = label;
    }
  }
  /** The path: (task definition key in soknad/vedtak, user, group), in order. */
  static final String[][] STEPS = {
      {"Task_KartleggSoknad", "kari", "saksbehandler"},
      {"Task_VurderRett", "kari", "saksbehandler"},
      {"Task_UtformVedtak", "kari", "saksbehandler"},
      {"Task_GodkjennVedtak", "kjell", "leder"},
      {"Task_Oppfolgingssamtale", "kari", "saksbehandler"}};
  /** Caseworkers per municipality, for the volume of open tasks spread over three tenants. */
  static final String[][] CASEWORKERS = {{"5028", "kari"}, {"5031", "mona"}, {"5001", "trond"}};

  private ProcessBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    String url = prop("bench.url", "SOSIALSAK_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/sosialsak_bench");
    String user = prop("bench.user", "SOSIALSAK_BENCH_DB_USER", "sosialsak");
    String password = prop("bench.password", "SOSIALSAK_BENCH_DB_PASSWORD", "sosialsak");
    String mode = System.getProperty("bench.mode", "flow,query");
    if (mode.equals("letters")) {
      letterCpu();
      System.exit(0);
    }
    Map<String, Object> props = new HashMap<>();
    props.put("spring.main.web-application-type", "none");
    // Without a web server the engine REST API and the webapps have nothing to attach to.
    props.put("spring.autoconfigure.exclude",
        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
    props.put("logging.level.root", "WARN");
    props.put("spring.datasource.url", url);
    props.put("spring.datasource.username", user);
    props.put("spring.datasource.password", password);
    props.put("camunda.bpm.history-level", "full");
    // The decision letter is made by the job executor after the approval (Task_LagVedtaksbrev), so the flow runs with
    // it, as the application does; every timer on the measured path is a month or more ahead. Off (the query mode's
    // default: the volume's interim-reply timers are all due), the driver makes each letter itself when it needs it.
    boolean jobExecutor = Boolean.parseBoolean(System.getProperty("bench.jobExecutor",
        String.valueOf(mode.contains("flow") || mode.contains("cluster"))));
    props.put("camunda.bpm.job-execution.enabled", String.valueOf(jobExecutor));
    for (String extra : System.getProperty("bench.props", "").split(";")) {
      if (extra.contains("=")) {
        props.put(extra.substring(0, extra.indexOf('=')).trim(), extra.substring(extra.indexOf('=') + 1).trim());
      }
    }
    long t0 = System.nanoTime();
    ConfigurableApplicationContext context = node(props, url, "node1");
    System.out.printf(Locale.ROOT, "Applikasjonskontekst startet på %.1f s mot %s (profiler demo,postgres; %s)%n",
        (System.nanoTime() - t0) / 1e9, url, shown(props));
    ConfigurableApplicationContext second = null;
    try {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      deployBaseline(engine);
      if (mode.contains("flow")) {
        flow(engine);
      }
      if (mode.contains("cluster")) {
        // The second node: the same application on the same database, its own engine and job executor.
        second = node(props, url, "node2");
        cluster(engine, second.getBean(ProcessEngine.class));
      }
      if (mode.contains("query")) {
        query(engine, context.getBean(TaskCountPlugin.class));
      }
      if (mode.contains("jobs")) {
        jobs(engine);
      }
    } finally {
      if (second != null) {
        second.close();
      }
      context.close();
    }
    System.exit(0);
  }

  static Map<String, Object> shown(Map<String, Object> props) {
    Map<String, Object> shown = new java.util.TreeMap<>(props);
    shown.remove("spring.datasource.password");
    shown.remove("spring.autoconfigure.exclude");
    return shown;
  }

  /**
   * One node of the application: the Spring Boot context with the given properties; {@code name} is its engine's name
   * and host name (the job log's {@code hostname_}, so the jobs each node ran can be told apart).
   */
  static ConfigurableApplicationContext node(Map<String, Object> common, String url, String name) {
    Map<String, Object> props = new HashMap<>(common);
    props.put("camunda.bpm.process-engine-name", name.equals("node1") ? "default" : name);
    props.put("camunda.bpm.generic-properties.properties.hostname", name);
    SpringApplicationBuilder builder = new SpringApplicationBuilder(SosialsakApplication.class);
    if (Boolean.parseBoolean(System.getProperty("bench.countSql", "true"))) {
      // Counts statements per kind (SqlCounter): the deterministic measure behind each tuning step.
      builder.initializers(c -> c.getBeanFactory().addBeanPostProcessor(SqlCounter.postProcessor()));
    }
    // The decision letters: timed (the flow prints the mean rendering time per letter), or with -Dbench.letter=fixed
    // each type rendered once and the same bytes for every later case, to tell the rendering from the rest.
    boolean fixedLetters = "fixed".equals(System.getProperty("bench.letter"));
    builder.initializers(c -> c.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof BrevRenderer ? fixedLetters ? new FixedLetters() : new TimedLetters() : bean;
      }
    }));
    ConfigurableApplicationContext context = builder
        .profiles("demo", "postgres").web(WebApplicationType.NONE)
        // As command-line arguments: they outrank application-postgres.yaml (default properties would not).
        .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    String actualUrl = context.getEnvironment().getProperty("spring.datasource.url");
    if (!url.equals(actualUrl)) {
      context.close();
      throw new IllegalStateException("Feil database: " + actualUrl + " i stedet for " + url);
    }
    return context;
  }

  /**
   * Mode {@code letters} (no database): the decision letter the flow makes, rendered by the product's renderer on one
   * thread, {@code bench.letters} times (1,000) after as many for warm-up; CPU time (the thread's) and wall time per
   * letter, in five blocks, so the spread shows. What one letter costs the machine when nothing else runs.
   */
  static void letterCpu() {
    int n = Integer.getInteger("bench.letters", 1000);
    BrevRenderer renderer = new BrevRenderer();
    no.fagsys.sosialsak.vedtak.Vedtak vedtak = new no.fagsys.sosialsak.vedtak.Vedtak("v-1", "2026-5028-000001", "5028",
        "pi-1", "OKONOMISK_STONAD", "SOKNAD", "INNVILGET", "sosialtjenesteloven § 18",
        "Du har ikke midler til nødvendig livsopphold, og kan ikke dekke utgiftene på andre måter.",
        "Du er uten inntekt denne måneden og har to barn i husstanden.", null,
        "Barnas behov for bolig og mat er særlig vektlagt.", LocalDate.of(2026, 3, 13), LocalDate.of(2026, 4, 7), null,
        null, null, null, "kari", "kjell", null, java.time.Instant.parse("2026-03-13T09:00:00Z"));
    no.fagsys.sosialsak.brev.Navn navn = new no.fagsys.sosialsak.brev.Navn() {
      @Override
      public String bruker(String id) {
        return "kari".equals(id) ? "Kari Hjelper" : "Kjell Navleder";
      }

      @Override
      public String kontor(String kommunenummer) {
        return "Nav Melhus";
      }
    };
    Brevinnhold innhold = no.fagsys.sosialsak.vedtak.Vedtaksbrev.innhold(vedtak, "SOKER-1", navn);
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < n; i++) {
      renderer.pdf(innhold);
    }
    int block = Math.max(1, n / 5);
    for (int b = 0; b < 5; b++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      int bytes = 0;
      for (int i = 0; i < block; i++) {
        bytes = renderer.pdf(innhold).length;
      }
      System.out.printf(Locale.ROOT, "vedtaksbrev, blokk %d: %.2f ms CPU og %.2f ms veggtid per brev (%d brev, %,d byte)%n",
          b + 1, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / block, (System.nanoTime() - wall) / 1e6 / block,
          block, bytes);
    }
  }

  /** {@code -Dbench.letter=fixed}: each letter type rendered once, then the same bytes for every case. */
  static final class FixedLetters extends BrevRenderer {
    private final Map<BrevType, byte[]> rendered = new ConcurrentHashMap<>();

    @Override
    public byte[] pdf(Brevinnhold innhold) {
      return rendered.computeIfAbsent(innhold.type(), type -> super.pdf(innhold));
    }
  }

  /** The product's renderer, timed: letters rendered and nanoseconds spent, reset before each measured run. */
  static final class TimedLetters extends BrevRenderer {
    static final LongAdder NANOS = new LongAdder();
    static final LongAdder COUNT = new LongAdder();

    @Override
    public byte[] pdf(Brevinnhold innhold) {
      long t = System.nanoTime();
      try {
        return super.pdf(innhold);
      } finally {
        NANOS.add(System.nanoTime() - t);
        COUNT.increment();
      }
    }
  }

  static String prop(String name, String env, String fallback) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(env);
    }
    return value == null ? fallback : value;
  }

  // --- the baseline -------------------------------------------------------------------------------------------------

  /** Same wait states and decisions as soknad's OPPLYSNING_RAD_VEILEDNING path; no listeners, delegates, timers. */
  static BpmnModelInstance baseline() {
    return Bpmn.createExecutableProcess(BASELINE_KEY).camundaHistoryTimeToLive(3650)
        .startEvent()
        .userTask("Task_KartleggSoknad").camundaCandidateGroups("saksbehandler")
        .businessRuleTask("Task_AnsvarligKommune").camundaDecisionRef("ansvarligKommune")
        .camundaResultVariable("ansvarligKommuneResultat").camundaMapDecisionResult("singleResult")
        .businessRuleTask("Task_TilgangTilTjeneste").camundaDecisionRef("tilgangTilTjeneste")
        .camundaResultVariable("tilgangResultat").camundaMapDecisionResult("singleResult")
        .businessRuleTask("Task_VurderOpplysningRadVeiledning").camundaDecisionRef("rettTilOpplysningRadOgVeiledning")
        .camundaResultVariable("tabellResultat").camundaMapDecisionResult("singleResult")
        .userTask("Task_VurderRett").camundaCandidateGroups("saksbehandler")
        .userTask("Task_UtformVedtak").camundaCandidateGroups("saksbehandler")
        .userTask("Task_GodkjennVedtak").camundaCandidateGroups("leder")
        .userTask("Task_Oppfolgingssamtale").camundaCandidateGroups("saksbehandler")
        .endEvent()
        .done();
  }

  /**
   * The baseline plus everything the engine does for {@code soknad}'s data and structure on this path, with no product
   * code: the same activities (its ten gateways and the follow-up deadline step as well); the same variables written in
   * the same steps (the seven the registration adds at the start, the decisions' ten mapped outputs, the proposal's six,
   * the draft's and the approval's signatures, the decision's five and the three handed back, the closing status); the
   * decision steps in a called process that gets the same eleven variables and the four its start derives from the
   * proposal; the interim-reply timer and the withdrawal message subscription of the event sub-processes. What it
   * leaves out is the product's Java: listeners and delegates, the case number, the case row, the timeline, the decision
   * row and the decision letter. So {@code soknad}/this is what the product's own code costs, and this/the baseline
   * what the case's data and model cost the engine at history level full.
   */
  static BpmnModelInstance dataBaseline() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(DATA_BASELINE_KEY).camundaHistoryTimeToLive(3650)
        .startEvent()
        .exclusiveGateway("Gateway_Haster")
        .userTask("Task_KartleggSoknad").camundaCandidateGroups("saksbehandler")
        .exclusiveGateway("Gateway_KartleggingFerdig")
        .businessRuleTask("Task_AnsvarligKommune").camundaDecisionRef("ansvarligKommune")
        .camundaOutputParameter("ansvarligKommune", "${decisionResult.getSingleResult().get('ansvarligKommune')}")
        .camundaOutputParameter("ansvarligKommuneBegrunnelse", "${decisionResult.getSingleResult().get('begrunnelse')}")
        .camundaOutputParameter("ansvarligKommuneHjemmel", "${decisionResult.getSingleResult().get('hjemmel')}")
        .exclusiveGateway("Gateway_AnsvarligKommune")
        .businessRuleTask("Task_TilgangTilTjeneste").camundaDecisionRef("tilgangTilTjeneste")
        .camundaOutputParameter("tilgang", "${decisionResult.getSingleResult().get('tilgang')}")
        .camundaOutputParameter("begrensning", "${decisionResult.getSingleResult().get('tilgang') == 'JA' ? null"
            + " : decisionResult.getSingleResult().get('begrensning')}")
        .camundaOutputParameter("tilgangBegrunnelse", "${decisionResult.getSingleResult().get('begrunnelse')}")
        .camundaOutputParameter("tilgangHjemmel", "${decisionResult.getSingleResult().get('hjemmel')}")
        .exclusiveGateway("Gateway_Tilgang")
        .exclusiveGateway("Gateway_Tjeneste")
        .businessRuleTask("Task_VurderOpplysningRadVeiledning").camundaDecisionRef("rettTilOpplysningRadOgVeiledning")
        .camundaOutputParameter("tabellRett", "${decisionResult.getSingleResult().get('rett')}")
        .camundaOutputParameter("tabellBegrunnelse", "${decisionResult.getSingleResult().get('begrunnelse')}")
        .camundaOutputParameter("tabellHjemmel", "${decisionResult.getSingleResult().get('hjemmel')}")
        .exclusiveGateway("Gateway_VurderingKlar")
        .userTask("Task_VurderRett").camundaCandidateGroups("saksbehandler")
        .serviceTask("Task_ForeslaVedtak").camundaExpression("${true}")
        .camundaOutputParameter("endeligRett", "${tabellRett}")
        .camundaOutputParameter("skjonnsutovelse", "${false}")
        .camundaOutputParameter("stillerVilkar", "${false}")
        .camundaOutputParameter("vedtakForslagUtfall", "INNVILGET")
        .camundaOutputParameter("vedtakForslagBegrunnelse", "${tabellBegrunnelse}")
        .camundaOutputParameter("vedtakForslagHjemmel", "${tabellHjemmel}")
        .exclusiveGateway("Gateway_TilVedtak")
        .callActivity("Activity_Vedtak").calledElement(DATA_BASELINE_VEDTAK_KEY)
        .camundaInBusinessKey("#{execution.processBusinessKey}")
        .camundaOut("vedtakId", "vedtakId").camundaOut("vedtakUtfall", "vedtakUtfall")
        .camundaOut("klagefrist", "klagefrist")
        .exclusiveGateway("Gateway_Utfall")
        .serviceTask("Task_BeregnOppfolgingsfrister").camundaExpression("${true}")
        .exclusiveGateway("Gateway_Oppfolging")
        .userTask("Task_Oppfolgingssamtale").camundaCandidateGroups("saksbehandler")
        .endEvent()
        .done();
    new ProcessBuilder(model, model.getModelElementById(DATA_BASELINE_KEY))
        .eventSubProcess("Sub_ForelopigSvar").startEvent().interrupting(false).timerWithDuration("P30D")
        .userTask("Task_SendForelopigSvar").camundaCandidateGroups("saksbehandler").endEvent();
    new ProcessBuilder(model, model.getModelElementById(DATA_BASELINE_KEY))
        .eventSubProcess("Sub_Trukket").startEvent().message("SoknadTrukket").endEvent();
    CallActivity call = model.getModelElementById("Activity_Vedtak");
    List.of("antallBarnIHusstanden", "begrensning", "kommunenummer", "nodsituasjon", "relevanteOpplysninger",
            "saksnummer", "sokerReferanse", "tjeneste", "vedtakForslagBegrunnelse", "vedtakForslagHjemmel",
            "vedtakForslagUtfall")
        .forEach(name -> camundaIn(model, call, name, null));
    // What the decision process's start adds in soknad (the proposal as the decision to be made), as expressions.
    camundaIn(model, call, "vedtakGjelder", "${tjeneste}");
    camundaIn(model, call, "vedtakUtfall", "${vedtakForslagUtfall}");
    camundaIn(model, call, "vedtakBegrunnelse", "${vedtakForslagBegrunnelse}");
    camundaIn(model, call, "vedtakHjemmel", "${vedtakForslagHjemmel}");
    return model;
  }

  /** The called decision process of {@link #dataBaseline()}: draft, approval, the decision's five variables. */
  static BpmnModelInstance dataBaselineVedtak() {
    return Bpmn.createExecutableProcess(DATA_BASELINE_VEDTAK_KEY).camundaHistoryTimeToLive(3650)
        .startEvent()
        .exclusiveGateway("Gateway_TilUtforming")
        .userTask("Task_UtformVedtak").camundaCandidateGroups("saksbehandler")
        .userTask("Task_GodkjennVedtak").camundaCandidateGroups("leder")
        .exclusiveGateway("Gateway_Godkjent")
        .serviceTask("Task_FattVedtak").camundaExpression("${true}")
        .camundaOutputParameter("vedtakId", "${execution.processBusinessKey}-V1")
        .camundaOutputParameter("vedtaksdato", EngineTime.today().toString())
        .camundaOutputParameter("klagefrist", EngineTime.today().plusWeeks(3).toString())
        .camundaOutputParameter("vedtakUtfall", "${vedtakUtfall}")
        .camundaOutputParameter("vedtaksbrevId", "${execution.processBusinessKey}-B1")
        .endEvent()
        .done();
  }

  static void camundaIn(BpmnModelInstance model, CallActivity call, String target, String expression) {
    CamundaIn in = model.newInstance(CamundaIn.class);
    if (expression == null) {
      in.setCamundaSource(target);
    } else {
      in.setCamundaSourceExpression(expression);
    }
    in.setCamundaTarget(target);
    call.getExtensionElements().addChildElement(in);
  }

  static void deployBaseline(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("bench-baseline").enableDuplicateFiltering(true)
        .addModelInstance("benchBaseline.bpmn", baseline())
        .addModelInstance("benchBaselineData.bpmn", dataBaseline())
        .addModelInstance("benchBaselineDataVedtak.bpmn", dataBaselineVedtak()).deploy();
  }

  // --- driving a case -------------------------------------------------------------------------------------------------

  static Map<String, Object> startVariables(String kommunenummer, LocalDate soknadsdato) {
    Map<String, Object> v = new HashMap<>();
    v.put("tjeneste", "OPPLYSNING_RAD_VEILEDNING");
    v.put("kommunenummer", kommunenummer);
    v.put("kanal", "OPPMOTE");
    v.put("soknadsdato", soknadsdato.toString());
    v.put("nodsituasjon", false);
    v.put("antallBarnIHusstanden", 0);
    v.put("sokerReferanse", "SOKER-BENCH-1");
    return v;
  }

  /**
   * What the driver enters at a step. The data baseline also gets what soknad's listeners and end event add there
   * (the draft's and the approval's signature, the closing status), so it writes the same variables.
   */
  static Map<String, Object> stepVariables(Flow flow, int step) {
    Map<String, Object> v = stepVariables(step);
    if (flow == Flow.DATA) {
      switch (step) {
        case 2 -> v.put("utformetAv", "kari");
        case 3 -> v.put("godkjentAv", "kjell");
        case 4 -> v.put("saksstatus", "FERDIGBEHANDLET");
        default -> {
        }
      }
    }
    return v;
  }

  static Map<String, Object> stepVariables(int step) {
    Map<String, Object> v = new HashMap<>();
    switch (step) {
      case 0 -> {
        v.putAll(SoknadTestSupport.kartlagtHerMedFulleRettigheter());
        v.put("kanBidraTilALoseEllerForebyggeSosialeProblemer", true);
      }
      case 1 -> {
        v.put("folgerTabellresultat", true);
        v.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
      }
      case 2 -> {
        v.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
        // User participation (sosialtjenesteloven § 42): how the applicant's view was weighed, required in the draft.
        v.put("vektleggingAvSyn", SoknadTestSupport.VEKTLEGGING);
      }
      case 3 -> v.put("godkjent", true);
      default -> {
        v.put("samtaleDato", EngineTime.today().toString());
        v.put("samtaleNotat", "Budsjett satt opp.");
      }
    }
    return v;
  }

  static void as(IdentityService identity, String user, String group, String tenant) {
    identity.setAuthentication(user, List.of(group), List.of(tenant));
  }

  /** Starts one case as kari; returns its business key. The baselines get the start variables too (same inputs). */
  static String start(ProcessEngine engine, Flow flow, int n) {
    as(engine.getIdentityService(), "kari", "saksbehandler", "5028");
    try {
      // Received today, as a new application is: the interim-reply timer (one month after the application date) then
      // lies a month ahead, as in a case decided in time. (With an application date months back, that timer is due at
      // once and fires in the job executor as soon as it runs: that is the backlog, not the flow.)
      Map<String, Object> v = startVariables("5028", EngineTime.today());
      if (flow == Flow.SOKNAD) {
        return engine.getRuntimeService().startProcessInstanceByKey("soknad", v).getBusinessKey();
      }
      String key = "BASE-" + Thread.currentThread().getId() + "-" + n + "-" + System.nanoTime();
      if (flow == Flow.DATA) {
        // What soknad's registration adds at the start: case number, status, deadlines.
        v.put("saksnummer", key);
        v.put("saksstatus", "MOTTATT");
        v.put("haster", false);
        v.put("saksbehandlingsfrist", EngineTime.today().plusWeeks(4).toString());
        v.put("forelopigSvarFrist", EngineTime.today().plusMonths(1).toString());
        v.put("hastesakFrist", EngineTime.today().toString());
        v.put("kvpSisteOppstart", EngineTime.today().plusMonths(6).toString());
        engine.getRuntimeService().startProcessInstanceByKey(DATA_BASELINE_KEY, key, v);
      } else {
        engine.getRuntimeService().startProcessInstanceByKey(BASELINE_KEY, key, v);
      }
      return key;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Finds the case's open task as the user who works it, completes it; returns the nanos of the complete call. */
  static long completeStep(ProcessEngine engine, Flow flow, String businessKey, int step) {
    String[] s = STEPS[step];
    IdentityService identity = engine.getIdentityService();
    TaskService tasks = engine.getTaskService();
    as(identity, s[1], s[2], "5028");
    try {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(s[0]).singleResult();
      // After the approval, soknad's next task comes when the decision letter is made (Task_LagVedtaksbrev, a job):
      // wait for the job executor, or make the letter here when it is off. The wait is in the phase's wall time.
      long venter = System.nanoTime();
      while (task == null && System.nanoTime() - venter < 60_000_000_000L) {
        if (!jobExecutorActive(engine)) {
          // Without the job executor: the case's due letter job in this thread, as no user (as the job executor).
          no.fagsys.sosialsak.vedtak.VedtakTestSupport.lagVedtaksbrev(engine, businessKey);
        } else {
          sleep(5);
        }
        task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(s[0]).singleResult();
      }
      if (task == null) {
        throw new IllegalStateException("Ingen oppgave " + s[0] + " for " + businessKey);
      }
      long t = System.nanoTime();
      tasks.complete(task.getId(), stepVariables(flow, step));
      return System.nanoTime() - t;
    } finally {
      identity.clearAuthentication();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // --- flow benchmark ---------------------------------------------------------------------------------------------------

  record Result(String name, int threads, int cases, double startsPerSecond, double startP95, double completionsPerSecond,
      double completeP95, double casesPerSecond, double[] stepP95, Map<String, Long> sql) {

    double perCase(String kind) {
      return sql.getOrDefault(kind, 0L) / (double) cases;
    }
  }

  static void flow(ProcessEngine engine) throws Exception {
    int cases = Integer.getInteger("bench.cases", 1000);
    int warmup = Integer.getInteger("bench.warmup", 500);
    int[] threadCounts = Arrays.stream(System.getProperty("bench.threads", "1,2").split(",")).mapToInt(Integer::parseInt)
        .toArray();
    // bench.flows: only these processes (e.g. "soknad" for a profile of the product alone); the tables then hold them
    String only = System.getProperty("bench.flows");
    List<String> wanted = only == null ? null : Arrays.asList(only.split(","));
    List<Flow> flows = Arrays.stream(Flow.values()).filter(f -> wanted == null || wanted.contains(f.label)).toList();
    System.out.printf(Locale.ROOT, "Oppvarming: %d saker per prosess ...%n", warmup);
    for (Flow flow : flows) {
      runCases(engine, flow, warmup, 2);
    }
    List<Result> results = new ArrayList<>();
    List<CpuMeter.PerCase> cpu = new ArrayList<>();
    for (int threads : threadCounts) {
      for (Flow flow : flows) {
        vacuum(engine);
        TimedLetters.NANOS.reset();
        TimedLetters.COUNT.reset();
        java.sql.Timestamp since = new java.sql.Timestamp(System.currentTimeMillis());
        CpuMeter.Snapshot before = CpuMeter.snapshot();
        Result r = runCases(engine, flow, cases, threads);
        // The CPU of the run's cases includes the background work they left (the archive jobs of the last letters):
        // counted once the job executor has no due job left.
        drainDueJobs(engine);
        cpu.add(CpuMeter.perCase(before, CpuMeter.snapshot(), cases));
        if (flow == Flow.SOKNAD) {
          letters(engine, flow.label, since);
        }
        if (TimedLetters.COUNT.sum() > 0) {
          System.out.printf(Locale.ROOT, "%-13s %d vedtaksbrev laget, %.1f ms per brev%n", flow.label,
              TimedLetters.COUNT.sum(), TimedLetters.NANOS.sum() / 1e6 / TimedLetters.COUNT.sum());
        }
        results.add(r);
        print(r);
      }
    }
    int n = flows.size();
    System.out.println();
    System.out.println("| tråder | prosess | starter/s | start p95 ms | fullføringer/s | fullføring p95 ms | hele saker/s |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", r.threads, r.name,
          r.startsPerSecond, r.startP95, r.completionsPerSecond, r.completeP95, r.casesPerSecond);
    }
    for (int i = 0; n == Flow.values().length && i + n - 1 < results.size(); i += n) {
      Result base = results.get(i + Flow.BASELINE.ordinal());
      Result data = results.get(i + Flow.DATA.ordinal());
      Result soknad = results.get(i + Flow.SOKNAD.ordinal());
      ratio(soknad, base);
      ratio(soknad, data);
      ratio(data, base);
    }
    System.out.println();
    System.out.print("| tråder | prosess |");
    Arrays.stream(STEPS).forEach(step -> System.out.print(" " + step[0] + " p95 ms |"));
    System.out.println();
    System.out.println("| --- | --- |" + " ---: |".repeat(STEPS.length));
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "| %d | %s |", r.threads, r.name);
      Arrays.stream(r.stepP95).forEach(p -> System.out.printf(Locale.ROOT, " %.1f |", p));
      System.out.println();
    }
    printCpu(results, cpu);
    printSql(results);
  }

  static boolean jobExecutorActive(ProcessEngine engine) {
    return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor().isActive();
  }

  /** Waits (at most a minute) until the job executor has no job that is due, when it runs. */
  static void drainDueJobs(ProcessEngine engine) {
    if (!jobExecutorActive(engine)) {
      return;
    }
    long until = System.nanoTime() + 60_000_000_000L;
    while (engine.getManagementService().createJobQuery().executable().count() > 0 && System.nanoTime() < until) {
      sleep(20);
    }
  }

  /**
   * CPU milliseconds per whole case (CpuMeter), per process: the job executor's threads, the rest of this JVM (the
   * drivers and the engine work they do, the garbage collector), PostgreSQL, and the rest of the machine.
   */
  static void printCpu(List<Result> results, List<CpuMeter.PerCase> cpu) {
    System.out.println();
    System.out.println("| tråder | prosess | CPU ms/sak jobbutfører | JVM ellers | PostgreSQL | i alt | annet på maskinen |"
        + " maskinen opptatt |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      CpuMeter.PerCase c = cpu.get(i);
      System.out.printf(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f %% |%n", r.threads, r.name,
          c.job(), c.jvmOther(), c.postgres(), c.job() + c.jvmOther() + c.postgres(), c.elsewhere(),
          c.machineBusyPercent());
    }
  }

  /**
   * The decision letters made since {@code since}: how many, the time from the approval (the approval task's end in
   * the history) to the letter stored (the letter's {@code produsert}, taken after rendering, in the job's
   * transaction), p50 and p95, and letters per second in the job executor between the first and the last.
   */
  static void letters(ProcessEngine engine, String label, java.sql.Timestamp since) {
    sql(engine, s -> {
      try (var ps = s.getConnection().prepareStatement("""
          select count(*), percentile_cont(0.5) within group (order by ms), percentile_cont(0.95) within group (order by ms),
                 max(ms), extract(epoch from max(produsert) - min(produsert))
          from (select extract(epoch from b.produsert - t.end_time_) * 1000 as ms, b.produsert
                from brev b join act_hi_taskinst t on t.proc_inst_id_ = b.prosessinstans_id
                where b.type = 'VEDTAK' and t.task_def_key_ = 'Task_GodkjennVedtak' and b.produsert >= ?) x""")) {
        ps.setTimestamp(1, since);
        try (var rs = ps.executeQuery()) {
          rs.next();
          long n = rs.getLong(1);
          double seconds = rs.getDouble(5);
          System.out.printf(Locale.ROOT, "%-13s %d vedtaksbrev laget etter godkjenningen: godkjent → brev lagret p50 %.0f ms, "
              + "p95 %.0f ms, maks %.0f ms; %.1f brev/s mens flyten gikk%n", label, n, rs.getDouble(2),
              rs.getDouble(3), rs.getDouble(4), seconds > 0 ? (n - 1) / seconds : 0);
        }
      }
    });
  }

  static void ratio(Result a, Result b) {
    System.out.printf(Locale.ROOT, "| %d | %s/%s | %.0f %% | %.0f %% | %.0f %% | %.0f %% | %.0f %% |%n", a.threads,
        a.name, b.name, 100 * a.startsPerSecond / b.startsPerSecond, 100 * a.startP95 / b.startP95,
        100 * a.completionsPerSecond / b.completionsPerSecond, 100 * a.completeP95 / b.completeP95,
        100 * a.casesPerSecond / b.casesPerSecond);
  }

  /** Statements per whole case (SqlCounter), per process, and where soknad sends more than the baselines. */
  static void printSql(List<Result> results) {
    if (results.size() < Flow.values().length || results.get(0).sql.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println("| tråder | prosess | SQL-setninger/sak | rundturer/sak | commits/sak | rader skrevet/sak |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: |");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f | %.1f |%n", r.threads, r.name,
          r.perCase("*statements"), r.perCase("*round trips"), r.perCase("*commits"), r.perCase("*rows written"));
    }
    Result b = results.get(Flow.BASELINE.ordinal());
    Result d = results.get(Flow.DATA.ordinal());
    Result p = results.get(Flow.SOKNAD.ordinal());
    java.util.Set<String> kinds = new java.util.TreeSet<>(b.sql.keySet());
    kinds.addAll(d.sql.keySet());
    kinds.addAll(p.sql.keySet());
    System.out.println();
    System.out.println("| setning (per sak) | baseline | baseline+data | soknad | soknad − baseline | soknad − baseline+data |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    kinds.stream().filter(k -> !k.startsWith("*"))
        .sorted(java.util.Comparator.comparingDouble((String k) -> -(p.perCase(k) - b.perCase(k))))
        .filter(k -> p.perCase(k) + d.perCase(k) + b.perCase(k) >= 0.05)
        .forEach(k -> System.out.printf(Locale.ROOT, "| `%s` | %.2f | %.2f | %.2f | %+.2f | %+.2f |%n", k,
            b.perCase(k), d.perCase(k), p.perCase(k), p.perCase(k) - b.perCase(k), p.perCase(k) - d.perCase(k)));
  }

  static void print(Result r) {
    System.out.printf(Locale.ROOT, "%-13s %d tråd(er), %d saker: start %.1f/s (p95 %.1f ms), fullføring %.1f/s"
        + " (p95 %.1f ms), hele saker %.1f/s%n", r.name, r.threads, r.cases, r.startsPerSecond, r.startP95,
        r.completionsPerSecond, r.completeP95, r.casesPerSecond);
  }

  /**
   * Phase 1: every thread starts its share of cases (timed: starts/s, start latency = the call, which returns at the
   * first user task). Phase 2: every thread drives its cases to the end, step by step (query the task as its user,
   * complete it; completions/s over the phase's wall time, which includes the task queries, latency = the complete
   * call). Whole cases/s = cases / (phase 1 + phase 2).
   */
  static Result runCases(ProcessEngine engine, Flow flow, int cases, int threads) throws Exception {
    return runCases(new ProcessEngine[] {engine}, flow, cases, threads);
  }

  /** As above, thread {@code t} on node {@code t % engines.length} (the cluster run: each node driven by its threads). */
  static Result runCases(ProcessEngine[] engines, Flow flow, int cases, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    SqlCounter.reset();
    try {
      List<List<String>> keys = new ArrayList<>();
      long[][] startNanos = new long[threads][];
      List<Future<?>> futures = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        int share = cases / threads + (t < cases % threads ? 1 : 0);
        List<String> mine = new ArrayList<>();
        keys.add(mine);
        long[] lat = new long[share];
        startNanos[t] = lat;
        ProcessEngine engine = engines[t % engines.length];
        futures.add(pool.submit(() -> {
          for (int i = 0; i < share; i++) {
            long s = System.nanoTime();
            mine.add(start(engine, flow, i));
            lat[i] = System.nanoTime() - s;
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      long startWall = System.nanoTime() - t0;
      futures.clear();
      // completeNanos[step][thread][case]
      long[][][] completeNanos = new long[STEPS.length][threads][];
      long t1 = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        List<String> mine = keys.get(t);
        int thread = t;
        for (int step = 0; step < STEPS.length; step++) {
          completeNanos[step][t] = new long[mine.size()];
        }
        ProcessEngine engine = engines[t % engines.length];
        futures.add(pool.submit(() -> {
          // Step by step over the thread's cases (all first steps, then all second steps, ...), as an office works
          // a queue: the decision letters the job executor makes after the approvals are then made while the
          // approvals of later cases go on, not waited for one by one.
          for (int step = 0; step < STEPS.length; step++) {
            for (int i = 0; i < mine.size(); i++) {
              completeNanos[step][thread][i] = completeStep(engine, flow, mine.get(i), step);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      long completeWall = System.nanoTime() - t1;
      long completions = (long) cases * STEPS.length;
      long[][] allCompletions = Arrays.stream(completeNanos).flatMap(Arrays::stream).toArray(long[][]::new);
      double[] stepP95 = Arrays.stream(completeNanos).mapToDouble(ProcessBenchmark::p95).toArray();
      return new Result(flow.label, threads, cases, cases / (startWall / 1e9), p95(startNanos),
          completions / (completeWall / 1e9), p95(allCompletions), cases / ((startWall + completeWall) / 1e9), stepP95,
          Boolean.parseBoolean(System.getProperty("bench.countSql", "true")) ? SqlCounter.snapshot() : Map.of());
    } finally {
      pool.shutdown();
    }
  }

  static double p95(long[][] nanos) {
    long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
    return all.length == 0 ? 0 : all[(int) Math.ceil(all.length * 0.95) - 1] / 1e6;
  }

  // --- two nodes ---------------------------------------------------------------------------------------------------

  /**
   * Two nodes of the application on one database (Camunda's homogeneous cluster: the same models and beans, each its
   * own engine and job executor, jobs locked by the node that acquires them). {@code soknad} driven by the same two
   * threads on one node and on both (one thread per node), alternately, {@code bench.rounds} times; then what the job
   * executors did: the letter jobs each node ran, any job that succeeded twice, decisions without exactly one letter.
   */
  static void cluster(ProcessEngine node1, ProcessEngine node2) throws Exception {
    int cases = Integer.getInteger("bench.cases", 400);
    int warmup = Integer.getInteger("bench.warmup", 500);
    int rounds = Integer.getInteger("bench.rounds", 2);
    ProcessEngine[] one = {node1};
    ProcessEngine[] both = {node1, node2};
    System.out.printf(Locale.ROOT, "To noder: oppvarming %d saker ...%n", warmup);
    runCases(both, Flow.SOKNAD, warmup, 2);
    java.sql.Timestamp since = new java.sql.Timestamp(System.currentTimeMillis());
    List<Result> results = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (ProcessEngine[] nodes : List.of(one, both)) {
        vacuum(node1);
        java.sql.Timestamp runSince = new java.sql.Timestamp(System.currentTimeMillis());
        Result r = runCases(nodes, Flow.SOKNAD, cases, 2);
        Result named = new Result(nodes.length + " node" + (nodes.length == 1 ? "" : "r"), r.threads(), r.cases(),
            r.startsPerSecond(), r.startP95(), r.completionsPerSecond(), r.completeP95(), r.casesPerSecond(),
            r.stepP95(), r.sql());
        print(named);
        letters(node1, named.name(), runSince);
        results.add(named);
      }
    }
    System.out.println();
    System.out.println("| runde | noder | starter/s | start p95 ms | fullføringer/s | fullføring p95 ms | hele saker/s |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      System.out.printf(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", i / 2 + 1, r.name(),
          r.startsPerSecond(), r.startP95(), r.completionsPerSecond(), r.completeP95(), r.casesPerSecond());
    }
    for (int i = 0; i + 1 < results.size(); i += 2) {
      ratio(results.get(i + 1), results.get(i));
    }
    sql(node1, s -> {
      try (var ps = s.getConnection().prepareStatement("""
          select hostname_, count(*) from act_hi_job_log
          where job_state_ = 2 and act_id_ = 'Task_LagVedtaksbrev' and timestamp_ >= ? group by hostname_ order by 1""")) {
        ps.setTimestamp(1, since);
        StringBuilder line = new StringBuilder("Brevjobber fullført per node:");
        try (var rs = ps.executeQuery()) {
          while (rs.next()) {
            line.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
          }
        }
        System.out.println(line);
      }
      try (var ps = s.getConnection().prepareStatement("""
          select count(*) filter (where job_state_ = 1), count(distinct job_id_) filter (where job_state_ = 2)
          from act_hi_job_log where act_id_ = 'Task_LagVedtaksbrev' and timestamp_ >= ?""")) {
        ps.setTimestamp(1, since);
        try (var rs = ps.executeQuery()) {
          rs.next();
          System.out.printf(Locale.ROOT, "Brevjobber: %d fullført, %d feilet forsøk%n", rs.getLong(2), rs.getLong(1));
        }
      }
      try (var rs = s.executeQuery("""
          select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2
                                and job_def_type_ <> 'history-cleanup' group by job_id_ having count(*) > 1) x""")) {
        // The history cleanup job is one job rescheduled after each run by design; every other job runs once.
        rs.next();
        System.out.printf(Locale.ROOT, "Jobber fullført mer enn én gang (hele databasen, utenom historikkopprydding): %d%n",
            rs.getLong(1));
      }
      try (var rs = s.executeQuery("""
          select count(*) filter (where n = 0), count(*) filter (where n > 1), count(*)
          from (select v.id, (select count(*) from brev b where b.vedtak_id = v.id and b.type = 'VEDTAK') n
                from vedtak v) x""")) {
        rs.next();
        System.out.printf(Locale.ROOT, "Vedtak: %d i alt, %d uten vedtaksbrev, %d med mer enn ett%n", rs.getLong(3),
            rs.getLong(1), rs.getLong(2));
      }
    });
  }

  // --- query benchmark ------------------------------------------------------------------------------------------------

  static void query(ProcessEngine engine, TaskCountPlugin taskCount) throws Exception {
    int target = Integer.getInteger("bench.openTasks", 100_000);
    int genThreads = Integer.getInteger("bench.genThreads", 4);
    long open = engine.getTaskService().createTaskQuery().count();
    int missing = (int) Math.max(0, target - open);
    System.out.printf(Locale.ROOT, "Åpne oppgaver: %,d; lager %,d til (soknad-starter over tre kommuner, %d tråder) ...%n",
        open, missing, genThreads);
    long t0 = System.nanoTime();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(genThreads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < genThreads; t++) {
      futures.add(pool.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < missing) {
          String[] cw = CASEWORKERS[i % CASEWORKERS.length];
          as(engine.getIdentityService(), cw[1], "saksbehandler", cw[0]);
          try {
            // Application dates spread over a year, so due dates differ.
            engine.getRuntimeService().startProcessInstanceByKey("soknad",
                startVariables(cw[0], LocalDate.of(2025, 3, 1).plusDays(i % 365)));
          } finally {
            engine.getIdentityService().clearAuthentication();
          }
          if (i > 0 && i % 10_000 == 0) {
            System.out.printf(Locale.ROOT, "  %,d startet (%.0f s)%n", i, (System.nanoTime() - t0) / 1e9);
            // Statistics as autovacuum would keep them: with the planner still believing the tables empty, the starts
            // slowed from 10,000 per 100 s to 10,000 per 220 s by 50,000 (and back to 51 s after an ANALYZE).
            sql(engine, statement -> statement.execute("ANALYZE"));
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    if (missing > 0) {
      System.out.printf(Locale.ROOT, "  laget %,d på %.0f s (%.0f/s)%n", missing, (System.nanoTime() - t0) / 1e9,
          missing / ((System.nanoTime() - t0) / 1e9));
    }
    printVolume(engine);
    analyze(engine);
    int runs = Integer.getInteger("bench.queryRuns", 200);
    TaskService tasks = engine.getTaskService();
    as(engine.getIdentityService(), "kari", "saksbehandler", "5028");
    try {
      if (Boolean.getBoolean("bench.showSql")) {
        ((Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity")).setLevel(Level.DEBUG);
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.DEBUG);
        tasks.createTaskQuery().taskCandidateGroup("saksbehandler").tenantIdIn("5028").orderByDueDate().asc()
            .listPage(0, 50);
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
      }
      long[] lat = new long[runs];
      int size = 0;
      for (int i = 0; i < 20; i++) {
        tasks.createTaskQuery().taskCandidateGroup("saksbehandler").tenantIdIn("5028").orderByDueDate().asc()
            .listPage(0, 50);
      }
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        size = tasks.createTaskQuery().taskCandidateGroup("saksbehandler").tenantIdIn("5028").orderByDueDate().asc()
            .listPage(0, 50).size();
        lat[i] = System.nanoTime() - t;
      }
      System.out.printf(Locale.ROOT, "Tasklist-spørring som kari (kandidatgruppe saksbehandler, tenant 5028, første side"
          + " à 50 sortert på frist, %d kjøringer): p95 %.1f ms, median %.1f ms (%d treff på siden)%n", runs,
          p95(new long[][] {lat}), median(lat), size);
      // The counts Tasklist asks for on every refresh (/filter?itemCount=true): each of kari's filters, counted the
      // engine's way (TaskCountPlugin off) and the product's way, alternately in the same run; both must agree.
      int countRuns = Integer.getInteger("bench.countRuns", 0);
      FilterService filters = engine.getFilterService();
      for (Filter filter : filters.createTaskFilterQuery().orderByFilterName().asc().listPage(0, 10)) {
        if (countRuns == 0) {
          break;
        }
        long[][] lats = new long[2][countRuns];
        long[] counts = new long[2];
        for (int i = 0; i < countRuns; i++) {
          for (int k = 0; k < 2; k++) {
            int way = (i + k) % 2; // 0 the engine's, 1 the product's; the order alternates
            boolean was = taskCount.bruk(way == 1);
            try {
              long t = System.nanoTime();
              counts[way] = filters.count(filter.getId());
              lats[way][i] = System.nanoTime() - t;
            } finally {
              taskCount.bruk(was);
            }
          }
        }
        if (counts[0] != counts[1]) {
          throw new IllegalStateException("Antallet i filteret " + filter.getName() + " er " + counts[1]
              + " med produktets telling og " + counts[0] + " med motorens");
        }
        System.out.printf(Locale.ROOT, "Antall i filteret «%s» som kari (%,d oppgaver, %d kjøringer hver vei):"
            + " motorens telling p95 %.1f ms, median %.1f ms; produktets telling p95 %.1f ms, median %.1f ms%n",
            filter.getName(), counts[1], countRuns, p95(new long[][] {lats[0]}), median(lats[0]),
            p95(new long[][] {lats[1]}), median(lats[1]));
      }
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  // --- job executor benchmark ---------------------------------------------------------------------------------------

  /**
   * The job executor working off a backlog of due jobs (run with {@code -Dbench.jobExecutor=true} on the volume
   * database, whose generated applications are dated up to a year back, so their interim-reply timers are all due):
   * jobs done per second over {@code bench.jobSeconds} (60) after {@code bench.jobWarmup} (15) seconds, counted as the
   * fall in due jobs, and the jobs that failed in that time.
   */
  static void jobs(ProcessEngine engine) throws InterruptedException {
    var management = engine.getManagementService();
    int warmup = Integer.getInteger("bench.jobWarmup", 15);
    int seconds = Integer.getInteger("bench.jobSeconds", 60);
    Thread.sleep(warmup * 1000L);
    long due0 = management.createJobQuery().executable().count();
    long failed0 = management.createJobQuery().withException().count();
    long t0 = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    long due1 = management.createJobQuery().executable().count();
    long failed1 = management.createJobQuery().withException().count();
    double elapsed = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "Jobbutfører: %,d forfalte jobber før, %,d etter %.0f s: %.1f jobber/s; %d feilet%n",
        due0, due1, elapsed, (due0 - due1) / elapsed, failed1 - failed0);
  }

  static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  /**
   * Vacuums the runtime tables before a measured run, as autovacuum does on a production server. Every case inserts and
   * deletes its tasks, grants, variables and executions; where autovacuum is off (as on the development machine) the
   * dead rows pile up run after run (394,000 dead variable rows, 221 MB, beside 17,000 live ones after a dozen runs)
   * and each run is slower than the one before, whatever is being compared. The history tables and the product's
   * own tables get fresh statistics too.
   */
  static void vacuum(ProcessEngine engine) {
    sql(engine, s -> {
      s.execute("VACUUM ANALYZE act_ru_execution, act_ru_task, act_ru_identitylink, act_ru_authorization,"
          + " act_ru_variable, act_ru_job, act_ru_event_subscr, act_ru_meter_log, act_ru_task_meter_log");
      // and statistics on the rest (history, the product's tables), which grow from run to run
      s.execute("ANALYZE act_hi_procinst, act_hi_actinst, act_hi_taskinst, act_hi_varinst, act_hi_detail,"
          + " act_hi_identitylink, act_hi_decinst, act_hi_dec_in, act_hi_dec_out, act_hi_op_log, act_hi_job_log,"
          + " sak, tidslinjehendelse, brev, vedtak, saksnummer_teller");
    });
  }

  /**
   * Fresh planner statistics on the tables the Tasklist query reads, as autovacuum keeps them on a production server.
   * Without them, right after the volume is generated, PostgreSQL plans for empty tables (nested loops over 100,000
   * identity links per task: more than a minute per page); where autovacuum is off, as on the development machine,
   * nothing else would update them.
   */
  static void analyze(ProcessEngine engine) {
    sql(engine, s -> {
      String autovacuum;
      try (var rs = s.executeQuery("show autovacuum")) {
        rs.next();
        autovacuum = rs.getString(1);
      }
      long t = System.nanoTime();
      s.execute("ANALYZE act_ru_task, act_ru_identitylink, act_ru_authorization, act_re_procdef");
      System.out.printf(Locale.ROOT, "Planstatistikk oppdatert (ANALYZE, %.1f s; autovacuum på serveren: %s)%n",
          (System.nanoTime() - t) / 1e9, autovacuum);
    });
  }

  /** A statement of the harness's own (volume, statistics), on an autocommit connection of the application's pool. */
  interface SqlWork {
    void run(java.sql.Statement statement) throws java.sql.SQLException;
  }

  static void sql(ProcessEngine engine, SqlWork work) {
    try (var c = engine.getProcessEngineConfiguration().getDataSource().getConnection(); var s = c.createStatement()) {
      c.setAutoCommit(true); // VACUUM runs only outside a transaction
      work.run(s);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void printVolume(ProcessEngine engine) {
    sql(engine, s -> {
      String[] tables = {"act_ru_task", "act_ru_identitylink", "act_ru_execution", "act_ru_variable", "act_hi_procinst",
          "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail", "act_hi_identitylink",
          "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out", "act_hi_op_log", "act_hi_job_log"};
      long history = 0;
      StringBuilder line = new StringBuilder("Volum:");
      for (String table : tables) {
        try (var rs = s.executeQuery("select count(*) from " + table)) {
          rs.next();
          long n = rs.getLong(1);
          if (table.startsWith("act_hi")) {
            history += n;
          }
          line.append(String.format(Locale.ROOT, " %s=%,d", table, n));
        }
      }
      System.out.println(line);
      System.out.printf(Locale.ROOT, "Historikkrader i alt: %,d%n", history);
    });
  }
}
