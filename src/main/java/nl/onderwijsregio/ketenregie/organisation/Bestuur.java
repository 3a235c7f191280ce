package nl.onderwijsregio.ketenregie.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school board. Its HR runs the application procedure and the contract. */
@Entity
@Table(name = "bestuur")
public class Bestuur {

    @Id
    private String code;

    private String name;

    @Column(name = "region_code")
    private String regionCode;

    protected Bestuur() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }
}
