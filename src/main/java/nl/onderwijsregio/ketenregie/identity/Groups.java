package nl.onderwijsregio.ketenregie.identity;

/** Group ids from the design. Role groups say what someone does; organisation groups say where. */
public final class Groups {

    public static final String KETENREGISSEUR = "ketenregisseur";
    public static final String SCHOOLOPLEIDER = "schoolopleider";
    public static final String HR = "hr";
    public static final String LERARENOPLEIDING = "lerarenopleiding";
    public static final String GARANTIEFONDS_COMMISSIE = "garantiefonds-commissie";
    public static final String WERKGROEP_KWALITEIT = "werkgroep-kwaliteit";
    public static final String MANAGEMENT = "management";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** External and internal members of a peer-review panel; each is also in the group of their one review. */
    public static final String PEERREVIEW_PANEL = "peerreview-panel";
    /** The region's privacy officer: erasure and access requests, the read log (privacy package). */
    public static final String PRIVACY = "privacy";

    public static final String SCHOOL_PREFIX = "school:";
    public static final String BESTUUR_PREFIX = "bestuur:";
    public static final String OPLEIDING_PREFIX = "opleiding:";
    /** Coordinators of a Samen Opleiden partnership. */
    public static final String PARTNERSCHAP_PREFIX = "partnerschap:";
    /** The panel of one peer review (the review's id). */
    public static final String PEERREVIEW_PREFIX = "peerreview:";

    private Groups() {
    }

    public static String school(String schoolCode) {
        return SCHOOL_PREFIX + schoolCode;
    }

    public static String bestuur(String bestuurCode) {
        return BESTUUR_PREFIX + bestuurCode;
    }

    public static String opleiding(String opleidingCode) {
        return OPLEIDING_PREFIX + opleidingCode;
    }

    public static String partnerschap(String partnershipCode) {
        return PARTNERSCHAP_PREFIX + partnershipCode;
    }

    public static String peerreview(String reviewId) {
        return PEERREVIEW_PREFIX + reviewId;
    }
}
