package no.fagsys.sosialsak.platform;

import no.fagsys.sosialsak.platform.tenant.KommuneTenantIdProvider;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;

/**
 * The engine of the fast, plain process tests ({@code ProcessEngineExtension}, configured by
 * {@code plain-engine.cfg.xml}). It runs on in-memory H2 unless the build asks for PostgreSQL with
 * {@code -Dtest.db=postgres} (the {@code postgres} Maven profile), so the same suite proves both databases.
 * It records process coverage and uses the same engine settings as the application where they matter.
 */
public class TestEngineConfiguration extends StandaloneInMemProcessEngineConfiguration {

  public TestEngineConfiguration() {
    if ("postgres".equals(System.getProperty("test.db"))) {
      setJdbcUrl(env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/sosialsak_engine_test"));
      setJdbcUsername(env("TEST_PG_USER", "sosialsak"));
      setJdbcPassword(env("TEST_PG_PASSWORD", "sosialsak"));
      setJdbcDriver("org.postgresql.Driver");
    } else {
      setJdbcUrl("jdbc:h2:mem:sosialsak-engine-test;DB_CLOSE_DELAY=1000");
    }
    // Plain tests create the engine schema themselves (.ci/postgres gives them a fresh database each run);
    // the application's schema is Liquibase's.
    setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    setJobExecutorActivate(false);
    setJavaSerializationFormatEnabled(false);
    setEnforceHistoryTimeToLive(true);
    setTenantIdProvider(new KommuneTenantIdProvider());
    // Delegate beans registered in a test with Mocks.register("name", bean) resolve in expressions.
    setExpressionManager(new MockExpressionManager());
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
