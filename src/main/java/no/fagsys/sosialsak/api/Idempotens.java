package no.fagsys.sosialsak.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes of the domain API in one transaction, once per {@code Idempotency-Key}
 * (draft-ietf-httpapi-idempotency-key-header). The work (engine commands and the product's tables) and the record of
 * its answer (table {@code idempotens}: user, key, a hash of the request, status, body, {@code Location}) commit
 * together or not at all: a failed request leaves no record, and may be sent again.
 * <ul>
 *   <li>the same key, user and request again: the stored answer, with {@code Idempotent-Replayed: true}, and no new
 *       work;</li>
 *   <li>the same key with another request (another body or endpoint): 422;</li>
 *   <li>two at once: the table's primary key (user, key) lets only one commit; the other is rolled back and answered
 *       with the winner's answer.</li>
 * </ul>
 * Keys are per user: one user's key never answers another user's request.
 */
@Component
public class Idempotens {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final Pattern GYLDIG_NOKKEL = Pattern.compile("[\\x21-\\x7E]{1,200}");

  private record Lagret(String hash, int status, String svar, String location) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final ObjectMapper json;

  public Idempotens(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ObjectMapper json) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactionManager);
    this.json = json;
  }

  /**
   * Runs {@code work} in one transaction, once per (user, key).
   *
   * @param nokkel the request's {@code Idempotency-Key}, or {@code null} (then the work just runs, once per request)
   * @param bruker the authenticated user
   * @param foresporsel what identifies the request: method, path and the parsed body
   */
  public ResponseEntity<Object> utfor(String nokkel, String bruker, List<Object> foresporsel,
      Supplier<ResponseEntity<?>> work) {
    if (nokkel == null) {
      return tx.execute(status -> cast(work.get()));
    }
    if (!GYLDIG_NOKKEL.matcher(nokkel).matches()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ugyldig forespørsel",
          HEADER + ": må være 1–200 synlige ASCII-tegn, for eksempel en UUID.");
    }
    String hash = hash(foresporsel);
    try {
      return tx.execute(status -> {
        Optional<Lagret> lagret = finn(bruker, nokkel);
        if (lagret.isPresent()) {
          return svarPaNytt(lagret.get(), hash);
        }
        ResponseEntity<Object> svar = cast(work.get());
        URI location = svar.getHeaders().getLocation();
        jdbc.update("insert into idempotens (bruker, nokkel, foresporsel_hash, status, svar, location, opprettet) "
            + "values (?, ?, ?, ?, ?, ?, ?)", bruker, nokkel, hash, svar.getStatusCode().value(), tekst(svar.getBody()),
            location == null ? null : location.toString(), Timestamp.from(Instant.now()));
        return svar;
      });
    } catch (DuplicateKeyException raceLost) {
      // Another request with the same key committed first; this one's work is rolled back.
      return finn(bruker, nokkel).map(l -> svarPaNytt(l, hash)).orElseThrow(() -> raceLost);
    }
  }

  private Optional<Lagret> finn(String bruker, String nokkel) {
    return jdbc.query("select foresporsel_hash, status, svar, location from idempotens where bruker = ? and nokkel = ?",
        (rs, row) -> new Lagret(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)), bruker, nokkel)
        .stream().findFirst();
  }

  private ResponseEntity<Object> svarPaNytt(Lagret lagret, String hash) {
    if (!lagret.hash().equals(hash)) {
      throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key er brukt",
          HEADER + ": nøkkelen er allerede brukt til en annen forespørsel. Bruk en ny nøkkel for en ny forespørsel.");
    }
    HttpHeaders headers = new HttpHeaders();
    headers.set(REPLAYED, "true");
    if (lagret.location() != null) {
      headers.setLocation(URI.create(lagret.location()));
    }
    JsonNode body;
    try {
      body = lagret.svar() == null ? null : json.readTree(lagret.svar());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Lagret svar kan ikke leses", e);
    }
    return ResponseEntity.status(lagret.status()).headers(headers).body(body);
  }

  private String tekst(Object body) {
    if (body == null) {
      return null;
    }
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Svaret kan ikke lagres", e);
    }
  }

  private String hash(List<Object> foresporsel) {
    try {
      byte[] bytes = json.writeValueAsString(foresporsel).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Forespørselen kan ikke hashes", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static ResponseEntity<Object> cast(ResponseEntity<?> svar) {
    return (ResponseEntity<Object>) svar;
  }
}
