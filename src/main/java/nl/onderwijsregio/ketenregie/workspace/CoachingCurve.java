package nl.onderwijsregio.ketenregie.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries.LoggedHours;

/**
 * Coaching hours per month against the target curve: the year-1 target (ketenregie.werklijst.streefuren,
 * 320 hours) spread evenly over the first twelve months from the contract start. Drawn on the dossier
 * page as a small SVG chart with the same figures as a table beside it.
 */
record CoachingCurve(List<Month> maanden, BigDecimal totaal, int streefuren, String gelogdPunten, String streefPunten,
        boolean achter) {

    static final int MONTHS = 12;
    static final int WIDTH = 360;
    static final int HEIGHT = 120;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("nl"));

    /** One month: hours logged in it, the running total, and where the curve says the total should be. */
    record Month(String maand, BigDecimal uren, BigDecimal totaal, int streef) {
    }

    /** Null when there is nothing to show: no contract start and no hours. */
    static CoachingCurve of(LocalDate contractStart, List<LoggedHours> logged, int target, LocalDate today) {
        if (contractStart == null && logged.isEmpty()) {
            return null;
        }
        TreeMap<YearMonth, BigDecimal> perMonth = new TreeMap<>();
        for (LoggedHours hours : logged) {
            perMonth.merge(YearMonth.from(hours.loggedAt().atZone(DateDisplay.ZONE)), hours.hours(), BigDecimal::add);
        }
        YearMonth first = contractStart != null ? YearMonth.from(contractStart)
                : perMonth.firstKey();
        YearMonth last = YearMonth.from(today);
        if (!perMonth.isEmpty() && perMonth.lastKey().isAfter(last)) {
            last = perMonth.lastKey();
        }
        if (last.isBefore(first)) {
            last = first;
        }
        if (last.isAfter(first.plusMonths(MONTHS - 1L))) {
            last = first.plusMonths(MONTHS - 1L);
        }
        List<Month> months = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        int index = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1), index++) {
            BigDecimal hours = perMonth.getOrDefault(month, BigDecimal.ZERO);
            running = running.add(hours);
            months.add(new Month(LABEL.format(month), hours, running, target * (index + 1) / MONTHS));
        }
        BigDecimal total = logged.stream().map(LoggedHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        Month latest = months.get(months.size() - 1);
        return new CoachingCurve(months, total, target, points(months, target, true), points(months, target, false),
                latest.totaal().compareTo(BigDecimal.valueOf(latest.streef())) < 0);
    }

    /** SVG polyline points on a fixed 12-month, 0..target grid (y grows downwards). */
    private static String points(List<Month> months, int target, boolean logged) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            BigDecimal value = logged ? months.get(i).totaal() : BigDecimal.valueOf(months.get(i).streef());
            int x = (i + 1) * WIDTH / MONTHS;
            int y = HEIGHT - Math.min(HEIGHT, value.multiply(BigDecimal.valueOf(HEIGHT))
                    .divide(BigDecimal.valueOf(Math.max(1, target)), 0, RoundingMode.HALF_UP).intValue());
            points.append(points.isEmpty() ? "0," + HEIGHT + " " : "").append(x).append(',').append(y).append(' ');
        }
        return points.toString().trim();
    }
}
