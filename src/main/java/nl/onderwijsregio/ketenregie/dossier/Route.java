package nl.onderwijsregio.ketenregie.dossier;

/** The route (traject) a candidate takes into teaching. Codes are used in the DMN and forms: extend, never rename. */
public enum Route {
    PO_ZIJINSTROOM("Zij-instroom in beroep po"),
    ZIB_VO("Zij-instroom in beroep vo"),
    ZIB_MBO("Zij-instroom in beroep mbo"),
    DEELTIJD_PABO("Deeltijd pabo"),
    DEELTIJD_LERARENOPLEIDING("Deeltijd lerarenopleiding vo"),
    PDG("Pedagogisch-didactisch getuigschrift (mbo)"),
    HERINTREDER("Herintreder"),
    STATUSHOUDER("Route voor statushouders (buitenlands diploma)"),
    HYBRIDE_DOCENT("Hybride docent");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
