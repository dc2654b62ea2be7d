package no.fagsys.sosialsak.frist;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Norwegian public-holiday calendar, computed (no table to maintain), and the working days that deadlines
 * are counted in.
 *
 * <p>A <em>working day</em> (virkedag) is a day that is not a Saturday, a Sunday or a {@link Helligdag}. That is
 * the rule of domstolloven § 149 second paragraph, which forvaltningsloven uses for its deadlines: when the last
 * day of a deadline is a Saturday, Sunday, holiday or public high day, the deadline runs to the next working day.
 */
public final class Helligdagskalender {

  /** The first year of the Gregorian calendar; the Easter computus is not valid before it. */
  public static final int FIRST_GREGORIAN_YEAR = 1583;

  private Helligdagskalender() {
  }

  /**
   * Easter Sunday (1. påskedag) of the given year by the Gregorian computus (the anonymous algorithm, as given by
   * Meeus, <em>Astronomical Algorithms</em>, ch. 8).
   *
   * @param year a year of the Gregorian calendar, 1583 or later
   */
  public static LocalDate easterSunday(int year) {
    requireGregorianYear(year);
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** All public holidays of the year, in date order. */
  public static SortedMap<LocalDate, Helligdag> holidays(int year) {
    requireGregorianYear(year);
    SortedMap<LocalDate, Helligdag> holidays = new TreeMap<>();
    for (Helligdag helligdag : Helligdag.values()) {
      holidays.put(helligdag.dateIn(year), helligdag);
    }
    return Collections.unmodifiableSortedMap(holidays);
  }

  /** The public holiday on this date, if it is one. */
  public static Optional<Helligdag> holiday(LocalDate date) {
    Argumenter.requireArgument(date, "date");
    return Optional.ofNullable(holidays(date.getYear()).get(date));
  }

  /** Whether the date is a public holiday ({@link Helligdag}); Sundays as such are not counted here. */
  public static boolean isHoliday(LocalDate date) {
    return holiday(date).isPresent();
  }

  /** Whether the date is a working day (virkedag): not a Saturday, a Sunday or a public holiday. */
  public static boolean isWorkingDay(LocalDate date) {
    Argumenter.requireArgument(date, "date");
    DayOfWeek dayOfWeek = date.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  /**
   * The date itself if it is a working day, otherwise the first working day after it: the last day of a
   * deadline under domstolloven § 149 second paragraph (Maundy Thursday moves to the Tuesday after Easter Monday).
   */
  public static LocalDate sameOrNextWorkingDay(LocalDate date) {
    Argumenter.requireArgument(date, "date");
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The date itself if it is a working day, otherwise the last working day before it. */
  public static LocalDate sameOrPreviousWorkingDay(LocalDate date) {
    Argumenter.requireArgument(date, "date");
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  static int requireGregorianYear(int year) {
    if (year < FIRST_GREGORIAN_YEAR) {
      throw new IllegalArgumentException(
          "year must be " + FIRST_GREGORIAN_YEAR + " or later (Gregorian calendar), was " + year);
    }
    return year;
  }
}
