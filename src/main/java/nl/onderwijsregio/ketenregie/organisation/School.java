package nl.onderwijsregio.ketenregie.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school where zij-instromers work and are coached by its schoolopleiders. */
@Entity
@Table(name = "school")
public class School {

    @Id
    private String code;

    private String name;

    @Column(name = "bestuur_code")
    private String bestuurCode;

    @Column(name = "region_code")
    private String regionCode;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    private String wijk;

    /** How many zij-instromers its schoolopleiders can coach at the same time. */
    @Column(name = "guidance_capacity")
    private int guidanceCapacity;

    protected School() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getBestuurCode() {
        return bestuurCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Sector getSector() {
        return sector;
    }

    public String getWijk() {
        return wijk;
    }

    public int getGuidanceCapacity() {
        return guidanceCapacity;
    }
}
