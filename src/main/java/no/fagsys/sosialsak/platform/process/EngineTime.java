package no.fagsys.sosialsak.platform.process;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Dates from the engine's clock (so tests that move {@code ClockUtil} move the product's deadlines with it), and
 * the ISO-8601 date-time strings BPMN timers and due dates take.
 */
public final class EngineTime {

  private EngineTime() {}

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }

  /** Midnight at the start of the day, as a timer's {@code timeDate}. */
  public static String startOf(LocalDate day) {
    return day + "T00:00:00";
  }

  /** The last second of the day: "the same day" deadlines. */
  public static String endOf(LocalDate day) {
    return day + "T23:59:59";
  }
}
