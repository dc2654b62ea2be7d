package no.fagsys.sosialsak.kapasitet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.fagsys.sosialsak.kapasitet.Kapasitetsoppsummering.Kommune;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The survey's own tables ({@code db/changelog/sosialsak/001-kapasitet.yaml}) over {@link JdbcTemplate}. Called from
 * the process's delegates it joins the engine's transaction (the Spring Boot starter shares the transaction manager),
 * so a survey row, an answer or the summary is stored exactly when the engine's step commits.
 */
@Repository
public class KapasitetskartleggingRepository {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  public KapasitetskartleggingRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  public boolean finnes(String kvartal) {
    Integer count = jdbc.queryForObject("select count(*) from kapasitet_kartlegging where kvartal = ?", Integer.class, kvartal);
    return count != null && count > 0;
  }

  /** Stores a new open survey and the municipalities asked (all {@link Deltaker.Status#VENTER}). */
  public void opprett(String kvartal, LocalDate frist, LocalDateTime purringTidspunkt, LocalDateTime apnetTid,
      String prosessinstansId, List<Kommune> kommuner) {
    jdbc.update("insert into kapasitet_kartlegging (kvartal, frist, status, purring_tidspunkt, apnet_tid, prosessinstans_id)"
            + " values (?, ?, ?, ?, ?, ?)",
        kvartal, java.sql.Date.valueOf(frist), Kartlegging.Status.APEN.name(), ts(purringTidspunkt), ts(apnetTid),
        prosessinstansId);
    for (Kommune kommune : kommuner) {
      jdbc.update("insert into kapasitet_kommune (kvartal, kommunenummer, kommunenavn, status) values (?, ?, ?, ?)",
          kvartal, kommune.kommunenummer(), kommune.navn(), Deltaker.Status.VENTER.name());
    }
  }

  /** Stores a municipality's answers (one per area) and marks it as having reported. */
  public void lagreSvar(String kvartal, String kommunenummer, List<Kapasitetssvar> svar, LocalDateTime tid) {
    jdbc.update("delete from kapasitet_svar where kvartal = ? and kommunenummer = ?", kvartal, kommunenummer);
    for (Kapasitetssvar s : svar) {
      jdbc.update("insert into kapasitet_svar (kvartal, kommunenummer, omrade, niva, kommentar, rapportert_av, rapportert_tid)"
              + " values (?, ?, ?, ?, ?, ?, ?)",
          kvartal, kommunenummer, s.omrade().name(), s.niva().name(), s.kommentar(), s.rapportertAv(), ts(s.rapportertTid()));
    }
    settStatus(kvartal, kommunenummer, Deltaker.Status.LEVERT);
    jdbc.update("update kapasitet_kommune set levert_tid = ? where kvartal = ? and kommunenummer = ?",
        ts(tid), kvartal, kommunenummer);
  }

  public void registrerPurring(String kvartal, String kommunenummer, LocalDateTime tid) {
    jdbc.update("update kapasitet_kommune set purret_tid = ? where kvartal = ? and kommunenummer = ?",
        ts(tid), kvartal, kommunenummer);
  }

  public void registrerIkkeLevert(String kvartal, String kommunenummer) {
    settStatus(kvartal, kommunenummer, Deltaker.Status.IKKE_LEVERT);
  }

  private void settStatus(String kvartal, String kommunenummer, Deltaker.Status status) {
    int updated = jdbc.update("update kapasitet_kommune set status = ? where kvartal = ? and kommunenummer = ?",
        status.name(), kvartal, kommunenummer);
    if (updated != 1) {
      throw new IllegalStateException("Kommune " + kommunenummer + " er ikke med i kapasitetskartleggingen " + kvartal);
    }
  }

  /** Stores the summary's counts (replacing any earlier ones) and closes the survey. */
  public void lagreOppsummering(String kvartal, Map<Omrade, Map<Niva, Integer>> antall, LocalDateTime tid) {
    jdbc.update("delete from kapasitet_oppsummering where kvartal = ?", kvartal);
    antall.forEach((omrade, perNiva) -> perNiva.forEach((niva, n) ->
        jdbc.update("insert into kapasitet_oppsummering (kvartal, omrade, niva, antall) values (?, ?, ?, ?)",
            kvartal, omrade.name(), niva.name(), n)));
    jdbc.update("update kapasitet_kartlegging set status = ?, avsluttet_tid = ? where kvartal = ?",
        Kartlegging.Status.AVSLUTTET.name(), ts(tid), kvartal);
  }

