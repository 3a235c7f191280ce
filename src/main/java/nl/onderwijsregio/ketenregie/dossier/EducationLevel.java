package nl.onderwijsregio.ketenregie.dossier;

/** Highest completed education of the candidate (opleidingsniveau). */
public enum EducationLevel {
    MBO, HBO, WO, ANDERS
}
