package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The Kwaliteitskader Samen Opleiden &amp; Begeleiden as versioned data (quality_framework, quality_standard,
 * quality_criterion). A round or review keeps the version it started with; a new version is new rows.
 */
@Repository
public class QualityFramework {

    public record Criterion(String code, String description) {
    }

    public record Standard(String code, String name, List<Criterion> criteria) {
    }

    public record Version(int version, String name, List<Standard> standards) {

        public List<Criterion> criteria() {
            return standards.stream().flatMap(standard -> standard.criteria().stream()).toList();
        }

        /** The standard a criterion belongs to. */
        public String standardOf(String criterionCode) {
            return standards.stream().filter(s -> s.criteria().stream().anyMatch(c -> c.code().equals(criterionCode)))
                    .map(Standard::code).findFirst().orElseThrow();
        }

        public boolean hasStandard(String code) {
            return standards.stream().anyMatch(standard -> standard.code().equals(code));
        }
    }

    private final JdbcTemplate jdbc;

    QualityFramework(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version valid on {@code day}. */
    public Version current(LocalDate day) {
        Integer version = jdbc.queryForObject("select max(version) from quality_framework where valid_from <= ?",
                Integer.class, day);
        return version(version == null ? 1 : version).orElseThrow();
    }

    public Optional<Version> version(int version) {
        List<String> names = jdbc.queryForList("select name from quality_framework where version = ?", String.class,
                version);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> standardNames = new LinkedHashMap<>();
        jdbc.query("select code, name from quality_standard where framework_version = ? order by sort_order",
                rs -> {
                    standardNames.put(rs.getString(1), rs.getString(2));
                }, version);
        Map<String, List<Criterion>> criteria = new LinkedHashMap<>();
        jdbc.query("select standard_code, code, description from quality_criterion where framework_version = ? "
                + "order by standard_code, sort_order", rs -> {
                    criteria.computeIfAbsent(rs.getString(1), key -> new ArrayList<>())
                            .add(new Criterion(rs.getString(2), rs.getString(3)));
                }, version);
        List<Standard> standards = standardNames.entrySet().stream().map(entry -> new Standard(entry.getKey(),
                entry.getValue(), List.copyOf(criteria.getOrDefault(entry.getKey(), List.of())))).toList();
        return Optional.of(new Version(version, names.get(0), standards));
    }
}
