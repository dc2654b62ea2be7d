package no.fagsys.sosialsak.brev;

import java.time.Instant;
import java.util.Objects;

/**
 * A produced letter as stored with its case: the PDF as it was sent, and what it belongs to.
 *
 * @param id the letter's id (a UUID)
 * @param type which letter
 * @param saksnummer the business key of the process instance that produced it (see {@link BrevProdusert})
 * @param kommunenummer the municipality (tenant id)
 * @param processInstanceId the process instance that produced it
 * @param vedtakId the decision the letter concerns, or {@code null}
 * @param produsert when it was produced (engine clock)
 * @param filnavn a file name for download, e.g. {@code vedtak-2026-5028-000001.pdf}
 * @param pdf the PDF document
 */
public record Brev(String id, BrevType type, String saksnummer, String kommunenummer, String processInstanceId,
    String vedtakId, Instant produsert, String filnavn, byte[] pdf) {

  public Brev {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(saksnummer, "saksnummer");
    Objects.requireNonNull(kommunenummer, "kommunenummer");
    Objects.requireNonNull(produsert, "produsert");
    Objects.requireNonNull(filnavn, "filnavn");
    Objects.requireNonNull(pdf, "pdf");
  }
}
