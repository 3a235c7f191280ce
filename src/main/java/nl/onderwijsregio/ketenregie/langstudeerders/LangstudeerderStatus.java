package nl.onderwijsregio.ketenregie.langstudeerders;

import nl.onderwijsregio.ketenregie.process.TrackStatus;

/**
 * The track of a langstudeerder: four steps (BPMN property {@code stage}) and four outcomes (property
 * {@code outcome} on the end events).
 */
public enum LangstudeerderStatus implements TrackStatus {
    INTAKE("Intake door de opleiding", false),
    AFSPRAAK_SCHOOL("Afspraak met de school", false),
    BEGELEIDING("In begeleiding", false),
    BIJSTUREN("Bijsturen", false),
    BEVOEGD("Bevoegd", true),
    GESTOPT("Gestopt", true),
    DOORVERWEZEN("Doorverwezen", true),
    NIET_BEREIKBAAR("Niet bereikbaar", true);

    private final String label;
    private final boolean end;

    LangstudeerderStatus(String label, boolean end) {
        this.label = label;
        this.end = end;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean isEnd() {
        return end;
    }
}
