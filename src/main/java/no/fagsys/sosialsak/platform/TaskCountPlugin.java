package no.fagsys.sosialsak.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filter counts at volume: the engine's task count ({@code selectTaskCountByQueryCriteria}, which Tasklist
 * runs for every filter on every refresh, through {@code /filter?itemCount=true} and {@code /filter/{id}/count}) is
 * answered with a statement of the product's own when the query has a shape this class knows, and by the engine's
 * statement otherwise. The answer is the same number: the same criteria, the same tenant check and the same
 * authorization check, written so the database can answer them as set operations.
 *
 * <p>Why: the engine joins the grants {@code ON AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}. PostgreSQL can answer
 * that OR only task by task (three index probes per task), so the count of a municipality's 33,000 open tasks took
 * 437 ms (BENCHMARKS.md). Here the same condition is three separate tests: the task's id among the resource ids the
 * user's grants name (a join by equality, which the database answers in one pass over the grants), its process
 * definition's key among them, or a grant on every resource ({@code '*'}); the last two are answered once per count.
 *
 * <p>The known shape is what the product's filters ask (AccessSetup: assigned to me; my groups' unassigned tasks; my
 * groups' tasks due today): a task query with any of assignee, candidate group or groups (with or without assigned
 * tasks), municipalities (tenant ids) and "due before", nothing else. Any other criterion (Tasklist's search; a
 * sorting does not matter to a count), an OR query, a revoke check (the engine checks revokes once a revoke
 * authorization exists: {@code authorizationCheckRevokes: auto}) or a composite permission check is left to the
 * engine. {@code TaskCountEquivalenceTest} shows on H2 and PostgreSQL that both give the same count for every user,
 * filter and kind of grant; it fails when an upgrade of the engine adds a criterion this class does not know.
 * The engine's SQL is not changed: this is a MyBatis interceptor in front of one statement, and it can be turned off
 * ({@code sosialsak.tasklist.egen-telling=false}).
 */
@Component
public class TaskCountPlugin extends AbstractProcessEnginePlugin {

  static final String STATEMENT = "selectTaskCountByQueryCriteria";
  /** The end of the statement's id (its namespace before it), compared on every query the engine runs. */
  private static final String STATEMENT_SUFFIX = "." + STATEMENT;

  /** The query's fields the product's count handles (or that do not change a count); all others must be unset. */
  static final Set<String> HANDLED = Set.of("assignee", "candidateGroup", "candidateGroups", "cachedCandidateGroups",
      "cachedUserGroups", "tenantIds", "includeAssignedTasks", "dueBefore", "queries", "isOrQueryActive",
      "initializeFormKeys", "withCommentAttachmentInfo");

  private final boolean enabled;
  private volatile boolean active = true;
  private final AtomicLong answered = new AtomicLong();

