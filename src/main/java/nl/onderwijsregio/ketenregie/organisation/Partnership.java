package nl.onderwijsregio.ketenregie.organisation;

import java.util.List;

/**
 * A Samen Opleiden &amp; Begeleiden partnership: schools and teacher-training institutes of one region and
 * sector that train teachers together. Its coordinators are the members of the group
 * {@code partnerschap:<code>}; the werkgroep kwaliteit of the region monitors its quality.
 */
public record Partnership(String code, String name, String regionCode, Sector sector, List<String> schoolCodes,
        List<String> opleidingCodes) {

    public Partnership {
        schoolCodes = List.copyOf(schoolCodes);
        opleidingCodes = List.copyOf(opleidingCodes);
    }
}
