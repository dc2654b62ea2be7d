package no.fagsys.sosialsak.vedtak;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The decision register on the table {@code vedtak} (Liquibase: {@code db/changelog/sosialsak/002-vedtak.yaml}, the
 * amount and period of economic support {@code 012-vedtak-stonad.yaml}).
 * Plain JDBC on the application's data source: called from the engine (the delegate {@code fattVedtak}), it joins
 * the engine's transaction, since the Camunda starter runs every engine command in a transaction of Spring's
 * transaction manager on the same data source. A rolled back command leaves no decision behind.
 */
@Repository
public class JdbcVedtakRegister implements VedtakRegister {

  private static final String COLUMNS = "id, saksnummer, kommunenummer, prosessinstans_id, tjeneste, vedtak_gjelder, "
      + "utfall, hjemmel, begrunnelse, relevante_opplysninger, begrensning, vurdering_barnets_beste, vedtaksdato, "
      + "klagefrist, stonadsform, lanevilkar, vilkar, informert_om_reduksjon, utformet_av, godkjent_av, "
      + "erstatter_vedtak_id, opprettet, stonad_belop_per_maned, stonadsperiode_fra, stonadsperiode_til";

  private final JdbcTemplate jdbc;

  public JdbcVedtakRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void lagre(Vedtak v) {
    jdbc.update("insert into vedtak (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        v.id(), v.saksnummer(), v.kommunenummer(), v.prosessinstansId(), v.tjeneste(), v.vedtakGjelder(),
        v.utfall(), v.hjemmel(), v.begrunnelse(), v.relevanteOpplysninger(), v.begrensning(),
        v.vurderingBarnetsBeste(), Date.valueOf(v.vedtaksdato()), Date.valueOf(v.klagefrist()), v.stonadsform(),
        v.lanevilkar(), v.vilkar(), v.informertOmReduksjon(), v.utformetAv(), v.godkjentAv(),
        v.erstatterVedtakId(), Timestamp.from(v.opprettet()), v.stonadBelopPerManed(),
        v.stonadsperiodeFra() == null ? null : Date.valueOf(v.stonadsperiodeFra()),
        v.stonadsperiodeTil() == null ? null : Date.valueOf(v.stonadsperiodeTil()));
  }

  @Override
  public Optional<Vedtak> finn(String id) {
    return jdbc.query("select " + COLUMNS + " from vedtak where id = ?", JdbcVedtakRegister::map, id)
        .stream().findFirst();
  }

  @Override
  public List<Vedtak> finnForSak(String saksnummer) {
    return jdbc.query("select " + COLUMNS + " from vedtak where saksnummer = ? order by opprettet, id",
        JdbcVedtakRegister::map, saksnummer);
  }

  @Override
  public void registrerUtsattIverksettelse(UtsattIverksettelse u) {
    if (finn(u.vedtakId()).isEmpty()) {
      throw new UgyldigVedtakException("Vedtaket " + u.vedtakId() + " finnes ikke (vedtakId).");
    }
    jdbc.update("insert into utsatt_iverksettelse (id, vedtak_id, saksnummer, begjaert_dato, innvilget, begrunnelse, "
        + "besluttet_av, instans, besluttet_dato, opprettet) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        u.id(), u.vedtakId(), u.saksnummer(), Date.valueOf(u.begjaertDato()), u.innvilget(), u.begrunnelse(),
        u.besluttetAv(), u.instans(), Date.valueOf(u.besluttetDato()), Timestamp.from(u.opprettet()));
  }

  @Override
  public List<UtsattIverksettelse> utsattIverksettelse(String vedtakId) {
    return jdbc.query("select * from utsatt_iverksettelse where vedtak_id = ? order by opprettet, id",
        (rs, row) -> new UtsattIverksettelse(rs.getString("id"), rs.getString("vedtak_id"), rs.getString("saksnummer"),
            rs.getDate("begjaert_dato").toLocalDate(), rs.getBoolean("innvilget"), rs.getString("begrunnelse"),
            rs.getString("besluttet_av"), rs.getString("instans"), rs.getDate("besluttet_dato").toLocalDate(),
            rs.getTimestamp("opprettet").toInstant()), vedtakId);
  }

  private static Vedtak map(ResultSet rs, int row) throws SQLException {
    boolean informert = rs.getBoolean("informert_om_reduksjon");
    Boolean informertOmReduksjon = rs.wasNull() ? null : informert;
    int belop = rs.getInt("stonad_belop_per_maned");
    Integer stonadBelopPerManed = rs.wasNull() ? null : belop;
    Date fra = rs.getDate("stonadsperiode_fra");
    Date til = rs.getDate("stonadsperiode_til");
    return new Vedtak(
        rs.getString("id"),
        rs.getString("saksnummer"),
        rs.getString("kommunenummer"),
        rs.getString("prosessinstans_id"),
        rs.getString("tjeneste"),
        rs.getString("vedtak_gjelder"),
        rs.getString("utfall"),
        rs.getString("hjemmel"),
        rs.getString("begrunnelse"),
        rs.getString("relevante_opplysninger"),
        rs.getString("begrensning"),
        rs.getString("vurdering_barnets_beste"),
        rs.getDate("vedtaksdato").toLocalDate(),
        rs.getDate("klagefrist").toLocalDate(),
        rs.getString("stonadsform"),
        rs.getString("lanevilkar"),
        rs.getString("vilkar"),
        informertOmReduksjon,
        rs.getString("utformet_av"),
        rs.getString("godkjent_av"),
        rs.getString("erstatter_vedtak_id"),
        rs.getTimestamp("opprettet").toInstant(),
        stonadBelopPerManed,
        fra == null ? null : fra.toLocalDate(),
        til == null ? null : til.toLocalDate());
  }
}
