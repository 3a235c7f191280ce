package nl.onderwijsregio.ketenregie.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An onderwijsregio. Its code is the Camunda tenant id that isolates its cases and tasks. */
@Entity
@Immutable
@Table(name = "region")
public class Region {

    @Id
    private String code;

    private String name;

    @Column(name = "contact_email")
    private String contactEmail;

    private String website;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getWebsite() {
        return website;
    }
}
