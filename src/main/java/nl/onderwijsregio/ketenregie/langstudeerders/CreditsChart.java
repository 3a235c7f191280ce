package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The small chart of credits over time on the case page: an SVG polyline drawn on the server (no script), from
 * the check-ins in order, against the credits required. The page shows the same numbers as a table.
 *
 * @param points the polyline's points ("x,y x,y"), empty with fewer than two check-ins
 * @param width the chart's width in SVG units
 * @param height the chart's height in SVG units
 * @param description the same figures in words, for screen readers
 */
record CreditsChart(String points, int width, int height, String description) {

    static final int WIDTH = 320;
    static final int HEIGHT = 120;
    private static final int MARGIN = 6;

    static CreditsChart of(List<LangstudeerderJson.Checkin> checkins, int required) {
        String description = "Behaalde studiepunten per check-in: "
                + checkins.stream().map(c -> String.valueOf(c.ecBehaald())).collect(Collectors.joining(", "))
                + " van de " + required + ".";
        if (checkins.size() < 2) {
            return new CreditsChart("", WIDTH, HEIGHT, description);
        }
        List<String> points = new ArrayList<>();
        for (int i = 0; i < checkins.size(); i++) {
            int x = MARGIN + i * (WIDTH - 2 * MARGIN) / (checkins.size() - 1);
            int y = HEIGHT - MARGIN - checkins.get(i).ecBehaald() * (HEIGHT - 2 * MARGIN) / Math.max(1, required);
            points.add(x + "," + y);
        }
        return new CreditsChart(String.join(" ", points), WIDTH, HEIGHT, description);
    }
}
