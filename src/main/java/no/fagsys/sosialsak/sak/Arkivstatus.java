package no.fagsys.sosialsak.sak;

import java.util.List;

/**
 * What the municipality's archive has of a case, as the case shows it (implemented by the archive's outbox,
 * {@code arkiv/}): each document the case owes the archive, with the archive's reference once its receipt arrived.
 */
public interface Arkivstatus {

  /** The case's archive entries, oldest first: an application's with its complaints' and breaches'. */
  List<SakApi.ArkivpostVisning> poster(Sak sak);
}
