package nl.onderwijsregio.ketenregie.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    /** The user's own views and those colleagues of their regions share (index saved_view_region_shared_idx). */
    @Query("select v from SavedView v where v.ownerId = :owner or (v.shared = true and v.regionCode in :regions) "
            + "order by v.name, v.id")
    List<SavedView> visibleTo(String owner, Collection<String> regions);

    boolean existsByOwnerIdAndName(String ownerId, String name);

    Optional<SavedView> findByIdAndOwnerId(Long id, String ownerId);
}
