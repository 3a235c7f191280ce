package nl.onderwijsregio.ketenregie.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named set of work list filters ("Mijn verlopen PO-taken"), of one user, optionally shared with the region. */
@Entity
@Table(name = "saved_view")
class SavedView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id")
    private String ownerId;

    @Column(name = "region_code")
    private String regionCode;

    private String name;

    /** The work list's query string, rebuilt from known filters only (see SavedViews). */
    private String query;

    private boolean shared;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SavedView() {
    }

    SavedView(String ownerId, String regionCode, String name, String query, boolean shared, Instant createdAt) {
        this.ownerId = ownerId;
        this.regionCode = regionCode;
        this.name = name;
        this.query = query;
        this.shared = shared;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public boolean isShared() {
        return shared;
    }

    /** Where the view leads: the work list with its filters. */
    public String getLink() {
        return query.isEmpty() ? "/dossiers" : "/dossiers?" + query;
    }
}
