package nl.onderwijsregio.ketenregie.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.ketenregie.langstudeerders.LangstudeerderStatus;
import nl.onderwijsregio.ketenregie.langstudeerders.Obstacle;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The langstudeerders' section of {@code /rapportage}: students per institute and programme, obstacles, the share
 * on track, outcomes, and the median months from intake to qualification. Only aggregates of the given regions
 * leave this class, with the same small-cell rule as the rest of the report ({@link Cell}); the median only when
 * enough students qualified for it not to point at one of them.
 */
@Service
class LangstudeerderReport {

    record ProgrammeRow(String lerarenopleiding, String opleiding, Cell aantal) {
    }

    record CodeRow(String code, String label, Cell aantal) {
    }

    /** Students with at least one check-in who are still in guidance, and how many were on track at the last. */
    record OnTrack(Cell gevolgd, Cell opKoers, Cell nietOpKoers, String aandeel) {
    }

    /**
     * @param mediaanMaanden median months from intake to qualification, or null when too few qualified
     */
    record Result(List<ProgrammeRow> opleidingen, Cell totaal, List<CodeRow> belemmeringen, OnTrack koers,
            List<CodeRow> uitkomsten, Cell bevoegdMetIntake, String mediaanMaanden, int minimum) {

        List<FunnelReport.Table> tables() {
            List<FunnelReport.Table> tables = new ArrayList<>();
            List<List<String>> programmes = new ArrayList<>();
            opleidingen.forEach(r -> programmes.add(List.of(r.lerarenopleiding(), r.opleiding(), r.aantal().display(minimum))));
            programmes.add(List.of("Totaal", "", totaal.display(minimum)));
            tables.add(new FunnelReport.Table("langstudeerders-opleidingen", "Langstudeerders per opleiding",
                    List.of("lerarenopleiding", "opleiding", "aantal"), programmes));
            tables.add(new FunnelReport.Table("langstudeerders-belemmeringen", "Belemmeringen van langstudeerders",
                    List.of("belemmering", "aantal"), belemmeringen.stream()
                            .map(r -> List.of(r.label(), r.aantal().display(minimum))).toList()));
            List<List<String>> outcomes = new ArrayList<>(uitkomsten.stream()
                    .map(r -> List.of(r.label(), r.aantal().display(minimum))).toList());
            outcomes.add(List.of("Gevolgd met check-in", koers.gevolgd().display(minimum)));
            outcomes.add(List.of("Op koers bij de laatste check-in", koers.opKoers().display(minimum)));
            outcomes.add(List.of("Aandeel op koers", koers.aandeel()));
            outcomes.add(List.of("Mediaan maanden intake tot bevoegd", mediaanMaanden == null ? "x" : mediaanMaanden));
            tables.add(new FunnelReport.Table("langstudeerders-uitkomsten", "Uitkomsten van langstudeerders",
                    List.of("uitkomst", "aantal"), outcomes));
            return tables;
        }

        FunnelReport.Table table(String code) {
            return tables().stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationService organisations;
    private final ReportingSettings settings;

    LangstudeerderReport(NamedParameterJdbcTemplate jdbc, OrganisationService organisations, ReportingSettings settings) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.settings = settings;
    }

    Result run(List<String> regions) {
        int min = settings.minimumCel();
        MapSqlParameterSource params = new MapSqlParameterSource("regions", regions);
        Map<String, String> institutes = new java.util.HashMap<>();
        organisations.opleidingen().forEach(o -> institutes.put(o.getCode(), o.getName()));
        SmallCells cells = new SmallCells(min);

        List<ProgrammeRow> programmes = new ArrayList<>();
        long[] all = { 0 };
        jdbc.query("select opleiding_code, programme, count(*) from langstudeerder where region_code in (:regions) "
                + "group by opleiding_code, programme order by opleiding_code, programme", params, rs -> {
                    all[0] += rs.getLong(3);
                    programmes.add(new ProgrammeRow(institutes.getOrDefault(rs.getString(1), rs.getString(1)),
                            rs.getString(2), cells.count(rs.getLong(3))));
                });
        Cell total = cells.count(all[0]);
        cells.sum(total, programmes.stream().map(ProgrammeRow::aantal).toList());

        Map<Obstacle, Long> perObstacle = new EnumMap<>(Obstacle.class);
        jdbc.query("select o.code, count(*) from langstudeerder_obstacle o join langstudeerder l on l.id = o.langstudeerder_id "
                + "where l.region_code in (:regions) group by o.code", params, rs -> {
                    perObstacle.put(Obstacle.valueOf(rs.getString(1)), rs.getLong(2));
                });
        // A student may have several obstacles: these counts add up to nothing, so they need no secondary rule.
        List<CodeRow> obstacles = new ArrayList<>();
        for (Obstacle obstacle : Obstacle.values()) {
            obstacles.add(new CodeRow(obstacle.name(), obstacle.label(), cells.count(perObstacle.getOrDefault(obstacle, 0L))));
        }

        long[] track = jdbc.queryForObject("select count(*), coalesce(sum(case when on_track then 1 else 0 end), 0) "
                + "from langstudeerder where region_code in (:regions) and on_track is not null "
                + "and status in ('BEGELEIDING', 'BIJSTUREN')", params, (rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) });
        Cell followed = cells.count(track[0]);
        Cell onTrack = cells.count(track[1]);
        Cell offTrack = cells.count(track[0] - track[1]);
        cells.sum(followed, List.of(onTrack, offTrack));

        Map<LangstudeerderStatus, Long> perStatus = new EnumMap<>(LangstudeerderStatus.class);
        jdbc.query("select status, count(*) from langstudeerder where region_code in (:regions) group by status", params,
                rs -> {
                    perStatus.put(LangstudeerderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        List<CodeRow> outcomes = new ArrayList<>();
        long running = 0;
        List<Cell> outcomeCells = new ArrayList<>();
        for (LangstudeerderStatus status : LangstudeerderStatus.values()) {
            if (status.isEnd()) {
                Cell cell = cells.count(perStatus.getOrDefault(status, 0L));
                outcomes.add(new CodeRow(status.name(), status.label(), cell));
                outcomeCells.add(cell);
            } else {
                running += perStatus.getOrDefault(status, 0L);
            }
        }
        Cell runningCell = cells.count(running);
        outcomes.add(new CodeRow("LOPEND", "Loopt nog", runningCell));
        outcomeCells.add(runningCell);
        cells.sum(total, outcomeCells);

        List<Long> months = new ArrayList<>();
        jdbc.query("select intake_at, qualified_on from langstudeerder where region_code in (:regions) "
                + "and status = 'BEVOEGD' and intake_at is not null and qualified_on is not null", params, rs -> {
                    LocalDate intake = rs.getTimestamp(1).toInstant().atZone(ReportFilter.ZONE).toLocalDate();
                    months.add(Math.max(0, ChronoUnit.MONTHS.between(intake, rs.getObject(2, LocalDate.class))));
                });
        Cell qualified = cells.count(months.size());
        cells.protect();
        return new Result(programmes, total, obstacles, new OnTrack(followed, onTrack, offTrack,
                Cell.percentage(onTrack, followed)), outcomes, qualified, median(months, min), min);
    }

    /** The median of at least {@code minimum} values (fewer could point at a person), else null. */
    static String median(List<Long> values, int minimum) {
        if (values.size() < minimum) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return String.format(Locale.forLanguageTag("nl-NL"), "%.1f", median);
    }

}
