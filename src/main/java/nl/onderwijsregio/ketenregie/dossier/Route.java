package nl.onderwijsregio.ketenregie.dossier;

/** The route (traject) a candidate takes into teaching. Codes are used in the DMN and forms: extend, never rename. */
public enum Route {
    PO_ZIJINSTROOM("Zij-instroom in beroep po", true),
    ZIB_VO("Zij-instroom in beroep vo", true),
    ZIB_MBO("Zij-instroom in beroep mbo", true),
    DEELTIJD_PABO("Deeltijd pabo", false),
    DEELTIJD_LERARENOPLEIDING("Deeltijd lerarenopleiding vo", false),
    PDG("Pedagogisch-didactisch getuigschrift (mbo)", false),
    HERINTREDER("Herintreder", false),
    STATUSHOUDER("Route voor statushouders (buitenlands diploma)", true),
    HYBRIDE_DOCENT("Hybride docent", false);

    private final String label;
    private final boolean suitabilityAssessment;

    Route(String label, boolean suitabilityAssessment) {
        this.label = label;
        this.suitabilityAssessment = suitabilityAssessment;
    }

    public String label() {
        return label;
    }

    /**
     * Zij-instroom in beroep (and the statushouder route, whose foreign diploma is assessed too) starts
     * with a suitability assessment by the lerarenopleiding that decides the training plan.
     */
    public boolean needsSuitabilityAssessment() {
        return suitabilityAssessment;
    }
}
