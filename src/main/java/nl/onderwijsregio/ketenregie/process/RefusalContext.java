package nl.onderwijsregio.ketenregie.process;

/**
 * The refusal the engine raised during the current HTTP request to Camunda's REST API, if any. Camunda's
 * REST layer turns exceptions into its own error answers (often a 500 with engine codes);
 * {@link EngineRestRefusals} replaces those with the refusal recorded here. Thread-bound, like the
 * request and the engine command.
 */
final class RefusalContext {

    private static final ThreadLocal<Refusal[]> CURRENT = new ThreadLocal<>();

    private RefusalContext() {
    }

    static void activate() {
        CURRENT.set(new Refusal[1]);
    }

    static void clear() {
        CURRENT.remove();
    }

    static boolean isActive() {
        return CURRENT.get() != null;
    }

    static void record(RuntimeException exception) {
        Refusal[] holder = CURRENT.get();
        if (holder != null && exception instanceof Refusal refusal) {
            holder[0] = refusal;
        }
    }

    static Refusal recorded() {
        Refusal[] holder = CURRENT.get();
        return holder == null ? null : holder[0];
    }
}
