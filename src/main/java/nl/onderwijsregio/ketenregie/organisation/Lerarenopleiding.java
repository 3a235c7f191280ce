package nl.onderwijsregio.ketenregie.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A teacher-training institute: suitability assessments, training, qualification. */
@Entity
@Table(name = "lerarenopleiding")
public class Lerarenopleiding {

    @Id
    private String code;

    private String name;

    protected Lerarenopleiding() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
