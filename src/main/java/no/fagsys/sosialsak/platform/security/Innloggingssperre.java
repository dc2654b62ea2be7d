package no.fagsys.sosialsak.platform.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Lock-out after failed logins without locking anyone out for good: after {@code loginMaxAttempts} failed logins the
 * engine locks the user until an administrator unlocks her, which would leave the last administrator locked out
 * forever. This releases a locked user once her last failed login is {@code sosialsak.innlogging.frigi-etter}
 * (default 15 minutes) old; guessing stays as slow as five attempts per quarter of an hour (plus the engine's growing
 * delays between attempts). Checked every minute; each release is logged with the user id.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class Innloggingssperre {

  private static final Logger LOG = LoggerFactory.getLogger(Innloggingssperre.class);

  private final ProcessEngine engine;
  private final Duration frigiEtter;

  public Innloggingssperre(ProcessEngine engine,
      @Value("${sosialsak.innlogging.frigi-etter:PT15M}") Duration frigiEtter) {
    this.engine = engine;
    this.frigiEtter = frigiEtter;
  }

  /** Releases the users whose lock is older than the release time; returns their ids. */
  @Scheduled(fixedDelayString = "${sosialsak.innlogging.sjekk-hvert:PT1M}", initialDelayString = "PT1M")
  public List<String> frigi() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    // The engine sets the lock's expiry to the last failed attempt plus its delay (at most loginDelayMaxTime).
    Timestamp grense = new Timestamp(ClockUtil.getCurrentTime().getTime() - frigiEtter.toMillis()
        + config.getLoginDelayMaxTime() * 1000L);
    String prefix = config.getDatabaseTablePrefix() == null ? "" : config.getDatabaseTablePrefix();
    List<String> sperret = new ArrayList<>();
    try (Connection connection = config.getDataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "SELECT ID_ FROM " + prefix + "ACT_ID_USER WHERE ATTEMPTS_ >= ? AND LOCK_EXP_TIME_ < ?")) {
      statement.setInt(1, config.getLoginMaxAttempts());
      statement.setTimestamp(2, grense);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sperret.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      LOG.warn("Kunne ikke lese låste brukere: {}", e.getSQLState());
      return List.of();
    }
    for (String id : sperret) {
      engine.getIdentityService().unlockUser(id);
      LOG.info("Bruker {} låst opp etter {} minutter uten nye innloggingsforsøk", id, frigiEtter.toMinutes());
    }
    return sperret;
  }
}
