package nl.onderwijsregio.ketenregie.dossier;

import nl.onderwijsregio.ketenregie.organisation.Sector;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** The case of one candidate in one region. Holds the candidate's personal data; see docs/security.md. */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    private UUID id;

    private String voornaam;
    private String achternaam;
    private String email;
    private String telefoon;

    @Column(name = "region_code")
    private String regionCode;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    private String vak;

    @Column(name = "huidig_beroep")
    private String huidigBeroep;

    @Enumerated(EnumType.STRING)
    private EducationLevel opleidingsniveau;

    @Enumerated(EnumType.STRING)
    private Route route;

    @Column(name = "buitenlands_diploma")
    private boolean buitenlandsDiploma;

    @Column(name = "consent_given_at")
    private Instant consentGivenAt;

    @Column(name = "bestuur_code")
    private String bestuurCode;

    @Column(name = "school_code")
    private String schoolCode;

    @Column(name = "opleiding_code")
    private String opleidingCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_stage")
    private Stage currentStage;

    @Enumerated(EnumType.STRING)
    private DossierStatus status;

    @Column(name = "registered_at")
    private Instant registeredAt;

    /** Short number for staff (UTR-2026-0042); set once when the dossier is created, never changed. */
    @Column(name = "dossier_number")
    private String dossierNumber;

    @Column(name = "open_email_key")
    private String openEmailKey;

    @Column(name = "eerder_bevoegd")
    private boolean eerderBevoegd;

    @Enumerated(EnumType.STRING)
    @Column(name = "route_advies")
    private Route routeAdvies;

    @Column(name = "vliegende_start_school_code")
    private String vliegendeStartSchoolCode;

    @Column(name = "contract_start")
    private LocalDate contractStart;

    private String schoolopleider;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_stream")
    private FundingStream fundingStream;

    @Enumerated(EnumType.STRING)
    @Column(name = "subsidy_status")
    private SubsidyStatus subsidyStatus;

    @Column(name = "qualified_on")
    private LocalDate qualifiedOn;

    @Column(name = "coaching_behind")
    private boolean coachingBehind;

    @Column(name = "handed_over_from")
    private UUID handedOverFrom;

    /** Mirrored from the engine's open tasks (process/OpenTaskDeadlines); never written through the entity. */
    @Column(name = "eerste_termijn", insertable = false, updatable = false)
    private Instant eersteTermijn;

    @Version
    private long version;

    protected Dossier() {
    }

    /** A new dossier for a candidate who registered (or was registered) in a region. */
    public static Dossier register(Candidate candidate, String regionCode, Instant now) {
        Dossier dossier = new Dossier();
        dossier.id = UUID.randomUUID();
        dossier.voornaam = candidate.voornaam();
        dossier.achternaam = candidate.achternaam();
        dossier.email = candidate.email();
        dossier.telefoon = candidate.telefoon();
        dossier.sector = candidate.sector();
        dossier.vak = candidate.vak();
        dossier.huidigBeroep = candidate.huidigBeroep();
        dossier.opleidingsniveau = candidate.opleidingsniveau();
        dossier.buitenlandsDiploma = candidate.buitenlandsDiploma();
        dossier.consentGivenAt = now;
        dossier.regionCode = regionCode;
        dossier.currentStage = Stage.AANMELDING;
        dossier.status = DossierStatus.LOPEND;
        dossier.registeredAt = now;
        dossier.openEmailKey = normalisedEmail(candidate.email());
        return dossier;
    }

    /** A new dossier in another region for the same candidate, continuing where this one was handed over. */
    Dossier handOverTo(String otherRegion, Instant now) {
        Dossier copy = register(new Candidate(voornaam, achternaam, email, telefoon, sector, vak, huidigBeroep,
                opleidingsniveau, buitenlandsDiploma), otherRegion, now);
        copy.consentGivenAt = consentGivenAt;
        copy.eerderBevoegd = eerderBevoegd;
        copy.handedOverFrom = id;
        return copy;
    }

    /** The form in which emails are compared: one candidate, one open dossier per region. */
    public static String normalisedEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    void enter(Stage stage) {
        this.currentStage = stage;
    }

    void end(Outcome outcome) {
        this.status = DossierStatus.after(outcome);
        this.openEmailKey = null;
    }

    /** Intake answers confirmed or corrected by the ketenregisseur. */
    void updateIntake(Sector sector, String vak, EducationLevel opleidingsniveau, boolean buitenlandsDiploma,
            boolean eerderBevoegd) {
        this.sector = sector;
        this.vak = vak;
        this.opleidingsniveau = opleidingsniveau;
        this.buitenlandsDiploma = buitenlandsDiploma;
        this.eerderBevoegd = eerderBevoegd;
    }

    void adviseRoute(Route advice) {
        this.routeAdvies = advice;
    }

    void chooseRoute(Route route) {
        this.route = route;
    }

    void referTo(String opleidingCode) {
        this.opleidingCode = opleidingCode;
    }

    void hostVliegendeStart(String schoolCode) {
        this.vliegendeStartSchoolCode = schoolCode;
    }

    void matchWith(String bestuurCode, String schoolCode) {
        this.bestuurCode = bestuurCode;
        this.schoolCode = schoolCode;
    }

    void appoint(Appointment appointment) {
        this.contractStart = appointment.contractStart();
        this.schoolopleider = appointment.schoolopleider();
        this.fundingStream = appointment.fundingStream();
        this.subsidyStatus = appointment.subsidyStatus();
    }

    void qualify(LocalDate date) {
        this.qualifiedOn = date;
    }

    void markCoaching(boolean behind) {
        this.coachingBehind = behind;
    }

    /**
     * Corrects the candidate's contact details. Returns what changed as "field: old -> new" lines, for
     * the note that records the change in the dossier's history; empty when nothing changed.
     */
    java.util.List<String> correctDetails(String voornaam, String achternaam, String email, String telefoon) {
        java.util.List<String> changes = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(this.voornaam, voornaam)) {
            changes.add("voornaam: " + this.voornaam + " -> " + voornaam);
            this.voornaam = voornaam;
        }
        if (!java.util.Objects.equals(this.achternaam, achternaam)) {
            changes.add("achternaam: " + this.achternaam + " -> " + achternaam);
            this.achternaam = achternaam;
        }
        if (!java.util.Objects.equals(this.email, email)) {
            changes.add("e-mailadres: " + this.email + " -> " + email);
            this.email = email;
            if (this.openEmailKey != null) {
                this.openEmailKey = normalisedEmail(email);
            }
        }
        if (!java.util.Objects.equals(this.telefoon, telefoon)) {
            changes.add("telefoon: " + (this.telefoon == null ? "(leeg)" : this.telefoon) + " -> "
                    + (telefoon == null ? "(leeg)" : telefoon));
            this.telefoon = telefoon;
        }
        return changes;
    }

    public boolean isOpen() {
        return status == DossierStatus.LOPEND;
    }

    public UUID getId() {
        return id;
    }

    public String getVoornaam() {
        return voornaam;
    }

    public String getAchternaam() {
        return achternaam;
    }

    public String getEmail() {
        return email;
    }

    public String getTelefoon() {
        return telefoon;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Sector getSector() {
        return sector;
    }

    public String getVak() {
        return vak;
    }

    public String getHuidigBeroep() {
        return huidigBeroep;
    }

    public EducationLevel getOpleidingsniveau() {
        return opleidingsniveau;
    }

    public boolean isBuitenlandsDiploma() {
        return buitenlandsDiploma;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public Route getRoute() {
        return route;
    }

    public boolean isEerderBevoegd() {
        return eerderBevoegd;
    }

    public Route getRouteAdvies() {
        return routeAdvies;
    }

    public String getVliegendeStartSchoolCode() {
        return vliegendeStartSchoolCode;
    }

    public LocalDate getContractStart() {
        return contractStart;
    }

    public String getSchoolopleider() {
        return schoolopleider;
    }

    public FundingStream getFundingStream() {
        return fundingStream;
    }

    public SubsidyStatus getSubsidyStatus() {
        return subsidyStatus;
    }

    public LocalDate getQualifiedOn() {
        return qualifiedOn;
    }

    public boolean isCoachingBehind() {
        return coachingBehind;
    }

    public UUID getHandedOverFrom() {
        return handedOverFrom;
    }

    public String getBestuurCode() {
        return bestuurCode;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getOpleidingCode() {
        return opleidingCode;
    }

    public String getDossierNumber() {
        return dossierNumber;
    }

    void assignNumber(String number) {
        if (dossierNumber != null) {
            throw new IllegalStateException("Dossier " + id + " has number " + dossierNumber + " already");
        }
        dossierNumber = number;
    }

    public Stage getCurrentStage() {
        return currentStage;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getEersteTermijn() {
        return eersteTermijn;
    }
}
