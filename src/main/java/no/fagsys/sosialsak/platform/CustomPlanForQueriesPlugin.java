package no.fagsys.sosialsak.platform;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.apache.ibatis.executor.statement.BaseStatementHandler;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
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
        MappedStatement ms = mappedStatement(invocation.getTarget());
        if (ms != null && isQueryApiStatement(ms.getId())) {
          PgStatements.planWithValues(st);
        }
      }
      return statement;
    }

    /**
     * The statement handler's mapped statement. MyBatis' own handler ({@link RoutingStatementHandler} around a
     * {@link BaseStatementHandler}) is read through field handles looked up once: the generic {@code MetaObject} path
     * cost about a tenth of the engine's CPU in the flow benchmark (it builds a reflective wrapper per statement).
     * Anything else (another plugin's proxy) takes the generic path.
     */
    static MappedStatement mappedStatement(Object handler) {
      if (handler instanceof RoutingStatementHandler routing
          && HandlerFields.DELEGATE.get(routing) instanceof BaseStatementHandler base) {
        return (MappedStatement) HandlerFields.MAPPED_STATEMENT.get(base);
      }
      MetaObject meta = SystemMetaObject.forObject(handler);
      return meta.hasGetter("delegate.mappedStatement")
          && meta.getValue("delegate.mappedStatement") instanceof MappedStatement ms ? ms : null;
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

  /** MyBatis' private fields {@code RoutingStatementHandler.delegate} and {@code BaseStatementHandler.mappedStatement}. */
  static final class HandlerFields {

    static final VarHandle DELEGATE;
    static final VarHandle MAPPED_STATEMENT;

    static {
      try {
        DELEGATE = MethodHandles.privateLookupIn(RoutingStatementHandler.class, MethodHandles.lookup())
            .findVarHandle(RoutingStatementHandler.class, "delegate", StatementHandler.class);
        MAPPED_STATEMENT = MethodHandles.privateLookupIn(BaseStatementHandler.class, MethodHandles.lookup())
            .findVarHandle(BaseStatementHandler.class, "mappedStatement", MappedStatement.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private HandlerFields() {
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
