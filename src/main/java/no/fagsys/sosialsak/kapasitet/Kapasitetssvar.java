package no.fagsys.sosialsak.kapasitet;

import java.time.LocalDateTime;

/** One municipality's answer for one area in one quarter's survey. */
public record Kapasitetssvar(
    String kvartal,
    String kommunenummer,
    Omrade omrade,
    Niva niva,
    String kommentar,
    String rapportertAv,
    LocalDateTime rapportertTid) {}
