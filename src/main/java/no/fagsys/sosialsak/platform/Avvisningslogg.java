package no.fagsys.sosialsak.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import no.fagsys.sosialsak.platform.dmn.DecisionInputException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A business refusal is not an error of the system: the engine logs every exception that ends a command as ERROR
 * with its stack trace ({@code ENGINE-16004 Exception while closing command context}), also when the product refused
 * the caller's input (four eyes, a missing field: a {@link BadUserRequestException}; a decision's missing input: a
 * {@link DecisionInputException}).
 * Those are logged once at INFO, with the refusal's Norwegian sentence and no stack trace, by the logger
 * {@code no.fagsys.sosialsak.avvisning}; every other exception stays the engine's ERROR with its trace.
 */
@Component
public class Avvisningslogg extends TurboFilter {

  static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
  static final org.slf4j.Logger AVVISNING = LoggerFactory.getLogger("no.fagsys.sosialsak.avvisning");

  public Avvisningslogg() {
    setName("avvisningslogg");
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(f -> f instanceof Avvisningslogg)) {
      context.addTurboFilter(this);
      start();
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || logger == null || !ENGINE_CONTEXT.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t : lastThrowable(params);
    Throwable refusal = cause(thrown, BadUserRequestException.class);
    if (refusal == null) {
      refusal = cause(thrown, DecisionInputException.class);
    }
    if (refusal == null) {
      return FilterReply.NEUTRAL;
    }
    AVVISNING.info("Avvist: {}", refusal.getMessage());
    return FilterReply.DENY;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
  }

  static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
    for (Throwable c = thrown; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }
}
