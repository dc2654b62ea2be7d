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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.fagsys.sosialsak.SosialsakApplication;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.LoggerFactory;
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
 * delegates, the tenant provider, the decision input guard and the authorization checks are the real ones.
 */
public final class ProcessBenchmark {

  static final String BASELINE_KEY = "benchBaseline";
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
    // Every timer on the measured path is a month or more ahead; the driver completes every task itself.
    props.put("camunda.bpm.job-execution.enabled", System.getProperty("bench.jobExecutor", "false"));
    for (String extra : System.getProperty("bench.props", "").split(";")) {
      if (extra.contains("=")) {
        props.put(extra.substring(0, extra.indexOf('=')).trim(), extra.substring(extra.indexOf('=') + 1).trim());
      }
    }
    long t0 = System.nanoTime();
    SpringApplicationBuilder builder = new SpringApplicationBuilder(SosialsakApplication.class);
    if (Boolean.parseBoolean(System.getProperty("bench.countSql", "true"))) {
      // Counts statements per kind (SqlCounter): the deterministic measure behind each tuning step.
      builder.initializers(c -> c.getBeanFactory().addBeanPostProcessor(SqlCounter.postProcessor()));
    }
    ConfigurableApplicationContext context = builder
        .profiles("demo", "postgres").web(WebApplicationType.NONE)
        // As command-line arguments: they outrank application-postgres.yaml (default properties would not).
        .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    String actualUrl = context.getEnvironment().getProperty("spring.datasource.url");
    if (!url.equals(actualUrl)) {
      context.close();
      throw new IllegalStateException("Feil database: " + actualUrl + " i stedet for " + url);
    }
    Map<String, Object> shown = new java.util.TreeMap<>(props);
    shown.remove("spring.datasource.password");
    shown.remove("spring.autoconfigure.exclude");
    System.out.printf(Locale.ROOT, "Applikasjonskontekst startet på %.1f s mot %s (profiler demo,postgres; %s)%n",
        (System.nanoTime() - t0) / 1e9, url, shown);
    try {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      deployBaseline(engine);
      if (mode.contains("flow")) {
        flow(engine);
      }
      if (mode.contains("query")) {
        query(engine);
      }
      if (mode.contains("jobs")) {
        jobs(engine);
      }
    } finally {
      context.close();
    }
    System.exit(0);
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

