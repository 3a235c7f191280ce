package nl.onderwijsregio.ketenregie.process;

/**
 * A status on a process's own track (garantiefonds, langstudeerders, quality cycles): the codes a
 * {@link Track} records, each with its Dutch label, and whether the case is closed in it.
 */
public interface TrackStatus {

    String name();

    String label();

    boolean isEnd();
}
