package no.fagsys.sosialsak.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The domain API's OpenAPI document (springdoc, served at {@code /api/v1/openapi.json} to authenticated users):
 * title, HTTP Basic, and what a reader needs beyond the operations (problem details, idempotency, the timeline's
 * extension event types).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDokumentasjon {

  static final String BASIC = "basic";

  @Bean
  OpenAPI domeneApi(@Value("${sosialsak.versjon:ukjent}") String versjon) {
    return new OpenAPI()
        .info(new Info().title("Sosialsak domene-API").version(versjon).description("""
            Søknader, klager, vilkårsbrudd, uttalelser og tilbaketrekking for NAV-kontorets sosiale tjenester, \
            sakens statustidslinje og brevene. Innlogging med HTTP Basic.

            Feil svarer med RFC 9457 application/problem+json; ugyldige felt står i `invalid-params` \
            (`name`, `reason`). Ukjente felt i forespørselen ignoreres. En annen kommunes sak svarer 404.

            Idempotency-Key: en innsending med samme nøkkel og samme innhold gir samme svar \
            (`Idempotent-Replayed: true`) og ingen ny sak; samme nøkkel med annet innhold gir 422.

            Statustidslinjen har formen til NAVs digisos-soker.json (version, avsender, hendelser). Hendelsestypene \
            soknadsStatus, tildeltNavKontor, vedtakFattet, forelopigSvar, dokumentasjonEtterspurt og vilkar er NAVs; \
            klageMottatt, klageOversendt, klageAvgjort, vilkarsbruddMeldt, forhandsvarselSendt og uttalelseMottatt \
            er dette systemets egne utvidelser (ikke i NAVs skjema)."""))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
