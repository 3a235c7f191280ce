package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The guarantee funds of the regions ({@code ketenregie.garantiefonds.*}, documented in
 * docs/operations.md). A region without an entry has no fund. Due periods of the tasks are
 * {@code ketenregie.garantiefonds.termijnen.*}, read by the platform's Deadlines.
 *
 * @param regios the fund per region code
 */
@ConfigurationProperties("ketenregie.garantiefonds")
public record FundSettings(Map<String, RegionFund> regios) {

    /**
     * @param maxBedrag the highest amount one application may ask for
     * @param vierOgenVanaf a grant above this amount needs a second committee member
     * @param pilotVan first day of the pilot
     * @param pilotTot last day of the pilot
     * @param regionaalVanaf first day the fund is open for the whole region
     * @param opleidingen codes of the lerarenopleidingen that take part
     */
    public record RegionFund(BigDecimal maxBedrag, BigDecimal vierOgenVanaf, LocalDate pilotVan, LocalDate pilotTot,
            LocalDate regionaalVanaf, List<String> opleidingen) {
    }

    public FundSettings {
        regios = regios == null ? Map.of() : Map.copyOf(regios);
    }

    public Optional<RegionFund> region(String code) {
        return Optional.ofNullable(regios.get(code));
    }

    /** Whether the lerarenopleiding takes part in the region's fund. */
    public boolean takesPart(String region, String opleiding) {
        return region(region).map(fund -> fund.opleidingen().contains(opleiding)).orElse(false);
    }
}
