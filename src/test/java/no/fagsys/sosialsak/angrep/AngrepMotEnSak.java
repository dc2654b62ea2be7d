package no.fagsys.sosialsak.angrep;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * An attack family aimed at one application of Melhus (5028) that kari started over REST and that waits at
 * {@code Task_KartleggSoknad}: its process instance and that task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AngrepMotEnSak {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;

  Angrep angrep;
  String instance;
  String task;

  @BeforeAll
  void enSakIMelhus() throws Exception {
    angrep = new Angrep(template, engine);
    JsonNode soknad = angrep.soknadForMelhus();
    instance = soknad.get("id").asText();
    task = angrep.task(instance, "Task_KartleggSoknad").getId();
  }
}
