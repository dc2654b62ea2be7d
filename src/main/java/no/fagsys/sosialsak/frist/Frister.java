package no.fagsys.sosialsak.frist;

import static no.fagsys.sosialsak.frist.Argumenter.requireArgument;

import java.time.LocalDate;
import java.time.Period;

/**
 * The deadlines the case processes enforce, each with its legal basis. Plain dates ({@link LocalDate}, the
 * Norwegian calendar day); no engine, no clock: the caller passes "today" where a rule needs it.
 *
 * <p>Every method rejects a {@code null} argument with an {@link IllegalArgumentException} that names it.
 */
public final class Frister {

  /** Klagefrist: three weeks (forvaltningsloven § 29 first paragraph). */
  public static final Period KLAGEFRIST = Period.ofWeeks(3);

  /** A late complaint is never considered when more than one year has passed (forvaltningsloven § 31 third paragraph). */
  public static final Period ABSOLUTT_FRIST_FOR_SEN_KLAGE = Period.ofYears(1);

  /** An application not answered within one month gets a foreløpig svar (forvaltningsloven § 11 a). */
  public static final Period FORELOPIG_SVAR = Period.ofMonths(1);

  /** Kvalifiseringsprogram starts no later than six months after the application date. */
  public static final Period KVALIFISERINGSPROGRAM_OPPSTART = Period.ofMonths(6);

  /** Midlertidig botilbud for a household with children: never more than three months. */
  public static final Period MIDLERTIDIG_BOTILBUD_BARNEFAMILIE = Period.ofMonths(3);

  /** The review of a midlertidig botilbud is due this long before the three-month limit. */
  public static final Period MIDLERTIDIG_BOTILBUD_REVURDERING_FOR_GRENSE = Period.ofWeeks(2);

  /**
   * A letter sent by post counts as received this many working days after the day it was posted: the office's rule
   * (Posten delivers letters every other working day, so a letter posted today is in the box within three working
   * days). Digital letters count as received the day the mailbox delivered them.
   */
  public static final int POSTGANG_VIRKEDAGER = 3;

  private Frister() {
  }

  /**
   * The day a letter sent by post is taken to have reached the party: the {@value #POSTGANG_VIRKEDAGER}rd working
   * day after the day it was posted (Saturdays, Sundays and Norwegian public holidays not counted). The office's
   * rule for when the complaint deadline of a posted decision starts (forvaltningsloven § 29: three weeks from the
   * day the decision reached the party); the party may show it arrived later.
   *
   * @param postlagt the day the letter was handed to the post
   */
  public static LocalDate postMottatt(LocalDate postlagt) {
    requireArgument(postlagt, "postlagt");
    LocalDate dag = postlagt;
    for (int i = 0; i < POSTGANG_VIRKEDAGER; i++) {
      dag = Helligdagskalender.sameOrNextWorkingDay(dag.plusDays(1));
    }
    return dag;
  }

  /**
   * The last day of the klagefrist (complaint deadline).
   *
   * <p>Legal basis: forvaltningsloven § 29 first paragraph — the deadline is three weeks from the day the
   * decision reached the party; counted as in domstolloven § 148 (a deadline in weeks ends on the same weekday
   * as the day it is counted from, so the last day is {@code vedtakMottatt + 21 days}) and § 149 second paragraph
   * (a last day on a Saturday, Sunday or public holiday moves to the next working day, and on until one is
   * found: a deadline ending on Maundy Thursday ends on the Tuesday after Easter Monday). Christmas Eve and New
   * Year's Eve are ordinary working days.
   *
   * @param vedtakMottatt the day the decision reached the party (underretningen kom fram)
   * @return the last day on which a complaint is on time
   */
  public static LocalDate klagefrist(LocalDate vedtakMottatt) {
    requireArgument(vedtakMottatt, "vedtakMottatt");
    return Helligdagskalender.sameOrNextWorkingDay(vedtakMottatt.plus(KLAGEFRIST));
  }

  /**
   * Whether a complaint was made within the klagefrist: on time when it arrived on or before
   * {@link #klagefrist(LocalDate) the last day}. This is the decision input {@code innenforKlagefrist} of
   * {@code klagevurdering} (SPEC § 3.7).
   *
   * <p>Legal basis: forvaltningsloven §§ 29–30. Under § 30 a complaint is also on time when it was posted (handed
   * to the postal service) or sent electronically before the deadline ran out; pass that date as
   * {@code klageFramsatt} when it is the earlier one. A late complaint may still be considered for the reasons of
   * § 31 (see {@link #isMoreThanOneYearSinceVedtak(LocalDate, LocalDate)} for its outer limit).
   *
   * @param vedtakMottatt the day the decision reached the party
   * @param klageFramsatt the day the complaint arrived (or was posted or sent, fvl. § 30)
   */
  public static boolean innenforKlagefrist(LocalDate vedtakMottatt, LocalDate klageFramsatt) {
    requireArgument(vedtakMottatt, "vedtakMottatt");
    requireArgument(klageFramsatt, "klageFramsatt");
    return !klageFramsatt.isAfter(klagefrist(vedtakMottatt));
  }

