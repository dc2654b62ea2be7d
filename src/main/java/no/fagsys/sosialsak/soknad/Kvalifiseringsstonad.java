package no.fagsys.sosialsak.soknad;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The qualification benefit (kvalifiseringsstønad, sosialtjenesteloven § 35, SPEC § 7): two times the national
 * insurance basic amount (G) a year; for a participant under 25, two thirds of that. G is the one valid on the day of
 * the calculation ({@code grunnbelop}, a dated table); the result states which G it used and from when, so the
 * decision and its letter can show the calculation. Whole kroner, rounded half up: the year first, the month as the
 * year divided by twelve.
 */
public final class Kvalifiseringsstonad {

  /** Under this age the benefit is two thirds (§ 35 first paragraph second sentence). */
  public static final int FULL_SATS_FRA_ALDER = 25;

  private Kvalifiseringsstonad() {}

  /** The benefit and the lines that explain it. */
  public record Resultat(int perAr, int perManed, boolean under25, List<String> linjer) {

    public String tekst() {
      return String.join("\n", linjer);
    }
  }

  /**
   * @param grunnbelop G in kroner a year
   * @param gyldigFra the day that G is valid from, {@code yyyy-MM-dd}
   * @param beregningsdato the day of the calculation, {@code yyyy-MM-dd}
   * @param alder the participant's age on the day of the calculation
   */
  public static Resultat beregn(int grunnbelop, String gyldigFra, String beregningsdato, int alder) {
    int toG = 2 * grunnbelop;
    boolean under25 = alder < FULL_SATS_FRA_ALDER;
    int perAr = under25 ? rund(BigDecimal.valueOf(toG).multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3), 4,
        RoundingMode.HALF_UP)) : toG;
    int perManed = rund(BigDecimal.valueOf(perAr).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP));
    List<String> linjer = new ArrayList<>();
    linjer.add("Kvalifiseringsstønad (sosialtjenesteloven § 35): grunnbeløpet i folketrygden (G) er "
        + Stonadsberegning.kr(grunnbelop) + " fra " + Stonadsberegning.dato(gyldigFra) + " (G som gjelder på "
        + "beregningsdagen " + Stonadsberegning.dato(beregningsdato) + ").");
    if (under25) {
      linjer.add("Deltakeren er " + alder + " år, under 25 år, og stønaden er to tredjedeler av to ganger G: 2/3 × 2 × "
          + Stonadsberegning.kr(grunnbelop) + " = " + Stonadsberegning.kr(perAr) + " i året.");
    } else {
      linjer.add("Deltakeren er " + alder + " år, og stønaden er to ganger G: 2 × " + Stonadsberegning.kr(grunnbelop)
          + " = " + Stonadsberegning.kr(perAr) + " i året.");
    }
    linjer.add("Kvalifiseringsstønaden er " + Stonadsberegning.kr(perManed) + " i måneden (" + Stonadsberegning.kr(perAr)
        + " delt på 12).");
    return new Resultat(perAr, perManed, under25, linjer);
  }

  private static int rund(BigDecimal belop) {
    return belop.setScale(0, RoundingMode.HALF_UP).intValueExact();
  }
}
