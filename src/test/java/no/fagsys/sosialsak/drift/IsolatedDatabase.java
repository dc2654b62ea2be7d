package no.fagsys.sosialsak.drift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A database of one test's own, which application nodes ({@link Node}) share and survive: an H2 file database in a
 * temporary folder in the H2 suite, a fresh schema in the test database ({@code TEST_PG_APP_URL},
 * {@code currentSchema}) in the PostgreSQL suite. Liquibase creates the tables when the first node starts; the
 * schema or folder is removed at {@link #close()}.
 */
public final class IsolatedDatabase implements AutoCloseable {

  final String url;
  private final Path folder;
  private final String schema;

  private IsolatedDatabase(String url, Path folder, String schema) {
    this.url = url;
    this.folder = folder;
    this.schema = schema;
  }

  /** True in the PostgreSQL suite ({@code -Ppostgres}: profile {@code postgres} active in the tests). */
  public static boolean postgres() {
    String profiles = System.getProperty("spring.profiles.active", "");
    return java.util.Arrays.asList(profiles.split(",")).contains("postgres");
  }

  private static IsolatedDatabase shared;

  /**
   * One database for the restart tests of the whole test run (Liquibase builds it once: that takes most of a node's
   * first start), removed when the JVM exits. Tests on it look only at their own cases.
   */
  public static synchronized IsolatedDatabase shared() {
    if (shared == null) {
      shared = create("omstart");
      IsolatedDatabase database = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(database::close));
    }
    return shared;
  }

  public static IsolatedDatabase create(String name) {
    String suffix = name + "_" + UUID.randomUUID().toString().substring(0, 8);
    if (postgres()) {
      String base = env("TEST_PG_APP_URL", "jdbc:postgresql://127.0.0.1:5432/sosialsak_test");
      String schema = "drift_" + suffix.toLowerCase().replace('-', '_');
      execute(base, "create schema " + schema);
      return new IsolatedDatabase(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, schema);
    }
    try {
      Path folder = Files.createTempDirectory("sosialsak-" + suffix);
      return new IsolatedDatabase("jdbc:h2:file:" + folder.resolve("sosialsak") + ";DB_CLOSE_ON_EXIT=FALSE", folder,
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (schema != null) {
      execute(env("TEST_PG_APP_URL", "jdbc:postgresql://127.0.0.1:5432/sosialsak_test"),
          "drop schema if exists " + schema + " cascade");
    }
    if (folder != null) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url, env("SOSIALSAK_DB_USER", "sosialsak"),
        env("SOSIALSAK_DB_PASSWORD", "sosialsak")); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
