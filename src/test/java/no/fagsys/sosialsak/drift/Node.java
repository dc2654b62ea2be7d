package no.fagsys.sosialsak.drift;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import no.fagsys.sosialsak.SosialsakApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One running instance of the application (a node of a cluster) on an {@link IsolatedDatabase}, with the job
 * executor on (it is off in the other Spring tests) and polling often, so that due jobs run within a fraction of a
 * second, and a web server on a free port. The tests drive the nodes through their engines. Each node has an engine name and a
 * host name of its own (the engine's {@code hostname}, written to the job log), so the job log tells which node ran
 * a job and the node never replaces the engine {@code default} of the other tests in the JVM.
 */
public final class Node implements AutoCloseable {

  final String name;
  private final ConfigurableApplicationContext context;

  private Node(String name, ConfigurableApplicationContext context) {
    this.name = name;
    this.context = context;
  }

  public static Node start(String name, IsolatedDatabase database, String... properties) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=" + database.url,
        "--spring.datasource.hikari.pool-name=" + name,
        "--server.port=0",
        // Engine names may not contain a hyphen.
        "--camunda.bpm.process-engine-name=" + name.replace('-', '_'),
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=50",
        "--camunda.bpm.job-execution.max-wait=250"));
    args.addAll(List.of(properties));
    ConfigurableApplicationContext context = new SpringApplicationBuilder(SosialsakApplication.class)
        .run(args.toArray(String[]::new));
    return new Node(name, context);
  }

  public ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  public JdbcTemplate jdbc() {
    return context.getBean(JdbcTemplate.class);
  }

  @Override
  public void close() {
    context.close();
  }

  /** Polls until the condition holds (the job executor works in its own threads); fails after the timeout. */
  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Ventet " + timeout.toSeconds() + " s uten at dette skjedde: " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