  /**
   * Whether more than one year has passed since the decision was made, in which case a late complaint can never
   * be considered, whatever the reason for the delay.
   *
   * <p>Legal basis: forvaltningsloven § 31 third paragraph ("dersom det er gått mer enn ett år siden vedtaket ble
   * truffet"). Counted from the day the decision was made, not the day it reached the party. Exactly one year
   * later is not more than one year; a decision of 29 February reaches its year on 28 February. This is an outer
   * limit, not a deadline for the party to act, so it is not moved to a working day.
   *
   * @param vedtakTruffet the day the decision was made
   * @param klageFramsatt the day the complaint arrived (or was posted or sent, fvl. § 30)
   */
  public static boolean isMoreThanOneYearSinceVedtak(LocalDate vedtakTruffet, LocalDate klageFramsatt) {
    requireArgument(vedtakTruffet, "vedtakTruffet");
    requireArgument(klageFramsatt, "klageFramsatt");
    return klageFramsatt.isAfter(vedtakTruffet.plus(ABSOLUTT_FRIST_FOR_SEN_KLAGE));
  }

  /**
   * The day a foreløpig svar (interim reply) is due when the application has not been decided: one month after
   * it was received. {@link LocalDate#plusMonths(long)} semantics: 31 January gives the last day of February.
   *
   * <p>Legal basis: forvaltningsloven § 11 a second paragraph — if an enquiry cannot be answered within one
   * month of its receipt, a foreløpig svar is given as soon as possible, saying why and when an answer can be
   * expected (SPEC § 2).
   *
   * @param soknadsdato the day the application was received
   */
  public static LocalDate forelopigSvar(LocalDate soknadsdato) {
    requireArgument(soknadsdato, "soknadsdato");
    return soknadsdato.plus(FORELOPIG_SVAR);
  }

  /**
   * The latest day a granted kvalifiseringsprogram must start: six months after the application date
   * ({@link LocalDate#plusMonths(long)} semantics: 31 August gives the last day of February).
   *
   * <p>Legal basis: sosialtjenesteloven §§ 29–30 with the regulation on kvalifiseringsprogram, as taught in the
   * seed ("Program iverksettes senest 6 måneder etter søknadsdato", seed 004; SPEC § 4.1).
   *
   * @param soknadsdato the application date
   */
  public static LocalDate kvalifiseringsprogramLatestStart(LocalDate soknadsdato) {
    requireArgument(soknadsdato, "soknadsdato");
    return soknadsdato.plus(KVALIFISERINGSPROGRAM_OPPSTART);
  }

  /**
   * The day by which a household with children must have left a midlertidig botilbud (temporary housing): three
   * months after the stay started ({@link LocalDate#plusMonths(long)} semantics). A stay from 10 January may last
   * until 10 April. An absolute limit, not moved to a working day.
   *
   * <p>Legal basis: sosialtjenesteloven § 27 with the ministry's circular (Rundskriv til lov om sosiale tjenester i
   * NAV): temporary housing is used for families with children only exceptionally, and never for more than three
   * months (seed 004, "Varighet og oppfølging"; SPEC § 4.1).
   *
   * @param botilbudStart the first day of the stay
   */
  public static LocalDate midlertidigBotilbudLimitForBarnefamilie(LocalDate botilbudStart) {
    requireArgument(botilbudStart, "botilbudStart");
    return botilbudStart.plus(MIDLERTIDIG_BOTILBUD_BARNEFAMILIE);
  }

  /**
   * The day a midlertidig botilbud for a household with children is reviewed, so a lasting place to live is found
   * before the three-month limit: two weeks before {@link #midlertidigBotilbudLimitForBarnefamilie(LocalDate) the
   * limit}, moved back to the previous working day when that is a Saturday, Sunday or public holiday (so the
   * review is never less than two weeks before the limit).
   *
   * <p>Legal basis: sosialtjenesteloven § 27 (the stay is reviewed and followed up; families with children never
   * more than three months); the two weeks are this product's choice (SPEC § 4.1: "reviewed before three
   * months").
   *
   * @param botilbudStart the first day of the stay
   */
  public static LocalDate midlertidigBotilbudReview(LocalDate botilbudStart) {
    requireArgument(botilbudStart, "botilbudStart");
    return Helligdagskalender.sameOrPreviousWorkingDay(
        midlertidigBotilbudLimitForBarnefamilie(botilbudStart).minus(MIDLERTIDIG_BOTILBUD_REVURDERING_FOR_GRENSE));
  }
}
