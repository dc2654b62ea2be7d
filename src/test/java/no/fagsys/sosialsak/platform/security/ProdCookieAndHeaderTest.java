package no.fagsys.sosialsak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import no.fagsys.sosialsak.platform.Webapp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The production flags: {@code application-prod.yaml} turns on Secure cookies and HSTS, and with those flags (here set
 * through the same environment variables an installation behind TLS may use) the server sends them over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "SOSIALSAK_SECURE_COOKIES=true", "SOSIALSAK_HSTS=true", "SOSIALSAK_HSTS_DISABLED=false"})
class ProdCookieAndHeaderTest {

  @Autowired TestRestTemplate template;

  @Test
  void theProdProfileSetsSecureCookiesAndHsts() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application-prod.yaml"));
    Properties prod = yaml.getObject();
    assertThat(prod).containsEntry("server.servlet.session.cookie.secure", true)
        .containsEntry("camunda.bpm.webapp.session-cookie.enable-secure-cookie", true)
        .containsEntry("camunda.bpm.webapp.csrf.enable-secure-cookie", true)
        .containsEntry("camunda.bpm.webapp.header-security.hsts-disabled", false)
        .containsEntry("sosialsak.security.headers.hsts-enabled", true);
  }

  @Test
  void withTheProductionFlagsCookiesAreSecureAndHstsIsSent() {
    Webapp webapp = Webapp.open(template);
    List<String> setCookies = webapp.page().getHeaders().get(HttpHeaders.SET_COOKIE);
    assertThat(setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow())
        .contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
    assertThat(setCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow())
        .contains("Secure").contains("SameSite=Strict");
    assertThat(webapp.page().getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");

    ResponseEntity<String> login = webapp.login("tasklist", "kari", "kari");
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow()).contains("Secure").contains("HttpOnly");

    HttpHeaders basic = new HttpHeaders();
    basic.setBasicAuth("kari", "kari");
    for (String path : List.of("/engine-rest/task?maxResults=1", "/api/v1/meg")) {
      assertThat(template.exchange(path, HttpMethod.GET, new HttpEntity<>(basic), String.class).getHeaders()
          .getFirst("Strict-Transport-Security")).as(path).isEqualTo("max-age=31536000; includeSubDomains");
    }
  }
}
