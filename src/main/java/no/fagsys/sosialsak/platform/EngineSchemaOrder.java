package no.fagsys.sosialsak.platform;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine schema is owned by Liquibase (Camunda's own changelog, included from
 * {@code db/changelog/db.changelog-master.yaml}); the engine itself only validates it
 * ({@code camunda.bpm.database.schema-update=false}). So the engine must not be built before
 * Liquibase has migrated the database: this makes the engine factory bean depend on the
 * {@code liquibase} bean.
 */
@Configuration(proxyBeanMethods = false)
public class EngineSchemaOrder {

  static final String LIQUIBASE_BEAN = "liquibase";

  @Bean
  static BeanFactoryPostProcessor engineAfterLiquibase() {
    return beanFactory -> {
      if (!beanFactory.containsBeanDefinition(LIQUIBASE_BEAN)) {
        return;
      }
      for (String name : beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)) {
        String beanName = name.startsWith("&") ? name.substring(1) : name;
        BeanDefinition definition = beanFactory.getBeanDefinition(beanName);
        Set<String> dependsOn = new LinkedHashSet<>();
        if (definition.getDependsOn() != null) {
          dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
        }
        dependsOn.add(LIQUIBASE_BEAN);
        definition.setDependsOn(dependsOn.toArray(String[]::new));
      }
    };
  }
}
