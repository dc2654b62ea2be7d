package no.fagsys.sosialsak.kapasitet;

import java.util.Optional;

/** A municipality's assessment of its capacity in one area, best first. */
public enum Niva {

  GOD("god"),
  TILFREDSSTILLENDE("tilfredsstillende"),
  UTFORDRENDE("utfordrende"),
  KRITISK("kritisk");

  private final String navn;

  Niva(String navn) {
    this.navn = navn;
  }

  /** The Norwegian word, lower case ("utfordrende"). */
  public String navn() {
    return navn;
  }

  /** Whether this level counts as "god/tilfredsstillende" in the summary (otherwise "utfordrende/kritisk"). */
  public boolean isGodEllerTilfredsstillende() {
    return this == GOD || this == TILFREDSSTILLENDE;
  }

  /** The level of an enum value name as a form submits it, or empty when it is none of the four. */
  public static Optional<Niva> parse(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    for (Niva niva : values()) {
      if (niva.name().equals(value.toString())) {
        return Optional.of(niva);
      }
    }
    return Optional.empty();
  }
}
