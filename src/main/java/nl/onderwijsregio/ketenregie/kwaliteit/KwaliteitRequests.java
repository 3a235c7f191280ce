package nl.onderwijsregio.ketenregie.kwaliteit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import org.springframework.format.annotation.DateTimeFormat;

/** What a user submits to the quality cycles; field names are the public API's Dutch names. */
public final class KwaliteitRequests {

    private KwaliteitRequests() {
    }

    public record Round(@NotBlank(message = "Kies de onderwijsregio.") @Size(max = 40) String regio,
            @NotNull(message = "Vul het jaar in.") @Min(value = 2026, message = "Het jaar is 2026 of later.")
            @Max(value = 2100, message = "Vul een geldig jaar in.") Integer jaar) {
    }

    public record Review(@NotBlank(message = "Kies de onderwijsregio.") @Size(max = 40) String regio) {
    }

    public record PanelMember(
            @NotBlank(message = "Vul de naam in.") @Size(max = 200, message = "De naam is hoogstens 200 tekens.")
            @Pattern(regexp = "[^<>]*", message = "Vul de naam in als gewone tekst.") String naam,
            @NotBlank(message = "Vul het e-mailadres in.") @Email(message = "Vul een geldig e-mailadres in.")
            @Size(max = 254) String email,
            @NotNull(message = "Kies de rol: VOORZITTER of REVIEWER.") nl.onderwijsregio.ketenregie.kwaliteit.PanelMember.Role rol,
            @NotNull(message = "Kies de herkomst: ANDERE_REGIO, LERARENOPLEIDING of EIGEN_REGIO.")
            nl.onderwijsregio.ketenregie.kwaliteit.PanelMember.Origin herkomst,
            @NotBlank(message = "Vul de organisatie in.") @Size(max = 200, message = "De organisatie is hoogstens 200 tekens.")
            @Pattern(regexp = "[^<>]*", message = "Vul de organisatie in als gewone tekst.") String organisatie) {
    }

    public record Action(@NotBlank(message = "Kies het partnerschap dat eigenaar is.") @Size(max = 60) String eigenaar,
            @NotBlank(message = "Kies de standaard.") @Size(max = 20) String standaard,
            @NotBlank(message = "Beschrijf de verbeteractie.") @Size(max = 1000, message = "De omschrijving is hoogstens 1000 tekens.")
            @Pattern(regexp = "[^<>]*", message = "Beschrijf de actie als gewone tekst.") String omschrijving,
            @NotNull(message = "Vul de deadline in.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
    }

    public record Partnership(
            @NotBlank(message = "Vul de naam in.") @Size(max = 200, message = "De naam is hoogstens 200 tekens.")
            @Pattern(regexp = "[^<>]*", message = "Vul de naam in als gewone tekst.") String naam,
            @NotBlank(message = "Kies de onderwijsregio.") @Size(max = 40) String regio,
            @NotNull(message = "Kies de sector: PO, VO of MBO.") Sector sector,
            @NotNull(message = "Kies de scholen.") @Size(min = 1, message = "Kies minstens één school.") List<String> scholen,
            @NotNull(message = "Kies de lerarenopleidingen.") @Size(min = 1, message = "Kies minstens één lerarenopleiding.")
            List<String> opleidingen) {
    }
}
