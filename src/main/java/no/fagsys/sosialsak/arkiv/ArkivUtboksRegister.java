package no.fagsys.sosialsak.arkiv;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The archive outbox on the table {@code arkiv_utboks} (Liquibase {@code 013-arkiv.yaml}): what each case owes the
 * archive, in the order the case produced it, and the receipt of what the archive has.
 */
@Repository
public class ArkivUtboksRegister {

  /** Where a message stands: queued, handed to the archive (awaiting its receipt), archived (receipt received). */
  public enum Status { VENTER, SENDT, ARKIVERT }

  /** One row of the outbox. */
  public record Post(long sekvens, String noekkel, Arkivmelding.Meldingstype meldingstype, String hovedsaksnummer,
      String saksnummer, String kommunenummer, String tittel, String brevId, String melding, Instant opprettet,
      Status status, Instant sendt, String arkivreferanse, Instant kvittert) {}

  private static final String COLUMNS = "sekvens, noekkel, meldingstype, hovedsaksnummer, saksnummer, kommunenummer, "
      + "tittel, brev_id, melding, opprettet, status, sendt, arkivreferanse, kvittert";

  private final JdbcTemplate jdbc;

  public ArkivUtboksRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean finnes(String noekkel) {
    Integer n = jdbc.queryForObject("select count(*) from arkiv_utboks where noekkel = ?", Integer.class, noekkel);
    return n != null && n > 0;
  }

  /**
   * Queues the message unless one with its key is queued already; whether it was queued now. One statement: the
   * insert names the key's absence as its condition, so the check costs no round trip of its own.
   */
  public boolean leggTil(String noekkel, Arkivmelding.Meldingstype type, String hovedsaksnummer, String saksnummer,
      String kommunenummer, String tittel, String brevId, String melding, Instant opprettet) {
    return jdbc.update("insert into arkiv_utboks (noekkel, meldingstype, hovedsaksnummer, saksnummer, kommunenummer, "
        + "tittel, brev_id, melding, opprettet, status) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
        + "where not exists (select 1 from arkiv_utboks where noekkel = ?)", noekkel, type.name(), hovedsaksnummer,
        saksnummer, kommunenummer, tittel, brevId, melding, Timestamp.from(opprettet), Status.VENTER.name(),
        noekkel) == 1;
  }

  /** The case's messages not yet handed to the archive, oldest first. */
  public List<Post> venter(String hovedsaksnummer) {
    return jdbc.query("select " + COLUMNS + " from arkiv_utboks where hovedsaksnummer = ? and status = ? "
        + "order by sekvens", ArkivUtboksRegister::map, hovedsaksnummer, Status.VENTER.name());
  }

  /** All of the case's messages (the application's, its complaints' and breaches'), oldest first. */
  public List<Post> forSak(String hovedsaksnummer) {
    return jdbc.query("select " + COLUMNS + " from arkiv_utboks where hovedsaksnummer = ? order by sekvens",
        ArkivUtboksRegister::map, hovedsaksnummer);
  }

  public void sendt(String noekkel, Instant tidspunkt) {
    jdbc.update("update arkiv_utboks set status = ?, sendt = ? where noekkel = ? and status = ?", Status.SENDT.name(),
        Timestamp.from(tidspunkt), noekkel, Status.VENTER.name());
  }

  /**
   * The archive's receipt: the document is archived under the archive's reference. A receipt for a key we never
   * queued, or a second receipt, changes nothing.
   */
  public void kvittert(Arkivkvittering kvittering) {
    jdbc.update("update arkiv_utboks set status = ?, arkivreferanse = ?, kvittert = ?, "
        + "sendt = coalesce(sendt, ?) where noekkel = ? and status <> ?", Status.ARKIVERT.name(),
        kvittering.arkivreferanse(), Timestamp.from(kvittering.mottatt()), Timestamp.from(kvittering.mottatt()),
        kvittering.noekkel(), Status.ARKIVERT.name());
  }

  private static Post map(ResultSet rs, int row) throws SQLException {
    return new Post(rs.getLong("sekvens"), rs.getString("noekkel"),
        Arkivmelding.Meldingstype.valueOf(rs.getString("meldingstype")), rs.getString("hovedsaksnummer"),
        rs.getString("saksnummer"), rs.getString("kommunenummer"), rs.getString("tittel"), rs.getString("brev_id"),
        rs.getString("melding"), instant(rs.getTimestamp("opprettet")), Status.valueOf(rs.getString("status")),
        instant(rs.getTimestamp("sendt")), rs.getString("arkivreferanse"), instant(rs.getTimestamp("kvittert")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
