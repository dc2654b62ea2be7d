package no.fagsys.sosialsak.platform;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the engine's query-API statements (Tasklist's task list and count, Cockpit's lists: the MyBatis
 * statements {@code select…ByQueryCriteria}) are planned with their actual values every time, while every other
 * statement keeps the driver's server-side prepared statements.
 *
 * <p>Why: with a server-side prepared statement PostgreSQL soon switches to a generic plan, and in the generic plan
 * the authorization check's {@code PERMS_ & ? = ?} has no statistics, so it scans {@code ACT_RU_AUTHORIZATION} for
 * every task (Tasklist page 700 ms at 100,000 open tasks instead of 87 ms; BENCHMARKS.md). Turning server-side
 * prepares off for the whole connection ({@code prepareThreshold=0}) fixed that but made the engine's own inserts and
 * updates, which are executed far more often, 20–35 % slower. This sets the threshold to 0 on just those statements.
 * On other databases (H2) it does nothing.
 */
@Component
public class CustomPlanForQueriesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (PgStatements.AVAILABLE) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new CustomPlanInterceptor());
    }
  }

  /** Whether a MyBatis statement of the engine is one of the query API's list or count statements. */
  static boolean isQueryApiStatement(String mappedStatementId) {
    return mappedStatementId != null && mappedStatementId.contains("ByQueryCriteria");
  }

  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  static final class CustomPlanInterceptor implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object statement = invocation.proceed();
      // The PostgreSQL check first: it is cheap, and on other databases (H2) nothing else runs per statement.
      if (statement instanceof Statement st && st.isWrapperFor(PgStatements.PG_STATEMENT)) {
        MetaObject handler = SystemMetaObject.forObject(invocation.getTarget());
        Object mapped = handler.hasGetter("delegate.mappedStatement") ? handler.getValue("delegate.mappedStatement")
            : null;
        if (mapped instanceof MappedStatement ms && isQueryApiStatement(ms.getId())) {
          PgStatements.planWithValues(st);
        }
      }
      return statement;
    }

    @Override
    public Object plugin(Object target) {
      return target instanceof StatementHandler ? Interceptor.super.plugin(target) : target;
    }

    @Override
    public void setProperties(Properties properties) {
      // none
    }
  }

  /** The PostgreSQL driver's {@code PGStatement.setPrepareThreshold(0)}, looked up once (the driver is runtime-only). */
  static final class PgStatements {

    static final Class<?> PG_STATEMENT;
    static final MethodHandle SET_PREPARE_THRESHOLD;
    static final boolean AVAILABLE;

    static {
      Class<?> type = null;
      MethodHandle setter = null;
      try {
        type = Class.forName("org.postgresql.PGStatement");
        setter = MethodHandles.publicLookup().findVirtual(type, "setPrepareThreshold",
            MethodType.methodType(void.class, int.class));
      } catch (ReflectiveOperationException notOnClasspath) {
        type = null;
      }
      PG_STATEMENT = type;
      SET_PREPARE_THRESHOLD = setter;
      AVAILABLE = type != null;
    }

    private PgStatements() {
    }

    /** For a statement of the PostgreSQL driver ({@code isWrapperFor(PG_STATEMENT)}). */
    static void planWithValues(Statement statement) throws SQLException {
      try {
        SET_PREPARE_THRESHOLD.invoke(statement.unwrap(PG_STATEMENT), 0);
      } catch (SQLException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