  public TaskCountPlugin(@Value("${sosialsak.tasklist.egen-telling:true}") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (enabled) {
      DbSqlSessionFactory factory = configuration.getDbSqlSessionFactory();
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new TaskCountInterceptor(
          factory.getDatabaseType(), factory.getDatabaseTablePrefix() == null ? "" : factory.getDatabaseTablePrefix()));
    }
  }

  /** For tests and the harness: counts the product's way (true) or the engine's; returns the setting that was. */
  public boolean bruk(boolean egenTelling) {
    boolean var = active;
    active = egenTelling;
    return var;
  }

  /** How many counts the product's statement has answered since start (for tests and the harness). */
  long besvart() {
    return answered.get();
  }

  @Intercepts({
      @Signature(type = Executor.class, method = "query",
          args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
      @Signature(type = Executor.class, method = "query",
          args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class,
              BoundSql.class})})
  final class TaskCountInterceptor implements Interceptor {

    private final String databaseType;
    private final String prefix;

    TaskCountInterceptor(String databaseType, String prefix) {
      this.databaseType = databaseType;
      this.prefix = prefix;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object[] args = invocation.getArgs();
      if (active && args[0] instanceof MappedStatement ms && ms.getId().endsWith(STATEMENT_SUFFIX)
          && args[1] instanceof TaskQueryImpl query) {
        Count count = Count.of(query, databaseType, prefix);
        if (count != null) {
          answered.incrementAndGet();
          return List.of(count.run(((Executor) invocation.getTarget()).getTransaction().getConnection()));
        }
      }
      return invocation.proceed();
    }

    @Override
    public Object plugin(Object target) {
      return target instanceof Executor ? Interceptor.super.plugin(target) : target;
    }

    @Override
    public void setProperties(Properties properties) {
      // none
    }
  }

  /** The product's count statement for one task query, with its parameters in order. */
  record Count(String sql, List<Object> parameters) {

    long run(Connection connection) throws SQLException {
      try (PreparedStatement st = connection.prepareStatement(sql)) {
        // Planned with its values every time, as the engine's query statements (CustomPlanForQueriesPlugin).
        if (CustomPlanForQueriesPlugin.PgStatements.AVAILABLE
            && st.isWrapperFor(CustomPlanForQueriesPlugin.PgStatements.PG_STATEMENT)) {
          CustomPlanForQueriesPlugin.PgStatements.planWithValues(st);
        }
        for (int i = 0; i < parameters.size(); i++) {
          Object p = parameters.get(i);
          if (p instanceof Date d) {
            st.setTimestamp(i + 1, new Timestamp(d.getTime()));
          } else {
            st.setObject(i + 1, p);
          }
        }
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }

    /** The statement for this query, or null when the query has a shape the engine must answer. */
    static Count of(TaskQueryImpl query, String databaseType, String prefix) {
      if (!knownShape(query)) {
        return null;
      }
      StringBuilder from = new StringBuilder(" FROM ").append(prefix).append("ACT_RU_TASK RES");
      List<Object> fromParameters = new ArrayList<>();
      StringBuilder where = new StringBuilder(" WHERE 1 = 1");
      List<Object> p = new ArrayList<>();
      if (query.getAssignee() != null) {
        where.append(" AND RES.ASSIGNEE_ = ?");
        p.add(query.getAssignee());
      }
      if (query.getDueBefore() != null) {
        where.append(" AND RES.DUE_DATE_ < ? AND RES.DUE_DATE_ IS NOT NULL");
        p.add(query.getDueBefore());
      }
      if (query.getTenantIds() != null && query.getTenantIds().length > 0) {
        where.append(" AND RES.TENANT_ID_ IN ").append(marks(query.getTenantIds().length));
        p.addAll(List.of(query.getTenantIds()));
      }
      List<String> groups = query.getCandidateGroups();
      if (groups != null) {
        if (groups.isEmpty()) {
          return null;
        }
        if (!query.isIncludeAssignedTasks()) {
          where.append(" AND RES.ASSIGNEE_ IS NULL");
        }
        where.append(" AND EXISTS (SELECT 1 FROM ").append(prefix).append("ACT_RU_IDENTITYLINK I")
            .append(" WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN ")
            .append(marks(groups.size())).append(")");
        p.addAll(groups);
      }
      TenantCheck tenants = query.getTenantCheck();
      if (tenants != null && tenants.isTenantCheckEnabled()) {
        List<String> ids = tenants.getAuthTenantIds() == null ? List.of() : tenants.getAuthTenantIds();
        where.append(" AND (RES.TENANT_ID_ IS NULL");
        if (!ids.isEmpty()) {
          where.append(" OR RES.TENANT_ID_ IN ").append(marks(ids.size()));
          p.addAll(ids);
        }
        where.append(")");
      }
      String count = "SELECT COUNT(*)";
      AuthorizationCheck auth = query.getAuthCheck();
      if (auth != null && auth.getShouldPerformAuthorizatioCheck() && auth.getAuthUserId() != null) {
        CompositePermissionCheck checks = auth.getPermissionChecks();
        if (auth.isRevokeAuthorizationCheckEnabled() || checks == null
            || checks.getCompositeChecks() != null && !checks.getCompositeChecks().isEmpty()
            || checks.getAtomicChecks() == null || checks.getAtomicChecks().isEmpty()
            || !checks.isDisjunctive() && checks.getAtomicChecks().size() > 1) {
          return null;
        }
        // The engine: a task is visible when a grant (TYPE_ < 2) of the user, of everyone ('*') or of one of the
        // user's groups passes one of the permission checks and names the task, its process definition's key or
        // '*'; case tasks are visible to all (RES.CASE_EXECUTION_ID_ IS NOT NULL, when the engine left-joins), and
        // when only process tasks can exist (no CMMN, no standalone tasks) its inner join with the process
        // definition leaves out tasks without one. Here the grants naming a task are joined by equality (a hash
        // join, one pass over the grants), the other tests are answered once per count, and a task two grants name
        // is counted once (the engine counts DISTINCT too).
        List<Object> grantParameters = new ArrayList<>();
        String grants = grants(prefix, auth, checks.getAtomicChecks(), databaseType, grantParameters);
        from.append(" LEFT JOIN (").append(grants).append(") G ON G.RESOURCE_ID_ = RES.ID_");
        fromParameters.addAll(grantParameters);
        if (query.isQueryForProcessTasksOnly()) {
          where.append(" AND RES.PROC_DEF_ID_ IS NOT NULL");
        }
        where.append(" AND (G.RESOURCE_ID_ IS NOT NULL");
        if (auth.isUseLeftJoin()) {
          where.append(" OR RES.CASE_EXECUTION_ID_ IS NOT NULL");
        }
        where.append(" OR EXISTS (").append(grants).append(" AND A.RESOURCE_ID_ = '*')");
        p.addAll(grantParameters);
        where.append(" OR RES.PROC_DEF_ID_ IN (SELECT D.ID_ FROM ").append(prefix)
            .append("ACT_RE_PROCDEF D WHERE D.KEY_ IN (").append(grants).append(")))");
        p.addAll(grantParameters);
        count = "SELECT COUNT(DISTINCT RES.ID_)";
      }
      List<Object> parameters = new ArrayList<>(fromParameters);
      parameters.addAll(p);
      return new Count(count + from + where, Collections.unmodifiableList(parameters));
    }

    /** The resource ids of the grants that pass the checks for this user: the engine's authorization subselect. */
    static String grants(String prefix, AuthorizationCheck auth, List<PermissionCheck> checks, String databaseType,
        List<Object> p) {
      StringBuilder sql = new StringBuilder("SELECT A.RESOURCE_ID_ FROM ").append(prefix)
          .append("ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND (A.USER_ID_ IN (?, '*')");
      p.add(auth.getAuthUserId());
      List<String> groups = auth.getAuthGroupIds();
      if (groups != null && !groups.isEmpty()) {
        sql.append(" OR A.GROUP_ID_ IN ").append(marks(groups.size()));
        p.addAll(groups);
      }
      sql.append(") AND (");
      String and1 = DbSqlSessionFactory.databaseSpecificBitAnd1.get(databaseType);
      String and2 = DbSqlSessionFactory.databaseSpecificBitAnd2.get(databaseType);
      String and3 = DbSqlSessionFactory.databaseSpecificBitAnd3.get(databaseType);
      for (int i = 0; i < checks.size(); i++) {
        PermissionCheck check = checks.get(i);
        sql.append(i == 0 ? "(" : " OR (").append("A.RESOURCE_TYPE_ = ? AND ").append(and1).append("A.PERMS_")
            .append(and2).append("?").append(and3).append(" = ?)");
        p.add(check.getResourceType());
        p.add(check.getPerms());
        p.add(check.getPerms());
      }
      return sql.append(")").toString();
    }

    static String marks(int n) {
      return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    /** Whether every criterion set on the query is one this count handles (compared with a new query's fields). */
    static boolean knownShape(TaskQueryImpl query) {
      if (query.isOrQueryActive() || query.getQueries().size() != 1 || query.getCandidateUser() != null) {
        return false;
      }
      try {
        for (Field field : Criteria.COMPARED) {
          if (!Objects.deepEquals(field.get(query), field.get(Criteria.UNSET))) {
            return false;
          }
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
      return true;
    }
  }

  /** The query's fields this count does not handle, made readable once, and a query with none of them set. */
  static final class Criteria {

    static final List<Field> COMPARED;
    static final TaskQueryImpl UNSET = new TaskQueryImpl();

    static {
      List<Field> fields = new ArrayList<>();
      for (Field field : TaskQueryImpl.class.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !HANDLED.contains(field.getName())) {
          field.setAccessible(true);
          fields.add(field);
        }
      }
      COMPARED = List.copyOf(fields);
    }

    private Criteria() {}
  }
}
