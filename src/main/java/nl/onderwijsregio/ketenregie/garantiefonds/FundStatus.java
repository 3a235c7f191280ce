package nl.onderwijsregio.ketenregie.garantiefonds;

import nl.onderwijsregio.ketenregie.process.TrackStatus;

/**
 * The statuses of an application: its track. The first seven are steps (BPMN property {@code stage}), the
 * last four how it ended (property {@code outcome} on end events).
 */
public enum FundStatus implements TrackStatus {
    INGEDIEND("Ingediend, wacht op controle", false),
    ONVOLLEDIG("Onvolledig, wacht op aanvulling", false),
    BIJ_COMMISSIE("Bij de commissie", false),
    VIER_OGEN("Wacht op een tweede commissielid", false),
    ACTIEF("Garantie actief", false),
    CLAIM("Claim in voorbereiding", false),
    CLAIM_BIJ_COMMISSIE("Claim bij de commissie", false),
    VRIJGEGEVEN("Vrijgegeven: opleiding gestart", true),
    UITBETAALD("Claim uitbetaald", true),
    AFGEWEZEN("Afgewezen", true),
    INGETROKKEN("Ingetrokken", true);

    private final String label;
    private final boolean end;

    FundStatus(String label, boolean end) {
        this.label = label;
        this.end = end;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the application is closed in this status. */
    @Override
    public boolean isEnd() {
        return end;
    }
}
