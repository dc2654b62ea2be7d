package no.fagsys.sosialsak.platform;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The extension for fast, plain process and decision tests: an engine from {@code plain-engine.cfg.xml}
 * ({@link TestEngineConfiguration}) that records process coverage to {@code target/process-test-coverage/}. Use as
 * {@code @RegisterExtension static ProcessEngineCoverageExtension engine = PlainEngine.extension();} — the field must
 * be static, or no coverage report is written.
 */
public final class PlainEngine {

  public static final String CONFIGURATION = "plain-engine.cfg.xml";

  private PlainEngine() {}

  public static ProcessEngineCoverageExtension extension() {
    return ProcessEngineCoverageExtension.builder(CONFIGURATION).build();
  }

  /** With a class coverage threshold (share of flow nodes and sequence flows, 0..1) the test class must reach. */
  public static ProcessEngineCoverageExtension extension(double classCoverageAtLeast) {
    return ProcessEngineCoverageExtension.builder(CONFIGURATION).assertClassCoverageAtLeast(classCoverageAtLeast).build();
  }
}
