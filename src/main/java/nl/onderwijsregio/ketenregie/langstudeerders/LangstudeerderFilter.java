package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.Collection;
import java.util.List;
import nl.onderwijsregio.ketenregie.organisation.Sector;

/**
 * Which students a list shows: the caller's scope (see {@link LangstudeerderAccess}) narrowed by the work
 * list's filters; a null filter does not narrow.
 *
 * @param regions the regions the caller works in
 * @param institutes only these institutes, or null for all (institute users see only their own)
 * @param schools only students teaching at these schools, or null (schoolopleiders see only their schools)
 * @param text part of the name or email, or the student number
 */
record LangstudeerderFilter(Collection<String> regions, Collection<String> institutes, Collection<String> schools,
        String opleiding, String programme, Sector sector, Obstacle obstacle, Boolean onTrack,
        LangstudeerderStatus status, String text) {

    /** Everything within a scope, not narrowed by any filter. */
    static LangstudeerderFilter scope(Collection<String> regions, Collection<String> institutes, Collection<String> schools) {
        return new LangstudeerderFilter(regions, institutes, schools, null, null, null, null, null, null, null);
    }

    LangstudeerderFilter narrowedBy(String opleiding, String programme, Sector sector, Obstacle obstacle, Boolean onTrack,
            LangstudeerderStatus status, String text) {
        return new LangstudeerderFilter(regions, institutes, schools, opleiding, programme, sector, obstacle, onTrack,
                status, text);
    }

    String where(List<Object> arguments) {
        StringBuilder where = new StringBuilder("l.region_code in (" + Langstudeerders.placeholders(regions.size()) + ")");
        arguments.addAll(regions.isEmpty() ? List.of("") : regions);
        in(where, arguments, "l.opleiding_code", institutes);
        in(where, arguments, "l.school_code", schools);
        equal(where, arguments, "l.opleiding_code", opleiding);
        equal(where, arguments, "l.programme", programme);
        equal(where, arguments, "l.sector", sector == null ? null : sector.name());
        equal(where, arguments, "l.status", status == null ? null : status.name());
        if (onTrack != null) {
            where.append(" and l.on_track = ?");
            arguments.add(onTrack);
        }
        if (obstacle != null) {
            where.append(" and exists (select 1 from langstudeerder_obstacle o where o.langstudeerder_id = l.id "
                    + "and o.code = ?)");
            arguments.add(obstacle.name());
        }
        if (text != null) {
            // Name, email or student number, as the dossier list's q; no index (like the dossier list's).
            where.append(" and (lower(l.first_name || ' ' || l.last_name) like ? or lower(l.email) like ? "
                    + "or l.student_number = ?)");
            String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
            arguments.add(like);
            arguments.add(like);
            arguments.add(text);
        }
        return where.toString();
    }

    private static void in(StringBuilder where, List<Object> arguments, String column, Collection<String> values) {
        if (values != null) {
            where.append(" and ").append(column).append(" in (")
                    .append(Langstudeerders.placeholders(values.size())).append(")");
            arguments.addAll(values.isEmpty() ? List.of("") : values);
        }
    }

    private static void equal(StringBuilder where, List<Object> arguments, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            arguments.add(value);
        }
    }
}
