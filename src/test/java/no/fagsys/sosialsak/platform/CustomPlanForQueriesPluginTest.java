package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The engine's query-API statements (and only they) are planned with their values on PostgreSQL; the interceptor is
 * installed in the application's engine (a no-op on H2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomPlanForQueriesPluginTest {

  @Autowired ProcessEngineConfiguration configuration;

  @Test
  void onlyTheQueryApisListAndCountStatementsAreSelected() {
    String task = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";
    assertThat(CustomPlanForQueriesPlugin.isQueryApiStatement(task + "selectTaskByQueryCriteria")).isTrue();
    assertThat(CustomPlanForQueriesPlugin.isQueryApiStatement(task + "selectTaskCountByQueryCriteria")).isTrue();
    assertThat(CustomPlanForQueriesPlugin.isQueryApiStatement(task + "insertTask")).isFalse();
    assertThat(CustomPlanForQueriesPlugin.isQueryApiStatement(task + "selectTask")).isFalse();
    assertThat(CustomPlanForQueriesPlugin.isQueryApiStatement(null)).isFalse();
  }

  @Test
  void theMappedStatementIsReadFromMyBatisOwnStatementHandler() {
    Configuration mybatis = new Configuration();
    MappedStatement ms = new MappedStatement.Builder(mybatis, "x.selectTaskByQueryCriteria",
        new StaticSqlSource(mybatis, "select 1"), SqlCommandType.SELECT).build();
    RoutingStatementHandler handler = new RoutingStatementHandler(null, ms, null, RowBounds.DEFAULT, null, null);

    assertThat(CustomPlanForQueriesPlugin.CustomPlanInterceptor.mappedStatement(handler)).isSameAs(ms);
    assertThat(CustomPlanForQueriesPlugin.CustomPlanInterceptor.mappedStatement(new Object())).isNull();
  }

  @Test
  void theInterceptorIsInstalledInTheEngine() {
    var interceptors = ((ProcessEngineConfigurationImpl) configuration).getSqlSessionFactory().getConfiguration()
        .getInterceptors();
    assertThat(interceptors).hasAtLeastOneElementOfType(CustomPlanForQueriesPlugin.CustomPlanInterceptor.class);
  }
}
