package no.fagsys.sosialsak.platform.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Dates from the engine's clock (so tests that move {@code ClockUtil} move the product's deadlines with it), and
 * the ISO-8601 date-time strings BPMN timers and due dates take.
 *
 * <p>Every day of the product is a Norwegian day ({@link #NORGE}): a decision made at 00:30 in Oslo is dated that
 * day, also where the server's clock says 23:30 UTC the day before. The engine reads a timer's {@code timeDate}
 * without offset (the strings below) in the JVM's default zone, so the application runs with Norwegian time as
 * its default ({@link #brukNorskTid()}: in {@code main} and, for every engine Spring starts, {@link NorskTidPlugin}).
 */
public final class EngineTime {

  /** The zone of every date and deadline of the product. */
  public static final ZoneId NORGE = ZoneId.of("Europe/Oslo");

  private EngineTime() {}

  /** Today in Norway by the engine's clock. */
  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(NORGE).toLocalDate();
  }

  /** Makes Norwegian time the JVM's default zone, in which the engine reads timer dates. */
  public static void brukNorskTid() {
    TimeZone.setDefault(TimeZone.getTimeZone(NORGE));
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
