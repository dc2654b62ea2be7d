package no.fagsys.sosialsak.frist;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The Norwegian public holidays (helligdager and offentlige høytidsdager) that move the last day of a
 * deadline: the {@code alminnelige helligdager} of helligdagsfredloven § 2 other than Sundays, and 1 and 17 May
 * (lov om 1. og 17. mai som offentlige høytidsdager). Christmas Eve (24 Dec), New Year's Eve (31 Dec) and Easter
 * Saturday are not public holidays and are ordinary working days unless they fall on a weekend.
 *
 * <p>Each holiday is either a fixed date or a fixed number of days from Easter Sunday
 * ({@link Helligdagskalender#easterSunday(int)}).
 */
public enum Helligdag {

  NYTTARSDAG("1. nyttårsdag", MonthDay.of(1, 1)),
  SKJAERTORSDAG("Skjærtorsdag", -3),
  LANGFREDAG("Langfredag", -2),
  FORSTE_PASKEDAG("1. påskedag", 0),
  ANDRE_PASKEDAG("2. påskedag", 1),
  FORSTE_MAI("1. mai (offentlig høytidsdag)", MonthDay.of(5, 1)),
  SYTTENDE_MAI("17. mai (grunnlovsdag)", MonthDay.of(5, 17)),
  KRISTI_HIMMELFARTSDAG("Kristi himmelfartsdag", 39),
  FORSTE_PINSEDAG("1. pinsedag", 49),
  ANDRE_PINSEDAG("2. pinsedag", 50),
  FORSTE_JULEDAG("1. juledag", MonthDay.of(12, 25)),
  ANDRE_JULEDAG("2. juledag", MonthDay.of(12, 26));

  private final String navn;
  private final MonthDay fixedDate;
  private final int daysFromEaster;

  Helligdag(String navn, MonthDay fixedDate) {
    this.navn = navn;
    this.fixedDate = fixedDate;
    this.daysFromEaster = 0;
  }

  Helligdag(String navn, int daysFromEaster) {
    this.navn = navn;
    this.fixedDate = null;
    this.daysFromEaster = daysFromEaster;
  }

  /** The Norwegian name, as shown to people ("Skjærtorsdag"). */
  public String navn() {
    return navn;
  }

  /** The date of this holiday in the given year (a year of the Gregorian calendar, 1583 or later). */
  public LocalDate dateIn(int year) {
    return fixedDate != null
        ? fixedDate.atYear(Helligdagskalender.requireGregorianYear(year))
        : Helligdagskalender.easterSunday(year).plusDays(daysFromEaster);
  }
}