  /** All surveys, newest quarter first. */
  public List<Kartlegging> kartlegginger() {
    return jdbc.query(KARTLEGGING_SQL + " order by k.kvartal desc", KARTLEGGING);
  }

  public Optional<Kartlegging> kartlegging(String kvartal) {
    return jdbc.query(KARTLEGGING_SQL + " where k.kvartal = ?", KARTLEGGING, kvartal).stream().findFirst();
  }

  public List<Deltaker> deltakere(String kvartal) {
    return jdbc.query("select kommunenummer, kommunenavn, status, purret_tid, levert_tid from kapasitet_kommune"
            + " where kvartal = ? order by kommunenummer",
        (rs, i) -> new Deltaker(rs.getString("kommunenummer"), rs.getString("kommunenavn"),
            Deltaker.Status.valueOf(rs.getString("status")), time(rs, "purret_tid"), time(rs, "levert_tid")),
        kvartal);
  }

  /** The answers of the quarter, of all municipalities ({@code kommuner} null) or only of these. */
  public List<Kapasitetssvar> svar(String kvartal, Collection<String> kommuner) {
    if (kommuner != null && kommuner.isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource params = new MapSqlParameterSource("kvartal", kvartal);
    String sql = "select kvartal, kommunenummer, omrade, niva, kommentar, rapportert_av, rapportert_tid"
        + " from kapasitet_svar where kvartal = :kvartal";
    if (kommuner != null) {
      sql += " and kommunenummer in (:kommuner)";
      params.addValue("kommuner", kommuner);
    }
    List<Kapasitetssvar> svar = new ArrayList<>(named.query(sql, params, (rs, i) -> new Kapasitetssvar(
        rs.getString("kvartal"), rs.getString("kommunenummer"), Omrade.valueOf(rs.getString("omrade")),
        Niva.valueOf(rs.getString("niva")), rs.getString("kommentar"), rs.getString("rapportert_av"),
        time(rs, "rapportert_tid"))));
    svar.sort((a, b) -> a.kommunenummer().equals(b.kommunenummer())
        ? a.omrade().compareTo(b.omrade()) : a.kommunenummer().compareTo(b.kommunenummer()));
    return svar;
  }

  /** The stored summary's counts per area and level (empty while the survey is open). */
  public Map<Omrade, Map<Niva, Integer>> oppsummering(String kvartal) {
    Map<Omrade, Map<Niva, Integer>> antall = new EnumMap<>(Omrade.class);
    jdbc.query("select omrade, niva, antall from kapasitet_oppsummering where kvartal = ?", (RowCallbackHandler) rs -> {
      antall.computeIfAbsent(Omrade.valueOf(rs.getString("omrade")), o -> new EnumMap<>(Niva.class))
          .put(Niva.valueOf(rs.getString("niva")), rs.getInt("antall"));
    }, kvartal);
    return antall;
  }

  private static final String KARTLEGGING_SQL = "select k.kvartal, k.frist, k.status, k.apnet_tid, k.avsluttet_tid,"
      + " (select count(*) from kapasitet_kommune d where d.kvartal = k.kvartal) as antall_kommuner,"
      + " (select count(*) from kapasitet_kommune d where d.kvartal = k.kvartal and d.status = 'LEVERT') as antall_levert"
      + " from kapasitet_kartlegging k";

  private static final RowMapper<Kartlegging> KARTLEGGING = (rs, row) -> new Kartlegging(rs.getString("kvartal"),
      rs.getDate("frist").toLocalDate(), Kartlegging.Status.valueOf(rs.getString("status")), time(rs, "apnet_tid"),
      time(rs, "avsluttet_tid"), rs.getInt("antall_kommuner"), rs.getInt("antall_levert"));

  private static Timestamp ts(LocalDateTime time) {
    return time == null ? null : Timestamp.valueOf(time);
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toLocalDateTime();
  }
}
