package no.fagsys.sosialsak.brev;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Letter deliveries on the table {@code brev_levering} (Liquibase: {@code db/changelog/sosialsak/009-brevlevering.yaml}).
 * Written after the letter's transaction has committed ({@link BrevutsendingEtterCommit}); one row per letter.
 */
@Repository
public class JdbcLeveringsregister implements Leveringsregister {

  private static final String COLUMNS = "brev_id, type, saksnummer, vedtak_id, kanal, sendt, levert, mottatt";

  private final JdbcTemplate jdbc;

  public JdbcLeveringsregister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void registrer(Levering l) {
    jdbc.update("insert into brev_levering (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", l.brevId(),
        l.type().name(), l.saksnummer(), l.vedtakId(), l.kanal().name(), Timestamp.from(l.sendt()),
        l.levert() == null ? null : Timestamp.from(l.levert()), Date.valueOf(l.mottatt()));
  }

  @Override
  public Optional<Levering> finn(String brevId) {
    return jdbc.query("select " + COLUMNS + " from brev_levering where brev_id = ?", JdbcLeveringsregister::map,
        brevId).stream().findFirst();
  }

  @Override
  public Optional<Levering> vedtaksbrev(String vedtakId) {
    return jdbc.query("select " + COLUMNS + " from brev_levering where vedtak_id = ? and type = ? order by sendt",
        JdbcLeveringsregister::map, vedtakId, BrevType.VEDTAK.name()).stream().findFirst();
  }

  private static Levering map(ResultSet rs, int row) throws SQLException {
    Timestamp levert = rs.getTimestamp("levert");
    return new Levering(rs.getString("brev_id"), BrevType.valueOf(rs.getString("type")), rs.getString("saksnummer"),
        rs.getString("vedtak_id"), Leveringskanal.valueOf(rs.getString("kanal")),
        rs.getTimestamp("sendt").toInstant(), levert == null ? null : levert.toInstant(),
        rs.getDate("mottatt").toLocalDate());
  }
}