  static void deployBaseline(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("bench-baseline").enableDuplicateFiltering(true)
        .addModelInstance("benchBaseline.bpmn", baseline()).deploy();
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
      case 2 -> v.put("relevanteOpplysninger", "Samtale på NAV-kontoret.");
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

  /** Starts one case as kari; returns its business key. The baseline gets the start variables too (same inputs). */
  static String start(ProcessEngine engine, boolean product, int n) {
    as(engine.getIdentityService(), "kari", "saksbehandler", "5028");
    try {
      // Received today, as a new application is: the interim-reply timer (one month after the application date) then
      // lies a month ahead, as in a case decided in time. (With an application date months back, that timer is due at
      // once and fires in the job executor as soon as it runs: that is the backlog, not the flow.)
      Map<String, Object> v = startVariables("5028", EngineTime.today());
      if (product) {
        return engine.getRuntimeService().startProcessInstanceByKey("soknad", v).getBusinessKey();
      }
      String key = "BASE-" + Thread.currentThread().getId() + "-" + n + "-" + System.nanoTime();
      engine.getRuntimeService().startProcessInstanceByKey(BASELINE_KEY, key, v);
      return key;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Finds the case's open task as the user who works it, completes it; returns the nanos of the complete call. */
  static long completeStep(ProcessEngine engine, String businessKey, int step) {
    String[] s = STEPS[step];
    IdentityService identity = engine.getIdentityService();
    TaskService tasks = engine.getTaskService();
    as(identity, s[1], s[2], "5028");
    try {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(s[0]).singleResult();
      if (task == null) {
        throw new IllegalStateException("Ingen oppgave " + s[0] + " for " + businessKey);
      }
      long t = System.nanoTime();
      tasks.complete(task.getId(), stepVariables(step));
      return System.nanoTime() - t;
    } finally {
      identity.clearAuthentication();
    }
  }

  // --- flow benchmark ---------------------------------------------------------------------------------------------------

  record Result(String name, int threads, int cases, double startsPerSecond, double startP95, double completionsPerSecond,
      double completeP95, double casesPerSecond, Map<String, Long> sql) {

    double perCase(String kind) {
      return sql.getOrDefault(kind, 0L) / (double) cases;
    }
  }

  static void flow(ProcessEngine engine) throws Exception {
    int cases = Integer.getInteger("bench.cases", 1000);
    int warmup = Integer.getInteger("bench.warmup", 100);
    int[] threadCounts = Arrays.stream(System.getProperty("bench.threads", "1,2").split(",")).mapToInt(Integer::parseInt)
        .toArray();
    System.out.printf(Locale.ROOT, "Oppvarming: %d saker per prosess ...%n", warmup);
    runCases(engine, true, warmup, 2);
    runCases(engine, false, warmup, 2);
    List<Result> results = new ArrayList<>();
    for (int threads : threadCounts) {
      vacuum(engine);
      Result base = runCases(engine, false, cases, threads);
      vacuum(engine);
      Result product = runCases(engine, true, cases, threads);
      results.add(base);
      results.add(product);
      print(base);
      print(product);
    }
    System.out.println();
    System.out.println("| tråder | prosess | starter/s | start p95 ms | fullføringer/s | fullføring p95 ms | hele saker/s |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", r.threads, r.name,
          r.startsPerSecond, r.startP95, r.completionsPerSecond, r.completeP95, r.casesPerSecond);
    }
    for (int i = 0; i + 1 < results.size(); i += 2) {
      Result b = results.get(i);
      Result p = results.get(i + 1);
      System.out.printf(Locale.ROOT, "| %d | soknad/baseline | %.0f %% | %.0f %% | %.0f %% | %.0f %% | %.0f %% |%n",
          p.threads, 100 * p.startsPerSecond / b.startsPerSecond, 100 * p.startP95 / b.startP95,
          100 * p.completionsPerSecond / b.completionsPerSecond, 100 * p.completeP95 / b.completeP95,
          100 * p.casesPerSecond / b.casesPerSecond);
    }
    printSql(results);
  }

  /** Statements per whole case (SqlCounter), per process, and where soknad sends more than the baseline. */
  static void printSql(List<Result> results) {
    if (results.isEmpty() || results.get(0).sql.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println("| tråder | prosess | SQL-setninger/sak | rundturer/sak | commits/sak | rader skrevet/sak |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: |");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f | %.1f |%n", r.threads, r.name,
          r.perCase("*statements"), r.perCase("*round trips"), r.perCase("*commits"), r.perCase("*rows written"));
    }
    Result b = results.get(0);
    Result p = results.get(1);
    java.util.Set<String> kinds = new java.util.TreeSet<>(b.sql.keySet());
    kinds.addAll(p.sql.keySet());
    System.out.println();
    System.out.println("| setning (per sak) | baseline | soknad | differanse |");
    System.out.println("| --- | ---: | ---: | ---: |");
    kinds.stream().filter(k -> !k.startsWith("*"))
        .sorted(java.util.Comparator.comparingDouble((String k) -> -(p.perCase(k) - b.perCase(k))))
        .filter(k -> p.perCase(k) + b.perCase(k) >= 0.05)
        .forEach(k -> System.out.printf(Locale.ROOT, "| `%s` | %.2f | %.2f | %+.2f |%n", k, b.perCase(k), p.perCase(k),
            p.perCase(k) - b.perCase(k)));
  }

  static void print(Result r) {
    System.out.printf(Locale.ROOT, "%-9s %d tråd(er), %d saker: start %.1f/s (p95 %.1f ms), fullføring %.1f/s"
        + " (p95 %.1f ms), hele saker %.1f/s%n", r.name, r.threads, r.cases, r.startsPerSecond, r.startP95,
        r.completionsPerSecond, r.completeP95, r.casesPerSecond);
  }

  /**
   * Phase 1: every thread starts its share of cases (timed: starts/s, start latency = the call, which returns at the
   * first user task). Phase 2: every thread drives its cases to the end, step by step (query the task as its user,
   * complete it; completions/s over the phase's wall time, which includes the task queries, latency = the complete
   * call). Whole cases/s = cases / (phase 1 + phase 2).
   */
  static Result runCases(ProcessEngine engine, boolean product, int cases, int threads) throws Exception {
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
        futures.add(pool.submit(() -> {
          for (int i = 0; i < share; i++) {
            long s = System.nanoTime();
            mine.add(start(engine, product, i));
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
      long[][] completeNanos = new long[threads][];
      long t1 = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        List<String> mine = keys.get(t);
        long[] lat = new long[mine.size() * STEPS.length];
        completeNanos[t] = lat;
        futures.add(pool.submit(() -> {
          int k = 0;
          for (String key : mine) {
            for (int step = 0; step < STEPS.length; step++) {
              lat[k++] = completeStep(engine, key, step);
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
      return new Result(product ? "soknad" : "baseline", threads, cases, cases / (startWall / 1e9), p95(startNanos),
          completions / (completeWall / 1e9), p95(completeNanos), cases / ((startWall + completeWall) / 1e9),
          Boolean.parseBoolean(System.getProperty("bench.countSql", "true")) ? SqlCounter.snapshot() : Map.of());
    } finally {
      pool.shutdown();
    }
  }

  static double p95(long[][] nanos) {
    long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
    return all.length == 0 ? 0 : all[(int) Math.ceil(all.length * 0.95) - 1] / 1e6;
  }

  // --- query benchmark ------------------------------------------------------------------------------------------------

  static void query(ProcessEngine engine) throws Exception {
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
      long[] countLat = new long[runs];
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
      // The count (Tasklist shows it per filter) is measured only on request: at 100,000 open tasks it took minutes.
      int countRuns = Integer.getInteger("bench.countRuns", 0);
      countLat = new long[Math.max(1, countRuns)];
      for (int i = 0; i < countRuns; i++) {
        long t = System.nanoTime();
        tasks.createTaskQuery().taskCandidateGroup("saksbehandler").tenantIdIn("5028").count();
        countLat[i] = System.nanoTime() - t;
      }
      System.out.printf(Locale.ROOT, "Tasklist-spørring som kari (kandidatgruppe saksbehandler, tenant 5028, første side"
          + " à 50 sortert på frist, %d kjøringer): p95 %.1f ms, median %.1f ms (%d treff på siden);"
          + " antall (count) p95 %.1f ms%n", runs, p95(new long[][] {lat}), median(lat), size, p95(new long[][] {countLat}));
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
