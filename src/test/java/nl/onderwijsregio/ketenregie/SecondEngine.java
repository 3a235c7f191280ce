package nl.onderwijsregio.ketenregie;

/**
 * For a test that starts an application of its own next to the shared test contexts, in the same JVM. Camunda
 * keeps its engines in a static registry by name, and its REST API looks the engine up there: a second engine
 * named "default" replaces the shared contexts' engine, and closing it removes the name altogether, so a later
 * {@code /engine-rest} call of a shared context would reach another database or no engine (a 404). Under a name
 * of its own the second engine leaves the shared one alone.
 */
public final class SecondEngine {

    private SecondEngine() {
    }

    /** The command-line argument that names the second application's engine. */
    public static String named(String name) {
        return "--camunda.bpm.process-engine-name=" + name;
    }
}
