package nl.onderwijsregio.ketenregie.process;

/**
 * A BPMN process of Ketenregie whose instances work on a dossier (business key = dossier id). Each
 * feature that owns a process registers one as a Spring bean; the work list, deadlines, case file and
 * mails find the processes through {@link ProcessRegistry} instead of naming them.
 */
public interface KetenProcess {

    /** The BPMN process id, e.g. ZijInstroomTraject. */
    String key();

    /** The Dutch name users see, e.g. "Zij-instroomtraject". */
    String label();
}
