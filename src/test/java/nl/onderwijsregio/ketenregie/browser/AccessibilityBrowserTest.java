package nl.onderwijsregio.ketenregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.garantiefonds.FundActions;
import nl.onderwijsregio.ketenregie.garantiefonds.FundRequests;
import nl.onderwijsregio.ketenregie.garantiefonds.Motivation;
import nl.onderwijsregio.ketenregie.garantiefonds.RiskType;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core on our own pages in Chromium: no serious or critical WCAG 2.1 A/AA violation on the home page,
 * the work list, a dossier page, the report, the loket and the garantiefonds pages.
 */
@IntegrationTest
class AccessibilityBrowserTest {

    private static final KetenregieUser KR = new KetenregieUser("kr.mnl", "Ketenregisseur", Set.of("ketenregisseur"),
            Set.of("midden-nederland"));

    @LocalServerPort
    int port;

    @Autowired
    JourneyDriver journeys;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    FundActions fund;

    @Test
    void ourPagesHaveNoSeriousOrCriticalViolations() throws Exception {
        organisation.ensure();
        JourneyDriver.Journey journey = journeys.matchedInMiddenNederland();
        UUID application = fund.apply(KR, journey.dossierId, new FundRequests.Application(new BigDecimal("2500"),
                RiskType.LOONKOSTEN_VOOR_START, "hu", LocalDate.now().plusDays(60), Motivation.TEKORTVAK));
        Map<String, List<String>> violations = new LinkedHashMap<>();
        try (Chromium chromium = Chromium.start(port)) {
            check(chromium, "/aanmelden", violations);
            check(chromium, "/privacy", violations);
            chromium.login("kr.mnl");
            for (String page : List.of("/", "/dossiers", "/dossiers/" + journey.dossierId, "/rapportage",
                    "/garantiefonds", "/garantiefonds/" + application, "/garantiefonds/budget?regio=midden-nederland")) {
                check(chromium, page, violations);
            }
        }
        assertThat(violations).allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());
    }

    private static void check(Chromium chromium, String page, Map<String, List<String>> violations) {
        chromium.open(page);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        violations.put(page, Axe.seriousViolations(chromium.driver));
    }
}
