package nl.onderwijsregio.ketenregie.notification;

/** The kinds of mail; the template of a kind is templates/mail/{template}.html and .txt. */
public enum MailKind {
    REGISTRATION_CONFIRMATION("aanmelding-bevestigd", "Bevestiging van de aanmelding"),
    INTAKE_INVITATION("uitnodiging-intake", "Uitnodiging intakegesprek"),
    VLIEGENDE_START_INVITATION("uitnodiging-vliegende-start", "Uitnodiging Vliegende Start"),
    APPLICATION_OUTCOME("uitkomst-sollicitatie", "Uitkomst van de sollicitatie"),
    FOLLOW_UP("navraag-behoud", "Vragenlijst na 1, 3 of 5 jaar"),
    EXIT_QUESTION("vraag-na-uitval", "Vraag na het stoppen"),
    NEW_TASK("nieuwe-taak", "Nieuwe taak"),
    TASK_DIGEST("takenoverzicht", "Dagelijks overzicht van nieuwe taken"),
    DEADLINE_REMINDER("herinnering-termijn", "Herinnering: termijn verstreken"),
    ESCALATION("escalatie", "Escalatie naar de ketenregisseur"),
    FUND_DECISION("garantiefonds-besluit", "Besluit over een garantiefondsaanvraag"),
    FUND_FOUR_EYES_REMINDER("garantiefonds-herinnering", "Herinnering: garantiebesluit bevestigen"),
    PEER_REVIEW_INVITATION("peerreview-uitnodiging", "Uitnodiging voor een peer-reviewpanel");

    private final String template;
    private final String label;

    MailKind(String template, String label) {
        this.template = template;
        this.label = label;
    }

    public String template() {
        return template;
    }

    public String label() {
        return label;
    }
}
