package nl.onderwijsregio.ketenregie.demo;

/**
 * One part of the demo data, driven through the real processes in simulated time. {@link DemoStart} runs
 * every generator once, on the first start, one after the other in {@code @Order}: later ones build on
 * the cases of earlier ones, and all of them move the one engine clock.
 */
interface DemoGenerator {

    /** What it makes, for the log. */
    String what();

    /** Generates its cases as they stand now. */
    void generateUntilNow();
}
