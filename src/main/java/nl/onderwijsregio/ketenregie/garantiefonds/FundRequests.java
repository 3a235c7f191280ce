package nl.onderwijsregio.ketenregie.garantiefonds;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a user submits to the garantiefonds; field names are the public API's Dutch names. */
public final class FundRequests {

    private FundRequests() {
    }

    /** A new application; the maximum amount and the institutes depend on the region (checked by {@link FundActions}). */
    public record Application(
            @NotNull(message = "Vul het gevraagde bedrag in.")
            @DecimalMin(value = "0.01", message = "Het bedrag moet meer dan € 0 zijn.")
            @Digits(integer = 7, fraction = 2, message = "Vul een bedrag in euro in, met hoogstens twee decimalen.")
            BigDecimal bedrag,
            @NotNull(message = "Kies het soort risico.") RiskType risico,
            @NotBlank(message = "Kies een deelnemende lerarenopleiding.") @Size(max = 60) String opleiding,
            @NotNull(message = "Vul de geplande startdatum van de opleiding in.")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startdatumOpleiding,
            @NotNull(message = "Kies de motivatie.") Motivation motivatie) {

        public static Application empty() {
            return new Application(null, null, null, null, null);
        }
    }

    /** The fund's budget for a year, set by an administrator. */
    public record Budget(
            @NotNull(message = "Vul het budget in.")
            @DecimalMin(value = "0", message = "Het budget kan niet negatief zijn.")
            @Digits(integer = 10, fraction = 2, message = "Vul een bedrag in euro in, met hoogstens twee decimalen.")
            BigDecimal budget) {
    }
}
