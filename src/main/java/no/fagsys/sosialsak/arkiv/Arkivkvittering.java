package no.fagsys.sosialsak.arkiv;

import java.time.Instant;
import java.util.Objects;

/**
 * The archive's receipt for a message: the reference it gave (the saksmappe's {@code saksaar/sakssekvensnummer}, a
 * journalpost's {@code saksaar/sakssekvensnummer-journalpostnummer}). Only a receipt makes a document archived.
 */
public record Arkivkvittering(String noekkel, String arkivreferanse, Instant mottatt) {

  public Arkivkvittering {
    Objects.requireNonNull(noekkel, "noekkel");
    Objects.requireNonNull(arkivreferanse, "arkivreferanse");
    Objects.requireNonNull(mottatt, "mottatt");
  }
}
