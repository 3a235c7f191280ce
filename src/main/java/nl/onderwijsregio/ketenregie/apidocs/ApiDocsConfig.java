package nl.onderwijsregio.ketenregie.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.filters.GlobalOpenApiMethodFilter;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The OpenAPI description of everything under /api (springdoc, generated from the controllers and enriched by
 * {@link ApiDescription}). Served at /api/openapi.json (all endpoints, after login) and
 * /api/openapi.json/loket (the public loket only); Swagger UI at /api/docs. See docs/operations.md.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static final String BASIC = "basic";
    static final String SESSION = "sessie";
    static final String LOKET_GROUP = "loket";

    static final String DESCRIPTION = """
            De API van Ketenregie voor de zij-instroom van de onderwijsregio's Utrecht Stad en Midden Nederland.

            **Inloggen.** De aanmelding via het loket (`POST /api/loket/aanmeldingen`) is openbaar. Alle andere
            endpoints vragen HTTP Basic (gebruikersnaam en wachtwoord van Ketenregie) of een ingelogde
            browsersessie; wie met een sessie iets wijzigt, stuurt ook het CSRF-token mee. Wat je ziet en mag,
            hangt af van je rol, organisatie en onderwijsregio.

            **Fouten** volgen RFC 9457 (`application/problem+json`) met Nederlandse teksten. Bij ongeldige
            invoer staat per veld een melding in `fouten: [{veld, melding}]`.

            **Stabiliteit.** De beschrijving van het loket is een contract met de websites van de regio's: een
            wijziging die bestaande aanroepen breekt, krijgt een nieuw versiepad.

            **Camunda.** De REST-API van de procesmotor (`/engine-rest`) staat hier niet in; die beschrijft
            Camunda zelf: https://docs.camunda.org/rest/camunda-bpm-platform/7.24/
            """;

    @Bean
    OpenAPI ketenregieOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Ketenregie API").version("1")
                        .description(DESCRIPTION)
                        .contact(new Contact().name("Beheer Ketenregie")))
                .externalDocs(new ExternalDocumentation().description("OpenAPI van Camunda's /engine-rest")
                        .url("https://docs.camunda.org/rest/camunda-bpm-platform/7.24/"))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Gebruikersnaam en wachtwoord van Ketenregie."))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("De sessie na inloggen op /login; bij wijzigingen ook het CSRF-token "
                                        + "(header X-XSRF-TOKEN of X-CSRF-TOKEN).")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }

    /** The public part: the loket, readable without login at /api/openapi.json/loket. */
    @Bean
    GroupedOpenApi loketApi() {
        return GroupedOpenApi.builder().group(LOKET_GROUP).displayName("Loket (openbaar)")
                .pathsToMatch("/api/loket/**").build();
    }

    /** Everything under /api, at /api/openapi.json/alle (and at /api/openapi.json). */
    @Bean
    GroupedOpenApi allApi() {
        return GroupedOpenApi.builder().group("alle").displayName("Alle endpoints (na inloggen)")
                .pathsToMatch("/api/**").build();
    }

    /** Only handler methods under /api are described: pages and Camunda stay out, in every group. */
    @Bean
    GlobalOpenApiMethodFilter onlyApiPaths() {
        return method -> {
            RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), RequestMapping.class);
            RequestMapping own = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
            String[] prefixes = type == null || type.path().length == 0 ? new String[] { "" } : type.path();
            String[] paths = own == null || own.path().length == 0 ? new String[] { "" } : own.path();
            for (String prefix : prefixes) {
                for (String path : paths) {
                    if ((prefix + path).startsWith("/api/")) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    @Bean
    SchemaNames schemaNames() {
        return new SchemaNames();
    }
}
