package nl.onderwijsregio.ketenregie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The stage links and the pager of the work list, written out in Java: the query string the template's link
 * expression gave before (every filter in a fixed order, an absent one empty, escaped as Thymeleaf escapes link
 * parameters), so bookmarks and the browser tests see the same links.
 */
class WorkListLinksTest {

    @Test
    void aStageLinkKeepsEveryOtherFilterEscapedAndAbsentOnesEmpty() {
        WorkList.Criteria criteria = new WorkList.Criteria("van Dijk & zn=1%", "ORIENTATIE", "PO", " ", null, "S 1",
                null, "statushouder", null, "ALLE", "NAAM", 3);

        assertThat(criteria.link("SOLLICITATIE", null)).isEqualTo("/dossiers?q=van%20Dijk%20%26%20zn%3D1%25&fase=SOLLICITATIE"
                + "&sector=PO&route=&bestuur=&school=S%201&wijk=&doelgroep=statushouder&termijn=&status=ALLE&sorteer=NAAM");
    }

    @Test
    void aPagerLinkKeepsTheChosenStageAndNamesThePage() {
        WorkList.Criteria criteria = new WorkList.Criteria(null, "SOLLICITATIE", null, null, null, null, null, null,
                "verlopen", null, null, 1);

        assertThat(criteria.link(criteria.fase(), 0)).isEqualTo("/dossiers?q=&fase=SOLLICITATIE&sector=&route=&bestuur="
                + "&school=&wijk=&doelgroep=&termijn=verlopen&status=&sorteer=&pagina=0");
    }
}
