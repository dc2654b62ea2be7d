package no.fagsys.sosialsak.brev;

import java.util.List;
import java.util.Objects;

/**
 * A name and postal address as a letter prints it: the name on the first line, then the address lines (street or
 * post box, then postcode and place).
 */
public record Postadresse(String navn, List<String> linjer) {

  public Postadresse {
    Objects.requireNonNull(navn, "navn");
    linjer = linjer == null ? List.of() : List.copyOf(linjer);
  }

  /** All lines: the name, then the address. */
  public List<String> utskrift() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(navn), linjer.stream()).toList();
  }

  /** On one line: {@code Nav Melhus, Rådhusvegen 1, 7224 Melhus}. */
  public String paEnLinje() {
    return String.join(", ", utskrift());
  }
}
