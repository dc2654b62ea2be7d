package no.fagsys.sosialsak.platform;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;

/**
 * The engine of the fast, plain process tests ({@code ProcessEngineExtension}, configured by
 * {@code camunda.cfg.xml}). It runs on in-memory H2 unless the build asks for PostgreSQL with
 * {@code -Dtest.db=postgres} (the {@code postgres} Maven profile), so the same suite proves both databases.
 * It records process coverage and uses the same engine settings as the application where they matter.
 *
 * <p>{@code ProcessCoverageInMemProcessEngineConfiguration} is final in process-test-coverage 3.0.0, so this
 * class does what it does: register the coverage parse listener and compensation handler in {@link #init()}.
 */
public class TestEngineConfiguration extends StandaloneInMemProcessEngineConfiguration {

  public TestEngineConfiguration() {
    if ("postgres".equals(System.getProperty("test.db"))) {
      setJdbcUrl(env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/sosialsak_engine_test"));
      setJdbcUsername(env("TEST_PG_USER", "sosialsak"));
      setJdbcPassword(env("TEST_PG_PASSWORD", "sosialsak"));
      setJdbcDriver("org.postgresql.Driver");
      setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    } else {
      setJdbcUrl("jdbc:h2:mem:sosialsak-engine-test;DB_CLOSE_DELAY=1000");
      setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    }
    setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    setJobExecutorActivate(false);
    setJavaSerializationFormatEnabled(false);
    setEnforceHistoryTimeToLive(true);
  }

  @Override
  protected void init() {
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(this);
    super.init();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
