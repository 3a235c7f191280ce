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
    /** The region's privacy officer: erasure and access requests, the read log (privacy package). */
    public static final String PRIVACY = "privacy";

    public static final String SCHOOL_PREFIX = "school:";
    public static final String BESTUUR_PREFIX = "bestuur:";
    public static final String OPLEIDING_PREFIX = "opleiding:";

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
}
