package no.fagsys.sosialsak;

import no.fagsys.sosialsak.platform.process.EngineTime;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Saksprosesser for sosiale tjenester: the embedded Camunda engine, its webapps and REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SosialsakApplication {

  public static void main(String[] args) {
    EngineTime.brukNorskTid();
    SpringApplication.run(SosialsakApplication.class, args);
  }
}
