package no.fagsys.sosialsak.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the application sends to the database, per kind of statement ({@code insert act_hi_detail},
 * {@code select act_ru_task}, ...): statements (a batched row counts once per row), round trips (an executed
 * statement or batch) and commits. Deterministic, unlike throughput on a shared machine: the figures per case tell
 * where the product spends its statements over the baseline. Installed by the harness as a bean post-processor that
 * wraps the application's {@link DataSource} in a JDK proxy.
 */
final class SqlCounter {

  static final Map<String, LongAdder> STATEMENTS = new ConcurrentHashMap<>();
  static final LongAdder ROUND_TRIPS = new LongAdder();
  static final LongAdder COMMITS = new LongAdder();
  static final LongAdder ROWS_WRITTEN = new LongAdder();

  private static final Pattern TABLE = Pattern.compile(
      "^\\s*(?:(update)\\s+|(insert)\\s+into\\s+|(delete)\\s+from\\s+|(select)\\b.*?\\bfrom\\s+)([a-z0-9_.\"]+)",
      Pattern.DOTALL);

  private SqlCounter() {
  }

  static BeanPostProcessor postProcessor() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? wrap(ds) : bean;
      }
    };
  }

  static DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          return result instanceof Connection c ? connection(c) : result;
        });
  }

  static void reset() {
    STATEMENTS.clear();
    ROUND_TRIPS.reset();
    COMMITS.reset();
    ROWS_WRITTEN.reset();
  }

  /** A snapshot: kind → count, plus the totals under the keys {@code *statements}, {@code *round trips}, ... */
  static Map<String, Long> snapshot() {
    Map<String, Long> s = new TreeMap<>();
    STATEMENTS.forEach((k, v) -> s.put(k, v.sum()));
    s.put("*statements", STATEMENTS.values().stream().mapToLong(LongAdder::sum).sum());
    s.put("*round trips", ROUND_TRIPS.sum());
    s.put("*commits", COMMITS.sum());
    s.put("*rows written", ROWS_WRITTEN.sum());
    return s;
  }

  static String kind(String sql) {
    Matcher m = TABLE.matcher(sql.toLowerCase(Locale.ROOT));
    if (!m.find()) {
      return sql.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }
    for (int g = 1; g <= 4; g++) {
      if (m.group(g) != null) {
        return m.group(g) + " " + m.group(5).replace("\"", "");
      }
    }
    return "?";
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Connection connection(Connection target) {
    InvocationHandler h = (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("commit")) {
        COMMITS.increment();
      }
      Object result = invoke(target, method, args);
      if (result instanceof Statement st && (name.equals("prepareStatement") || name.equals("prepareCall")
          || name.equals("createStatement"))) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        return statement(st, sql, method.getReturnType());
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private static Object statement(Statement target, String preparedSql, Class<?> type) {
    InvocationHandler h = new InvocationHandler() {
      int batched;

      @Override
      public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        Object result = SqlCounter.invoke(target, method, args);
        switch (name) {
          case "addBatch" -> batched++;
          case "executeBatch", "executeLargeBatch" -> {
            ROUND_TRIPS.increment();
            STATEMENTS.computeIfAbsent(kind(preparedSql == null ? "batch" : preparedSql), k -> new LongAdder())
                .add(batched);
            batched = 0;
            if (result instanceof int[] counts) {
              for (int c : counts) {
                ROWS_WRITTEN.add(Math.max(c, 0));
              }
            }
          }
          case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
            ROUND_TRIPS.increment();
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
            STATEMENTS.computeIfAbsent(kind(sql == null ? "?" : sql), k -> new LongAdder()).increment();
            if (result instanceof Integer n) {
              ROWS_WRITTEN.add(Math.max(n, 0));
            } else if (name.equals("execute") && Boolean.FALSE.equals(result)) {
              ROWS_WRITTEN.add(Math.max(target.getUpdateCount(), 0));
            }
          }
          default -> {
          }
        }
        return result;
      }
    };
    return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, h);
  }
}
