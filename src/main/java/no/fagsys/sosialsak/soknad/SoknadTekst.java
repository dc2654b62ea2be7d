package no.fagsys.sosialsak.soknad;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Joins the sentences of a proposal's reasoning, skipping blanks. */
final class SoknadTekst {

  private SoknadTekst() {}

  static String join(String... sentences) {
    return Stream.of(sentences).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }
}
