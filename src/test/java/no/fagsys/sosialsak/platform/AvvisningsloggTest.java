package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import no.fagsys.sosialsak.vedtak.UgyldigVedtakException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A business refusal is logged once at INFO without a stack trace, not as the engine's ERROR; any other exception
 * stays ERROR. And the webapps' JAX-RS applications get the product's error mappers (the answers themselves are
 * tested on {@code /engine-rest} and, in the browser, in {@code e2e.TasklistE2ETest}).
 */
class AvvisningsloggTest {

  private final Avvisningslogg filter = new Avvisningslogg();
  private final Logger engineContext =
      ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Avvisningslogg.ENGINE_CONTEXT);

  @Test
  void enForretningsavvisningLoggesPaInfoUtenStakkspor() {
    ListAppender<ILoggingEvent> avvisninger = lytt("no.fagsys.sosialsak.avvisning");
    ProcessEngineException wrapped = new ProcessEngineException(
        "ENGINE-03051 There was an exception while invoking the TaskListener.",
        new UgyldigVedtakException("Du kan ikke godkjenne et vedtak du selv har utformet."));

    FilterReply reply = filter.decide(null, engineContext, Level.ERROR,
        "ENGINE-16004 Exception while closing command context: {}", new Object[] {wrapped.getMessage()}, wrapped);

    assertThat(reply).isEqualTo(FilterReply.DENY);
    assertThat(avvisninger.list).singleElement().satisfies(e -> {
      assertThat(e.getLevel()).isEqualTo(Level.INFO);
      assertThat(e.getFormattedMessage()).isEqualTo("Avvist: Du kan ikke godkjenne et vedtak du selv har utformet.");
      assertThat(e.getThrowableProxy()).isNull();
    });
  }

  @Test
  void enFeilISystemetForblirError() {
    RuntimeException feil = new IllegalStateException("Databasen svarer ikke");
    assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", new Object[] {"x"}, feil))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, engineContext, Level.WARN, "x", null,
        new UgyldigVedtakException("Ikke ERROR"))).isEqualTo(FilterReply.NEUTRAL);
    Logger annen = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.camunda.bpm.engine.jobexecutor");
    assertThat(filter.decide(null, annen, Level.ERROR, "x", null, new UgyldigVedtakException("Annen logger")))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void filteretErRegistrertEnGang() {
    new Avvisningslogg();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(context.getTurboFilterList().stream().filter(f -> f instanceof Avvisningslogg)).hasSize(1);
  }

  @Test
  void webappenesJaxRsApplikasjonerFarProduktetsFeilmappere() {
    ResourceConfig webapp = new ResourceConfig();
    new WebappEngineErrors().configure(featureContext(webapp));
    assertThat(webapp.isRegistered(EngineRestErrorMapper.class)).isTrue();
    assertThat(webapp.isRegistered(TaskGoneAuthorizationMapper.class)).isTrue();
    assertThat(webapp.isRegistered(EngineTenantRefusalMapper.class)).isTrue();
    assertThat(webapp.isRegistered(EngineUnexpectedErrorMapper.class)).isTrue();

    // an application that has them already (/engine-rest) is left as it is
    ResourceConfig engineRest = new ResourceConfig();
    engineRest.register(new EngineRestErrorMapper(new TaskGone(id -> true, id -> false)));
    int before = engineRest.getInstances().size() + engineRest.getClasses().size();
    new WebappEngineErrors().configure(featureContext(engineRest));
    assertThat(engineRest.getInstances().size() + engineRest.getClasses().size()).isEqualTo(before);
  }

  private static ListAppender<ILoggingEvent> lytt(String name) {
    Logger logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(name);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    return appender;
  }

  /** The registration side of a Jersey application, as auto-discovery hands it to a feature. */
  private static FeatureContext featureContext(ResourceConfig config) {
    return new FeatureContext() {
      @Override
      public Configuration getConfiguration() {
        return config.getConfiguration();
      }

      @Override
      public FeatureContext property(String name, Object value) {
        config.property(name, value);
        return this;
      }

      @Override
      public FeatureContext register(Class<?> componentClass) {
        config.register(componentClass);
        return this;
      }

      @Override
      public FeatureContext register(Class<?> componentClass, int priority) {
        config.register(componentClass, priority);
        return this;
      }

      @Override
      public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
        config.register(componentClass, contracts);
        return this;
      }

      @Override
      public FeatureContext register(Class<?> componentClass, java.util.Map<Class<?>, Integer> contracts) {
        config.register(componentClass, contracts);
        return this;
      }

      @Override
      public FeatureContext register(Object component) {
        config.register(component);
        return this;
      }

      @Override
      public FeatureContext register(Object component, int priority) {
        config.register(component, priority);
        return this;
      }

      @Override
      public FeatureContext register(Object component, Class<?>... contracts) {
        config.register(component, contracts);
        return this;
      }

      @Override
      public FeatureContext register(Object component, java.util.Map<Class<?>, Integer> contracts) {
        config.register(component, contracts);
        return this;
      }
    };
  }
}
