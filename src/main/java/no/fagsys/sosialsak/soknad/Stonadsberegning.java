package no.fagsys.sosialsak.soknad;

import java.util.ArrayList;
import java.util.List;

/**
 * The calculation caseworkers expect for economic support to living costs (sosialtjenesteloven § 18, SPEC § 7): the
 * national guideline rates for the household ({@code satserLivsopphold}, the rates valid on the day of the
 * calculation) plus housing and other necessary costs the caseworker enters, minus the household's income. Child
 * benefit and children's earnings from leisure and holiday work are recorded but never counted (§ 18 third
 * paragraph). The result is a proposal: the caseworker confirms it or departs from it with written reasons
 * ({@link FastsettStonadListener}); the rates are a starting point for discretion, never a replacement for it.
 */
public final class Stonadsberegning {

  private Stonadsberegning() {}

  /** Who the household's adult rate is for. */
  public enum Husstand {
    ENSLIG("enslig"), PAR("ektepar/samboere"), BOFELLESSKAP("person i bofellesskap");

    private final String tekst;

    Husstand(String tekst) {
      this.tekst = tekst;
    }
  }

  /** The guideline rates in kroner per month, valid from {@code gyldigFra} ({@code yyyy-MM-dd}). */
  public record Satser(int enslig, int par, int bofellesskap, int barn0til5, int barn6til10, int barn11til17,
      String gyldigFra) {

    int voksne(Husstand husstand) {
      return switch (husstand) {
        case ENSLIG -> enslig;
        case PAR -> par;
        case BOFELLESSKAP -> bofellesskap;
      };
    }
  }

  /** What the caseworker entered, kroner per month. */
  public record Grunnlag(Husstand husstand, int barn0til5, int barn6til10, int barn11til17, int boutgifter,
      int stromOgOppvarming, int andreNodvendigeUtgifter, int husstandensInntekt, int barnetrygd,
      int barnsInntektFritidOgFerie) {}

  /** The proposal and the lines that explain it (for the decision and its letter). */
  public record Resultat(int livsopphold, int behov, int inntekt, int forslag, List<String> linjer) {

    public String tekst() {
      return String.join("\n", linjer);
    }
  }

  public static Resultat beregn(Satser satser, Grunnlag g) {
    List<String> linjer = new ArrayList<>();
    int voksne = satser.voksne(g.husstand());
    linjer.add("Veiledende sats for livsopphold (satser fra " + dato(satser.gyldigFra()) + "), "
        + g.husstand().tekst + ": " + kr(voksne) + ".");
    int livsopphold = voksne + barn(linjer, "0–5 år", g.barn0til5(), satser.barn0til5())
        + barn(linjer, "6–10 år", g.barn6til10(), satser.barn6til10())
        + barn(linjer, "11–17 år", g.barn11til17(), satser.barn11til17());
    linjer.add("Boutgifter: " + kr(g.boutgifter()) + ".");
    linjer.add("Strøm og oppvarming: " + kr(g.stromOgOppvarming()) + ".");
    linjer.add("Andre nødvendige utgifter: " + kr(g.andreNodvendigeUtgifter()) + ".");
    int behov = livsopphold + g.boutgifter() + g.stromOgOppvarming() + g.andreNodvendigeUtgifter();
    linjer.add("Sum behov: " + kr(behov) + " per måned.");
    linjer.add("Husstandens inntekt som regnes med: " + kr(g.husstandensInntekt()) + " per måned.");
    if (g.barnetrygd() > 0) {
      linjer.add("Barnetrygd (" + kr(g.barnetrygd()) + ") regnes ikke som inntekt (sosialtjenesteloven § 18 tredje ledd).");
    }
    if (g.barnsInntektFritidOgFerie() > 0) {
      linjer.add("Barns inntekt av arbeid i fritid og skoleferier (" + kr(g.barnsInntektFritidOgFerie())
          + ") regnes ikke med (sosialtjenesteloven § 18 tredje ledd).");
    }
    int forslag = Math.max(0, behov - g.husstandensInntekt());
    linjer.add("Beregnet stønad: " + kr(behov) + " − " + kr(g.husstandensInntekt()) + " = " + kr(forslag)
        + " per måned.");
    return new Resultat(livsopphold, behov, g.husstandensInntekt(), forslag, linjer);
  }

  private static int barn(List<String> linjer, String alder, int antall, int sats) {
    if (antall > 0) {
      linjer.add("Barn " + alder + ": " + antall + " × " + kr(sats) + " = " + kr(antall * sats) + ".");
    }
    return antall * sats;
  }

  /** Kroner with a plain space between thousands, as in the guideline circulars: {@code 13 100 kr}. */
  public static String kr(int belop) {
    String tall = Integer.toString(Math.abs(belop));
    StringBuilder gruppert = new StringBuilder();
    for (int i = 0; i < tall.length(); i++) {
      if (i > 0 && (tall.length() - i) % 3 == 0) {
        gruppert.append(' ');
      }
      gruppert.append(tall.charAt(i));
    }
    return (belop < 0 ? "−" : "") + gruppert + " kr";
  }

  /** {@code yyyy-MM-dd} as {@code dd.MM.yyyy}. */
  static String dato(String iso) {
    return iso == null || iso.length() != 10 ? String.valueOf(iso)
        : iso.substring(8, 10) + "." + iso.substring(5, 7) + "." + iso.substring(0, 4);
  }
}
